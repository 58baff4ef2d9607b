"""What the agent sees and thinks: its observations as small gauges (from the game's spec), its action with its probabilities."""

from __future__ import annotations

import dataclasses
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPolygonF
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from desktop.core.games import GameSpec, Observation
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.gui.i18n import core_text

MAX_GAUGES = 8  # a game with more numbers shows its first eight
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

    def __init__(self, observation: Observation, parent: QWidget | None = None):
        super().__init__(parent)
        self.observation = observation
        shown = dataclasses.replace(observation, unit=core_text("Games", observation.unit) if observation.unit else "")
        self.name, self.fmt = core_text("Games", observation.name), shown.text
        self.half_range, self.limit = observation.half_range, observation.lost_at
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
    """The numbers the agent gets each step, two gauges a row."""

    def __init__(self, spec: GameSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(2)
        self.gauges: list[Gauge] = []
        self.set_game(spec)

    def set_game(self, spec: GameSpec) -> None:
        for gauge in self.gauges:
            self.grid.removeWidget(gauge)
            gauge.deleteLater()
        self.gauges = [Gauge(o) for o in spec.observations[:MAX_GAUGES]]
        for i, gauge in enumerate(self.gauges):
            self.grid.addWidget(gauge, i // 2, i % 2)
        count = len(spec.observations)
        self.setToolTip(self.tr("The {0} numbers the agent sees at each step; red is where the game is lost.").format(count)
                        if count != 1 else self.tr("The one number the agent sees at each step; red is where the game is lost."))

    def set_observation(self, obs: np.ndarray) -> None:
        for gauge, value in zip(self.gauges, np.asarray(obs, float).reshape(-1), strict=False):
            gauge.set_value(float(value))


class ActionMeter(QWidget):
    """The move chosen and how strongly the policy favours each move (or, for an amount, how much)."""

    def __init__(self, spec: GameSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.action: Any = None
        self.title = self.tr("The agent pushes")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # see paint_background
        self.set_game(spec)

    def set_game(self, spec: GameSpec) -> None:
        self.spec = spec
        self.labels = spec.actions or (QT_TRANSLATE_NOOP("Games", "action"),)
        self.probabilities = np.full(len(self.labels), 1 / len(self.labels))
        self.action = None
        self.setMinimumSize(150, 20 + 11 * len(self.labels) + (22 if self._arrow else 0))
        self.setToolTip(
            self.tr("How much the agent's policy turns the {0} control now (0-100% of its range).").format(core_text("Games", self.labels[0]))
            if spec.continuous else self.tr("Which move the agent makes now, and how strongly its policy favours each move.")
        )
        self.updateGeometry()
        self.update()

    @property
    def _arrow(self) -> bool:
        return tuple(self.labels) == ("left", "right")

    def set_action(self, action: Any, probabilities: np.ndarray, title: str) -> None:
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
        top = 16
        if self._arrow:
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
            top = 42
        shown = [core_text("Games", label) for label in self.labels]
        label_w = max(34, max(p.fontMetrics().horizontalAdvance(label) for label in shown) + 2)
        for i, (label, prob) in enumerate(zip(shown, self.probabilities, strict=False)):
            y = top + i * 11
            chosen = not self.spec.continuous and not self._arrow and self.action == i
            p.setPen(QColor("#e65100" if chosen else "#37474f"))
            p.drawText(QRectF(0, y - 1, label_w, 11), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            bar = QRectF(label_w + 4, y, max(w - label_w - 46, 10), 8)
            p.fillRect(bar, QColor("#eceff1"))
            p.fillRect(QRectF(bar.left(), bar.top(), bar.width() * float(np.clip(prob, 0, 1)), bar.height()),
                       QColor("#e65100") if chosen else BAR_BLUE)
            p.drawText(QRectF(w - 40, y - 1, 40, 11), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{prob:.0%}")
        p.end()
