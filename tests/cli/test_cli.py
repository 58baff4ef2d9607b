"""The rl-playground command, run as a user runs it (a real process, a real local Ray)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import psutil

from desktop.core.store import RunStore
from tests.conftest import local_ray_cpus

TINY_ARGS = ["--hidden", "16,16", "--train-batch", "256", "--minibatch", "64", "--epochs", "2", "--seed", "1"]


def cli(*args, timeout=240, **kwargs):
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=timeout, **kwargs
    )


def test_train_rollout_and_runs(data_home):
    train = cli("train", "--iterations", "2", "--checkpoint-freq", "1", "--checkpoint-at-end", *TINY_ARGS)
    assert train.returncode == 0, train.stderr
    assert "Memory usage on this node:" in train.stdout and f"Resources requested: 1/{local_ray_cpus()} CPUs" in train.stdout
    assert "| PPO_CartPole-v1_" in train.stdout and "Result logdir:" in train.stdout
    run = RunStore().runs()[0]
    assert [c.iteration for c in run.checkpoints()] == [1, 2]
    assert f"Run {run.id} finished" in train.stdout and str(run.checkpoints()[-1].path) in train.stdout
    assert [m.iteration for m in run.metrics()] == [1, 2]

    rollout = cli("rollout", run.id, "--episodes", "3")
    assert rollout.returncode == 0, rollout.stderr
    lines = [line for line in rollout.stdout.splitlines() if line.startswith("Episode #")]
    assert len(lines) == 3 and lines[0].startswith("Episode #0: reward: ")

    listing = cli("runs")
    assert run.id in listing.stdout and "1,2" in listing.stdout

    resumed = cli("train", "--resume", run.id, "--iterations", "3")
    assert resumed.returncode == 0, resumed.stderr
    assert [m.iteration for m in run.metrics()] == [1, 2, 3] and len(RunStore().runs()) == 1


def test_bad_arguments_exit_2_with_one_line():
    for args in (
        ["train", "--lr", "-1"],
        ["train", "--hidden", "abc"],
        ["train", "--iterations", "0"],
        ["train", "--train-batch", "64", "--minibatch", "128"],
        ["train", "--env-runners", "255"],
        ["rollout", "/no/such/checkpoint"],
        ["train", "--bogus"],
        ["train", "--resume", "no-such-run"],
    ):
        result = cli(*args, timeout=60)
        assert result.returncode == 2, (args, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("rl-playground"), (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_sigterm_closes_the_window_like_the_close_button(data_home, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([sys.executable, "-m", "desktop", "gui", "--start"], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            runs = RunStore().runs()
            if runs and runs[0].metrics():
                break
            time.sleep(0.5)
        else:
            raise AssertionError("training never started in the app")
        children = psutil.Process(app.pid).children(recursive=True)
        assert children
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=90) == 0
    finally:
        if app.poll() is None:
            app.kill()
    run = RunStore().runs()[0]
    assert run.latest_checkpoint() is not None and run.info["status"] == "finished"
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(c.is_running() and c.status() != psutil.STATUS_ZOMBIE for c in children):
        time.sleep(0.5)
    assert not [c for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]


def test_closing_the_terminal_stops_training_like_ctrl_c(data_home):
    """SIGHUP: a checkpoint, a final status, and no Ray process left behind."""
    train = subprocess.Popen([sys.executable, "-m", "desktop", "train", "--iterations", "500", *TINY_ARGS],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (RunStore().runs() and RunStore().runs()[0].metrics()):
            time.sleep(0.3)
        children = psutil.Process(train.pid).children(recursive=True)
        train.send_signal(signal.SIGHUP)
        _, err = train.communicate(timeout=90)
    finally:
        if train.poll() is None:
            train.kill()
    assert train.returncode == 0 and "Traceback" not in err, err[-2000:]
    run = RunStore().runs()[0]
    assert run.latest_checkpoint() is not None and run.info["status"] not in ("running", "resuming")
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(c.is_running() and c.status() != psutil.STATUS_ZOMBIE for c in children):
        time.sleep(0.5)
    assert not [c for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]
