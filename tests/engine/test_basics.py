"""The Ray basics lessons on a real local Ray (2 CPUs, or RL_PLAYGROUND_NUM_CPUS): the measured shape, not constants."""

from __future__ import annotations

import re
import time

import pytest
import ray

from desktop.core.lessons import LessonError, LessonSettings, overlap_s
from desktop.engine.basics import list_actors, run_lesson
from tests.engine.conftest import CPUS

LINE = re.compile(r"^[\w.]+:\t \d+\.\d+\.\d+\.\d+ \(\d+\.\d{3} seconds\)$")


def most_at_once(bars) -> int:
    """The largest number of bars running at the same moment."""
    moments = sorted([(b.start_s, 1) for b in bars] + [(b.end_s, -1) for b in bars])
    running = worst = 0
    for _, change in moments:
        running += change
        worst = max(worst, running)
    return worst


def test_launching_all_tasks_first_beats_plain_python(ray_runtime):
    settings = LessonSettings(names=2, delay_s=0.5, cpus_per_task=1)
    plain = run_lesson("plain", settings)
    one_by_one = run_lesson("one_by_one", settings)
    all_at_once = run_lesson("all_at_once", settings)
    print(f"plain {plain.total_s:.3f} s, one by one {one_by_one.total_s:.3f} s, all at once {all_at_once.total_s:.3f} s")
    assert all_at_once.total_s <= 0.6 * plain.total_s
    assert one_by_one.total_s >= 0.9 * plain.total_s  # ray.get right after .remote gains nothing
    assert overlap_s(one_by_one.bars) <= 0.0
    for result in (plain, one_by_one, all_at_once):
        assert [a.name for a in result.answers] == ["google.com", "microsoft.com"]
        assert [a.address for a in result.answers] == ["4.3.2.1", "4.3.2.2"]
        assert all(LINE.match(line) for line in result.lines[:-1]), result.lines
    assert {b.role for b in plain.bars} == {"driver"} and {b.role for b in all_at_once.bars} == {"worker"}
    assert len({b.pid for b in all_at_once.bars}) == 2  # two worker processes, side by side


def test_tasks_that_ask_for_every_cpu_run_one_after_another(ray_runtime):
    settings = LessonSettings(names=3, delay_s=0.3, cpus_per_task=ray.cluster_resources()["CPU"])
    for step in ("all_at_once", "as_they_arrive"):
        result = run_lesson(step, settings)
        assert len(result.bars) == 3
        assert overlap_s(result.bars) <= 0.0, result.bars
        assert result.total_s >= 3 * 0.3


def test_more_tasks_than_cpus_queue_and_ray_wait_hands_them_over_as_they_finish(ray_runtime):
    settings = LessonSettings(names=4, delay_s=0.3, cpus_per_task=1)
    result = run_lesson("as_they_arrive", settings)
    cpus = int(ray.cluster_resources()["CPU"])
    assert most_at_once(result.bars) <= cpus
    assert result.total_s >= 2 * 0.3  # four tasks on two CPUs: at least two waves
    seen = [a.seen_s for a in result.answers]
    assert seen == sorted(seen) and seen[0] <= seen[-1] - 0.8 * 0.3  # the first wave is printed before the last ends
    gathered = run_lesson("all_at_once", settings)
    assert max(a.seen_s for a in gathered.answers) - min(a.seen_s for a in gathered.answers) < 0.1


def test_the_dns_server_actor_keeps_updates_and_runs_calls_in_order(ray_runtime):
    result = run_lesson("actor", LessonSettings(delay_s=0.3))
    assert result.addresses["twitter.com"] == "4.3.2.4" and result.addresses["instagram.com"] == "4.3.2.5"
    assert result.addresses["google.com"] == "4.3.2.12"  # the last of three updates sent at once
    assert [(a.name, a.address) for a in result.answers] == [
        ("google.com", "4.3.2.1"), ("microsoft.com", "4.3.2.2"), ("amazon.com", "4.3.2.3"),
        ("twitter.com", "4.3.2.4"), ("instagram.com", "4.3.2.5"),
    ]
    assert any("ObjectRef(" in line for line in result.lines)  # level 1 holds a reference, not an address
    calls = sorted((b for b in result.bars if b.role == "actor"), key=lambda b: b.start_s)
    assert [b.label for b in calls] == ["google.com = 4.3.2.10", "google.com = 4.3.2.11", "google.com = 4.3.2.12"]
    assert overlap_s(calls) <= 0.0 and len({b.pid for b in calls}) == 1
    actors = [a for a in list_actors() if a.class_name == "DNSServer"]
    assert [(a.state, a.pid) for a in actors] == [("ALIVE", calls[0].pid)]  # kept alive for the live list
    run_lesson("actor", LessonSettings(delay_s=0.1))
    assert len([a for a in list_actors() if a.class_name == "DNSServer"]) == 1  # the old one was ended


def test_busy_or_too_small_ray_is_said_at_once(ray_runtime):
    with pytest.raises(LessonError, match=f"Ray has only {CPUS}"):
        run_lesson("all_at_once", LessonSettings(cpus_per_task=CPUS + 0.5))

    @ray.remote(num_cpus=CPUS)
    class Training:
        def ready(self) -> bool:
            return True

    holder = Training.remote()
    ray.get(holder.ready.remote())
    try:
        started = time.monotonic()
        with pytest.raises(LessonError, match=f"only 0 of its {CPUS} CPUs free"):
            run_lesson("all_at_once", LessonSettings(names=2, delay_s=0.3))
        assert time.monotonic() - started < 5
        assert run_lesson("plain", LessonSettings(names=1, delay_s=0.1)).answers  # plain Python needs no Ray CPU
    finally:
        ray.kill(holder)
