"""The window's simulator corner: the agent (watch, play, push, scrub checkpoints) and before / after, as tabs."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.core.store import RunRecord
from desktop.gui.panels.compare import ComparePanel
from desktop.gui.panels.simulator import SimulatorPanel
from desktop.gui.widgets.help import OVERVIEW, HelpButton
from desktop.sim.policy import Policy

VIEWS = ("watch", "play", "compare")


class SimulatorArea(QTabWidget):
    """Forwards policies and runs to both tabs; only the visible tab animates."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.simulator = SimulatorPanel()
        self.compare = ComparePanel()
        self.addTab(self.simulator, self.tr("The agent plays"))
        self.addTab(self.compare, self.tr("Before / after"))
        self.setTabToolTip(0, self.tr("The current policy (or a checkpoint, or you) plays; push the pole and see what happens."))
        self.setTabToolTip(1, self.tr("Two agents play the very same game side by side: untrained against trained."))
        self.run_id: str | None = None
        self.setCornerWidget(HelpButton(OVERVIEW))  # "What am I looking at?" for the whole window

    def update_live_policy(self, policy: Policy, label: str) -> None:
        self.simulator.update_live_policy(policy, label)
        self.compare.set_live_policy(policy)

    def set_game(self, env_id: str) -> None:
        self.simulator.set_game(env_id)
        self.compare.set_game(env_id)
        self.run_id = None

    def offer_run(self, run: RunRecord) -> None:
        """The run whose checkpoints the slider and the before / after pickers offer (a run of the game shown)."""
        if run.settings.env != self.simulator.spec.env_id:
            return
        self.run_id = run.id
        self.simulator.scrubber.set_run(run)
        best = [m.episode_return_max for m in run.metrics() if not math.isnan(m.episode_return_max)]
        if best:  # the agent's best game during training, for the player's scoreboard
            self.simulator.scores.agent_finished(float(max(best)))
        self.compare.set_run(run)

    def show_view(self, view: str) -> None:
        """watch: the agent plays; play: you play; compare: before / after."""
        self.setCurrentWidget(self.compare if view == "compare" else self.simulator)
        self.simulator.set_human(view == "play")

    def push(self) -> None:
        """P pushes the pole of the visible tab (both poles on before / after)."""
        if self.currentWidget() is self.compare:
            self.compare.push(1)
        else:
            self.simulator.push()

    def shutdown(self) -> None:
        self.simulator.shutdown()
        self.compare.shutdown()
