"""What the agent sees and thinks: its four observations as small gauges, its action as an arrow with probabilities."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPolygonF
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from desktop.sim.cartpole import ANGLE_LIMIT, X_LIMIT

# name, unit, how to show the value, the gauge's half-range, where the game is lost (None: nowhere)
GAUGES = (
    ("Cart position", "m", lambda v: f"{v:+.2f} m", X_LIMIT * 1.1, X_LIMIT),
    ("Cart speed", "m/s", lambda v: f"{v:+.2f} m/s", 3.0, None),
    ("Pole angle", "°", lambda v: f"{np.degrees(v):+.1f}°", ANGLE_LIMIT * 1.25, ANGLE_LIMIT),
    ("Pole tipping speed", "°/s", lambda v: f"{np.degrees(v):+.0f}°/s", 3.5, None),
)
BAR_BLUE = QColor("#1565c0")
DANGER = QColor("#ffcdd2")


def paint_background(widget: QWidget) -> QPainter:
    """A painter on `widget` with its background already filled white, like the CartPole picture above.

    Widgets redrawn 50 times a second paint every pixel (WA_OpaquePaintEvent), so Qt need
    not repaint the panels beneath them each frame. Their text colours are dark: white always suits.
    """
    painter = QPainter(widget)
    painter.fillRect(widget.rect(), QColor("white"))
    return painter


class Gauge(QWidget):
    """A centred horizontal bar: 0 in the middle, red ends where the game is lost."""

    def __init__(self, name: str, fmt: Any, half_range: float, limit: float | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.name, self.fmt, self.half_range, self.limit = name, fmt, half_range, limit
        self.value = 0.0
        self.setMinimumSize(120, 34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # see paint_background

    def set_value(self, value: float) -> None:
        if value != self.value:
            self.value = float(value)
            self.update()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        p = paint_background(self)
        font = QFont()
        font.setPointSize(8)
        p.setFont(font)
        p.setPen(QColor("#37474f"))
        text_rect = QRectF(0, 0, self.width(), 14)
        p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft, self.name)
        p.drawText(text_rect, Qt.AlignmentFlag.AlignRight, self.fmt(self.value))
        bar = QRectF(1, 17, self.width() - 2, 12)
        p.fillRect(bar, QColor("#eceff1"))
        mid = bar.center().x()
        scale = bar.width() / 2 / self.half_range
        if self.limit is not None:
            edge = self.limit * scale
            p.fillRect(QRectF(bar.left(), bar.top(), bar.width() / 2 - edge, bar.height()), DANGER)
            p.fillRect(QRectF(mid + edge, bar.top(), bar.width() / 2 - edge, bar.height()), DANGER)
        clipped = float(np.clip(self.value, -self.half_range, self.half_range))
        x = mid + clipped * scale
        p.fillRect(QRectF(min(mid, x), bar.top() + 2, abs(x - mid), bar.height() - 4), BAR_BLUE)
        p.setPen(QColor("#607d8b"))
        p.drawLine(int(mid), int(bar.top()), int(mid), int(bar.bottom()))
        p.end()


class ObservationGauges(QWidget):
    """The four numbers the agent gets each step, in a 2 x 2 grid."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.gauges = [Gauge(name, fmt, half, limit) for name, _, fmt, half, limit in GAUGES]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for i, gauge in enumerate(self.gauges):
            grid.addWidget(gauge, i // 2, i % 2)
        self.setToolTip("The four numbers the agent sees at each step; red is where the game is lost.")

    def set_observation(self, obs: np.ndarray) -> None:
        for gauge, value in zip(self.gauges, obs, strict=True):
            gauge.set_value(float(value))


class ActionMeter(QWidget):
    """The push chosen (an arrow) and the policy's probability for left and right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.action: int | None = None
        self.probabilities = np.array([0.5, 0.5])
        self.title = "The agent pushes"
        self.setMinimumSize(150, 64)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # see paint_background
        self.setToolTip("Which way the cart is pushed now, and how sure the agent's policy is of each direction.")

    def set_action(self, action: int | None, probabilities: np.ndarray, title: str) -> None:
        self.action, self.probabilities, self.title = action, np.asarray(probabilities, float), title
        self.update()

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        p = paint_background(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPointSize(8)
        p.setFont(font)
        p.setPen(QColor("#37474f"))
        w = self.width()
        p.drawText(QRectF(0, 0, w, 14), Qt.AlignmentFlag.AlignHCenter, self.title)
        cx, cy = w / 2, 26
        if self.action is not None:
            d = -1 if self.action == 0 else 1
            arrow = QPolygonF([
                QPointF(cx - 22 * d, cy - 5), QPointF(cx + 8 * d, cy - 5), QPointF(cx + 8 * d, cy - 11),
                QPointF(cx + 24 * d, cy), QPointF(cx + 8 * d, cy + 11), QPointF(cx + 8 * d, cy + 5), QPointF(cx - 22 * d, cy + 5),
            ])
            p.setBrush(QColor("#e65100"))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawPolygon(arrow)
        for i, (label, prob) in enumerate(zip(("left", "right"), self.probabilities, strict=True)):
            y = 42 + i * 11
            p.setPen(QColor("#37474f"))
            p.drawText(QRectF(0, y - 1, 34, 11), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            bar = QRectF(38, y, w - 80, 8)
            p.fillRect(bar, QColor("#eceff1"))
            p.fillRect(QRectF(bar.left(), bar.top(), bar.width() * float(prob), bar.height()), BAR_BLUE)
            p.drawText(QRectF(w - 40, y - 1, 40, 11), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{prob:.0%}")
        p.end()

