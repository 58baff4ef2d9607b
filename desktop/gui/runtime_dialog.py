"""Settings → Ray runtime: the embedded local runtime, or a running cluster at an address."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.preferences import Preferences
from desktop.gui import window_state

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

HELP = QT_TRANSLATE_NOOP(
    "RuntimeDialog",
    "Local: the app starts its own Ray on this computer (listening on this computer only).<br>"
    "Cluster: the app joins a Ray cluster that is already running, for more CPUs or GPUs. "
    "Ray's token authentication must match: set <code>RAY_AUTH_MODE=token</code> and the cluster's token "
    "(<code>RAY_AUTH_TOKEN</code> or <code>~/.ray/auth_token</code>) before starting the app.<br>"
    "The change takes effect when the app restarts."
)


def address_problem(address: str) -> str | None:
    """One sentence if `address` is not HOST:PORT, else None."""
    host, _, port = address.strip().rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        return QCoreApplication.translate("RuntimeDialog", "Give the cluster's address as HOST:PORT, for example 192.168.1.20:6379.")
    return None


class RuntimeDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ray runtime"))
        self.preferences = preferences
        self.local = QRadioButton(self.tr("Local (embedded, this computer only)"))
        self.cluster = QRadioButton(self.tr("Connect to a running cluster at:"))
        self.address = QLineEdit(preferences.cluster_address)
        self.address.setPlaceholderText(self.tr("HOST:PORT, e.g. 192.168.1.20:6379"))
        (self.cluster if preferences.runtime == "cluster" else self.local).setChecked(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        note = QLabel(self.tr(HELP))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.local, self.cluster, self.address, self.error, note, buttons):
            layout.addWidget(widget)

    def _on_buttons_accepted(self) -> None:
        if self.cluster.isChecked():
            problem = address_problem(self.address.text())
            if problem:
                self.error.setText(problem)
                return
        self.preferences.runtime = "cluster" if self.cluster.isChecked() else "local"
        self.preferences.cluster_address = self.address.text().strip()
        self.accept()


class RuntimeChoice:
    """What the window does with the choice: change it, notice a silent cluster, fall back to Local.

    A change takes effect in a fresh process (Ray's network mode is fixed at import): the window
    closes as usual with `restart_requested` set, and the app starts itself again.
    """

    def __init__(self, window: MainWindow):
        self.window = window

    def address(self) -> str | None:
        prefs = self.window.preferences
        return prefs.cluster_address if prefs.runtime == "cluster" and prefs.cluster_address else None

    def change(self) -> None:
        prefs = self.window.preferences
        before = (prefs.runtime, prefs.cluster_address)
        if RuntimeDialog(prefs, self.window).exec() and before != (prefs.runtime, prefs.cluster_address):
            window_state.save_preferences(prefs)
            self._restart_if_wanted(
                QCoreApplication.translate("RuntimeDialog", "Restart RL Playground"),
                QCoreApplication.translate("RuntimeDialog", "The Ray runtime changes when the app restarts. Restart now?"),
            )

    def check_answered(self) -> None:
        w = self.window
        if w.isVisible() and not w.bridge.ready and self.address() and not w.closing:
            self.offer_local(QCoreApplication.translate("RuntimeDialog", "Ray has not answered at {0} after 10 seconds.").format(self.address()))

    def offer_local(self, reason: str) -> None:
        self.window.ray_status.setText(reason)
        question = reason + "\n\n" + QCoreApplication.translate("RuntimeDialog", "Switch to the local Ray runtime on this computer (the app restarts)?")
        self._restart_if_wanted(QCoreApplication.translate("RuntimeDialog", "Ray cluster unavailable"), question, runtime="local")

    def _restart_if_wanted(self, title: str, question: str, runtime: str | None = None) -> bool:
        if QMessageBox.question(self.window, title, question) != QMessageBox.StandardButton.Yes:
            return False
        if runtime is not None:
            self.window.preferences.runtime = runtime
            window_state.save_preferences(self.window.preferences)
        self.window.restart_requested = True
        self.window.close()
        return True
