"""The simulator panels alone (no Ray): play it yourself, push, the checkpoint slider, GIF export, before / after."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.games import game
from desktop.core.store import RunStore, save_policy
from desktop.gui.panels.compare import LIVE, RANDOM, ComparePanel
from desktop.gui.panels.simulator import SimulatorPanel
from desktop.gui.widgets.help import TERMS, HelpButton, help_markdown
from desktop.sim.cartpole import cart_pixel_x
from desktop.sim.policy import NumpyPolicy
from tests.unit.test_sim import mlp_weights


class Balancer:
    """A hand-written controller that keeps the pole up: long episodes for timing and pushes."""

    def probabilities(self, obs: np.ndarray) -> np.ndarray:
        right = float(obs[2] + 0.5 * obs[3] + 0.05 * obs[1] > 0)
        return np.array([1 - right, right])

    def act(self, obs: np.ndarray) -> int:
        return int(self.probabilities(obs)[1])


@pytest.fixture
def panel(qtbot):
    p = SimulatorPanel()
    qtbot.addWidget(p)
    p.resize(600, 700)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.shutdown()


def run_with_checkpoints(tiny, iterations=(1, 2, 3)):
    run = RunStore().create_run(tiny)
    for i in iterations:
        folder = run.folder / "checkpoints" / str(i)
        folder.mkdir(parents=True)
        save_policy(folder, mlp_weights(seed=i))
    return run


def test_play_it_yourself_with_the_arrow_keys_until_the_pole_falls(panel, qtbot):
    qtbot.mouseClick(panel.playback.human_button, Qt.MouseButton.LeftButton)
    assert panel.human and panel.human_bar.isVisible() and panel.speed == game("CartPole-v1").human_speed
    assert "← or →" in panel.view.banner  # waiting for the first key
    start_x = float(panel.sim.obs[0])
    finished = []
    panel.human_game_finished.connect(finished.append)
    deadline = time.monotonic() + 20
    while not finished and time.monotonic() < deadline:
        qtbot.keyClick(panel.view, Qt.Key.Key_Right)  # one tap pushes right for a few steps
        qtbot.wait(40)
    assert finished, "the pole never fell"
    assert panel.sim.done and float(panel.sim.obs[0]) > start_x  # the cart moved right
    assert panel.scores.human_best == finished[0] == panel.sim.steps
    assert "fell after" in panel.view.banner and f"your best: {finished[0]:.0f}" in panel.human_bar.score.text()
    qtbot.keyClick(panel.view, Qt.Key.Key_Left)  # starts the next game
    assert not panel.sim.done and panel.view.banner == ""
    panel.set_human(False)
    assert not panel.human_bar.isVisible() and panel.speed == 1.0


def test_human_play_needs_no_policy_and_the_big_buttons_push(panel, qtbot):
    panel.set_human(True)
    panel.set_paused(True)
    qtbot.mousePress(panel.human_bar.left_button, Qt.MouseButton.LeftButton)
    for _ in range(8):
        panel.step_once()
    qtbot.mouseRelease(panel.human_bar.left_button, Qt.MouseButton.LeftButton)
    assert panel.sim.obs[1] < -0.5  # the cart rolls left
    assert panel.action_meter.title.startswith("You push") and panel.action_meter.action == 0


def test_a_push_changes_the_environment_state(panel, qtbot):
    panel.set_policy(Balancer(), "balancer")
    panel.set_paused(True)
    panel.step_once()
    before = np.array(panel.sim.env.unwrapped.state)
    panel.push(1)
    after = np.array(panel.sim.env.unwrapped.state)
    assert np.isclose(after[3] - before[3], 1.0)
    # A click on the picture left of the cart tips the pole to the right; right of it, to the left.
    rect = panel.view.target_rect()
    cart = rect.left() + cart_pixel_x(float(panel.sim.obs[0])) * rect.width() / 600
    y = int(rect.center().y())
    omega = panel.sim.env.unwrapped.state[3]
    qtbot.mouseClick(panel.view, Qt.MouseButton.LeftButton, pos=QPoint(int(cart - 80), y))
    assert panel.sim.env.unwrapped.state[3] > omega + 0.9
    omega = panel.sim.env.unwrapped.state[3]
    qtbot.mouseClick(panel.view, Qt.MouseButton.LeftButton, pos=QPoint(int(cart + 80), y))
    assert panel.sim.env.unwrapped.state[3] < omega - 0.9
    omega = panel.sim.env.unwrapped.state[3]
    qtbot.mousePress(panel.view, Qt.MouseButton.LeftButton, pos=QPoint(int(cart + 150), y))
    qtbot.mouseMove(panel.view, QPoint(int(cart - 150), y))
    qtbot.mouseRelease(panel.view, Qt.MouseButton.LeftButton, pos=QPoint(int(cart - 150), y))
    assert panel.sim.env.unwrapped.state[3] < omega - 1.0  # a long drag to the left is a strong push left
    assert panel.sim.push_count == 4


def test_the_balancer_recovers_from_a_push(panel, qtbot):
    panel.set_policy(Balancer(), "balancer")
    panel.set_paused(True)
    for _ in range(20):
        panel.step_once()
    panel.push(1)
    for _ in range(150):
        panel.step_once()
    assert not panel.sim.done and abs(panel.sim.obs[2]) < 0.1


def test_the_checkpoint_slider_changes_the_policy(panel, qtbot, tiny):
    run = run_with_checkpoints(tiny)
    panel.scrubber.set_run(run)
    assert panel.scrubber.slider.isEnabled() and panel.scrubber.slider.maximum() == 2
    probe = np.array([0.1, -0.2, 0.03, 0.4])
    chosen = []
    for index in (0, 2, 1):
        panel.scrubber.choose(index)
        assert isinstance(panel.policy, NumpyPolicy) and panel.pinned
        assert np.allclose(panel.policy.logits(probe), NumpyPolicy(mlp_weights(seed=index + 1)).logits(probe))
        assert f"iteration {index + 1}" in panel.caption.text()
        chosen.append(panel.policy)
    assert len({id(p) for p in chosen}) == 3
    live = Balancer()
    panel.update_live_policy(live, "live policy")
    assert panel.policy is chosen[-1]  # a pinned checkpoint keeps playing during training
    qtbot.mouseClick(panel.scrubber.live_button, Qt.MouseButton.LeftButton)
    assert panel.policy is live and not panel.pinned and panel.caption.text() == "live policy"


def test_speed_pause_and_single_step(panel, qtbot):
    panel.set_policy(Balancer(), "balancer")
    panel.playback.set_speed(4.0)
    steps = panel.sim.steps
    qtbot.wait(500)
    fast = panel.sim.steps - steps
    assert fast > 50  # ~100 steps in 0.5 s at 4x, ~25 at 1x
    panel.playback.pause_button.click()
    steps = panel.sim.steps
    qtbot.wait(200)
    assert panel.sim.steps == steps and panel.playback.step_button.isEnabled()
    panel.playback.step_button.click()
    assert panel.sim.steps == steps + 1


def test_gif_export_writes_the_game_on_screen(panel, qtbot, tmp_path):
    panel.set_policy(Balancer(), "balancer")
    panel.set_paused(True)
    for _ in range(40):
        panel.step_once()
    path = tmp_path / "game.gif"
    assert panel.save_gif(path) == 41
    with Image.open(path) as gif:
        assert gif.is_animated and gif.n_frames == 41
    background = str(tmp_path / "background.gif")  # what the button does, after asking where
    with qtbot.waitSignal(panel.gif_saver.saved, timeout=20_000) as saved:
        panel.gif_saver.save_in_background(background, panel.episode_to_save())
    assert saved.args == [background, 41]
    with Image.open(background) as gif:
        assert gif.n_frames == 41


def test_frame_rate_at_1x(panel, qtbot):
    panel.set_policy(Balancer(), "balancer", episodes=1)  # one 10-second game: no pause between games
    qtbot.wait(300)
    frames, start = panel.frames_drawn, time.monotonic()
    qtbot.wait(3000)
    fps = (panel.frames_drawn - frames) / (time.monotonic() - start)
    print(f"simulator frames per second at 1x (panel alone): {fps:.1f}")
    assert fps > 40


def test_before_and_after_start_from_the_same_state(qtbot, tiny):
    compare = ComparePanel()
    qtbot.addWidget(compare)
    compare.show()
    run = run_with_checkpoints(tiny, (1, 5))
    compare.set_run(run)
    assert compare.pickers[0].currentData() == RANDOM
    assert compare.pickers[1].currentData() == str(run.folder / "checkpoints" / "5")
    compare.set_live_policy(Balancer())
    assert compare.pickers[1].currentData() == LIVE and compare.policies[1] is compare.live_policy
    compare.restart(seed=7)
    assert np.array_equal(compare.sims[0].env.unwrapped.state, compare.sims[1].env.unwrapped.state)
    compare.timer.stop()
    while not compare.sims[0].done:
        compare.step()
    assert compare.sims[0].steps < 100 and not compare.sims[1].done  # random falls, the balancer holds on
    assert "fell after" in compare.results[0].text()
    compare.push(1)
    assert np.isclose(compare.sims[1].env.unwrapped.state[3], compare.sims[1].obs[3])
    compare.shutdown()


def test_every_term_has_an_explanation_and_the_button_opens_it(qtbot):
    for topic in [*TERMS, "overview"]:
        text = help_markdown(topic)
        assert text.startswith("# ") and len(text) > 150
    button = HelpButton("ppo")
    qtbot.addWidget(button)
    button.show()

    def check_and_close():
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        assert boxes and "Proximal Policy Optimization" in boxes[0].text()
        boxes[0].close()

    QTimer.singleShot(100, check_and_close)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(300)


def test_window_menus_export_charts_and_metrics_and_list_the_shortcuts(qtbot, tiny, tmp_path):
    from desktop.core.events import IterationResult
    from desktop.gui.main_window import MainWindow
    from desktop.gui.menus import SHORTCUTS, export_metrics_csv, save_charts_png

    run = run_with_checkpoints(tiny, (1,))
    run.append_metrics(IterationResult(1, 1000, 22.0, 9.0, 61.0, 22.0, 45, 1.0, 1.0))
    window = MainWindow(RunStore())  # no Ray is started
    qtbot.addWidget(window)
    window.show()
    try:
        menus = {a.text(): a.menu() for a in window.menuBar().actions()}
        assert "&Simulator" in menus
        simulator_keys = {a.shortcut().toString() for a in menus["&Simulator"].actions()}
        assert {"Space", "N", "P", "+", "-", "H"} <= simulator_keys
        help_texts = [a.text() for a in menus["&Help"].actions()]
        assert "&What am I looking at?" in help_texts and "&Keyboard shortcuts" in help_texts
        assert any(keys == "Ctrl+Enter" for keys, _ in SHORTCUTS)
        assert window.simulator.scores.agent_best == 61  # the newest run's best game, for the player
        assert window.simulator.scrubber.slider.isEnabled()
        png = save_charts_png(window, str(tmp_path / "charts.png"))
        assert png and Image.open(png).size[0] > 100
        window.runs.tree.topLevelItem(0).setSelected(True)
        csv_path = export_metrics_csv(window, str(tmp_path / "metrics.csv"))
        lines = (tmp_path / "metrics.csv").read_text().splitlines()
        assert csv_path and lines[0].startswith("iteration,timesteps") and lines[1].startswith("1,1000,22.0")
    finally:
        window.request_close(ask=False)
        qtbot.waitUntil(lambda: window._shut_down, timeout=20_000)
