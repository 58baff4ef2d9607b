"""Every game of the catalog, as a user meets it: the tutorial's commands, a tiny training from the command
line, its rollout, and its checkpoint played in the window's simulator (offscreen)."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from desktop.core.games import GAMES
from desktop.core.store import POLICY_FILE, RunStore, load_policy
from desktop.sim.policy import NumpyPolicy
from tests.cli.test_cli import cli

TINY = {
    "PPO": ["--hidden", "16,16", "--train-batch", "256", "--minibatch", "64", "--epochs", "2"],
    "DQN": ["--hidden", "16,16", "--steps-per-iteration", "200", "--learning-starts", "100", "--train-batch", "32"],
    "SAC": ["--hidden", "16,16", "--steps-per-iteration", "200", "--learning-starts", "100", "--train-batch", "32"],
}


def test_the_tutorials_two_commands_verbatim(data_home):
    train = cli("train", "--run", "PPO", "--env", "CartPole-v1", '--stop={"training_iteration": 20}',
                "--checkpoint-freq", "10", "--checkpoint-at-end", timeout=400)
    assert train.returncode == 0, train.stderr
    run = RunStore().runs()[0]
    assert [c.iteration for c in run.checkpoints()] == [10, 20]
    assert "| PPO_CartPole-v1_" in train.stdout and "reached 20 iterations" in train.stdout
    rollout = cli("rollout", str(run.checkpoints()[-1].path), "--run", "PPO")
    assert rollout.returncode == 0, rollout.stderr
    rewards = [float(line.rsplit(" ", 1)[1]) for line in rollout.stdout.splitlines() if line.startswith("Episode #")]
    assert len(rewards) == 10 and np.mean(rewards) > 100  # 20 Quick-demo iterations balance the pole
    wrong = cli("rollout", str(run.checkpoints()[-1].path), "--run", "DQN")
    assert wrong.returncode == 2 and "holds a PPO policy" in wrong.stderr


def test_dqn_on_acrobot_trains_and_rolls_out(data_home):
    train = cli("train", "--run", "DQN", "--env", "Acrobot-v1", '--stop={"training_iteration": 2}',
                "--checkpoint-at-end", *TINY["DQN"], "--seed", "1")
    assert train.returncode == 0, train.stderr
    run = RunStore().runs()[0]
    assert run.id.endswith("-dqn-acrobot") and run.settings.algorithm == "DQN" and run.settings.env == "Acrobot-v1"
    rollout = cli("rollout", run.id, "--run", "DQN", "--episodes", "2", "--steps", "50")
    assert rollout.returncode == 0, rollout.stderr
    assert "Episode #1: reward: -50.0" in rollout.stdout  # a tiny budget does not lift the arm in 50 steps
    plain = data_home / "plain"  # as plain RLlib wrote it: the game is recognised from the policy itself
    shutil.copytree(run.latest_checkpoint().path, plain)
    (plain / POLICY_FILE).unlink()
    rollout = cli("rollout", str(plain), "--trust", "--run", "DQN", "--episodes", "1", "--steps", "5")
    assert rollout.returncode == 0 and "Episode #0" in rollout.stdout, rollout.stderr


def test_sac_on_pendulum_trains_and_rolls_out(data_home):
    train = cli("train", "--run", "SAC", "--env", "Pendulum-v1", '--stop={"training_iteration": 1}',
                "--checkpoint-at-end", *TINY["SAC"], "--seed", "1")
    assert train.returncode == 0, train.stderr
    run = RunStore().runs()[0]
    assert run.id.endswith("-sac-pendulum") and run.settings.algorithm == "SAC"
    plain = data_home / "plain"  # as plain RLlib wrote it: the game is recognised from the policy itself
    shutil.copytree(run.latest_checkpoint().path, plain)
    (plain / POLICY_FILE).unlink()
    rollout = cli("rollout", str(plain), "--trust", "--run", "SAC", "--episodes", "1", "--steps", "5")
    assert rollout.returncode == 0 and "Episode #0" in rollout.stdout, rollout.stderr


def test_unknown_game_or_algorithm_is_one_sentence():
    for args, fragment in (
        (["train", "--env", "NoSuchGame-v9"], "no environment named"),
        (["train", "--run", "A2C"], "no algorithm"),
        (["train", "--run", "DQN", "--env", "Pendulum-v1"], "DQN cannot play Pendulum"),
        (["train", "--env-runners", "1", "--tau", "0.1"], "SAC setting"),
        (["train", "--config", '{"no_such_key": 1}'], "no setting named"),
        (["train", "--stop", "[1]"], "JSON object"),
    ):
        result = cli(*args, timeout=120)
        assert result.returncode == 2, (args, result.stderr)
        assert fragment in result.stderr and len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)


def test_every_command_explains_itself():
    for command in ("train", "rollout", "games", "runs", "gui", "lesson", "sweep"):
        result = cli(command, "--help", timeout=60)  # a setting's tip with "5%" once broke argparse's help
        assert result.returncode == 0 and "usage:" in result.stdout, (command, result.stderr)
    assert "--obs-filter" in cli("train", "--help", timeout=60).stdout


def test_games_lists_the_catalog():
    result = cli("games", timeout=60)
    assert result.returncode == 0
    for spec in GAMES.values():
        assert spec.env_id in result.stdout and spec.default_algorithm in result.stdout


@pytest.mark.parametrize("env_id", list(GAMES))
def test_each_game_trains_a_little_and_its_checkpoint_plays_in_the_window(env_id, data_home, qtbot):
    spec = GAMES[env_id]
    train = cli("train", "--env", env_id, "--iterations", "1", "--checkpoint-at-end", "--seed", "2",
                *TINY[spec.default_algorithm])
    assert train.returncode == 0, train.stderr
    run = RunStore().runs()[0]
    checkpoint = run.latest_checkpoint()
    assert checkpoint is not None and run.settings.env == env_id
    rollout = cli("rollout", run.id, "--episodes", "1", "--steps", "30", "--video", str(data_home / "game.gif"))
    assert rollout.returncode == 0 and "Saved " in rollout.stdout, rollout.stderr
    if spec.default_algorithm != "PPO" or run.settings.obs_filter:  # as plain RLlib wrote it: the game is recognised from the policy
        plain = data_home / "plain"
        shutil.copytree(checkpoint.path, plain)
        (plain / POLICY_FILE).unlink()
        rollout = cli("rollout", str(plain), "--trust", "--run", spec.default_algorithm, "--episodes", "1", "--steps", "5")
        assert rollout.returncode == 0 and "Episode #0" in rollout.stdout, rollout.stderr

    from desktop.gui.panels.simulator import SimulatorPanel

    panel = SimulatorPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_game(env_id)
    policy = NumpyPolicy(load_policy(checkpoint.path), spec)
    panel.set_policy(policy, "tiny", episodes=1)
    panel.set_paused(True)
    for _ in range(5):
        panel.step_once()
    assert panel.sim.steps == 5 and panel.view.image is not None
    picture = np.frombuffer(panel.view.image.constBits(), np.uint8)
    assert picture.std() > 5  # a real picture, not a blank one
    assert [g.name for g in panel.gauges.gauges] == [o.name for o in spec.observations][:8]
    assert panel.action_meter.labels == spec.actions
    panel.shutdown()
