"""Shared by the window's trust and damaged-file tests: answer real question boxes, plant foreign checkpoints."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.events import CheckpointSaved, IterationResult
from desktop.core.settings import QUICK
from desktop.core.store import RLLIB_MODULE_PATH, RunRecord, RunRecorder, RunStore, pack_folder, save_policy
from desktop.core.sweep_store import SweepRecord, TrialUpdate
from desktop.core.trust import PROVENANCE_KEY
from tests.unit.test_sim import mlp_weights

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


class QuestionAnswerer:
    """Finds the modal question box the window really opens (QApplication.activeModalWidget) and presses a button.

    The box's own event loop runs this timer, so the window's code is exercised unchanged."""

    def __init__(self, answer: QMessageBox.StandardButton = NO):
        self.answer = answer
        self.asked: list[str] = []
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._on_timeout)
        self.timer.start()

    def _on_timeout(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.button(self.answer) is not None:
            self.asked.append(box.text())
            box.button(self.answer).click()

    def stop(self) -> None:
        self.timer.stop()


def policy_folder(folder: Path, seed: int = 0) -> Path:
    """A checkpoint-shaped folder holding the app's plain-array policy.npz (what a foreign folder may hold)."""
    (folder / RLLIB_MODULE_PATH).mkdir(parents=True, exist_ok=True)
    save_policy(folder, mlp_weights(seed=seed))
    return folder


def app_run(tmp_path: Path, iterations: int = 2) -> RunRecord:
    """A run written by this app, with checkpoints that carry policy.npz."""
    source = policy_folder(tmp_path / "source")
    record = RunStore().create_run(QUICK)
    recorder = RunRecorder(record)
    for i in range(1, iterations + 1):
        recorder.handle([IterationResult(i, i * 10, 20.0 * i, 10, 30, 20, 1, 0.1, i * 0.1),
                         CheckpointSaved(i, pack_folder(source), mlp_weights(seed=i))])
    recorder.release()
    return record


def copy_in(record: RunRecord, name: str, keep_provenance: bool = False, to: Path | None = None) -> Path:
    """A copy of a run's folder under runs/`name` (or at `to`, linked from runs/`name`); provenance dropped."""
    runs_dir = record.folder.parent
    target = to or runs_dir / name
    shutil.copytree(record.folder, target)
    info = json.loads((target / "run.json").read_text())
    info["id"] = name
    if not keep_provenance:
        info.pop(PROVENANCE_KEY, None)
    (target / "run.json").write_text(json.dumps(info))
    if to is not None:
        (runs_dir / name).symlink_to(to, target_is_directory=True)
    return target


def files_of(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder` with its size and modification time: 'nothing was written' is this unchanged."""
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


def select_run(window, run_id: str) -> None:
    window.runs.refresh()
    tree = window.runs.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    tree.clearSelection()
    [item] = [i for i in items if i.data(0, Qt.ItemDataRole.UserRole) == run_id]
    item.setSelected(True)


def watch_run(window, qtbot, run_id: str) -> None:
    window.left_tabs.setCurrentWidget(window.runs)
    select_run(window, run_id)
    qtbot.mouseClick(window.runs.watch_button, Qt.MouseButton.LeftButton)


def sweep_with_trials(window, trials: dict[str, str]) -> SweepRecord:
    """A sweep written by the app whose trials.json names these checkpoints (trial id -> folder)."""
    panel = window.sweep
    record = panel.store.create(panel.spec())
    for n, (trial_id, checkpoint) in enumerate(trials.items()):
        record.update_trial(TrialUpdate(trial_id, f"PPO_CartPole-v1_abc_0000{n}", "TERMINATED", {"lr": 0.001},
                                        checkpoint=checkpoint, checkpoint_iteration=1))
    window.left_tabs.setCurrentWidget(panel)
    panel.refresh()
    panel.sweeps.setCurrentRow(0)
    return record


def watch_trial(window, row: int) -> None:
    view = window.sweep.view
    view.grid.selectRow(row)
    assert view.checkpoint_button.isEnabled()
    view.checkpoint_button.click()
