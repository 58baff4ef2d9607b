"""The Ray basics lessons as plain data: the DNS table, the lesson settings, what a run measured, and how it prints.

The engine (`desktop.engine.basics`) runs the lessons; the GUI and the CLI show what
comes back. The printed lines follow the classic tutorial's format,
`google.com:\t 4.3.2.1 (0.513 seconds)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.errors import UserError
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence

# The tutorial's five names, then a few more so a lesson can have more tasks than CPUs.
ADDRESSES: dict[str, str] = {
    "google.com": "4.3.2.1",
    "microsoft.com": "4.3.2.2",
    "amazon.com": "4.3.2.3",
    "twitter.com": "4.3.2.4",
    "instagram.com": "4.3.2.5",
    "wikipedia.org": "4.3.2.6",
    "python.org": "4.3.2.7",
    "ray.io": "4.3.2.8",
}

MAX_NAMES = len(ADDRESSES)
DELAY_RANGE = (0.1, 1.0)
CPU_RANGE = (0.25, 8.0)

STEPS = ("plain", "one_by_one", "all_at_once", "as_they_arrive", "actor")

TITLES = {
    "plain": QT_TRANSLATE_NOOP("Lessons", "1. Plain Python"),
    "one_by_one": QT_TRANSLATE_NOOP("Lessons", "2. Ray tasks, waited for one by one"),
    "all_at_once": QT_TRANSLATE_NOOP("Lessons", "3. Launch them all, then wait once"),
    "as_they_arrive": QT_TRANSLATE_NOOP("Lessons", "4. ray.wait: take results as they arrive"),
    "actor": QT_TRANSLATE_NOOP("Lessons", "5. An actor: the DNSServer"),
}

EXPLANATIONS = {
    "plain": QT_TRANSLATE_NOOP(
        "Lessons",
        "A computer program usually does one thing after another. Here each look-up of a web address "
        "takes half a second (we make it wait, like a slow network would), so three look-ups take about "
        "three half-seconds. The timeline shows one bar per look-up, all in this program's own process."
    ),
    "one_by_one": QT_TRANSLATE_NOOP(
        "Lessons",
        "Ray turns the same function into a task with one line, @ray.remote. Calling it with .remote() "
        "sends it to a Ray worker process and gives back a ticket (an object reference) at once. But here "
        "we cash the ticket with ray.get straight away, which waits for the task to finish before the next "
        "one is even sent. So it still takes as long as plain Python: the bars never overlap. (Before the clock "
        "starts, the lesson lets Ray's worker processes load its code once, so you time only the look-ups.)"
    ),
    "all_at_once": QT_TRANSLATE_NOOP(
        "Lessons",
        "Now we send every task first and only then wait for all the tickets with one ray.get. The tasks "
        "run side by side in different worker processes, one per free CPU. With a CPU for every name the "
        "whole thing takes about one look-up's time. With more names than CPUs, the extra tasks queue and "
        "run in a second wave: look at the rows of the timeline."
    ),
    "as_they_arrive": QT_TRANSLATE_NOOP(
        "Lessons",
        "ray.get on a list waits for the slowest task. ray.wait instead hands back whichever tasks are "
        "done, so each answer is printed as soon as it exists. The printed times now differ: the first "
        "wave's answers appear before the second wave has finished."
    ),
    "actor": QT_TRANSLATE_NOOP(
        "Lessons",
        "A task forgets everything when it ends. An actor is a Ray worker that keeps data: here a small "
        "DNS server holding the address table. We create it with .remote, change its table with "
        "update_address, read it back with get_addresses, and let tasks look names up through it. A task "
        "that asks the actor gets back a ticket for the actor's answer, so the driver gets a ticket that "
        "holds a ticket: two levels of references. Calls to one actor run one at a time, in the order they "
        "were sent: the last bars show three slow updates queueing on the actor's row."
    ),
}


class LessonError(UserError):
    """A lesson setting that cannot work, or Ray without room for the lesson's tasks."""


@dataclass(frozen=True)
class LessonSettings:
    """What the user can change: how many names to look up, how long each look-up takes, CPUs per task."""

    names: int = 3
    delay_s: float = 0.5
    cpus_per_task: float = 1.0

    def validate(self) -> LessonSettings:
        if not 1 <= self.names <= MAX_NAMES:
            raise LessonError(Sentence(QT_TRANSLATE_NOOP("Messages", "The lesson can look up between 1 and {max_names} names, not {names}."), max_names=MAX_NAMES, names=self.names))
        low, high = DELAY_RANGE
        if not low <= self.delay_s <= high:
            raise LessonError(Sentence(QT_TRANSLATE_NOOP("Messages", "Each look-up can take between {low:g} and {high:g} seconds, not {delay_s:g}."), low=low, high=high, delay_s=self.delay_s))
        low, high = CPU_RANGE
        if not low <= self.cpus_per_task <= high:
            raise LessonError(Sentence(QT_TRANSLATE_NOOP("Messages", "A task can ask for between {low:g} and {high:g} CPUs, not {cpus_per_task:g}."), low=low, high=high, cpus_per_task=self.cpus_per_task))
        return self

    def addresses(self) -> dict[str, str]:
        return dict(list(ADDRESSES.items())[: self.names])


@dataclass(frozen=True)
class Bar:
    """One piece of work on the timeline: what ran, in which process, from when to when (seconds after the step began)."""

    label: str
    pid: int
    start_s: float
    end_s: float
    role: str = "worker"  # worker | actor | driver


@dataclass(frozen=True)
class Answer:
    """One printed look-up: a name, its address and when the caller had it (seconds after the step began)."""

    name: str
    address: str
    seen_s: float


@dataclass(frozen=True)
class LessonResult:
    """What one run of a lesson step measured; `lines` is exactly what the tutorial would print."""

    step: str
    settings: LessonSettings
    answers: tuple[Answer, ...]
    bars: tuple[Bar, ...]
    total_s: float
    lines: tuple[str, ...]
    addresses: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ActorInfo:
    """A live Ray actor: its class, state (ALIVE, DEAD, ...) and the process it runs in."""

    class_name: str
    state: str
    pid: int
    actor_id: str


def answer_line(answer: Answer) -> str:
    """The tutorial's line: `google.com:\t 4.3.2.1 (0.513 seconds)`."""
    return f"{answer.name}:\t {answer.address} ({answer.seen_s:.3f} seconds)"


def address_line(name: str, address: str) -> str:
    return f"{name}:\t {address}"


def total_line(result: LessonResult) -> str:
    return f"Total: {result.total_s:.3f} seconds for {len(result.answers)} look-ups."


def overlap_s(bars: tuple[Bar, ...] | list[Bar]) -> float:
    """The longest time any two bars ran at the same moment (0 when they ran strictly one after another)."""
    ordered = sorted(bars, key=lambda b: b.start_s)
    worst = 0.0
    for i, first in enumerate(ordered):
        for second in ordered[i + 1 :]:
            worst = max(worst, min(first.end_s, second.end_s) - max(first.start_s, second.start_s))
    return worst


def busy_sentence(cpus_per_task: float, free: float, total: float) -> str:
    """Why a lesson cannot start: said at once instead of waiting silently."""
    if cpus_per_task > total:
        return Sentence(
            QT_TRANSLATE_NOOP("Messages", "Each task asks for {asked:g} CPUs but Ray has only {total:g}: ask for fewer CPUs per task."),
            asked=cpus_per_task, total=total,
        )
    return Sentence(
        QT_TRANSLATE_NOOP("Messages", "Ray has only {free:g} of its {total:g} CPUs free (training or another lesson is using them) "
                                      "and each task asks for {asked:g}: stop training or ask for fewer CPUs per task."),
        free=free, total=total, asked=cpus_per_task,
    )
