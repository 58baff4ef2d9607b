"""Hostile command lines end in one sentence and exit status 2, before Ray starts or anything is written."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.core.store import RLLIB_MODULE_PATH, save_policy
from tests.unit.test_sim import mlp_weights


@pytest.mark.parametrize("argv", [
    ["train", "--hidden", "9" * 5000],
    ["train", "--address", "127.0.0.1:²"],
    ["train", "--address", "127.0.0.1:99999"],
    ["train", "--target-return", "inf"],
    ["train", "--target-return", "nan"],
    ["train", "--iterations", "9" * 40],
    ["train", "--resume", ""],
    ["rollout", "--seed", "-1", "x"],
    ["rollout", "--episodes", "1000000", "x"],
    ["rollout", "r" * 300],
    ["sweep", "--iterations", "0"],
    ["sweep", "--resume", "nothing"],
    ["sweep", "--adopt", "nothing"],
    ["sweep", "--grid", "lr=0.1:0.2", "--gsde", "yes"],  # CartPole's action is a move, not an amount
    ["sweep", "--grid", "lr=0.1:0.2", "--epsilon-end", "0.1"],  # a DQN setting, and the sweep trains PPO
    ["sweep", "--grid", "lr=0.1:0.2", "--config", '{"no_such_key": 1}'],
])
def test_hostile_arguments_are_one_sentence(argv, capsys, data_home):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("rl-playground:") and "Traceback" not in err and err.count("\n") == 1
    assert not (data_home / "runs").exists() or not list((data_home / "runs").iterdir())


def test_runs_lists_damaged_entries_in_one_line_each(capsys, data_home):
    (data_home / "runs" / "broken").mkdir(parents=True)
    (data_home / "runs" / "broken" / "run.json").write_text("{not json")
    assert main(["runs"]) == 0
    out = capsys.readouterr().out
    assert [line for line in out.splitlines() if line.startswith("skipped (damaged):")] == [
        f"skipped (damaged): {data_home / 'runs' / 'broken'}: run.json is damaged or not a JSON object"
    ]


def test_a_foreign_checkpoint_needs_trust_even_with_a_policy_npz(capsys, data_home, tmp_path):
    """The trust rule reads the recorded provenance, not the folder's contents: a policy.npz waives nothing."""
    foreign = tmp_path / "downloaded"
    (foreign / RLLIB_MODULE_PATH).mkdir(parents=True)
    save_policy(foreign, mlp_weights())
    for argv in (["train", "--resume", str(foreign)], ["rollout", str(foreign)]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert "--trust" in err and "Traceback" not in err and err.count("\n") == 1
    assert not (data_home / "runs").exists() or not list((data_home / "runs").iterdir())  # nothing written


def test_a_sweep_takes_trains_setting_flags_and_config():
    from desktop.cli import build_parser
    from desktop.cli_sweep import spec_from_args
    from desktop.core.settings import preset

    args = build_parser().parse_args(["sweep", "--env", "Pendulum-v1", "--grid", "clip_param=0.1:0.2", "--gamma", "0.95",
                                      "--gsde", "no", "--target-return", "-300", "--config", '{"use_kl_loss": true}'])
    base = spec_from_args(args).base
    assert (base.env, base.gamma, base.gsde, base.target_return, base.extra) == ("Pendulum-v1", 0.95, False, -300, {"use_kl_loss": True})
    assert base.iterations == 15 and base.lr == preset("quick", "Pendulum-v1").lr  # the rest is the game's Quick demo
