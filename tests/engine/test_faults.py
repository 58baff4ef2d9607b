"""Real faults: an EnvRunner process killed mid-training."""

from __future__ import annotations

import time

import psutil

from desktop.core.events import IterationResult, RunFailed, RunStatus
from desktop.engine.session import RunHandle
from tests.engine.conftest import collect, ended


def ray_processes_named(fragment: str) -> list[psutil.Process]:
    return [p for p in psutil.process_iter(["name", "cmdline"]) if fragment in " ".join(p.info["cmdline"] or [])]


def test_a_killed_env_runner_is_restarted_and_training_goes_on(ray_runtime, tiny):
    handle = RunHandle(tiny.replace(iterations=200, env_runners=1, checkpoint_freq=0, checkpoint_at_end=False))
    events = collect(handle, lambda ev: len([e for e in ev if isinstance(e, IterationResult)]) >= 1)
    runners = ray_processes_named("ray::SingleAgentEnvRunner")
    assert runners, "the EnvRunner actor process was not found"
    for runner in runners:
        runner.kill()
    killed_at = len([e for e in events if isinstance(e, IterationResult)])
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        events.extend(handle.poll())
        results = [e for e in events if isinstance(e, IterationResult)]
        said = [e for e in events if isinstance(e, RunStatus) and "restarted" in e.message]
        if len(results) >= killed_at + 3 and said:
            break
        assert not ended(events), [e for e in events if isinstance(e, RunFailed)]
        time.sleep(0.1)
    handle.stop(checkpoint=False)
    events += collect(handle, ended)
    handle.release()
    results = [e for e in events if isinstance(e, IterationResult)]
    assert len(results) >= killed_at + 3  # training went on
    statuses = [e.message for e in events if isinstance(e, RunStatus) and "EnvRunner" in e.message]
    assert statuses and "restarted" in statuses[-1], statuses  # and the UI was told, in order: stopped, then restarted
