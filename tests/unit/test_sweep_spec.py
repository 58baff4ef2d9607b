"""Sweep specs: --grid / --random parsing, one sentence per mistake, and the sweep store without Ray."""

from __future__ import annotations

import math

import pytest

from desktop.core.events import IterationResult, RunFinished
from desktop.core.settings import QUICK, SettingsError
from desktop.core.store import RunStore, StoreError
from desktop.core.sweep_spec import (
    SweepSpec,
    build_spec,
    parse_grid,
    parse_random,
    trial_settings,
    validate_spec,
)
from desktop.core.sweep_store import SweepRecorder, SweepStore, TrialUpdate, params_text


def test_grid_values_are_colon_separated_and_a_list_value_comma_separated():
    hidden = parse_grid("hidden=64,64:256,256")
    assert (hidden.name, hidden.mode, hidden.values) == ("hidden", "grid", ((64, 64), (256, 256)))
    assert parse_grid("lr=0.0001:0.0003").values == (0.0001, 0.0003)
    assert parse_grid("Train-Batch=500:1000").values == (500, 1000)
    assert parse_grid("entropy=0:0.01").name == "entropy_coeff"


def test_random_ranges_and_choices():
    lr = parse_random("lr=0.00001..0.001")
    assert (lr.low, lr.high, lr.is_range) == (0.00001, 0.001, True)
    assert "log-uniform" in lr.describe()
    assert parse_random("hidden=32:64,64").values == ((32,), (64, 64))
    assert parse_random("train_batch=500..2000").low == 500


def test_a_spec_counts_trials_and_round_trips_through_json():
    spec = build_spec(QUICK, ["hidden=64,64:256,256", "lr=0.0001:0.0003"], scheduler="asha")
    assert spec.trials == 4 and spec.scheduler == "asha"
    assert SweepSpec.from_dict(spec.to_dict()) == spec
    assert build_spec(QUICK, random=["lr=0.00001..0.001"]).samples == 4
    assert build_spec(QUICK, random=["lr=0.00001..0.001"], samples=8).trials == 8
    assert trial_settings(QUICK, {"hidden": [32], "lr": 0.01}).hidden == (32,)


@pytest.mark.parametrize(
    "grid, random, options, fragment",
    [
        (["hidden"], [], {}, "NAME=VALUES"),
        (["speed=1:2"], [], {}, "Unknown sweep parameter"),
        (["lr="], [], {}, "lists no values"),
        (["lr=0.1::0.2"], [], {}, "empty value"),
        (["lr=0.1:0.1"], [], {}, "same value twice"),
        (["lr=0.001..0.01"], [], {}, "use --random"),
        (["lr=fast"], [], {}, "must be a number"),
        (["hidden=64,x"], [], {}, "whole numbers"),
        (["lr=0:0.1"], [], {}, "learning rate"),
        (["minibatch=64:8000"], [], {}, "minibatch"),
        ([], ["lr=0.01..0.001"], {}, "smaller to a larger"),
        ([], ["lr=0..0.001"], {}, "above 0"),
        ([], ["hidden=32..64"], {}, "cannot be a range"),
        (["lr=0.1:0.2"], ["lr=0.1..0.2"], {}, "twice"),
        ([], [], {}, "at least one parameter"),
        (["lr=0.1:0.2"], [], {"scheduler": "hyperband"}, "Unknown scheduler"),
        (["lr=0.1:0.2"], [], {"samples": 0}, "samples"),
        (["lr=0.1:0.2"], [], {"samples": 200}, "trials"),
        (["lr=0.1:0.2"], [], {"scheduler": "asha", "grace_period": 40}, "grace period"),
    ],
)
def test_each_mistake_is_one_sentence(grid, random, options, fragment):
    with pytest.raises(SettingsError) as info:
        build_spec(QUICK, grid, random, **options)
    message = str(info.value)
    assert fragment in message and "\n" not in message and message.endswith(".")


def test_a_trial_needing_more_cpus_than_ray_has_is_refused():
    spec = build_spec(QUICK.replace(env_runners=2), ["lr=0.1:0.2"])
    with pytest.raises(SettingsError, match="Each trial needs 3 CPUs"):
        validate_spec(spec, available_cpus=2)


def test_the_sweep_store_records_trials_ranks_them_and_lists_sweeps(tmp_path):
    store = SweepStore()
    spec = build_spec(QUICK, ["lr=0.001:0.0003"])
    record = store.create(spec)
    recorder = SweepRecorder(record)

    def result(trial, iteration, reward):
        return IterationResult(iteration, 1000 * iteration, reward, 0, 0, 0, 1, 1.0, float(iteration), trial_id=trial)

    recorder.handle([
        TrialUpdate("a", "PPO_a", "RUNNING", {"lr": 0.001}, "127.0.0.1:1"),
        TrialUpdate("b", "PPO_b", "RUNNING", {"lr": 0.0003}),
        result("a", 1, 20.0), result("b", 1, 30.0), result("a", 2, 50.0), result("b", 2, math.nan),
        TrialUpdate("a", "PPO_a", "TERMINATED", {"lr": 0.001}, iteration=2, checkpoint=str(tmp_path / "none")),
        TrialUpdate("b", "PPO_b", "TERMINATED", {"lr": 0.0003}, iteration=2),
        RunFinished("all trials finished"),
    ])
    trials = record.trials()
    assert trials["a"]["location"] == "127.0.0.1:1" and trials["a"]["status"] == "TERMINATED"
    assert record.best_trial() == ("a", 50.0)
    assert [m.iteration for m in record.metrics("b")] == [1, 2]
    assert record.info["status"] == "finished"
    assert [s.id for s in store.sweeps()] == [record.id]
    assert params_text({"hidden": [64, 64], "lr": 0.0003}) == "hidden=64,64, lr=0.0003"
    with pytest.raises(StoreError, match="no checkpoint"):
        record.adopt_trial(RunStore(), "a")
    with pytest.raises(StoreError, match="never got far enough"):
        store.resumable(record.id)
    record.tune_path.mkdir()
    (record.tune_path / "tuner.pkl").touch()
    with pytest.raises(StoreError, match="already finished"):
        store.resumable(record.id)
    with pytest.raises(StoreError, match="No sweep"):
        store.resumable("nope")


def test_the_trials_table_reads_like_tunes():
    from desktop.core.sweep_table import SweepTable

    table = SweepTable(["hidden", "lr"])
    assert table.apply([
        TrialUpdate("a", "PPO_CartPole-v1_x_00000", "RUNNING", {"hidden": [64, 64], "lr": 0.0003}, "127.0.0.1:7"),
        IterationResult(1, 1000, 22.5, 9, 40, 22, 40, 1.0, 1.25, trial_id="a"),
        TrialUpdate("b", "PPO_CartPole-v1_x_00001", "TERMINATED", {"hidden": [32], "lr": 0.001}, early_stopped=True),
        TrialUpdate("b", "PPO_CartPole-v1_x_00001", "TERMINATED", checkpoint="/c"),  # a checkpoint note keeps the mark
    ])
    lines = table.text()
    assert lines[1].split("|")[1:-1] == [
        " Trial name              ", " status        ", " loc         ", " hidden ", " lr     ", " iter ",
        " total time (s) ", "   ts ", " reward ",
    ]
    assert "| PPO_CartPole-v1_x_00000 | RUNNING       | 127.0.0.1:7 | 64,64  | 0.0003 |    1 |" in lines[3]
    assert "| STOPPED EARLY |" in lines[4] and lines[0] == lines[2] == lines[-1]
    assert table.counts() == "Number of trials: 2 (1 RUNNING, 1 STOPPED EARLY)"
    assert table.best().trial_id == "a" and table.trials["b"].checkpoint == "/c"


def test_the_window_and_the_sweep_handle_load_neither_tune_nor_rllib():
    import subprocess
    import sys

    code = ("import desktop.gui.main_window, desktop.engine.sweep, desktop.engine.sweep_driver, desktop.cli_sweep, sys;"
            "print(' '.join(sys.modules))")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    ).stdout.split()
    assert not [m for m in out if m == "torch" or m.startswith(("ray.tune", "ray.rllib"))]
