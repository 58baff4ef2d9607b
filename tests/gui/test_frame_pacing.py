"""The simulator's frame rate in the real window while PPO trains in a Ray actor (starts Ray: run under flock)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from desktop.core.settings import QUICK
from tests.gui.test_simulator import Balancer
from tests.gui.test_window import window as window  # noqa: F401  (the fixture: the real window, Ray starting)


@pytest.mark.slow
def test_the_view_holds_50_fps_at_1x_while_training_runs(window, qtbot):  # noqa: F811
    qtbot.waitUntil(lambda: window.bridge.ready, timeout=60_000)
    window.training.load(QUICK.replace(iterations=200, checkpoint_freq=0, checkpoint_at_end=False, target_return=None))
    qtbot.mouseClick(window.training.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.charts.results) >= 1, timeout=120_000)
    simulator = window.simulator
    # One 500-step game (10 s at 1x) of a controller that never drops the pole: no pause between games in
    # the measurement, and live policies from training do not replace it while a game is watched.
    simulator.set_policy(Balancer(), "a balancing controller", episodes=1)
    qtbot.wait(500)
    iterations, frames, start = len(window.charts.results), simulator.frames_drawn, time.monotonic()
    qtbot.wait(8_000)
    elapsed = time.monotonic() - start
    fps = (simulator.frames_drawn - frames) / elapsed
    trained = len(window.charts.results) - iterations
    print(f"\nsimulator at 1x while training: {fps:.1f} frames/s over {elapsed:.1f} s, {trained} iterations meanwhile")
    assert trained >= 1  # training really ran during the measurement
    assert fps >= 45
    qtbot.mouseClick(window.training.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.bridge.training, timeout=60_000)
