"""The simulator's controls: pause / single step, speed, push, play it yourself, save as GIF."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP

SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0)


def speed_text(speed: float) -> str:
    return f"{speed:g}×"


class PlaybackBar(QWidget):
    """Buttons and a speed slider; the panel connects to the buttons and to `speed_changed`."""

    speed_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pause_button = _button(self.tr("Pause"), self.tr("Pause or continue the game (Space)."), checkable=True)
        self.step_button = _button(self.tr("Step"), self.tr("Advance the paused game by one step, 1/50 s (N)."))
        self.push_button = _button(self.tr("Push the pole"), self.tr("Knock the pole so it swings (P); you can also click the picture."))
        self.human_button = _button(self.tr("Play it yourself"), self.tr("Steer the cart yourself with ← and → (H)."), checkable=True)
        self.gif_button = _button(self.tr("Save GIF…"), self.tr("Save the current game as an animated picture (Ctrl+Shift+G)."))
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.speed.setRange(0, len(SPEEDS) - 1)
        self.speed.setPageStep(1)
        self.speed.setValue(SPEEDS.index(1.0))
        self.speed.setFixedWidth(90)
        self.speed.setToolTip(self.tr("How fast the game runs: 1× is real time (+ and − change it)."))
        self.speed_label = QLabel(speed_text(1.0))
        self.speed_label.setMinimumWidth(34)
        self.speed.valueChanged.connect(self._on_speed_value_changed)
        self.step_button.setEnabled(False)
        self.pause_button.toggled.connect(self._on_pause_button_toggled)
        self.human_button.setStyleSheet("QPushButton:checked { background: #ffe0b2; font-weight: bold; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.pause_button, self.step_button, QLabel(self.tr("speed")), self.speed, self.speed_label,
                       self.push_button, self.human_button, self.gif_button):
            row.addWidget(widget)
        row.addStretch(1)

    @property
    def current_speed(self) -> float:
        return SPEEDS[self.speed.value()]

    def set_speed(self, speed: float) -> None:
        self.speed.setValue(min(range(len(SPEEDS)), key=lambda i: abs(SPEEDS[i] - speed)))

    def change_speed(self, notches: int) -> None:
        self.speed.setValue(max(0, min(len(SPEEDS) - 1, self.speed.value() + notches)))

    def _on_speed_value_changed(self, index: int) -> None:
        self.speed_label.setText(speed_text(SPEEDS[index]))
        self.speed_changed.emit(SPEEDS[index])

    def _on_pause_button_toggled(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Continue") if paused else self.tr("Pause"))
        self.step_button.setEnabled(paused)


def _button(text: str, tip: str, checkable: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setCheckable(checkable)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space and the arrows belong to the game
    return button


ACTION_NAMES = ("pause", "step", "push", "faster", "slower", "human", "gif")


def simulator_actions(panel: Any) -> list[QAction]:
    """The simulator's menu entries and their keys (the Help menu lists the same keys)."""
    specs = [
        (QT_TRANSLATE_NOOP("Playback", "Play / pause"), ["Space"], lambda: panel.playback.pause_button.toggle()),
        (QT_TRANSLATE_NOOP("Playback", "Single step"), ["N"], panel.step_once),
        (QT_TRANSLATE_NOOP("Playback", "Push the pole"), ["P"], lambda: panel.push()),
        (QT_TRANSLATE_NOOP("Playback", "Faster"), ["+", "=", "]"], lambda: panel.playback.change_speed(1)),
        (QT_TRANSLATE_NOOP("Playback", "Slower"), ["-", "["], lambda: panel.playback.change_speed(-1)),
        (QT_TRANSLATE_NOOP("Playback", "Play it yourself"), ["H"], lambda: panel.playback.human_button.toggle()),
        (QT_TRANSLATE_NOOP("Playback", "Save the game as GIF…"), ["Ctrl+Shift+G"], panel.save_gif_as),
    ]
    actions = []
    for name, (text, keys, slot) in zip(ACTION_NAMES, specs, strict=True):
        action = QAction(QCoreApplication.translate("Playback", text), panel)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        actions.append(action)
    return actions
