from __future__ import annotations

import json
import math

import numpy as np
import pytest

from desktop.core import store as store_mod
from desktop.core.events import CheckpointSaved, IterationResult, RunFinished
from desktop.core.resume import plan_resume
from desktop.core.settings import QUICK
from desktop.core.store import RunRecorder, RunStore, StoreError, pack_folder


def result(i: int, ret: float = 10.0) -> IterationResult:
    return IterationResult(i, i * 100, ret, ret - 5, ret + 5, ret, 3, 0.5, i * 0.5, timesteps_this_iter=100)


def fake_checkpoint(tmp_path, name="ck"):
    folder = tmp_path / name
    (folder / "learner_group" / "learner" / "rl_module" / "default_policy").mkdir(parents=True)
    (folder / "algorithm_state.pkl").write_bytes(b"state")
    return folder


def test_data_home_follows_the_environment(data_home):
    assert store_mod.data_home() == data_home


def test_run_round_trip(tmp_path):
    store = RunStore()
    record = store.create_run(QUICK.replace(seed=3))
    recorder = RunRecorder(record)
    weights = {"pi.net.mlp.0.weight": np.ones((2, 4)), "pi.net.mlp.0.bias": np.zeros(2)}
    archive = pack_folder(fake_checkpoint(tmp_path))
    recorder.handle([result(1), result(2, math.nan), CheckpointSaved(2, archive, weights), RunFinished("done")])
    again = store.get(record.id)
    assert again.settings == QUICK.replace(seed=3)
    assert [m.iteration for m in again.metrics()] == [1, 2]
    assert math.isnan(again.metrics()[1].episode_return_mean)
    assert again.info["status"] == "finished"
    checkpoint = again.latest_checkpoint()
    assert checkpoint.iteration == 2 and checkpoint.has_policy
    assert (checkpoint.path / "algorithm_state.pkl").read_bytes() == b"state"
    lines = (again.folder / "metrics.jsonl").read_text().splitlines()
    assert json.loads(lines[1])["episode_return_mean"] is None
    assert store.runs()[0].id == record.id and again.best_return() == 10.0


def test_runs_and_sweeps_started_in_the_same_second_get_their_own_folders(monkeypatch):
    from desktop.core.sweep_spec import build_spec
    from desktop.core.sweep_store import SweepStore

    monkeypatch.setattr(store_mod.time, "strftime", lambda _fmt: "20261204-120000")
    runs = [RunStore().create_run(QUICK.replace(seed=seed)) for seed in range(3)]
    assert [r.id for r in runs] == ["20261204-120000-ppo-cartpole", "20261204-120000-ppo-cartpole-2", "20261204-120000-ppo-cartpole-3"]
    assert [RunStore().get(r.id).settings.seed for r in runs] == [0, 1, 2]
    sweeps = [SweepStore().create(build_spec(QUICK, ["lr=0.001:0.01"])) for _ in range(2)]
    assert [s.folder.name for s in sweeps] == ["20261204-120000-sweep", "20261204-120000-sweep-2"]
    assert all(s.info["id"] == s.folder.name for s in sweeps)


def test_metrics_tolerate_a_torn_line_and_keep_the_last_row(tmp_path):
    record = RunStore().create_run(QUICK)
    record.append_metrics(result(1, 10))
    record.append_metrics(result(2, 20))
    record.append_metrics(result(2, 25))  # re-run after a resume
    with open(record.folder / "metrics.jsonl", "a") as f:
        f.write('{"iteration": 3, "timest')
    assert [(m.iteration, m.episode_return_mean) for m in record.metrics()] == [(1, 10), (2, 25)]


def test_best_return_follows_new_metrics(tmp_path):
    record = RunStore().create_run(QUICK)
    assert math.isnan(record.best_return())
    record.append_metrics(result(1, 10))
    assert record.best_return() == 10
    record.append_metrics(result(2, 30))
    assert RunStore().get(record.id).best_return() == 30  # a fresh record sees the same file


def test_resolve_refuses_missing_and_foreign_folders(tmp_path):
    store = RunStore()
    with pytest.raises(StoreError, match="No run or checkpoint"):
        store.resolve(str(tmp_path / "nothing"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(StoreError, match="not an RLlib checkpoint"):
        store.resolve(str(tmp_path / "empty"))
    record = store.create_run(QUICK)
    with pytest.raises(StoreError, match="no checkpoint"):
        store.resolve(record.id)
    run, path = store.resolve(str(fake_checkpoint(tmp_path)))
    assert run is None and path.name == "ck"


def test_resume_latest_continues_the_run_and_older_starts_a_new_one(tmp_path):
    store = RunStore()
    record = store.create_run(QUICK.replace(iterations=10))
    recorder = RunRecorder(record)
    archive = pack_folder(fake_checkpoint(tmp_path))
    recorder.handle([result(1), CheckpointSaved(1, archive), result(2), CheckpointSaved(2, archive)])
    plan = plan_resume(store, record.id)
    assert plan.record.id == record.id and plan.start_iteration == 2 and plan.time_offset_s == 1.0
    older = plan_resume(store, str(record.folder / "checkpoints" / "1"))
    assert older.record.id != record.id and older.record.info["parent"].endswith("checkpoints/1")
    with pytest.raises(StoreError, match="more iterations"):
        plan_resume(store, record.id, iterations=2)
    assert plan_resume(store, record.id, iterations=20).record.settings.iterations == 20


def test_resume_forgets_the_iterations_after_the_checkpoint(tmp_path):
    store = RunStore()
    record = store.create_run(QUICK.replace(iterations=10))
    archive = pack_folder(fake_checkpoint(tmp_path))
    RunRecorder(record).handle([result(1), result(2), CheckpointSaved(2, archive), result(3), result(4)])
    with pytest.raises(StoreError):
        plan_resume(store, record.id, iterations=2)
    plan = plan_resume(store, record.id, iterations=3)
    assert len(record.metrics()) == 4  # planned, not started: a resume refused now (no CPU, no Ray) loses nothing
    RunRecorder(plan.record, resume_from=plan.start_iteration)
    assert [m.iteration for m in record.metrics()] == [1, 2]  # 3 and 4 died with the process and are redone
    assert record.info["iteration"] == 2 and record.info["status"] == "running"


def test_unwritable_data_folder_is_one_sentence(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="Cannot write to the data folder"):
        RunStore(blocker / "sub").create_run(QUICK)


def test_runs_left_running_by_a_dead_process_are_interrupted():
    store = RunStore()
    record = store.create_run(QUICK)
    record.update_info(status="running", pid=2**22 + 12345)
    assert [r.id for r in store.mark_interrupted()] == [record.id]
    assert store.get(record.id).info["status"] == "interrupted"
