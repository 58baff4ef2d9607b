"""The real window, offscreen, driving a real local Ray."""

from __future__ import annotations

import os
import time

import psutil
import pytest
from PySide6.QtCore import Qt, QTimer

from desktop.core.store import RunStore
from desktop.engine import runtime
from desktop.gui.main_window import MainWindow
from tests.conftest import ray_cpus


class Heartbeat:
    """Measures the longest gap between 10 ms timer ticks: how long the Qt event loop stalled."""

    def __init__(self):
        self.gaps: list[float] = []
        self.last = time.monotonic()
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._on_timeout)

    def _on_timeout(self):
        now = time.monotonic()
        self.gaps.append(now - self.last)
        self.last = now

    def start(self):
        self.last = time.monotonic()
        self.timer.start()

    def stop(self):
        self.timer.stop()


@pytest.fixture
def window(qtbot):
    w = MainWindow(RunStore())
    qtbot.addWidget(w)
    w.show()
    w.start_runtime()
    yield w
    if w.isVisible() or not w._shut_down:
        w.request_close(ask=False)
        qtbot.waitUntil(lambda: w._shut_down, timeout=60_000)


def ray_processes():
    return [p for p in runtime.own_processes() if p.is_running()]


def gone(processes):
    return not [p for p in processes if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]


def test_window_is_usable_before_ray_and_refuses_bad_settings(window, qtbot):
    assert window.isVisible()
    assert window.simulator.timer.isActive()  # the pole already moves before Ray is ready
    qtbot.waitUntil(lambda: window.bridge.ready, timeout=60_000)
    assert window.ray_status.text().startswith(f"Ray ready — {ray_cpus()} CPUs")
    # Ray runs a notch below the window: its processes yield to the GUI thread when the cores are busy.
    assert os.nice(0) < runtime.RAY_NICENESS and ray_processes()
    assert all(p.nice() >= runtime.RAY_NICENESS for p in ray_processes())
    edit = window.training.edits["lr"]
    edit.setText("-1")
    edit.textEdited.emit("-1")
    assert "learning rate" in window.training.error.text()
    qtbot.mouseClick(window.training.start_button, Qt.MouseButton.LeftButton)
    assert not window.bridge.training and RunStore().runs() == []
    window.training.load(window.training._base.replace(env_runners=4))
    qtbot.mouseClick(window.training.start_button, Qt.MouseButton.LeftButton)
    assert "CPUs" in window.training.error.text() and RunStore().runs() == []


def test_start_chart_rollout_stop_watch_and_close(window, qtbot, tiny):
    qtbot.waitUntil(lambda: window.bridge.ready, timeout=60_000)
    window.training.load(tiny.replace(iterations=60, checkpoint_freq=0))
    heartbeat = Heartbeat()
    qtbot.mouseClick(window.training.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.charts.results) >= 1, timeout=120_000)
    heartbeat.start()
    assert window.status_table.cell("iter") == str(window.charts.results[-1].iteration)
    assert window.status_table.cell("status") == "RUNNING"
    assert "iteration" in window.simulator.caption.text()
    frames = window.simulator.frames_drawn
    qtbot.waitUntil(lambda: len(window.charts.results) >= 4, timeout=120_000)
    # The view rests 0.6 s between episodes, and a few tiny iterations can all fall inside one rest.
    qtbot.waitUntil(lambda: window.simulator.frames_drawn > frames, timeout=5_000)
    assert window.bridge.training  # the pole kept moving while training ran
    heartbeat.stop()
    worst = max(heartbeat.gaps)
    print(f"longest Qt event-loop stall while training: {worst * 1000:.0f} ms over {len(heartbeat.gaps)} ticks")
    assert worst < 0.5

    qtbot.mouseClick(window.training.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.bridge.training and window.training.start_button.isEnabled(), timeout=60_000)
    run = RunStore().runs()[0]
    assert run.info["status"] == "finished" and run.latest_checkpoint() is not None  # checkpoint at end
    assert window.status_table.cell("status") == "TERMINATED"

    window.left_tabs.setCurrentWidget(window.runs)
    window.runs.tree.topLevelItem(0).setSelected(True)
    window.runs.episodes.setValue(1)
    qtbot.mouseClick(window.runs.watch_button, Qt.MouseButton.LeftButton)
    assert "checkpoint" in window.simulator.caption.text()
    qtbot.waitUntil(lambda: len(window.simulator.watched_rewards) == 1, timeout=30_000)

    processes = ray_processes()
    assert processes
    session = runtime.temp_dir()
    assert any(session.glob("session_*"))  # Ray's session files live in the app's own temp folder...
    window.close()
    qtbot.waitUntil(lambda: gone(processes), timeout=20_000)
    assert not session.exists()  # ...and leave with it


def test_closing_during_training_saves_a_checkpoint_and_leaves_no_ray(window, qtbot, tiny):
    qtbot.waitUntil(lambda: window.bridge.ready, timeout=60_000)
    window.training.load(tiny.replace(iterations=500, checkpoint_freq=0, checkpoint_at_end=False))
    qtbot.mouseClick(window.training.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.charts.results) >= 1, timeout=120_000)
    processes = ray_processes()
    window.request_close(ask=False)  # what SIGTERM does
    assert window.closing
    qtbot.waitUntil(lambda: window._shut_down, timeout=60_000)
    run = RunStore().runs()[0]
    assert run.latest_checkpoint() is not None  # always saved on close, even with checkpoint-at-end off
    assert run.info["status"] == "finished"
    qtbot.waitUntil(lambda: gone(processes), timeout=20_000)


def test_a_killed_training_process_is_reported_and_resume_continues(window, qtbot, tiny):
    qtbot.waitUntil(lambda: window.bridge.ready, timeout=60_000)
    window.training.load(tiny.replace(iterations=500, checkpoint_freq=1))
    qtbot.mouseClick(window.training.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.charts.results) >= 2, timeout=120_000)
    actors = [p for p in psutil.process_iter(["cmdline"]) if "ray::TrainingRun" in " ".join(p.info["cmdline"] or [])
              and p.ppid() in {q.pid for q in ray_processes()}]
    busy = [p for p in actors if p.cpu_percent(0.2) > 5] or actors
    busy[0].kill()
    qtbot.waitUntil(lambda: window.status_table.cell("status") == "ERROR", timeout=60_000)
    message = window.training.error.text()
    assert "stopped unexpectedly" in message and message.count(".") <= 2
    run = RunStore().runs()[0]
    assert run.info["status"] == "interrupted"
    last = run.latest_checkpoint().iteration

    window.left_tabs.setCurrentWidget(window.runs)
    window.runs.refresh()
    window.runs.tree.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(window.runs.resume_button, Qt.MouseButton.LeftButton)
    # A new iteration of the resumed run reaches the table (it was cleared when the run began again).
    qtbot.waitUntil(lambda: window.status_table.cell("iter").isdigit(), timeout=120_000)
    assert int(window.status_table.cell("iter")) > last
    assert len(RunStore().runs()) == 1  # the same run continued
    window.training.stop_button.click()
    qtbot.waitUntil(lambda: not window.bridge.training, timeout=60_000)
