"""The CartPole picture: a numpy frame painted scaled to fit, with a text overlay; clicks and drags push the pole."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

DRAG_MIN_PX = 6  # a shorter mouse movement counts as a click


class CartPoleView(QWidget):
    """Paints the latest frame, scaled to fit, with the step count and episode reward on top.

    A click emits `poked` (the x of the click in frame pixels); a sideways drag emits
    `dragged` (its length in frame pixels, positive to the right). What that does is the panel's business.
    """

    poked = Signal(float)
    dragged = Signal(float)

    def __init__(self, parent: QWidget | None = None, minimum: tuple[int, int] = (300, 200)):
        super().__init__(parent)
        self.image: QImage | None = None
        self.overlay = ""
        self.banner = ""
        self.banner_colour = "#c62828"
        self._press: QPointF | None = None
        self._drag_to: QPointF | None = None
        self.setMinimumSize(*minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # paintEvent covers every pixel: Qt need not repaint the panels beneath it 50 times a second.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_frame(self, frame: np.ndarray, overlay: str) -> None:
        h, w, _ = frame.shape
        if self.image is None or (self.image.width(), self.image.height()) != (w, h):
            self.image = QImage(w, h, QImage.Format.Format_RGB888)
        # Copy into the image's own buffer: a QImage borrowing a numpy buffer crashed PySide6.
        pixels = np.frombuffer(self.image.bits(), np.uint8).reshape(h, self.image.bytesPerLine())
        pixels[:, : 3 * w] = frame.reshape(h, 3 * w)
        self.overlay = overlay
        self.update()

    def set_banner(self, text: str, colour: str = "#c62828") -> None:
        """A large message in the middle (e.g. "The pole fell!"); empty hides it."""
        self.banner, self.banner_colour = text, colour
        self.update()

    def target_rect(self) -> QRectF:
        if self.image is None:
            return QRectF(self.rect())
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        w, h = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def to_frame_x(self, widget_x: float) -> float:
        target = self.target_rect()
        width = self.image.width() if self.image is not None else target.width()
        return (widget_x - target.left()) * width / max(target.width(), 1.0)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._drag_to = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._press is not None:
            self._drag_to = event.position()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        start, end = self._press, event.position()
        self._press = self._drag_to = None
        self.update()
        dx = end.x() - start.x()
        if abs(dx) >= DRAG_MIN_PX:
            self.dragged.emit(self.to_frame_x(end.x()) - self.to_frame_x(start.x()))
        else:
            self.poked.emit(self.to_frame_x(start.x()))

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self.image is not None:
            # Smooth scaling keeps the 1-pixel track visible when the picture is drawn smaller.
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.target_rect(), self.image)
        font = QFont()
        font.setPointSize(12)
        font.setBold(True)
        painter.setFont(font)
        area, align = self.rect().adjusted(10, 8, -10, -8), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
        if self.overlay:
            # A light backing keeps the numbers readable over a dark picture (Lunar lander's night sky).
            text = painter.boundingRect(QRectF(area), align, self.overlay)
            painter.fillRect(text.adjusted(-4, -2, 4, 2), QColor(255, 255, 255, 215))
        painter.setPen(QColor("#222"))
        painter.drawText(area, align, self.overlay)
        if self._press is not None and self._drag_to is not None:
            painter.setPen(QPen(QColor("#e65100"), 3))
            painter.drawLine(self._press, QPointF(self._drag_to.x(), self._press.y()))
        if self.banner:
            font.setPointSize(18)
            painter.setFont(font)
            painter.setPen(QColor(self.banner_colour))
            painter.drawText(self.rect().adjusted(0, 0, 0, -self.height() // 5), Qt.AlignmentFlag.AlignCenter, self.banner)
        painter.end()
