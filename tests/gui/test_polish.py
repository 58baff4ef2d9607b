"""Everyday polish without Ray: remembered state, run management, one instance, logs, diagnostics."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from desktop.core.events import CheckpointSaved, IterationResult
from desktop.core.logs import log_path
from desktop.core.settings import QUICK
from desktop.core.store import RunRecorder, RunStore, pack_folder
from desktop.gui import single_instance
from desktop.gui.main_window import MainWindow


def close(window, qtbot):
    window.close()
    qtbot.waitUntil(lambda: window._shut_down, timeout=10_000)


def test_settings_and_layout_survive_a_restart(qtbot):
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    wanted = first.minimumSizeHint().expandedTo(QSize(1400, 880)) + QSize(37, 23)
    first.resize(wanted)
    first.training.load(QUICK.replace(preset="custom", hidden=(32, 32), lr=0.0005, iterations=77, seed=5))
    first.runs.keep.setValue(3)
    close(first, qtbot)

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    restored = second.training.settings()
    assert (restored.hidden, restored.lr, restored.iterations, restored.seed) == ((32, 32), 0.0005, 77, 5)
    assert second.training.preset.currentData() == "custom"
    assert second.runs.keep.value() == 3 and second.preferences.keep_checkpoints == 3
    assert second.size() == wanted
    close(second, qtbot)


def make_run(tmp_path, checkpoints=4):
    folder = tmp_path / "ck"
    (folder / "learner_group").mkdir(parents=True, exist_ok=True)
    (folder / "state.pkl").write_bytes(b"x" * 1000)
    record = RunStore().create_run(QUICK)
    recorder = RunRecorder(record)
    for i in range(1, checkpoints + 1):
        recorder.handle([IterationResult(i, i * 10, 20.0, 10, 30, 20, 1, 0.1, i * 0.1), CheckpointSaved(i, pack_folder(folder))])
    return record


def test_rename_delete_and_keep_last_k(qtbot, tmp_path):
    record = make_run(tmp_path)
    window = MainWindow()
    qtbot.addWidget(window)
    panel = window.runs
    assert panel.tree.topLevelItemCount() == 1 and "MiB" in panel.total.text()
    panel.rename(record, "  my first   agent ")
    assert RunStore().get(record.id).label == "my first agent"
    assert panel.tree.topLevelItem(0).text(0) == "my first agent"

    assert record.keep_last_checkpoints(2) == [1, 2]
    assert [c.iteration for c in record.checkpoints()] == [3, 4] and record.info["checkpoints"] == [3, 4]
    recorder = RunRecorder(record, keep_checkpoints=1)
    recorder.handle([CheckpointSaved(5, pack_folder(tmp_path / "ck"))])
    assert [c.iteration for c in record.checkpoints()] == [5]

    panel.delete(record)
    assert RunStore().runs() == [] and not record.folder.exists()
    assert panel.tree.topLevelItemCount() == 0
    close(window, qtbot)


def test_a_second_instance_brings_the_first_forward(qtbot):
    knocked = []
    server = single_instance.claim(lambda: knocked.append(True))
    try:
        second = subprocess.Popen(
            [sys.executable, "-m", "desktop", "gui"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        # Keep this process's event loop turning so the server answers.
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
        out, _ = second.communicate()
        assert second.returncode == 0
        assert "already running" in out
        qtbot.waitUntil(lambda: bool(knocked), timeout=5_000)
    finally:
        server.close()


def test_the_log_file_and_diagnostics(qtbot):
    from desktop.core.logs import setup_logging
    from desktop.gui.diagnostics import copy_diagnostics

    setup_logging()
    window = MainWindow()
    qtbot.addWidget(window)
    window._on_bridge_ray_ready("Ray ready — 2 CPUs, 0 GPUs, 1.0 GiB memory, 1.0 GiB object store")
    text = copy_diagnostics(window)
    assert QApplication.clipboard().text() == text
    assert "RL Playground" in text and "ray: 2.60.0" in text and "Ray ready — 2 CPUs" in text
    assert "Ray ready" in log_path().read_text()  # the app's own event made it into its log
    close(window, qtbot)


def test_presenter_mode_toggles_and_restores_the_layout(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    font_before = QApplication.font().pointSizeF()
    sizes_before = window.main_splitter.sizes()
    assert window.left_tabs.isVisible() and window.resources.isVisible()

    window.presenter.toggle()
    assert window.presenter.active and window.isFullScreen()
    assert not window.left_tabs.isVisible() and not window.resources.isVisible()
    assert not window.charts.second_plot.isVisible() and window.presenter.toolbar.isVisible()
    assert QApplication.font().pointSizeF() > font_before * 1.4
    assert window.simulator_area.isVisible() and window.charts.reward_plot.isVisible()
    assert window.presenter.start_button.isEnabled()  # Start/Stop follow the training panel

    window.presenter.toggle()
    assert not window.presenter.active and not window.isFullScreen()
    assert window.left_tabs.isVisible() and window.resources.isVisible() and window.charts.second_plot.isVisible()
    assert QApplication.font().pointSizeF() == font_before
    assert window.main_splitter.sizes() == sizes_before
    close(window, qtbot)
