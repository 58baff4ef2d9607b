"""Choosing a game and an algorithm in the window (no Ray): the form, the simulator, the charts follow."""

from __future__ import annotations

import numpy as np

from desktop.core.games import GAMES
from desktop.core.settings import TrainingSettings
from desktop.gui.main_window import MainWindow
from tests.gui.test_polish import close


def test_picking_a_game_changes_what_the_window_shows_and_is_remembered(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    panel = window.training
    assert panel.env_id == "CartPole-v1" and panel.algorithm.currentData() == "PPO"
    assert not panel.form.isRowVisible(panel.edits["replay_buffer"])  # a DQN setting, hidden for PPO

    panel.choose_game("MountainCar-v0")  # its Quick demo trains PPO on rescaled observations
    spec = GAMES["MountainCar-v0"]
    settings = panel.settings()
    assert (settings.env, settings.algorithm, settings.target_return, settings.obs_filter) == ("MountainCar-v0", "PPO", -110, True)
    panel.algorithm.setCurrentIndex(panel.algorithm.findData("DQN"))  # DQN's own settings appear
    assert panel.settings().algorithm == "DQN"
    assert panel.form.isRowVisible(panel.edits["replay_buffer"]) and not panel.form.isRowVisible(panel.edits["epochs"])
    assert "flag" in panel.goal.text()
    assert window.simulator.spec is spec and window.simulator_area.compare.spec is spec
    assert [g.name for g in window.simulator.gauges.gauges] == ["Car position", "Car speed"]
    assert window.charts.target_line.value() == -110 and window.simulator.playback.human_button.isEnabled()
    assert window.simulator.playback.push_button.isHidden()  # only CartPole's pole can be pushed
    assert window.simulator.push_word.isHidden()  # nor its word explained
    assert [a.isEnabled() for a in window.simulator.menu_actions if a.objectName() in ('push', 'human')] == [False, True]

    panel.algorithm.setCurrentIndex(panel.algorithm.findData("SAC"))  # SAC needs an amount, not moves
    assert "SAC cannot play Mountain car" in panel.error.text()
    panel.algorithm.setCurrentIndex(panel.algorithm.findData("PPO"))
    assert panel.error.text() == "" and panel.settings().algorithm == "PPO"

    panel.choose_game("Pendulum-v1")  # an amount: the agent's torque on the meter; no play-it-yourself
    assert window.simulator.spec.continuous and not window.simulator.playback.human_button.isEnabled()
    assert not any(a.isEnabled() for a in window.simulator.menu_actions if a.objectName() in ("push", "human"))
    window.simulator.set_paused(True)
    window.simulator.step_once()
    assert window.simulator.sim.steps == 1 and window.simulator.action_meter.labels == ("motor torque",)
    panel.choose_game("FrozenLake-v1")
    panel.choose_game("CartPole-v1")  # back to the pole: pushing is offered again
    assert not window.simulator.playback.push_button.isHidden() and not window.simulator.push_word.isHidden()
    assert all(a.isEnabled() for a in window.simulator.menu_actions)
    panel.choose_game("FrozenLake-v1")
    close(window, qtbot)

    again = MainWindow()  # the game and its settings are remembered, like every other setting
    qtbot.addWidget(again)
    again.show()
    assert again.training.env_id == "FrozenLake-v1" and again.simulator.spec.env_id == "FrozenLake-v1"
    close(again, qtbot)


def test_a_remembered_quick_demo_opens_as_todays_quick_demo(qtbot):
    """Settings saved under a preset's name come back as that preset is now (an update may have retuned it);
    settings the user changed (Custom) come back as they were."""
    from desktop.core.preferences import Preferences
    from desktop.core.settings import preset

    today = preset("quick", "LunarLander-v3")
    older = today.replace(iterations=120, orthogonal_init=False)  # LunarLander's Quick demo before it was retuned
    prefs = Preferences.load()
    prefs.last_settings = older.to_dict()
    prefs.save()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.training.settings() == today and window.training.edits["iterations"].text() == "300"
    close(window, qtbot)

    prefs = Preferences.load()
    prefs.last_settings = older.replace(preset="custom", iterations=77).to_dict()
    prefs.save()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.training.settings() == older.replace(preset="custom", iterations=77)
    close(again, qtbot)


def test_a_grid_world_waits_for_each_key(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.training.choose_game("FrozenLake-v1")
    simulator = window.simulator
    simulator.set_human(True)
    qtbot.wait(600)
    assert simulator.sim.steps == 0  # turn by turn: no key, no step
    for action in (2, 2, 1, 1, 1, 2):  # right, right, down, down, down, right: the safe way to the present
        simulator.press(action)
        qtbot.waitUntil(lambda: simulator.controller.queued == [], timeout=5000)
    qtbot.waitUntil(lambda: simulator.sim.done, timeout=5000)
    assert simulator.scores.human_best == 1.0 and "present" in simulator.view.banner
    simulator.set_human(False)

    close(window, qtbot)


def test_letting_go_of_a_key_reaches_the_game_on_screen_after_a_switch(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.training.choose_game("CartPole-v1")
    window.training.choose_game("Acrobot-v1")  # a new game: a new controller for the player's keys
    simulator = window.simulator
    simulator.set_human(True)
    simulator.arrows.arrow_pressed.emit(0)
    assert simulator.controller.held == {0}
    simulator.arrows.arrow_released.emit(0)
    assert simulator.controller.held == set()  # before, the release went to the first game's controller
    simulator.set_human(False)
    close(window, qtbot)


def test_runs_from_before_the_catalog_are_cartpole_with_ppo():
    old = {"preset": "quick", "iterations": 40, "hidden": [64, 64], "lr": 0.002, "env": "CartPole-v1"}
    settings = TrainingSettings.from_dict(old)
    assert (settings.env, settings.algorithm) == ("CartPole-v1", "PPO")


def test_the_lander_ships_trained_and_lands(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    simulator = window.simulator
    window.training.choose_game("CartPole-v1")
    assert not simulator.ready_button.isVisibleTo(simulator)
    window.training.choose_game("LunarLander-v3")
    assert simulator.ready_button.isVisibleTo(simulator)
    simulator.ready_button.click()
    assert "ready-trained" in simulator.caption.text()
    simulator.set_paused(True)
    while not simulator.sim.done:
        simulator.step_once()
    assert simulator.sim.episode_return >= 200  # it lands between the flags
    frame = simulator.sim.frame()
    assert frame.shape == (400, 600, 3) and np.asarray(frame).std() > 5
    # The step and reward stay readable over the dark sky: dark text on a light backing, not on black.
    view = simulator.view
    view.set_frame(np.zeros((400, 600, 3), np.uint8), "step 999    episode reward 250")
    view.resize(300, 200)  # the picture fills the view's whole width, under the text
    picture = view.grab().toImage()
    backing = [picture.pixelColor(x, 12).lightness() for x in range(14, 200, 6)]
    assert min(backing) < 100 and sorted(backing)[len(backing) // 2] > 180
    close(window, qtbot)
