"""The rollout view's widgets, their layout and which of them a game offers; SimulatorPanel (simulator.py)
connects them and gives them behaviour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout

from desktop.gui.gif_saver import GifSaver
from desktop.gui.widgets.cartpole_view import CartPoleView
from desktop.gui.widgets.gauges import ActionMeter, ObservationGauges
from desktop.gui.widgets.help import HelpButton, explained
from desktop.gui.widgets.human_bar import ArrowKeys, HumanBar
from desktop.gui.widgets.playback import PlaybackBar
from desktop.gui.widgets.scrubber import CheckpointScrubber

if TYPE_CHECKING:
    from desktop.gui.panels.simulator import SimulatorPanel


def build_widgets(panel: SimulatorPanel) -> None:
    """Create the panel's widgets (as its attributes, for its game `panel.spec`) and lay them out on it."""
    spec = panel.spec
    panel.view = CartPoleView()
    panel.caption = QLabel(panel.policy_label)
    panel.caption.setWordWrap(True)
    panel.caption.setStyleSheet("font-size: 13px;")
    panel.human_bar = HumanBar(spec)
    panel.human_bar.hide()
    panel.arrows = ArrowKeys(panel, spec)
    panel.playback = PlaybackBar()
    panel.gif_saver = GifSaver(panel)
    panel.scrubber = CheckpointScrubber()
    panel.gauges = ObservationGauges(spec)
    panel.action_meter = ActionMeter(spec)
    panel.episodes = QListWidget()
    panel.episodes.setMaximumHeight(70)

    panel.ready_button = QPushButton(QCoreApplication.translate("SimulatorPanel", "Watch a trained one"))
    panel.ready_button.setToolTip(QCoreApplication.translate(
        "SimulatorPanel", "This game takes long to learn: watch an agent the app ships already trained."))
    caption_row = QHBoxLayout()
    caption_row.addWidget(panel.caption, 1)
    caption_row.addWidget(panel.ready_button, 0, Qt.AlignmentFlag.AlignTop)
    caption_row.addWidget(HelpButton("policy"), 0, Qt.AlignmentFlag.AlignTop)
    words = QHBoxLayout()
    words.addWidget(QLabel(QCoreApplication.translate("SimulatorPanel", "Words:")))
    for topic, word in (("episode", QCoreApplication.translate("SimulatorPanel", "episode")),
                        ("step", QCoreApplication.translate("SimulatorPanel", "step")),
                        ("reward", QCoreApplication.translate("SimulatorPanel", "reward")),
                        ("return", QCoreApplication.translate("SimulatorPanel", "return"))):
        words.addWidget(explained(word, topic))
    panel.push_word = explained(QCoreApplication.translate("SimulatorPanel", "push"), "push")  # shown where a game can be pushed
    words.addWidget(panel.push_word)
    words.addStretch(1)
    sees = QHBoxLayout()
    sees.addWidget(panel.gauges, 3)
    sees.addWidget(panel.action_meter, 1)
    sees.addWidget(HelpButton("observation"), 0, Qt.AlignmentFlag.AlignTop)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(caption_row)
    layout.addWidget(panel.view, 1)
    layout.addWidget(panel.human_bar)
    layout.addLayout(sees)
    layout.addWidget(panel.playback)
    layout.addWidget(panel.scrubber)
    layout.addLayout(words)
    layout.addWidget(panel.episodes)


def show_game_controls(panel: SimulatorPanel) -> None:
    """Offer the controls the panel's game has: the shipped agent, pushing (CartPole's pole) and playing by hand."""
    panel.ready_button.setVisible(panel.spec.ready_policy)
    panel.playback.push_button.setVisible(panel.sim.can_push)
    panel.push_word.setVisible(panel.sim.can_push)
    panel.playback.human_button.setEnabled(panel.spec.playable)
    enabled = {"push": panel.sim.can_push, "human": panel.spec.playable}  # their menu entries and keys (P, H) too
    for action in panel.menu_actions:
        action.setEnabled(enabled.get(action.objectName(), True))
