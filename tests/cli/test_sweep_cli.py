"""`rl-playground sweep`, run as a user runs it (a real process, a real local Ray, tiny budgets)."""

from __future__ import annotations

import signal
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


def test_a_sweep_whose_first_iterations_end_no_game_goes_on_until_one_does(data_home):
    # 20 pendulums share each 400-step batch: 20 steps each per iteration, so none of the 200-step games ends
    # before iteration 10, and Tune's first results carry no mean return (it used to end the whole sweep).
    result = cli("sweep", "--env", "Pendulum-v1", "--grid", "clip_param=0.1:0.2", "--iterations", "11",
                 "--train-batch", "400", "--minibatch", "200", "--epochs", "1", "--seed", "1")
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    assert "Number of trials: 2 (2 TERMINATED)" in result.stdout
    assert "Best trial: PPO_Pendulum-v1_" in result.stdout and "(clip_param=0." in result.stdout
    assert SweepStore().sweeps()[0].info["status"] == "finished"


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


def test_ctrl_c_interrupts_a_sweep_and_resume_finishes_only_the_rest(data_home):
    args = ["sweep", "--grid", "lr=0.001:0.0003:0.0001", "--iterations", "2", "--max-concurrent", "1", *TINY_ARGS]
    app = subprocess.Popen([sys.executable, "-m", "desktop", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    seen = []
    try:
        for line in app.stdout:
            seen.append(line)
            if line.startswith("Number of trials:") and "TERMINATED" in line:
                app.send_signal(signal.SIGINT)
                break
        out = "".join(seen) + app.communicate(timeout=120)[0]
    finally:
        app.kill()
    assert app.returncode == 0, out
    sweep = SweepStore().sweeps()[0]
    assert f"finish it with: rl-playground sweep --resume {sweep.id}" in out
    finished = {tid for tid, t in sweep.trials().items() if t["status"] == "TERMINATED"}
    assert sweep.info["status"] == "interrupted" and 1 <= len(finished) < 3

    resumed = cli("sweep", "--resume", sweep.id)
    assert resumed.returncode == 0, resumed.stderr
    assert "Number of trials: 3 (3 TERMINATED)" in resumed.stdout and "Best trial: " in resumed.stdout
    assert SweepStore().get(sweep.id).info["status"] == "finished"
    for trial_id in finished:  # a finished trial was not run again: two metrics lines, written before Ctrl-C
        assert len((sweep.folder / "trials" / trial_id / "metrics.jsonl").read_text().splitlines()) == 2
