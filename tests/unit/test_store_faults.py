"""The run store under faults: a second writer, a crash mid-checkpoint, damaged files, foreign pickles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from desktop.core.atomic import FolderBusy, FolderLock
from desktop.core.events import CheckpointSaved
from desktop.core.preferences import Preferences
from desktop.core.resume import plan_resume
from desktop.core.settings import QUICK
from desktop.core.store import RunRecorder, RunStore, StoreError, pack_folder
from desktop.core.sweep_spec import build_spec
from desktop.core.sweep_store import SweepStore
from desktop.core.trust import UntrustedCheckpoint, is_trusted, require_trust
from tests.unit.test_store import fake_checkpoint

ROOT = Path(__file__).resolve().parents[2]


def _checkpointed_run(tmp_path: Path, iteration: int = 2):
    store = RunStore()
    record = store.create_run(QUICK.replace(iterations=5))
    recorder = RunRecorder(record)
    recorder.handle([CheckpointSaved(iteration, pack_folder(fake_checkpoint(tmp_path)), {"w": np.ones(2)})])
    recorder.release()
    return store, record


def test_trust_follows_the_recorded_provenance_not_a_files_presence(tmp_path):
    store, record = _checkpointed_run(tmp_path)
    checkpoint = record.latest_checkpoint().path
    assert is_trusted(checkpoint, store.home)
    # A folder planted in runs/ with a policy.npz but no provenance of this app is not trusted.
    planted = store.runs_dir / "planted"
    (planted / "checkpoints" / "1").mkdir(parents=True)
    (planted / "checkpoints" / "1" / "policy.npz").write_bytes(b"x")
    (planted / "run.json").write_text(json.dumps({"id": "planted", "settings": {}}))
    assert not is_trusted(planted / "checkpoints" / "1", store.home)
    assert not is_trusted(fake_checkpoint(tmp_path, "outside"), store.home)
    with pytest.raises(UntrustedCheckpoint, match="--trust"):
        require_trust(planted / "checkpoints" / "1", store.home, trusted_by_user=False)
    require_trust(planted / "checkpoints" / "1", store.home, trusted_by_user=True)
    # A symlink inside runs/ pointing out of it resolves outside: not trusted.
    (store.runs_dir / "link").symlink_to(tmp_path)
    assert not is_trusted(store.runs_dir / "link" / "outside", store.home)


def test_a_run_started_from_a_foreign_checkpoint_stays_untrusted(tmp_path):
    store = RunStore()
    plan = plan_resume(store, str(fake_checkpoint(tmp_path)), iterations=3)
    assert plan.record.info["provenance"].startswith("copied from")
    assert not is_trusted(plan.record.folder / "checkpoints", store.home)


def test_adopting_a_trial_never_launders_trust(tmp_path):
    sweeps = SweepStore()
    sweep = sweeps.create(build_spec(QUICK, ["lr=0.001:0.01"]))
    foreign = fake_checkpoint(tmp_path, "foreign")
    (sweep.folder / "trials.json").write_text(json.dumps({"t1": {"checkpoint": str(foreign), "iteration": 1}}))
    with pytest.raises(UntrustedCheckpoint):
        sweep.adopt_trial(RunStore(), "t1")
    assert RunStore().runs() == []  # refused: nothing written
    run = sweep.adopt_trial(RunStore(), "t1", trusted_by_user=True)
    assert not is_trusted(run.latest_checkpoint().path, RunStore().home)


def test_sweep_resume_needs_trust_for_a_foreign_sweep(tmp_path):
    sweeps = SweepStore()
    sweep = sweeps.create(build_spec(QUICK, ["lr=0.001:0.01"]))
    (sweep.tune_path).mkdir()
    (sweep.tune_path / "tuner.pkl").write_bytes(b"pickle")
    assert sweeps.resumable(sweep.id).id == sweep.id
    info = json.loads((sweep.folder / "sweep.json").read_text())
    del info["provenance"]
    (sweep.folder / "sweep.json").write_text(json.dumps(info))
    with pytest.raises(UntrustedCheckpoint):
        sweeps.resumable(sweep.id)
    assert sweeps.resumable(sweep.id, trusted_by_user=True).id == sweep.id


def _in_other_process(code: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], env=env, cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def test_a_second_writer_process_is_refused_naming_the_first(tmp_path):
    store, record = _checkpointed_run(tmp_path)
    other = _in_other_process(f"""
        import sys
        from desktop.core.store import RunRecorder, RunStore
        recorder = RunRecorder(RunStore().get({record.id!r}))
        print("locked", flush=True)
        sys.stdin.readline()
    """)
    try:
        assert other.stdout.readline().strip() == "locked"
        before = (record.folder / "run.json").read_bytes()
        with pytest.raises(FolderBusy, match=f"PID {other.pid}"):
            RunRecorder(record)
        with pytest.raises(FolderBusy, match=f"PID {other.pid}"):
            plan_resume(store, record.id, iterations=9)
        assert (record.folder / "run.json").read_bytes() == before  # refused: nothing written
    finally:
        other.communicate("\n", timeout=30)
    RunRecorder(record).release()  # the first writer is gone: the lock is free again


def test_two_processes_updating_a_run_lose_no_key(tmp_path):
    record = RunStore().create_run(QUICK)
    code = """
        import sys
        from desktop.core.store import RunStore
        run = RunStore().get({run!r})
        for i in range(60):
            run.update_info(**{{"{key}" + str(i): i}})
    """
    procs = [_in_other_process(code.format(run=record.id, key=key)) for key in ("a", "b")]
    for proc in procs:
        proc.communicate(timeout=60)
        assert proc.returncode == 0
    info = record.info
    assert info["settings"] == QUICK.to_dict()
    assert all(f"{k}{i}" in info for k in "ab" for i in range(60))
    assert not [p for p in record.folder.iterdir() if p.name.endswith(".tmp")]


def test_a_half_written_checkpoint_is_never_the_latest(tmp_path):
    _, record = _checkpointed_run(tmp_path, iteration=2)
    # What a crash during unpacking leaves behind, and odd names a user might create.
    for name in (".3.abc.partial", "4x", "٣", "9" * 40):
        (record.folder / "checkpoints" / name).mkdir()
    (record.folder / "checkpoints" / "7").write_text("a file, not a folder")
    assert [c.iteration for c in record.checkpoints()] == [2]
    assert record.latest_checkpoint().iteration == 2


def test_refused_resume_writes_nothing(tmp_path):
    store, record = _checkpointed_run(tmp_path, iteration=2)
    before = {p: p.read_bytes() for p in store.runs_dir.rglob("*") if p.is_file()}
    with pytest.raises(StoreError, match="more iterations"):
        plan_resume(store, record.id, iterations=2)
    with pytest.raises(StoreError, match="empty"):
        plan_resume(store, "  ")
    after = {p: p.read_bytes() for p in store.runs_dir.rglob("*") if p.is_file()}
    assert after == before and len(store.runs()) == 1


def test_damaged_files_are_skipped_and_reported(tmp_path):
    store, good = _checkpointed_run(tmp_path)
    for name, content in {"bad-json": "{", "a-list": "[1, 2]", "bad-type": json.dumps({"iteration": "x"}),
                          "bad-settings": json.dumps({"settings": {"lr": "fast"}})}.items():
        (store.runs_dir / name).mkdir()
        (store.runs_dir / name / "run.json").write_text(content)
    (store.runs_dir / "fifo").mkdir()
    os.mkfifo(store.runs_dir / "fifo" / "run.json")
    os.mkfifo(good.folder / "metrics.jsonl.fifo")
    (good.folder / "metrics.jsonl").unlink()
    os.mkfifo(good.folder / "metrics.jsonl")  # would hang a plain open()
    assert [r.id for r in store.runs()] == [good.id]
    assert good.metrics() == [] and np.isnan(good.best_return())
    skipped = store.skipped()
    assert len(skipped) == 5 and all(": " in line for line in skipped)  # 4 run.json + the FIFO metrics.jsonl
    assert store.get("x" * 300) is None and store.get("") is None
    home = store.home
    (home / "preferences.json").write_text(json.dumps({"keep_checkpoints": "many", "runtime": "local"}))
    prefs, notes = Preferences.load_reporting(home)
    assert prefs.keep_checkpoints == 0 and len(notes) == 1
    (home / "preferences.json").unlink()
    os.mkfifo(home / "preferences.json")
    assert Preferences.load_reporting(home)[0] == Preferences()


def test_a_read_only_data_folder_with_a_stale_run_still_lists(tmp_path):
    store = RunStore()
    record = store.create_run(QUICK)
    record.update_info(status="running", pid=2**22 + 7)
    os.chmod(record.folder, 0o555)
    try:
        if os.access(record.folder, os.W_OK):
            pytest.skip("running as root: permissions are not enforced")
        assert store.mark_interrupted() == []
        assert [r.id for r in store.runs()] == [record.id]
    finally:
        os.chmod(record.folder, 0o755)


def test_the_lock_is_per_process(tmp_path):
    _, record = _checkpointed_run(tmp_path)
    first = FolderLock(record.folder)
    first.acquire()
    assert not first.is_held_elsewhere()  # this process may take its own run over
    first.release()
