"""Shared test set-up: offscreen Qt and SDL, a private data folder, Ray's loopback mode."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"  # every runtime a test starts stays on loopback

import pytest  # noqa: E402

from desktop.core.settings import QUICK, TrainingSettings  # noqa: E402

# Small enough that an iteration takes about a second on 2 cores.
TINY = QUICK.replace(
    iterations=2, checkpoint_freq=1, hidden=(16, 16), train_batch=256, minibatch=64, epochs=2,
    envs_per_runner=2, target_return=None, seed=1,
)


def ray_cpus() -> int:
    """The CPUs a local Ray that the app starts reports: RL_PLAYGROUND_TEST_CPUS, else this machine's count."""
    override = os.environ.get("RL_PLAYGROUND_TEST_CPUS", "").strip()
    if override:
        return int(override)
    from ray._private.utils import get_num_cpus

    return int(get_num_cpus())


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("RL_PLAYGROUND_HOME", str(home))
    return home


@pytest.fixture
def tiny() -> TrainingSettings:
    return TINY


def pytest_runtest_logreport(report):
    # Print a failure at once: a crash while Qt or Ray tear down would otherwise swallow the report.
    if report.failed:
        print(f"\n--- {report.nodeid} failed during {report.when} ---\n{report.longreprtext[-3000:]}", flush=True)
