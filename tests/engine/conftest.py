from __future__ import annotations

import time

import pytest

import desktop.engine  # noqa: F401  (loopback mode before ray)
from desktop.core.machine import cpus_override
from desktop.engine import runtime

# The CPUs the engine tests give Ray: 2, unless RL_PLAYGROUND_NUM_CPUS says otherwise.
CPUS = cpus_override() or 2


@pytest.fixture(scope="package")
def ray_runtime():
    runtime.start(num_cpus=CPUS)
    yield
    runtime.shutdown()


def collect(handle, until, timeout_s=120.0):
    """Poll a RunHandle until `until(events)` is true; returns every event seen."""
    events = []
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        events.extend(handle.poll())
        if until(events):
            return events
        time.sleep(0.05)
    raise AssertionError(f"timed out; saw {[type(e).__name__ for e in events]}")


def ended(events):
    return any(type(e).__name__ in ("RunFinished", "RunFailed") for e in events)
