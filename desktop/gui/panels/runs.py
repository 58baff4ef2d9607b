"""Runs list: past runs from the store with their checkpoints; watch one play or resume it."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.games import game
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.store import RunRecord, RunStore, StoreError
from desktop.gui.i18n import core_text, error_text

SPEC = Qt.ItemDataRole.UserRole


def _size(nbytes: int) -> str:
    return f"{nbytes / 2**20:.1f} MiB" if nbytes < 2**30 else f"{nbytes / 2**30:.2f} GiB"



# A run's status as the store writes it, shown in the window's language.
RUN_STATUSES = {
    status: status for status in (
        QT_TRANSLATE_NOOP("RunsPanel", "created"), QT_TRANSLATE_NOOP("RunsPanel", "running"),
        QT_TRANSLATE_NOOP("RunsPanel", "building"), QT_TRANSLATE_NOOP("RunsPanel", "paused"),
        QT_TRANSLATE_NOOP("RunsPanel", "stopping"), QT_TRANSLATE_NOOP("RunsPanel", "finished"),
        QT_TRANSLATE_NOOP("RunsPanel", "interrupted"), QT_TRANSLATE_NOOP("RunsPanel", "failed"),
        QT_TRANSLATE_NOOP("RunsPanel", "unreadable"),
    )
}


class RunsPanel(QWidget):
    watch_requested = Signal(str, str, int)  # checkpoint folder, label, episodes
    resume_requested = Signal(str)  # run id or checkpoint folder
    run_selected = Signal(object)  # RunRecord
    keep_checkpoints_changed = Signal(int)

    def __init__(self, store: RunStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self._stale = False
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Run / checkpoint"), self.tr("game"), self.tr("status"), self.tr("iter"),
                                   self.tr("best return"), self.tr("size")])
        self.tree.setColumnWidth(0, 230)
        self.tree.setToolTip(self.tr("Every training run saved on this computer; open one to see its checkpoints."))
        self.tree.itemSelectionChanged.connect(self._on_selection_changed)
        self.episodes = QSpinBox()
        self.episodes.setRange(1, 100)
        self.episodes.setValue(3)
        self.episodes.setToolTip(self.tr("How many games the saved agent plays."))
        self.watch_button = QPushButton(self.tr("Watch it play"))
        self.watch_button.setToolTip(self.tr("Load the selected checkpoint (or the run's latest) into the simulator."))
        self.resume_button = QPushButton(self.tr("Resume training"))
        self.resume_button.setToolTip(
            self.tr("Continue training from the selected checkpoint. From a run's latest checkpoint the same run "
                    "continues; from an older one a new run starts.")
        )
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setToolTip(self.tr("Give the selected run a name you will recognise."))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected run and its checkpoints from this computer (asks first)."))
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setToolTip(self.tr("Show the run's files (metrics, checkpoints) in the file manager."))
        self.keep = QSpinBox()
        self.keep.setRange(0, 1000)
        self.keep.setSpecialValueText(self.tr("all"))
        self.keep.setToolTip(self.tr("Keep only the newest K checkpoints of each run to save disk space ('all' keeps every one)."))
        self.keep.valueChanged.connect(self.keep_checkpoints_changed)
        self.total = QLabel()
        self.rename_button.clicked.connect(self._on_rename_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.watch_button.clicked.connect(self._on_watch_clicked)
        self.resume_button.clicked.connect(self._on_resume_clicked)
        self.refresh_button.clicked.connect(self.refresh)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.watch_button)
        row.addWidget(QLabel(self.tr("episodes:")))
        row.addWidget(self.episodes)
        row2 = QHBoxLayout()
        row2.addWidget(self.resume_button)
        row2.addWidget(self.refresh_button)
        row3 = QHBoxLayout()
        for button in (self.rename_button, self.delete_button, self.open_button):
            row3.addWidget(button)
        row4 = QHBoxLayout()
        row4.addWidget(QLabel(self.tr("Keep checkpoints:")))
        row4.addWidget(self.keep)
        row4.addStretch(1)
        row4.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addLayout(row2)
        layout.addLayout(row3)
        layout.addLayout(row4)
        layout.addWidget(self.message)
        self.refresh()

    def refresh_if_shown(self) -> None:
        """Refresh now if the list is on screen, else when it is next shown.

        Checkpoints arrive every second or two in a Quick demo; rebuilding a hidden list each time
        only steals the window's time (~20 ms a rebuild)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        selected = self.selected_spec()
        self.tree.clear()
        total = 0
        for run in reversed(self.store.runs()):
            info = run.info
            best = run.best_return()
            size = run.size_bytes()
            total += size
            settings = run.settings
            item = QTreeWidgetItem([
                run.label, f"{core_text('Games', game(settings.env).name)} · {settings.algorithm}",
                self.tr(RUN_STATUSES.get(str(info.get("status")), str(info.get("status", "?")))), str(info.get("iteration", 0)),
                "" if math.isnan(best) else f"{best:.1f}", _size(size),
            ])
            item.setData(0, SPEC, run.id)
            item.setToolTip(0, self.tr("created {0}").format(time.strftime("%Y-%m-%d %H:%M", time.localtime(info.get("created", 0)))))
            for checkpoint in run.checkpoints():
                child = QTreeWidgetItem([self.tr("checkpoint {0}").format(checkpoint.iteration), "", "", str(checkpoint.iteration), ""])
                child.setData(0, SPEC, str(checkpoint.path))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            if selected in (run.id,):
                item.setSelected(True)
        self.total.setText(self.tr("{0} runs, {1}").format(self.tree.topLevelItemCount(), _size(total)))
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

    busy = False

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.resume_button.setEnabled(not busy and self.selected_spec() is not None)

    def _on_selection_changed(self) -> None:
        has = self.selected_spec() is not None
        for button in (self.watch_button, self.resume_button, self.rename_button, self.delete_button, self.open_button):
            button.setEnabled(has)
        run = self.selected_run()
        if run is not None:
            self.run_selected.emit(run)

    def _on_watch_clicked(self) -> None:
        spec = self.selected_spec()
        if spec is None:
            return
        try:
            run, checkpoint = self.store.resolve(spec)
        except StoreError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.clear()
        name = run.id if run else checkpoint.name
        self.watch_requested.emit(str(checkpoint), self.tr("Run {0}, checkpoint {1}").format(name, checkpoint.name), self.episodes.value())

    def _on_rename_clicked(self) -> None:
        run = self.selected_run()
        if run is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename run"), self.tr("New name:"), text=run.label)
        if ok:
            self.rename(run, name)

    def rename(self, run: RunRecord, name: str) -> None:
        try:
            run.rename(name)
        except StoreError as exc:
            self.message.setText(error_text(exc))
        self.refresh()

    def _on_delete_clicked(self) -> None:
        run = self.selected_run()
        if run is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete run"),
            self.tr("Delete run '{0}' and all its checkpoints? This cannot be undone.").format(run.label),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(run)

    def delete(self, run: RunRecord) -> None:
        if run.info.get("status") == "running" and self.busy:
            self.message.setText(self.tr("This run is training; stop it before deleting it."))
            return
        try:
            self.store.delete(run.id)
        except (StoreError, OSError) as exc:
            self.message.setText(self.tr("Could not delete the run ({0}).").format(exc))
        self.refresh()

    def _on_open_clicked(self) -> None:
        run = self.selected_run()
        if run is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(run.folder)))

    def _on_resume_clicked(self) -> None:
        spec = self.selected_spec()
        if spec is not None:
            self.resume_requested.emit(spec)
