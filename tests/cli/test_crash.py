"""The app killed with SIGKILL mid-training: nothing of it stays behind, nothing is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import psutil

from desktop.core.store import RunStore
from tests.cli.test_cli import cli

CORE = ("raylet", "gcs_server")


def is_core(process: psutil.Process) -> bool:
    try:
        command = " ".join(process.cmdline())
        return process.name() in CORE or (command.startswith("ray::") and "Agent" not in command)
    except psutil.Error:
        return False


def alive(processes):
    def running(p: psutil.Process) -> bool:
        try:
            return p.is_running() and p.status() != psutil.STATUS_ZOMBIE
        except psutil.Error:
            return False

    return [p for p in processes if running(p)]


def test_sigkill_leaves_no_ray_process_and_resume_continues(data_home):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([sys.executable, "-m", "desktop", "gui", "--start"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 150
        while time.monotonic() < deadline:
            runs = RunStore().runs()
            if runs and runs[0].latest_checkpoint() is not None and len(runs[0].metrics()) > runs[0].latest_checkpoint().iteration:
                break
            time.sleep(0.3)
        else:
            raise AssertionError("no checkpoint was written in time")
        descendants = psutil.Process(app.pid).children(recursive=True)
        # Workers, raylet and GCS must go within 10 s; Ray's two agents take up to ~60 s on their own.
        core = [p for p in descendants if is_core(p)]
        assert core
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
    finally:
        if app.poll() is None:
            app.kill()
    killed = time.monotonic()
    while alive(core) and time.monotonic() - killed < 10:
        time.sleep(0.2)
    assert not alive(core), [p.pid for p in alive(core)]
    while alive(descendants) and time.monotonic() - killed < 90:
        time.sleep(1)
    assert not alive(descendants), [p.pid for p in alive(descendants)]

    run = RunStore().runs()[0]
    before = run.metrics()
    listing = cli("runs")
    assert "interrupted" in listing.stdout  # the next look at the runs says what happened
    last = run.latest_checkpoint().iteration
    resumed = cli("train", "--resume", run.id, "--iterations", str(last + 1))
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    after = run.metrics()
    assert [m.iteration for m in after][: len(before)] == [m.iteration for m in before][: len(after)]
    assert after[-1].iteration == last + 1
    assert [m.episode_return_mean for m in after[:last]] == [m.episode_return_mean for m in before[:last]]
