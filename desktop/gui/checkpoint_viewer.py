"""Watching a checkpoint play: from the Runs tab, or any RLlib checkpoint folder (after a warning)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.core import trust
from desktop.core.errors import UserError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.store import load_policy
from desktop.gui.i18n import error_text
from desktop.sim.policy import PolicyError, policy_for

TRUST_QUESTION = QT_TRANSLATE_NOOP(
    "CheckpointViewer",
    "RLlib checkpoints are Python pickles: loading one can run any code it contains. "
    "Open it only if you trust where it came from. Open it?"
)


class CheckpointViewer:
    """The app's own checkpoints carry policy.npz (read here, instantly); others are read by a Ray task."""

    def __init__(self, window: Any):
        self.window = window
        self._episodes = 3

    def consent(self, path: Path | str) -> bool:
        """The one trust rule (desktop.core.trust); anything it does not trust asks the user first."""
        if trust.is_trusted(Path(path), self.window.store.home):
            return True
        answer = QMessageBox.question(
            self.window, QCoreApplication.translate("CheckpointViewer", "Open a checkpoint from outside the app?"),
            f"{path}\n\n" + QCoreApplication.translate("CheckpointViewer", TRUST_QUESTION),
        )
        return answer == QMessageBox.StandardButton.Yes

    def watch(self, checkpoint: str, label: str, episodes: int) -> None:
        w = self.window
        try:
            # policy.npz is plain arrays (numpy refuses pickles by default): no consent needed to read it.
            weights = load_policy(Path(checkpoint))
        except (OSError, ValueError, KeyError, EOFError):
            if not self.consent(checkpoint):
                return
            if not w.bridge.ready:
                w.runs.message.setText(QCoreApplication.translate("CheckpointViewer", "Ray is still starting; this checkpoint can be read in a moment."))
                return
            w.runs.message.setText(QCoreApplication.translate("CheckpointViewer", "Reading the checkpoint…"))
            self._episodes = episodes
            w.bridge.load_policy(checkpoint, label)
            return
        self.play(weights, label, episodes)

    def choose_and_open(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, QCoreApplication.translate("CheckpointViewer", "Open an RLlib checkpoint folder"))
        if folder:
            self.open(folder)

    def open(self, folder: str, confirm: bool = True) -> bool:
        """Watch a checkpoint from anywhere; one from outside the data folder needs the user's trust."""
        w = self.window
        try:
            run, checkpoint = w.store.resolve(folder)
        except UserError as exc:
            w.statusBar().showMessage(error_text(exc), 10000)
            return False
        if confirm and not self.consent(checkpoint):
            return False
        label = QCoreApplication.translate("CheckpointViewer", "Checkpoint {0} ({1})").format(checkpoint.name, run.id if run else checkpoint.parent.name)
        self.watch(str(checkpoint), label, 3)
        return True

    def play(self, weights: dict, label: str, episodes: int | None = None) -> None:
        w = self.window
        try:
            policy = policy_for(weights)
        except PolicyError as exc:
            w.runs.message.setText(error_text(exc))
            return
        w.runs.message.clear()
        w.set_game(policy.spec.env_id)
        w.simulator_area.setCurrentWidget(w.simulator)
        w.simulator.set_policy(policy, label, episodes or self._episodes)
