"""The Ray basics lessons: the classic tutorial's DNS look-ups as plain Python, as Ray tasks and with a DNSServer actor.

The functions between the two marker comments are the lesson code the panel shows
(`lesson_source.py` reads them as text), so what people read is exactly what runs. Each returns its
answers through a `LessonLog`, which measures when every answer arrived and which
process did the work. Call `run_lesson` from the thread that makes the process's
Ray calls (the EngineDriver in the app, the main thread in the CLI).
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Callable

import ray

from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.lessons import (
    ADDRESSES,
    ActorInfo,
    Answer,
    Bar,
    LessonError,
    LessonResult,
    LessonSettings,
    address_line,
    answer_line,
    busy_sentence,
)
from desktop.engine.lesson_source import LESSON_PIECES

log = logging.getLogger("desktop.engine")

# --- lesson code: shown in the app --------------------------------------------------------------


def lookup(name, delay):
    """Find the address for a name. It takes a long time to run!"""
    started = time.time()
    time.sleep(delay)
    # The address, and for the timeline: which process, from when to when
    return name, ADDRESSES[name], os.getpid(), started, time.time()


@ray.remote
def ray_lookup(name, delay):
    """The same function as a Ray task: @ray.remote is the only change."""
    started = time.time()
    time.sleep(delay)
    return name, ADDRESSES[name], os.getpid(), started, time.time()


def plain(names, delay, cpus, out):
    for name in names:
        answer = lookup(name, delay)  # one after another
        out.print(answer)  # google.com:  4.3.2.1 (0.502 seconds)


def one_by_one(names, delay, cpus, out):
    # Each task asks Ray for `cpus` CPUs
    task = ray_lookup.options(num_cpus=cpus)
    for name in names:
        # .remote starts the task and returns at once...
        reference = task.remote(name, delay)
        # ...but we wait for its answer right away
        answer = ray.get(reference, timeout=out.patience)
        out.print(answer)


def all_at_once(names, delay, cpus, out):
    task = ray_lookup.options(num_cpus=cpus)
    # Launch them all first...
    references = [task.remote(name, delay) for name in names]
    # ...then wait on all of them together
    answers = ray.get(references, timeout=out.patience)
    for answer in answers:
        out.print(answer)


def as_they_arrive(names, delay, cpus, out):
    task = ray_lookup.options(num_cpus=cpus)
    pending = [task.remote(name, delay) for name in names]
    while pending:
        # Whichever task is done first, and the rest
        done, pending = ray.wait(pending, timeout=out.patience)
        if not done:
            raise TimeoutError("no task finished in time")
        out.print(ray.get(done[0]))  # printed as soon as it exists


# The server mostly waits for calls, so it reserves no CPU
@ray.remote(num_cpus=0)
class DNSServer:
    def __init__(self, initial_addresses):
        # A dictionary of names to IP addresses
        self.addresses = initial_addresses

    def lookup(self, name):
        return name, self.addresses[name]

    def get_addresses(self):
        return self.addresses

    def update_address(self, name, ip):
        self.addresses[name] = ip

    def slow_update(self, name, ip, seconds):
        """An update that takes a while: watch calls wait their turn."""
        started = time.time()
        time.sleep(seconds)
        self.addresses[name] = ip
        return f"{name} = {ip}", ip, os.getpid(), started, time.time()


@ray.remote
def ray_lookup_via(server, name, delay):
    """A task that asks the actor: it returns a reference to the
    actor's answer, not the answer itself."""
    started = time.time()
    time.sleep(delay)
    reference = server.lookup.remote(name)
    return name, reference, os.getpid(), started, time.time()


def actor(names, delay, cpus, out):
    # Construct the actor with .remote
    server = DNSServer.remote({
        "google.com": "4.3.2.1",
        "microsoft.com": "4.3.2.2",
        "amazon.com": "4.3.2.3",
    })
    # These calls return at once...
    server.update_address.remote("twitter.com", "4.3.2.4")
    server.update_address.remote("instagram.com", "4.3.2.5")
    # ...and the actor runs them before this one
    addresses = ray.get(server.get_addresses.remote())
    out.table(addresses)

    task = ray_lookup_via.options(num_cpus=cpus)
    refs = [task.remote(server, name, delay) for name in addresses]
    # Level 1: each task gave (name, a reference)
    names_refs2 = ray.get(refs, timeout=out.patience)
    out.say(f"Level 1, ray.get gave: {names_refs2[0][:2]}")
    for name, ref2, *who_when in names_refs2:
        # Level 2: the actor's answer itself
        name2, address = ray.get(ref2)
        out.print((name, address, *who_when))

    # One actor runs its calls one at a time, in the order sent
    ips = ["4.3.2.10", "4.3.2.11", "4.3.2.12"]
    updates = [server.slow_update.remote("google.com", ip, delay)
               for ip in ips]
    for update in ray.get(updates, timeout=out.patience):
        out.bar(update, role="actor")
    # google.com is now 4.3.2.12: the last one sent
    out.table(ray.get(server.get_addresses.remote()))
    # Kept alive until the next run: find it in the list of actors
    return server


# --- end of lesson code -------------------------------------------------------------------------

LESSONS: dict[str, Callable] = {step: globals()[pieces[-1]] for step, pieces in LESSON_PIECES.items()}
_servers: list = []  # the last lesson's DNSServer, kept alive so the list of actors shows it


class LessonLog:
    """What the lesson code prints, measured: when each answer arrived and which process ran each piece of work."""

    def __init__(self, patience: float, driver_pid: int) -> None:
        self.start = time.time()
        self.patience = patience
        self.answers: list[Answer] = []
        self.bars: list[Bar] = []
        self.lines: list[str] = []
        self.addresses: dict[str, str] = {}
        self._driver_pid = driver_pid

    def print(self, answer: tuple) -> None:
        name, address = answer[0], answer[1]
        self.answers.append(Answer(name, address, time.time() - self.start))
        self.lines.append(answer_line(self.answers[-1]))
        self.bar(answer, role="driver" if answer[2] == self._driver_pid else "worker")

    def bar(self, work: tuple, role: str = "worker") -> None:
        label, _, pid, started, ended = work
        self.bars.append(Bar(str(label), int(pid), started - self.start, ended - self.start, role))

    def table(self, addresses: dict[str, str]) -> None:
        self.addresses = dict(addresses)
        self.lines.extend(address_line(name, ip) for name, ip in addresses.items())

    def say(self, text: str) -> None:
        self.lines.append(text)


def wait_for_cpus(cpus_per_task: float, settle_s: float = 1.0) -> tuple[float, float]:
    """Ray's CPUs (free, total), once at least `cpus_per_task` are free; a LessonError at once if they are not.

    Ray's view of free CPUs lags a task's end by a moment, so a busy answer is re-checked for `settle_s`.
    """
    deadline = time.monotonic() + settle_s
    while True:
        total = ray.cluster_resources().get("CPU", 0.0)
        free = ray.available_resources().get("CPU", 0.0)
        if cpus_per_task > total:
            raise LessonError(busy_sentence(cpus_per_task, free, total))
        if free >= cpus_per_task:
            return free, total
        if time.monotonic() >= deadline:
            raise LessonError(busy_sentence(cpus_per_task, free, total))
        time.sleep(0.1)


def _warm_up(workers: int, cpus_per_task: float, patience: float) -> None:
    """Have the worker processes load the lesson code before the clock starts (the first time takes ~0.5 s each)."""
    task = ray_lookup.options(num_cpus=cpus_per_task)
    ray.get([task.remote(name, 0.05) for name in list(ADDRESSES)[:workers]], timeout=patience)


def run_lesson(step: str, settings: LessonSettings | None = None) -> LessonResult:
    """Run one lesson step and measure it. Raises LessonError (one sentence) when it cannot run or gives up."""
    settings = (settings or LessonSettings()).validate()
    if step not in LESSONS:
        raise LessonError(Sentence(QT_TRANSLATE_NOOP("Messages", "There is no lesson called '{step}'."), step=step))
    names = list(settings.addresses())
    patience, at_once = 10.0, 1
    if step != "plain":  # say at once when Ray has no room for a task
        _, total = wait_for_cpus(settings.cpus_per_task)
        at_once = max(1, math.floor(total / settings.cpus_per_task))
        waves = math.ceil(max(len(names), 5) / at_once) + 3  # the actor lesson also has three slow calls
        patience = 10.0 + 2 * waves * settings.delay_s
    while step == "actor" and _servers:
        try:
            ray.kill(_servers.pop())
        except Exception:  # a handle from an earlier Ray session: that actor is gone already
            log.debug("an earlier DNSServer actor was already gone", exc_info=True)
    try:
        if step != "plain":
            _warm_up(min(at_once, len(names)), settings.cpus_per_task, patience)
        out = LessonLog(patience, os.getpid())
        server = LESSONS[step](names, settings.delay_s, settings.cpus_per_task, out)
    except (ray.exceptions.GetTimeoutError, TimeoutError):
        raise LessonError(Sentence(
            QT_TRANSLATE_NOOP("Messages", "The tasks did not finish within {patience:.0f} seconds: Ray's CPUs are busy "
                                          "(is training running?), so try again when it stops."), patience=patience,
        )) from None
    total_s = time.time() - out.start
    out.lines.append(f"Total: {total_s:.3f} seconds.")
    if server is not None:
        _servers.append(server)
    return LessonResult(step, settings, tuple(out.answers), tuple(out.bars), total_s, tuple(out.lines), out.addresses)


def list_actors(include_dead: bool = False) -> list[ActorInfo]:
    """The actors Ray knows of, without the dashboard's state API (which needs ray[default])."""
    found = []
    for actor_id, info in ray._private.state.actors().items():
        if info.get("State") == "DEAD" and not include_dead:
            continue
        found.append(
            ActorInfo(
                class_name=str(info.get("ActorClassName") or info.get("Name") or "?").rsplit(".", 1)[-1],
                state=str(info.get("State", "?")),
                pid=int(info.get("Pid") or 0),
                actor_id=str(actor_id)[:8],
            )
        )
    return found
