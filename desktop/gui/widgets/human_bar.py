"""Play it yourself: two big push buttons, the score line, and ←/→ keys caught anywhere in the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.sim.human import LEFT, RIGHT

ARROWS = {Qt.Key.Key_Left: LEFT, Qt.Key.Key_Right: RIGHT}


class ArrowKeys(QObject):
    """While installed on the application, ← and → steer the cart, whichever widget has the focus
    (except text fields, where the arrows move the cursor)."""

    arrow_pressed = Signal(int)
    arrow_released = Signal(int)

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
        action = ARROWS.get(Qt.Key(event.key()))
        if action is None or isinstance(QApplication.focusWidget(), (QLineEdit, QAbstractSpinBox)):
            return False
        if not event.isAutoRepeat():  # a held key sends repeats: it stays held
            (self.arrow_pressed if event.type() == QEvent.Type.KeyPress else self.arrow_released).emit(action)
        return True


class HumanBar(QWidget):
    """◀ and ▶ (hold or tap) and "You: 12 steps · your best: 40 · the agent's best: 500"."""

    arrow_pressed = Signal(int)  # like the keys: LEFT or RIGHT
    arrow_released = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.left_button = self._big("◀  push left")
        self.right_button = self._big("push right  ▶")
        for button, action in ((self.left_button, LEFT), (self.right_button, RIGHT)):
            button.pressed.connect(lambda a=action: self.arrow_pressed.emit(a))
            button.released.connect(lambda a=action: self.arrow_released.emit(a))
        self.score = QLabel()
        self.score.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.score.setStyleSheet("font-size: 14px; font-weight: bold; color: #e65100;")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.left_button)
        row.addWidget(self.score, 1)
        row.addWidget(self.right_button)

    @staticmethod
    def _big(text: str) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(44)
        button.setStyleSheet("font-size: 15px; font-weight: bold; padding: 4px 14px;")
        button.setToolTip("Hold to keep pushing the cart this way; the arrow keys do the same.")
        return button
