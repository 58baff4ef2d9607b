"""Before / after: two policies play the very same game (same starting state) side by side.

Choices are the untrained agent (random moves), the live policy of the training that runs,
and every checkpoint of the selected run. "Push both" knocks both games the same way at the
same moment (where the game can be pushed), so one sees which agent recovers.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.games import DEFAULT_GAME, game
from desktop.core.store import RunRecord, load_policy
from desktop.gui.i18n import core_text
from desktop.gui.widgets.cartpole_view import CartPoleView
from desktop.gui.widgets.help import HelpButton
from desktop.sim.game import GameSim
from desktop.sim.policy import NumpyPolicy, Policy, PolicyError, RandomPolicy

RANDOM, LIVE = "random", "live"
PAUSE_BETWEEN_GAMES_S = 1.5


class ComparePanel(QWidget):
    """Two games with one seed, one clock and two policies."""

    def __init__(self, parent: QWidget | None = None, env_id: str = DEFAULT_GAME):
        super().__init__(parent)
        self.spec = game(env_id)
        self.sims = [GameSim(self.spec.env_id), GameSim(self.spec.env_id)]
        self.policies: list[Policy] = [RandomPolicy(seed=0, spec=self.spec), RandomPolicy(seed=0, spec=self.spec)]
        self.live_policy: Policy | None = None
        self.checkpoints: list[tuple[str, Path]] = []
        self.seed = 0
        self.games = 0
        self._restart_at = 0.0
        self.frames_drawn = 0
        self.pickers = [QComboBox(), QComboBox()]
        self.views = [CartPoleView(minimum=(220, 150)), CartPoleView(minimum=(220, 150))]
        self.results = [QLabel(), QLabel()]
        grid = QGridLayout()
        for column, (title, picker, view, result) in enumerate(
            zip((self.tr("Who plays on the left: the untrained agent, the current policy or a checkpoint."),
                 self.tr("Who plays on the right: the untrained agent, the current policy or a checkpoint.")),
                self.pickers, self.views, self.results, strict=True)
        ):
            picker.setToolTip(title)
            picker.currentIndexChanged.connect(self._on_picker_current_index_changed)
            view.poked.connect(self._on_view_poked)
            result.setAlignment(Qt.AlignmentFlag.AlignCenter)
            result.setStyleSheet("font-size: 14px; font-weight: bold;")
            grid.addWidget(picker, 0, column)
            grid.addWidget(view, 1, column)
            grid.addWidget(result, 2, column)
        grid.setRowStretch(1, 1)
        self.intro = QLabel(self.tr("Two agents, the same game: both start from exactly the same position."))
        self.intro.setWordWrap(True)
        self.again_button = QPushButton(self.tr("New game"))
        self.again_button.setToolTip(self.tr("Both play again from a new (shared) starting position."))
        self.again_button.clicked.connect(self._on_again_button_clicked)
        self.push_button = QPushButton(self.tr("Push both"))
        self.push_button.setToolTip(self.tr("Knock both games the same way at the same moment (P on this tab)."))
        self.push_button.clicked.connect(lambda: self.push(1))
        self.game_label = QLabel()
        header = QHBoxLayout()
        header.addWidget(self.intro, 1)
        header.addWidget(HelpButton("policy"))
        header.addWidget(HelpButton("checkpoint"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.push_button)
        buttons.addStretch(1)
        buttons.addWidget(self.game_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        self._fill_pickers()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1000 // self.spec.fps)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.push_button.setVisible(self.sims[0].can_push)
        self.restart()
        self.timer.start()

    def set_game(self, env_id: str) -> None:
        """Both sides play another game, from the untrained agent; the run's checkpoints are forgotten."""
        spec = game(env_id)
        if spec.env_id == self.spec.env_id or not spec.has_picture:
            return
        for sim in self.sims:
            sim.close()
        self.spec = spec
        self.sims = [GameSim(spec.env_id), GameSim(spec.env_id)]
        self.live_policy = None
        self.checkpoints = []
        self.timer.setInterval(1000 // spec.fps)
        self.push_button.setVisible(self.sims[0].can_push)
        for picker in self.pickers:
            picker.blockSignals(True)
            picker.clear()
            picker.blockSignals(False)
        self._fill_pickers()

    # -- choices ----------------------------------------------------------------------
    def set_live_policy(self, policy: Policy) -> None:
        first = self.live_policy is None
        self.live_policy = policy
        if first:  # training has begun: untrained against current is the comparison to see
            self._fill_pickers()
            self.choose(1, LIVE)
        elif LIVE in (picker.currentData() for picker in self.pickers):
            self._load_policies()

    def set_run(self, run: RunRecord) -> None:
        found = [(self.tr("checkpoint at iteration {0}").format(c.iteration), c.path) for c in run.checkpoints() if c.has_policy]
        if found != self.checkpoints:
            self.checkpoints = found
            self._fill_pickers()

    def _fill_pickers(self) -> None:
        keep = [picker.currentData() for picker in self.pickers]
        entries = [(self.tr("Untrained agent (random moves)"), RANDOM)]
        if self.live_policy is not None:
            entries.append((self.tr("Current policy (live training)"), LIVE))
        entries += [(label, str(path)) for label, path in self.checkpoints]
        best = LIVE if self.live_policy is not None else (entries[-1][1] if self.checkpoints else RANDOM)
        defaults = [RANDOM, best]
        for picker, kept, default in zip(self.pickers, keep, defaults, strict=True):
            picker.blockSignals(True)
            picker.clear()
            for label, data in entries:
                picker.addItem(label, data)
            index = picker.findData(kept if kept not in (None, RANDOM) else default)
            picker.setCurrentIndex(max(index, 0))
            picker.blockSignals(False)
        self._load_policies()
        self.restart()

    def choose(self, side: int, data: str) -> None:
        """Pick who plays on side 0 (left) or 1 (right): RANDOM, LIVE or a checkpoint folder."""
        self.pickers[side].setCurrentIndex(max(self.pickers[side].findData(data), 0))

    def _on_picker_current_index_changed(self, _: int) -> None:
        self._load_policies()
        self.restart()

    def _load_policies(self) -> None:
        for side, picker in enumerate(self.pickers):
            data = picker.currentData()
            policy: Policy = RandomPolicy(seed=self.seed, spec=self.spec)
            if data == LIVE and self.live_policy is not None:
                policy = self.live_policy
            elif data not in (None, RANDOM, LIVE):
                try:
                    policy = NumpyPolicy(load_policy(Path(data)), self.spec)
                except (OSError, ValueError, PolicyError):
                    self.results[side].setText(self.tr("This checkpoint cannot be played."))
            self.policies[side] = policy

    # -- playing ----------------------------------------------------------------------
    def restart(self, seed: int | None = None) -> None:
        """Both games from the same starting state (gymnasium's reset with one seed)."""
        self.seed = self.games if seed is None else seed
        self.games += 1
        for side, sim in enumerate(self.sims):
            sim.reset(seed=self.seed)
            if isinstance(self.policies[side], RandomPolicy):
                self.policies[side] = RandomPolicy(seed=self.seed, spec=self.spec)
        self._restart_at = 0.0
        self.game_label.setText(self.tr("game #{0}: the same start for both").format(self.seed))
        for result, view in zip(self.results, self.views, strict=True):
            result.setText("")
            view.set_banner("")
        self._draw()

    def push(self, direction: int = 1) -> None:
        for sim in self.sims:
            sim.push(direction)

    def _on_view_poked(self, _: float) -> None:
        self.push(1)

    def _on_again_button_clicked(self) -> None:
        self.restart()

    def _on_timer_timeout(self) -> None:
        if not self.isVisible():
            return  # hidden behind the other tab: no work at all
        if all(sim.done for sim in self.sims):
            if self._restart_at and time.monotonic() >= self._restart_at:
                self.restart()
            return
        self.step()

    def step(self) -> None:
        for side, sim in enumerate(self.sims):
            if not sim.done:
                sim.step(self.policies[side].act(sim.obs))
                if sim.done:
                    self._show_result(side)
        if all(sim.done for sim in self.sims):
            self._restart_at = time.monotonic() + PAUSE_BETWEEN_GAMES_S
        self._draw()

    def _show_result(self, side: int) -> None:
        sim = self.sims[side]
        steps, score = sim.steps, sim.episode_return
        won = self.spec.won(score, steps)
        text = core_text("Games", self.spec.won_text if won else self.spec.lost_text)
        detail = self.tr("after {0} steps").format(steps) if self.spec.survival else self.tr("score {0:.0f} after {1} steps").format(score, steps)
        self.results[side].setText(f"{text.rstrip('!！')} {detail}")
        self.views[side].set_banner(text, "#2e7d32" if won else "#c62828")
        self.results[side].setStyleSheet(f"font-size: 14px; font-weight: bold; color: {'#2e7d32' if won else '#c62828'};")

    def _draw(self) -> None:
        if not self.isVisible():
            return
        for sim, view in zip(self.sims, self.views, strict=True):
            view.set_frame(sim.frame(), self.tr("step {0}").format(sim.steps))
        self.frames_drawn += 1

    def shutdown(self) -> None:
        self.timer.stop()
        for sim in self.sims:
            sim.close()
