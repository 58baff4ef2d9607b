"""The rollout view: the game played by the agent (or by you) at the game's own pace, with its controls.

The latest policy plays in this process (a numpy forward pass), so frames never
travel through Ray and rendering never slows training. The physics, pushes and the
player's keys are desktop.sim's, what the game is called and shows is its GameSpec's;
this file only wires them to widgets and a timer.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QWidget

from desktop.core.games import DEFAULT_GAME, GameSpec, game
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.store import load_policy
from desktop.gui.gif_saver import GifSaver
from desktop.gui.i18n import core_text, error_text, sentence_text
from desktop.gui.panels.simulator_widgets import build_widgets, show_game_controls
from desktop.gui.widgets.cartpole_view import CartPoleView
from desktop.gui.widgets.gauges import ActionMeter, ObservationGauges
from desktop.gui.widgets.human_bar import ArrowKeys, HumanBar, game_over_text
from desktop.gui.widgets.playback import PlaybackBar, simulator_actions
from desktop.gui.widgets.scrubber import CheckpointScrubber
from desktop.resources import ready_policy_folder
from desktop.sim.export import episode_to_save, write_gif
from desktop.sim.game import Episode, GameClock, GameSim
from desktop.sim.human import HumanController, Scoreboard
from desktop.sim.policy import NumpyPolicy, Policy, PolicyError, RandomPolicy
from desktop.sim.pushes import click_direction, drag_push

PAUSE_AFTER_EPISODE_S = 0.6
PUSH_NOTE_S = 0.6  # how long "push →" stays on the picture
UNTRAINED = QT_TRANSLATE_NOOP("SimulatorPanel", "Untrained agent (random moves)")


class SimulatorPanel(QWidget):
    """Plays episodes with the chosen policy, forever (live) or a fixed number (watching a checkpoint)."""

    episode_finished = Signal(int, float)
    watch_finished = Signal()
    human_game_finished = Signal(float)  # the player's score

    # Its widgets, made and laid out by build_widgets (simulator_widgets.py).
    view: CartPoleView
    caption: QLabel
    human_bar: HumanBar
    arrows: ArrowKeys
    playback: PlaybackBar
    gif_saver: GifSaver
    scrubber: CheckpointScrubber
    gauges: ObservationGauges
    action_meter: ActionMeter
    episodes: QListWidget
    ready_button: QPushButton
    push_word: QWidget

    def __init__(self, parent: QWidget | None = None, env_id: str = DEFAULT_GAME):
        super().__init__(parent)
        self.spec: GameSpec = game(env_id)
        self.sim = GameSim(self.spec.env_id)
        self.policy: Policy = RandomPolicy(spec=self.spec)
        self.policy_label = self.tr(UNTRAINED)
        self.live_policy: Policy = self.policy
        self.live_label = self.policy_label
        self.pinned = False  # a checkpoint chosen with the slider plays until "Live"
        self.human = False
        self.controller = HumanController(idle_action=self.spec.idle_action, turn_based=self.spec.turn_based)
        self.scores = Scoreboard(self.spec.score_unit)
        self.speed = 1.0
        self.paused = False
        self.episode = 0
        self.episodes_left: int | None = None
        self.watched_rewards: list[float] = []
        self.frames_drawn = 0
        self.best_return = 0.0
        self.last_episode: Episode | None = None
        self.clock = GameClock(self.spec.fps)
        self._last_tick = time.monotonic()
        self._resume_at = 0.0
        self._waiting_for_player = False
        self._last_obs = self.sim.obs
        self._last_action: object = None
        self._push_note = ("", 0.0)
        self._push_direction = 1
        self._speed_before_human = 1.0

        build_widgets(self)
        self.episodes.setToolTip(self._episodes_tip())
        # A click pushes away from where it lands; a drag pushes its way, harder the longer it is.
        self.view.poked.connect(lambda frame_x: self.push(click_direction(self.spec.env_id, frame_x, self.sim.obs)))
        self.view.dragged.connect(lambda frame_dx: self.push(*drag_push(frame_dx)))
        for source in (self.human_bar, self.arrows):
            source.arrow_pressed.connect(self.press)
            source.arrow_released.connect(self.release)
        self.playback.pause_button.toggled.connect(self.set_paused)
        self.playback.step_button.clicked.connect(self.step_once)
        self.playback.push_button.clicked.connect(lambda: self.push())
        self.playback.human_button.toggled.connect(self.set_human)
        self.playback.gif_button.clicked.connect(self.save_gif_as)
        self.playback.speed_changed.connect(self._on_playback_speed_changed)
        self.scrubber.checkpoint_chosen.connect(self._on_scrubber_checkpoint_chosen)
        self.scrubber.live_chosen.connect(self._on_scrubber_live_chosen)
        self.ready_button.clicked.connect(self.watch_ready_policy)
        self.menu_actions = simulator_actions(self)

        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1000 // (2 * self.spec.fps))
        self.timer.timeout.connect(self._on_timer_timeout)
        self.sim.reset(seed=0)
        show_game_controls(self)
        self.timer.start()

    def set_game(self, env_id: str) -> None:
        """Play another game: a fresh environment, an untrained agent, gauges and keys of that game."""
        spec = game(env_id)
        if spec.env_id == self.spec.env_id or not spec.has_picture:
            return
        if self.human:
            self.set_human(False)
        self.sim.close()
        self.spec = spec
        self.sim = GameSim(spec.env_id)
        self.controller = HumanController(idle_action=spec.idle_action, turn_based=spec.turn_based)
        self.scores = Scoreboard(spec.score_unit)
        self.best_return = spec.min_return
        self.last_episode = None
        self.gauges.set_game(spec)
        self.action_meter.set_game(spec)
        self.human_bar.set_game(spec)
        self.arrows.set_game(spec)
        self.scrubber.set_checkpoints("", [])
        self.episodes.clear()
        self.episodes.setToolTip(self._episodes_tip())
        self.timer.setInterval(1000 // (2 * spec.fps))
        self.clock = GameClock(spec.fps, self.speed)
        untrained = RandomPolicy(spec=spec)
        self.live_policy, self.live_label = untrained, self.tr(UNTRAINED)
        self.set_policy(untrained, self.live_label)
        self._new_episode()
        show_game_controls(self)
        self._draw()

    def watch_ready_policy(self) -> None:
        """Play the trained policy the app ships for this game (LunarLander: a landed lander at once)."""
        try:
            policy = NumpyPolicy(load_policy(ready_policy_folder(self.spec.slug)), self.spec)
        except (OSError, ValueError, PolicyError) as exc:
            self.caption.setText(self.tr("The ready-trained agent cannot be played: {0}").format(error_text(exc)))
            return
        self.set_policy(policy, self.tr("A ready-trained agent for {0}, shipped with the app").format(core_text("Games", self.spec.name)))
        self.pinned = True  # it plays until a checkpoint or "Live" is chosen
        self._new_episode()

    def _episodes_tip(self) -> str:
        return self.tr("The reward of each finished episode: {0}.").format(core_text("Games", self.spec.reward_note))

    # -- who plays --------------------------------------------------------------------
    def set_policy(self, policy: Policy, label: str, episodes: int | None = None) -> None:
        """Play with `policy` from a fresh episode; `episodes` N stops after N (watching a checkpoint)."""
        if self.human:
            self.playback.human_button.setChecked(False)
        self.policy, self.policy_label = policy, label
        self.caption.setText(label)
        self.episodes_left = episodes
        self.pinned = False
        if episodes is not None:
            self.episodes.clear()
            self.watched_rewards = []
            self._new_episode()
        elif not self.timer.isActive():
            self.timer.start()

    def update_live_policy(self, policy: Policy, label: str) -> None:
        """Swap in a newer policy without restarting the episode (unless a checkpoint is being watched)."""
        self.live_policy, self.live_label = policy, label
        if self.episodes_left is not None or self.pinned:
            return
        self.policy, self.policy_label = policy, label
        self.caption.setText(self._caption())
        if not self.timer.isActive():
            self._new_episode()

    def set_human(self, on: bool) -> None:
        """Switch between the agent playing and you playing (the agent's opinion stays on the meter)."""
        if on == self.human:
            return
        self.human = on
        self.playback.human_button.setChecked(on)
        self.human_bar.setVisible(on)
        self.controller.clear()
        if on:
            self.episodes_left = None
            self._speed_before_human = self.speed
            self.playback.set_speed(self.spec.human_speed)
            self.arrows.install()
            self.view.setFocus()
            self._new_episode()
            self._waiting_for_player = True
            self.view.set_banner(self.tr("Press {0} to start").format(self.arrows.hint()))
        else:
            self.arrows.remove()
            self.playback.set_speed(self._speed_before_human)
            self._waiting_for_player = False
            self.view.set_banner("")
            self._new_episode()
        self.caption.setText(self._caption())
        self._update_score()
        self._draw()

    def press(self, action: int) -> None:
        """A push from the player (key or button); the first one starts a game."""
        if not self.human:
            return
        if self._waiting_for_player:
            self._waiting_for_player = False
            self.view.set_banner("")
            if self.sim.done:
                self._new_episode()
        self.controller.press(action)

    def release(self, action: int) -> None:
        """The player let go of a key or button (the controller of the game now on screen hears it)."""
        self.controller.release(action)

    def _caption(self) -> str:
        if self.human:
            return self.tr("You play: {0} (or hold the big buttons). {1}").format(self.arrows.hint(), core_text("Games", self.spec.goal))
        return self.policy_label

    # -- the clock --------------------------------------------------------------------
    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        self.playback.pause_button.setChecked(paused)

    def _on_playback_speed_changed(self, speed: float) -> None:
        self.speed = speed
        self.clock.speed = speed
        self.clock.reset()

    def step_once(self) -> None:
        """One step of the paused game (the next episode if this one is over)."""
        if self.sim.done or self._waiting_for_player:
            if self.human:
                return
            self._new_episode()
        self._advance(time.monotonic())
        self._draw()

    def _on_timer_timeout(self) -> None:
        now = time.monotonic()
        elapsed, self._last_tick = now - self._last_tick, now
        if self.paused or self._waiting_for_player:
            return
        if self.sim.done:
            if self.human or now < self._resume_at:
                return
            self._new_episode()
        # The timer runs at twice the game's steps per second, so a late tick never costs a frame.
        # At 4x four steps share one frame: drawing stays at the game's pace.
        steps = self.clock.due(elapsed)
        advanced = 0
        for _ in range(steps):
            if not self._advance(now):
                break
            advanced += 1
            if self.sim.done:
                break
        if advanced:
            self._draw()

    def _new_episode(self) -> None:
        if self.sim.episode.steps > 0:
            self.last_episode = self.sim.episode
        self.episode += 1
        self.sim.reset(seed=self.episode)
        self._resume_at = 0.0
        self.clock.reset()
        self._last_action = None
        self._last_obs = self.sim.obs
        if not self.timer.isActive():
            self.timer.start()

    def _advance(self, now: float) -> bool:
        """One step; False when a turn-based game waits for the player's key."""
        action = self.controller.next_action() if self.human else self.policy.act(self.sim.obs)
        if action is None:
            return False
        self._last_obs = self.sim.obs
        self._last_action = action
        self.sim.step(action)
        if self.sim.done:
            self._finish_episode(now)
        return True

    def _draw(self) -> None:
        if not self.isVisible():
            return
        note, until = self._push_note
        overlay = self.tr("step {0}    episode reward {1:.0f}").format(self.sim.steps, self.sim.episode_return)
        if note and time.monotonic() < until:
            overlay += f"    {note}"
        self.view.set_frame(self.sim.frame(), overlay)
        self.gauges.set_observation(self.sim.obs)
        title = self.tr("You push; the agent says:") if self.human else self.tr("The agent pushes")
        self.action_meter.set_action(self._last_action, self.policy.probabilities(self._last_obs), title)
        if self.human:
            self._update_score()
        self.frames_drawn += 1

    def _update_score(self) -> None:
        playing = self.human and not self.sim.done and not self._waiting_for_player
        self.human_bar.score.setText(sentence_text(self.scores.line(self.sim.steps if playing else None)))

    def _finish_episode(self, now: float) -> None:
        steps = self.sim.steps
        reward = self.sim.episode_return
        if self.human:
            self.scores.human_finished(reward)
            self._waiting_for_player = True
            self.controller.clear()
            self.view.set_banner(game_over_text(self.spec, reward, steps, self.arrows.hint()))
            self._update_score()
            self.human_game_finished.emit(reward)
            return
        self.scores.agent_finished(reward)
        self.best_return = max(self.best_return, reward)
        self.episodes.addItem(self.tr("Episode #{0}: reward: {1:.0f}").format(self.episodes.count(), reward))
        self.episodes.scrollToBottom()
        self.episode_finished.emit(self.episode, reward)
        self._resume_at = now + PAUSE_AFTER_EPISODE_S
        if self.episodes_left is not None:
            self.watched_rewards.append(reward)
            self.episodes_left -= 1
            if self.episodes_left <= 0:
                self.episodes_left = None
                self.timer.stop()
                mean = float(np.mean(self.watched_rewards))
                self.episodes.addItem(self.tr("Mean reward over {0} episodes: {1:.1f}").format(len(self.watched_rewards), mean))
                self.watch_finished.emit()

    # -- pushes -----------------------------------------------------------------------
    def push(self, direction: int | None = None, strength: float = 1.0) -> None:
        """Nudge the pole (+1 tips it right, -1 left, None alternates); the environment's state changes."""
        if direction is None:
            direction = self._push_direction
            self._push_direction = -direction
        self.sim.push(direction * strength)
        if not self.sim.done and self.sim.can_push:
            self._push_note = (self.tr("push →") if direction > 0 else self.tr("← push"), time.monotonic() + PUSH_NOTE_S)
            if self.paused:
                self._draw()

    # -- checkpoints ------------------------------------------------------------------
    def _on_scrubber_checkpoint_chosen(self, folder: str, label: str) -> None:
        try:
            policy = NumpyPolicy(load_policy(Path(folder)), self.spec)
        except (OSError, ValueError, PolicyError) as exc:
            self.caption.setText(self.tr("This checkpoint cannot be played: {0}").format(error_text(exc)))
            return
        self.pinned = True
        self.episodes_left = None
        self.policy, self.policy_label = policy, label
        self.caption.setText(self._caption())
        if not self.human:
            self._new_episode()

    def _on_scrubber_live_chosen(self) -> None:
        self.pinned = False
        self.policy, self.policy_label = self.live_policy, self.live_label
        self.caption.setText(self._caption())
        if not self.human:
            self._new_episode()

    # -- export -----------------------------------------------------------------------
    def episode_to_save(self) -> Episode:
        """The game on screen, or the previous one if this one has only just begun."""
        return episode_to_save(self.sim.episode, self.last_episode)

    def save_gif(self, path: str | Path) -> int:
        """Write the game as an animated GIF here (blocking: ~4 ms a frame); returns the frame count."""
        return write_gif([self.episode_to_save()], path)

    def save_gif_as(self) -> None:
        """Ask where, then save in the background (`gif_saver.saved` / `failed` report the outcome)."""
        self.gif_saver.ask_and_save(self, self.episode_to_save())

    def shutdown(self) -> None:
        self.timer.stop()
        self.arrows.remove()
        self.sim.close()
