"""Runs list: past runs from the store with their checkpoints; watch one play or resume it."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.store import RunRecord, RunStore

SPEC = Qt.ItemDataRole.UserRole


class RunsPanel(QWidget):
    watch_requested = Signal(str, str, int)  # checkpoint folder, label, episodes
    resume_requested = Signal(str)  # run id or checkpoint folder
    run_selected = Signal(object)  # RunRecord

    def __init__(self, store: RunStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Run / checkpoint", "status", "iter", "best return"])
        self.tree.setColumnWidth(0, 230)
        self.tree.setToolTip("Every training run saved on this computer; open one to see its checkpoints.")
        self.tree.itemSelectionChanged.connect(self._on_selection_changed)
        self.episodes = QSpinBox()
        self.episodes.setRange(1, 100)
        self.episodes.setValue(3)
        self.episodes.setToolTip("How many games the saved agent plays.")
        self.watch_button = QPushButton("Watch it play")
        self.watch_button.setToolTip("Load the selected checkpoint (or the run's latest) into the simulator.")
        self.resume_button = QPushButton("Resume training")
        self.resume_button.setToolTip(
            "Continue training from the selected checkpoint. From a run's latest checkpoint the same run "
            "continues; from an older one a new run starts."
        )
        self.refresh_button = QPushButton("Refresh")
        self.watch_button.clicked.connect(self._on_watch_clicked)
        self.resume_button.clicked.connect(self._on_resume_clicked)
        self.refresh_button.clicked.connect(self.refresh)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.watch_button)
        row.addWidget(QLabel("episodes:"))
        row.addWidget(self.episodes)
        row2 = QHBoxLayout()
        row2.addWidget(self.resume_button)
        row2.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addLayout(row2)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_spec()
        self.tree.clear()
        for run in reversed(self.store.runs()):
            info = run.info
            best = run.best_return()
            item = QTreeWidgetItem([
                run.id, str(info.get("status", "?")), str(info.get("iteration", 0)),
                "" if math.isnan(best) else f"{best:.1f}",
            ])
            item.setData(0, SPEC, run.id)
            item.setToolTip(0, time.strftime("created %Y-%m-%d %H:%M", time.localtime(info.get("created", 0))))
            for checkpoint in run.checkpoints():
                child = QTreeWidgetItem([f"checkpoint {checkpoint.iteration}", "", str(checkpoint.iteration), ""])
                child.setData(0, SPEC, str(checkpoint.path))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            if selected in (run.id,):
                item.setSelected(True)
        self._on_selection_changed()

    def selected_spec(self) -> str | None:
        items = self.tree.selectedItems()
        return items[0].data(0, SPEC) if items else None

    def selected_run(self) -> RunRecord | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        item = items[0].parent() or items[0]
        return self.store.get(item.data(0, SPEC))

    def set_busy(self, busy: bool) -> None:
        self.resume_button.setEnabled(not busy and self.selected_spec() is not None)

    def _on_selection_changed(self) -> None:
        has = self.selected_spec() is not None
        self.watch_button.setEnabled(has)
        self.resume_button.setEnabled(has)
        run = self.selected_run()
        if run is not None:
            self.run_selected.emit(run)

    def _on_watch_clicked(self) -> None:
        spec = self.selected_spec()
        if spec is None:
            return
        try:
            run, checkpoint = self.store.resolve(spec)
        except Exception as exc:
            self.message.setText(str(exc))
            return
        self.message.clear()
        name = run.id if run else checkpoint.name
        self.watch_requested.emit(str(checkpoint), f"Run {name}, checkpoint {checkpoint.name}", self.episodes.value())

    def _on_resume_clicked(self) -> None:
        spec = self.selected_spec()
        if spec is not None:
            self.resume_requested.emit(spec)
