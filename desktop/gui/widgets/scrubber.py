"""A slider over a run's saved checkpoints: moving it chooses which stage of learning plays."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from desktop.core.store import RunRecord
from desktop.gui.widgets.help import HelpButton


class CheckpointScrubber(QWidget):
    """Emits `checkpoint_chosen(folder, label)` when the slider settles, `live_chosen` for "Live"."""

    checkpoint_chosen = Signal(str, str)
    live_chosen = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.run_name = ""
        self.checkpoints: list[tuple[int, Path]] = []
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrow keys belong to the game
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setPageStep(1)
        self.slider.setToolTip(self.tr("Drag to go back in time: each mark is a checkpoint saved during training."))
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.label = QLabel(self.tr("No checkpoints yet"))
        self.label.setMinimumWidth(120)
        self.live_button = QPushButton(self.tr("Live"))
        self.live_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.live_button.setToolTip(self.tr("Play the newest policy of the training that is running (or the untrained agent)."))
        self.live_button.clicked.connect(self._on_live_button_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Checkpoint:")))
        row.addWidget(HelpButton("checkpoint"))
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        row.addWidget(self.live_button)
        self.set_checkpoints("", [])

    def set_run(self, run: RunRecord) -> None:
        """Offer the run's checkpoints that carry numpy weights (the app's own)."""
        found = [(c.iteration, c.path) for c in run.checkpoints() if c.has_policy]
        self.set_checkpoints(run.info.get("name", run.id), found)

    def set_checkpoints(self, run_name: str, checkpoints: list[tuple[int, Path]]) -> None:
        if (run_name, checkpoints) == (self.run_name, self.checkpoints):
            return
        self.run_name, self.checkpoints = run_name, list(checkpoints)
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(len(checkpoints) - 1, 0))
        self.slider.setValue(self.slider.maximum())
        self.slider.blockSignals(False)
        self.slider.setEnabled(len(checkpoints) > 0)
        self.label.setText(self._describe(self.slider.value()) if checkpoints else self.tr("No checkpoints yet"))

    def _describe(self, index: int) -> str:
        iteration, _ = self.checkpoints[index]
        return self.tr("iteration {0} ({1}/{2})").format(iteration, index + 1, len(self.checkpoints))

    def choose(self, index: int) -> None:
        """Move to the index-th checkpoint and emit it (also what dragging does)."""
        if self.slider.value() == index:
            self._on_slider_value_changed(index)
        else:
            self.slider.setValue(index)

    def _on_slider_value_changed(self, index: int) -> None:
        if not self.checkpoints:
            return
        self.label.setText(self._describe(index))
        iteration, path = self.checkpoints[index]
        self.checkpoint_chosen.emit(str(path), self.tr("{0}, checkpoint at iteration {1}").format(self.run_name, iteration))

    def _on_live_button_clicked(self) -> None:
        self.live_chosen.emit()
