"""`rl-playground sweep`, run as a user runs it (a real process, a real local Ray, tiny budgets)."""

from __future__ import annotations

import subprocess
import sys

from desktop.core.store import RunStore
from desktop.core.sweep_store import SweepStore

TINY_ARGS = ["--train-batch", "256", "--minibatch", "64", "--epochs", "1", "--seed", "1", "--checkpoint-freq", "1"]


def cli(*args, timeout=240):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=timeout)


def test_a_grid_sweep_prints_tunes_table_and_the_best_trial(data_home):
    result = cli("sweep", "--grid", "hidden=16,16:8", "--grid", "lr=0.001", "--iterations", "2", *TINY_ARGS)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "== Status ==" in out and "Result logdir:" in out and "2 trials at once" in out
    assert "| Trial name" in out and "| hidden" in out and "| lr" in out and "total time (s)" in out
    assert "Number of trials: 2 (2 TERMINATED)" in out
    assert "| 16,16 " in out and "| 8 " in out
    assert "Best trial: PPO_CartPole-v1_" in out and "Best trial's checkpoint: " in out
    sweep = SweepStore().sweeps()[0]
    assert str(sweep.tune_path) in out and sweep.info["status"] == "finished"

    assert not RunStore().runs()
    adopt = cli("sweep", "--adopt", sweep.id, timeout=60)
    assert adopt.returncode == 0, adopt.stderr
    run = RunStore().runs()[0]
    assert f"Run {run.id} holds the best trial of sweep {sweep.id}" in adopt.stdout
    assert [c.iteration for c in run.checkpoints()] == [2]
    listing = cli("runs", timeout=60)
    assert sweep.id in listing.stdout and run.id in listing.stdout and "finished" in listing.stdout


def test_bad_sweep_arguments_exit_2_with_one_line(data_home):
    for args in (
        ["sweep"],
        ["sweep", "--grid", "hidden"],
        ["sweep", "--grid", "speed=1:2"],
        ["sweep", "--grid", "lr=0.1::0.2"],
        ["sweep", "--random", "lr=0.01..0.001"],
        ["sweep", "--random", "hidden=8..64"],
        ["sweep", "--grid", "lr=0.1:0.2", "--scheduler", "pbt"],
        ["sweep", "--grid", "lr=0.1:0.2", "--samples", "0"],
        ["sweep", "--resume", "no-such-sweep"],
        ["sweep", "--adopt", "no-such-sweep"],
        ["sweep", "--grid", "lr=0.1:0.2", "--iterations", "abc"],
    ):
        result = cli(*args, timeout=60)
        assert result.returncode == 2, (args, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("rl-playground"), (args, result.stderr)
        assert "Traceback" not in result.stderr
