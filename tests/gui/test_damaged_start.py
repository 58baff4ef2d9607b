"""The window starts whatever state the data folder is in, and its notice lists what it skipped (no Ray)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.settings import QUICK
from desktop.core.store import RunStore
from desktop.core.sweep_spec import build_spec
from desktop.core.sweep_store import SweepStore
from desktop.gui.main_window import MainWindow
from tests.gui.trust_helpers import app_run

DEAD_PID = 2**22 + 7  # above Linux's pid_max: no process has it


def start(qtbot) -> MainWindow:
    window = MainWindow(RunStore())
    qtbot.addWidget(window)
    window.show()
    return window


def listed_runs(window) -> list[str]:
    tree = window.runs.tree
    return [tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in range(tree.topLevelItemCount())]


def a_sweep():
    return SweepStore().create(build_spec(QUICK, ["lr=0.001:0.003"], [], None, "fifo"))


def test_the_window_starts_with_damaged_files_and_lists_them(qtbot, data_home, tmp_path):
    good = app_run(tmp_path)
    with open(good.folder / "metrics.jsonl", "a") as f:
        f.write('{"iteration": "three", \n')  # a line a crash tore or a hand broke
    time.sleep(0.01)
    fifo_run = app_run(tmp_path / "second")
    (fifo_run.folder / "metrics.jsonl").unlink()
    os.mkfifo(fifo_run.folder / "metrics.jsonl")  # a plain open() would hang the window here
    runs_dir = good.folder.parent
    (runs_dir / "bad-json").mkdir()
    (runs_dir / "bad-json" / "run.json").write_text('{"id": "bad-json", "settings": ')
    sweeps = SweepStore()
    damaged_sweep = a_sweep()
    (damaged_sweep.folder / "sweep.json").write_text("[1, 2]")
    time.sleep(1.1)  # sweep ids are stamped to the second
    trials_sweep = a_sweep()
    (trials_sweep.folder / "trials.json").write_text('{"t0": {"status": ')
    (data_home / "preferences.json").write_text(json.dumps({"keep_checkpoints": "many", "runtime": "local"}))
    (data_home / "window.ini").write_text("[window]\nsplitter-main=not a splitter state\nsize=@Size(banana)\n")

    window = start(qtbot)
    try:
        notice = window.skipped_notice
        assert notice is not None and notice.isVisible() and not notice.isModal()
        text = notice.text()
        for expected in (
            f"{runs_dir / 'bad-json'}: run.json is damaged",
            f"{good.folder}: metrics.jsonl has 1 damaged line(s)",
            f"{fifo_run.folder}: metrics.jsonl cannot be read",
            f"{damaged_sweep.folder}: sweep.json is damaged",
            f"{trials_sweep.folder}: trials.json is damaged",
            "preferences.json: the value of keep_checkpoints is damaged",
            "window.ini: window/splitter-main is damaged",
        ):
            assert expected in text, expected
        # The readable parts are all there, and usable.
        assert sorted(listed_runs(window)) == sorted([good.id, fifo_run.id])
        assert [sweeps.sweeps_dir / s.id for s in window.sweep.store.sweeps()] == [trials_sweep.folder]
        assert window.runs.keep.value() == 0 and len(good.metrics()) == 2
    finally:
        window._shutdown()


@contextlib.contextmanager
def read_only(folders: list[Path]) -> Iterator[None]:
    """Folders nobody can write to; as root (who ignores modes) they are made immutable instead."""
    for folder in folders:
        os.chmod(folder, 0o555)
    immutable = os.access(folders[0], os.W_OK)
    try:
        if immutable:
            for folder in folders:
                if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
                    pytest.skip("running as root on a file system without chattr +i: cannot make a folder read-only")
        yield
    finally:
        for folder in folders:
            if immutable:
                subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
            os.chmod(folder, 0o755)


def test_a_read_only_data_folder_with_a_stale_run_and_sweep(qtbot, data_home, tmp_path):
    run = app_run(tmp_path)
    run.update_info(status="running", pid=DEAD_PID)  # its process died without saying so
    sweep = a_sweep()
    sweep.update_info(status="running", pid=DEAD_PID)
    with read_only([data_home, run.folder.parent, run.folder, sweep.folder.parent, sweep.folder]):
        window = start(qtbot)
        try:
            text = window.skipped_notice.text()
            for folder in (run.folder, sweep.folder):
                assert f"{folder}: its process is gone but it could not be marked interrupted" in text
            assert listed_runs(window) == [run.id] and window.runs.tree.topLevelItem(0).text(2) == "running"
            assert [s.id for s in window.sweep.store.sweeps()] == [sweep.id]
        finally:
            window._shutdown()  # saving the layout into a read-only folder fails quietly
    assert json.loads((run.folder / "run.json").read_text())["status"] == "running"  # left as it was
