"""Settings → Ray runtime, an unreachable cluster, and checkpoints from outside the data folder."""

from __future__ import annotations

import socket
import time

from PySide6.QtWidgets import QMessageBox

from desktop.core.preferences import Preferences
from desktop.gui.main_window import MainWindow
from desktop.gui.runtime_dialog import RuntimeDialog, address_problem


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_runtime_dialog_refuses_a_bad_address_and_remembers_a_good_one(qtbot):
    prefs = Preferences()
    dialog = RuntimeDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.cluster.setChecked(True)
    dialog.address.setText("my-cluster")
    dialog._on_buttons_accepted()
    assert "HOST:PORT" in dialog.error.text() and prefs.runtime == "local"
    dialog.address.setText("10.1.2.3:6379")
    dialog._on_buttons_accepted()
    assert prefs.runtime == "cluster" and prefs.cluster_address == "10.1.2.3:6379"
    assert address_problem("127.0.0.1:6379") is None and address_problem("host:99999")


def test_an_unreachable_cluster_is_one_sentence_within_10_s_and_offers_local(qtbot, monkeypatch):
    questions = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.No)
    prefs = Preferences(runtime="cluster", cluster_address=f"127.0.0.1:{closed_port()}")
    prefs.save()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    started = time.monotonic()
    window.start_runtime(window.runtime_address())
    qtbot.waitUntil(lambda: bool(questions), timeout=10_000)
    assert time.monotonic() - started < 10
    assert "No Ray cluster answers at 127.0.0.1:" in window.ray_status.text()
    assert "Switch to the local Ray runtime" in questions[0]
    assert window.isVisible() and window.training.start_button.isEnabled()  # still usable
    window.close()
    qtbot.waitUntil(lambda: window._shut_down, timeout=10_000)


def test_a_checkpoint_from_outside_the_store_asks_first(qtbot, monkeypatch, tmp_path):
    foreign = tmp_path / "downloaded"
    (foreign / "learner_group" / "learner" / "rl_module" / "default_policy").mkdir(parents=True)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_checkpoint(str(foreign)) is False
    assert asked and "pickles" in asked[0]
    assert window.open_checkpoint(str(tmp_path / "missing")) is False
    assert "No run or checkpoint" in window.statusBar().currentMessage()
    window.close()
    qtbot.waitUntil(lambda: window._shut_down, timeout=10_000)
