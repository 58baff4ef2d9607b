"""The guided tour steps through the real window: it starts training at "Press Start" and ends with it running."""

from __future__ import annotations

import pytest

from desktop.core.store import RunStore
from desktop.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot):
    w = MainWindow(RunStore())
    qtbot.addWidget(w)
    w.show()
    yield w
    if not w._shut_down:
        w.request_close(ask=False)
        qtbot.waitUntil(lambda: w._shut_down, timeout=60_000)


@pytest.mark.skip(reason="hung past 600 s in its first run (issue #17): to debug")
def test_the_tour_trains_while_it_explains(window, qtbot, tiny):
    tour = window.start_tour()
    assert tour.overlay.isVisible() and tour.card.isVisible()
    assert not tour.overlay.hole.isEmpty()  # the game is highlighted
    window.start_runtime()  # as the app does: the tour may begin before Ray is up
    tour.demo_preset = None  # train the tiny budget below, not the Quick demo
    window.training.load(tiny.replace(iterations=3, checkpoint_freq=0))
    for _ in range(3):
        tour.next()
    assert tour.next_button.text() == "Start training"
    tour.next()  # Press Start: begins now, or as soon as Ray is ready
    qtbot.waitUntil(lambda: window.bridge.training, timeout=90_000)
    assert tour.steps[tour.index].target() is window.charts
    qtbot.waitUntil(lambda: len(window.charts.results) >= 1, timeout=120_000)
    shown = []
    tour.step_shown.connect(shown.append)
    tour.back()
    tour.next()
    while tour.index < len(tour.steps) - 1:
        tour.next()
    assert shown == [3, 4, 5, 6, 7] and tour.next_button.text() == "Finish"
    assert tour.steps[-1].target() is window.resources and not tour.overlay.hole.isEmpty()
    tour.next()
    assert not tour.active and not tour.overlay.isVisible()
    assert window.bridge.training or RunStore().runs()[0].info["status"] == "finished"


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
