"""Play it yourself: big buttons for the game's moves, the score line, and the game's keys caught anywhere in the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.core.games import GameSpec
from desktop.gui.i18n import core_text

ARROW_SIGNS = {"Left": "←", "Right": "→", "Up": "↑", "Down": "↓"}


def key_sign(name: str) -> str:
    """How a key is written for a person: ← for Left, Space for Space."""
    return ARROW_SIGNS.get(name, name)


class ArrowKeys(QObject):
    """While installed on the application, the game's keys (← and → for CartPole) play it, whichever widget
    has the focus (except text fields, where the arrows move the cursor)."""

    arrow_pressed = Signal(int)  # the action
    arrow_released = Signal(int)

    def __init__(self, parent: QObject | None = None, spec: GameSpec | None = None):
        super().__init__(parent)
        self.keys: dict[Qt.Key, int] = {}
        self.names: list[str] = []
        if spec is not None:
            self.set_game(spec)

    def set_game(self, spec: GameSpec) -> None:
        self.keys = {getattr(Qt.Key, f"Key_{name}"): action for name, action in spec.keys}
        self.names = [name for name, _ in spec.keys]

    def hint(self) -> str:
        """"← or →" for the keys of the game."""
        signs = [key_sign(n) for n in self.names]
        if len(signs) <= 2:
            return self.tr(" or ").join(signs)
        return self.tr("{0} or {1}").format(self.tr(", ").join(signs[:-1]), signs[-1])

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        assert isinstance(event, QKeyEvent)
        action = self.keys.get(Qt.Key(event.key()))
        if action is None or isinstance(QApplication.focusWidget(), (QLineEdit, QAbstractSpinBox)):
            return False
        if not event.isAutoRepeat():  # a held key sends repeats: it stays held
            (self.arrow_pressed if event.type() == QEvent.Type.KeyPress else self.arrow_released).emit(action)
        return True


def game_over_text(spec: GameSpec, reward: float, steps: int, hint: str) -> str:
    """The banner when the player's game ends: how it went, then how to play again (the panel's strings)."""
    score = "" if spec.survival else QCoreApplication.translate("SimulatorPanel", " (score {0:.0f})").format(reward)
    if spec.survival and spec.won(reward, steps):
        end = QCoreApplication.translate("SimulatorPanel", "You made it to the end!")
    elif spec.won(reward, steps):
        end = QCoreApplication.translate("SimulatorPanel", "{0} In {1} steps{2}.").format(core_text("Games", spec.won_text), steps, score)
    else:
        end = QCoreApplication.translate("SimulatorPanel", "{0} after {1} steps{2}.").format(core_text("Games", spec.lost_text), steps, score)
    return QCoreApplication.translate("SimulatorPanel", "{0}\nPress {1} to play again").format(end, hint)


class HumanBar(QWidget):
    """One big button per keyed move (hold or tap) and "You: 12 steps · your best: 40 · the agent's best: 500"."""

    arrow_pressed = Signal(int)  # like the keys: the action
    arrow_released = Signal(int)

    def __init__(self, spec: GameSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.score = QLabel()
        self.score.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.score.setStyleSheet("font-size: 14px; font-weight: bold; color: #e65100;")
        self.buttons: list[QPushButton] = []
        self.set_game(spec)

    def set_game(self, spec: GameSpec) -> None:
        for button in self.buttons:
            self.row.removeWidget(button)
            button.deleteLater()
        self.row.removeWidget(self.score)
        self.buttons = []
        keyed = list(spec.keys)
        half = (len(keyed) + 1) // 2
        for i, (name, action) in enumerate(keyed):
            label = core_text("Games", spec.actions[action]) if action < len(spec.actions) else name
            sign = key_sign(name)
            button = self._big(f"{sign}  {label}" if i < half else f"{label}  {sign}")
            button.pressed.connect(lambda a=action: self.arrow_pressed.emit(a))
            button.released.connect(lambda a=action: self.arrow_released.emit(a))
            self.buttons.append(button)
        for button in self.buttons[:half]:
            self.row.addWidget(button)
        self.row.addWidget(self.score, 1)
        for button in self.buttons[half:]:
            self.row.addWidget(button)
        # CartPole's two buttons keep their names for the tests and the tour.
        self.left_button = self.buttons[0] if self.buttons else None
        self.right_button = self.buttons[-1] if self.buttons else None

    @staticmethod
    def _big(text: str) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(44)
        button.setStyleSheet("font-size: 15px; font-weight: bold; padding: 4px 14px;")
        button.setToolTip(QCoreApplication.translate("HumanBar", "Hold to keep making this move; the keys shown do the same."))
        return button
