"""The guided tour steps through the real window: it starts training at "Press Start" and ends with it running."""

from __future__ import annotations

import pytest

from desktop.core.store import RunStore
from desktop.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow(RunStore())

    def close_like_sigterm(widget: MainWindow) -> None:
        # pytest-qt closes its widgets before this fixture's own teardown runs. A plain close() while
        # training runs opens the window's "Training is running… quit?" question, a modal dialog nobody
        # answers offscreen: that is where this test once hung. Close as SIGTERM does instead (no question:
        # stop after the iteration, checkpoint, shut Ray down), and wait for it without blocking Qt.
        if not widget._shut_down:
            widget.request_close(ask=False)
            qtbot.waitUntil(lambda: widget._shut_down, timeout=120_000)

    qtbot.addWidget(w, before_close_func=close_like_sigterm)
    w.show()
    yield w


def test_the_tour_trains_while_it_explains(window, qtbot):
    """The real Quick demo on real Ray: "Press Start" starts it (before Ray is even up), and the tour goes on to the end."""
    tour = window.start_tour()
    assert tour.overlay.isVisible() and tour.card.isVisible()
    assert not tour.overlay.hole.isEmpty()  # the game is highlighted
    assert window.training.env_id == "CartPole-v1" and window.training.preset.currentData() == "quick"
    window.start_runtime()  # as the app does: the tour may begin before Ray is up
    for _ in range(3):
        tour.next()
    assert tour.next_button.text() == "Start training"
    tour.next()  # Press Start: begins now, or as soon as Ray is ready
    assert tour.steps[tour.index].target() is window.charts
    qtbot.waitUntil(lambda: window.bridge.training, timeout=90_000)
    assert window.training.preset.currentData() == "quick"  # the tour trains the Quick demo
    qtbot.waitUntil(lambda: len(window.charts.results) >= 1, timeout=120_000)
    shown = []
    tour.step_shown.connect(shown.append)
    tour.next()
    tour.back()  # back and forth on the way
    while tour.index < len(tour.steps) - 1:
        tour.next()
    assert shown == [5, 4, 5, 6, 7] and tour.next_button.text() == "Finish"
    assert tour.steps[-1].target() is window.resources and not tour.overlay.hole.isEmpty()
    assert "iteration" in window.simulator.caption.text()  # the newest policy plays, not the untrained agent
    tour.next()
    assert not tour.active and not tour.overlay.isVisible()
    runs = RunStore().runs()
    assert len(runs) == 1  # one Quick demo, started once
    assert window.bridge.training or runs[0].info["status"] == "finished"


def test_the_tour_in_presenter_mode_without_ray(window, qtbot):
    window.presenter.set_active(True)
    tour = window.start_tour()
    for _ in range(3):
        tour.next()
    assert tour.steps[tour.index].target() is window.presenter.start_button
    tour.next()  # Ray is not started here: training waits for it
    assert tour._start_pending and not window.bridge.training
    while tour.active:
        tour.next()
    window.presenter.set_active(False)
