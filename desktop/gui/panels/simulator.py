"""The rollout view: CartPole drawn by gymnasium's pygame renderer at 50 frames per second.

The latest policy plays in this process (a numpy forward pass), so frames never
travel through Ray and rendering never slows training.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QLabel, QListWidget, QSizePolicy, QVBoxLayout, QWidget

from desktop.sim.cartpole import FPS, CartPoleSim
from desktop.sim.policy import Policy, RandomPolicy

PAUSE_AFTER_EPISODE_S = 0.6


class CartPoleView(QWidget):
    """Paints the latest frame, scaled to fit, with the step count and episode reward on top."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.image: QImage | None = None
        self.overlay = ""
        self.setMinimumSize(300, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_frame(self, frame: np.ndarray, overlay: str) -> None:
        h, w, _ = frame.shape
        if self.image is None or (self.image.width(), self.image.height()) != (w, h):
            self.image = QImage(w, h, QImage.Format.Format_RGB888)
        # Copy into the image's own buffer: a QImage borrowing a numpy buffer crashed PySide6.
        pixels = np.frombuffer(self.image.bits(), np.uint8).reshape(h, self.image.bytesPerLine())
        pixels[:, : 3 * w] = frame.reshape(h, 3 * w)
        self.overlay = overlay
        self.update()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self.image is not None:
            scale = min(self.width() / self.image.width(), self.height() / self.image.height())
            w, h = self.image.width() * scale, self.image.height() * scale
            target = QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)
            painter.drawImage(target, self.image)
        painter.setPen(QColor("#222"))
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(self.rect().adjusted(10, 8, -10, -8), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, self.overlay)
        painter.end()


class SimulatorPanel(QWidget):
    """Plays episodes with the chosen policy, forever (live) or a fixed number (watching a checkpoint)."""

    episode_finished = Signal(int, float)
    watch_finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.sim = CartPoleSim()
        self.policy: Policy = RandomPolicy()
        self.policy_label = "Untrained agent (random moves)"
        self.episode = 0
        self.episodes_left: int | None = None
        self.watched_rewards: list[float] = []
        self.frames_drawn = 0
        self.best_return = 0.0
        self._resume_at = 0.0
        self.view = CartPoleView()
        self.caption = QLabel(self.policy_label)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("font-size: 13px;")
        self.episodes = QListWidget()
        self.episodes.setMaximumHeight(90)
        self.episodes.setToolTip("The reward of each finished episode: one point per step the pole stayed up.")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.episodes)
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1000 // FPS)
        self.timer.timeout.connect(self._on_tick)
        self.sim.reset(seed=0)
        self.timer.start()

    def set_policy(self, policy: Policy, label: str, episodes: int | None = None) -> None:
        """Play with `policy` from a fresh episode; `episodes` N stops after N (watching a checkpoint)."""
        self.policy, self.policy_label = policy, label
        self.caption.setText(label)
        self.episodes_left = episodes
        if episodes is not None:
            self.episodes.clear()
            self.watched_rewards = []
            self._new_episode()
        elif not self.timer.isActive():
            self.timer.start()

    def update_live_policy(self, policy: Policy, label: str) -> None:
        """Swap in a newer policy without restarting the episode (unless a checkpoint is being watched)."""
        if self.episodes_left is not None:
            return
        self.policy, self.policy_label = policy, label
        self.caption.setText(label)
        if not self.timer.isActive():
            self._new_episode()

    def _new_episode(self) -> None:
        self.episode += 1
        self.sim.reset(seed=self.episode)
        self._resume_at = 0.0
        if not self.timer.isActive():
            self.timer.start()

    def _on_tick(self) -> None:
        now = time.monotonic()
        if self.sim.done:
            if now < self._resume_at:
                return
            self._new_episode()
        self.sim.step(self.policy.act(self.sim.obs))
        if self.sim.done:
            self._finish_episode(now)
        if self.isVisible():
            overlay = f"step {self.sim.steps}    episode reward {self.sim.episode_return:.0f}"
            self.view.set_frame(self.sim.frame(), overlay)
            self.frames_drawn += 1

    def _finish_episode(self, now: float) -> None:
        reward = self.sim.episode_return
        self.best_return = max(self.best_return, reward)
        self.episodes.addItem(f"Episode #{self.episodes.count()}: reward: {reward:.0f}")
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
                self.episodes.addItem(f"Mean reward over {len(self.watched_rewards)} episodes: {mean:.1f}")
                self.watch_finished.emit()

    def shutdown(self) -> None:
        self.timer.stop()
        self.sim.close()
