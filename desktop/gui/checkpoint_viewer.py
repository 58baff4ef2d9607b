"""Watching a checkpoint play: from the Runs tab, or any RLlib checkpoint folder (after a warning)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core import trust
from desktop.core.errors import UserError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.store import RunStore, load_policy
from desktop.gui.bridge import EngineBridge
from desktop.gui.i18n import error_text
from desktop.sim.policy import PolicyError, policy_for

TRUST_QUESTION = QT_TRANSLATE_NOOP(
    "CheckpointViewer",
    "RLlib checkpoints are Python pickles: loading one can run any code it contains. "
    "Open it only if you trust where it came from. Open it?"
)


class CheckpointViewer(QObject):
    """The app's own checkpoints carry policy.npz (read here, instantly); others are read by a Ray task.

    It plays nothing itself: `policy_opened` hands the policy to whoever shows it (the window)."""

    policy_opened = Signal(object, str, int)  # a NumpyPolicy (desktop.sim.policy), its label, how many episodes to play
    message_changed = Signal(str)  # a sentence for the Runs tab ("" clears it)
    open_failed = Signal(str)  # why a folder could not be opened, one sentence

    def __init__(self, store: RunStore, bridge: EngineBridge, parent: QWidget):
        super().__init__(parent)
        self.store = store
        self.bridge = bridge
        self.dialog_parent = parent
        self._episodes = 3

    def consent(self, path: Path | str) -> bool:
        """The one trust rule (desktop.core.trust); anything it does not trust asks the user first."""
        if trust.is_trusted(Path(path), self.store.home):
            return True
        answer = QMessageBox.question(
            self.dialog_parent, QCoreApplication.translate("CheckpointViewer", "Open a checkpoint from outside the app?"),
            f"{path}\n\n" + QCoreApplication.translate("CheckpointViewer", TRUST_QUESTION),
        )
        return answer == QMessageBox.StandardButton.Yes

    def watch(self, checkpoint: str, label: str, episodes: int = 3, consented: bool = False) -> None:
        """Play a checkpoint (Runs → Watch, Sweep → Watch its checkpoint, File → Open).

        One the trust rule does not trust asks first, before any of its files is read: the rule is
        the same for every path, even when the folder holds the app's plain-array policy.npz."""
        if not consented and not self.consent(checkpoint):
            return
        try:
            weights = load_policy(Path(checkpoint))
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
            if not self.bridge.ready:
                self.message_changed.emit(QCoreApplication.translate("CheckpointViewer", "Ray is still starting; this checkpoint can be read in a moment."))
                return
            self.message_changed.emit(QCoreApplication.translate("CheckpointViewer", "Reading the checkpoint…"))
            self._episodes = episodes
            self.bridge.load_policy(checkpoint, label)
            return
        self.play(weights, label, episodes)

    def choose_and_open(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.dialog_parent, QCoreApplication.translate("CheckpointViewer", "Open an RLlib checkpoint folder"))
        if folder:
            self.open(folder)

    def open(self, folder: str, confirm: bool = True) -> bool:
        """Watch a checkpoint from anywhere; one from outside the data folder needs the user's trust."""
        try:
            run, checkpoint = self.store.resolve(folder)
        except UserError as exc:
            self.open_failed.emit(error_text(exc))
            return False
        if confirm and not self.consent(checkpoint):
            return False
        label = QCoreApplication.translate("CheckpointViewer", "Checkpoint {0} ({1})").format(checkpoint.name, run.id if run else checkpoint.parent.name)
        self.watch(str(checkpoint), label, 3, consented=True)
        return True

    def play(self, weights: dict, label: str, episodes: int | None = None) -> None:
        try:
            policy = policy_for(weights)
        except PolicyError as exc:
            self.message_changed.emit(error_text(exc))
            return
        self.message_changed.emit("")
        self.policy_opened.emit(policy, label, episodes or self._episodes)
