"""Two views for the Ray basics panel: read-only Python code with colours, and a timeline of tasks per process."""

from __future__ import annotations

import keyword
import math
import re

from PySide6.QtCore import QPointF, QRectF, QRegularExpression, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.lessons import Answer, Bar

STRING = re.compile(r"f?\"[^\"]*\"|f?'[^']*'")


def _format(color: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


class PythonHighlighter(QSyntaxHighlighter):
    """Colours Python keywords, decorators, numbers, strings and comments (enough for short lessons)."""

    def __init__(self, document: QTextDocument):
        super().__init__(document)
        words = "|".join([*keyword.kwlist, "self", "print"])
        self._rules = [
            (QRegularExpression(rf"\b({words})\b"), _format("#0033b3", bold=True)),
            (QRegularExpression(r"\bray\.(remote|get|wait|kill)\b|\.remote\b|\.options\b"), _format("#b200b2", bold=True)),
            (QRegularExpression(r"@[\w.]+"), _format("#9e880d")),
            (QRegularExpression(r"\b\d+(\.\d+)?\b"), _format("#1750eb")),
        ]
        self._string = _format("#067d17")
        self._comment = _format("#8c8c8c", italic=True)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        for pattern, fmt in self._rules:
            matches = pattern.globalMatch(text)
            while matches.hasNext():
                match = matches.next()
                self.setFormat(match.capturedStart(), match.capturedLength(), fmt)
        # Strings and comments win over the rest; a '#' inside a string does not start a comment.
        for found in STRING.finditer(text):
            self.setFormat(found.start(), found.end() - found.start(), self._string)
        hash_at = STRING.sub(lambda m: " " * len(m.group()), text).find("#")
        if hash_at >= 0:
            self.setFormat(hash_at, len(text) - hash_at, self._comment)


class CodeView(QPlainTextEdit):
    """The lesson's source, read-only, in a fixed-width font with Python colours."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10))
        self.setFont(font)
        self.highlighter = PythonHighlighter(self.document())


ROLE_COLORS = {"driver": "#8e6fd8", "worker": "#3f8fd2", "actor": "#e07b39"}
ROLE_NAMES = {"driver": QT_TRANSLATE_NOOP("TimelineView", "this program"), "worker": QT_TRANSLATE_NOOP("TimelineView", "Ray worker"),
              "actor": QT_TRANSLATE_NOOP("TimelineView", "DNSServer actor")}
LABEL_W = 150
ROW_H = 38
AXIS_H = 22
PRINTED_H = 18


def _tick_step(span: float) -> float:
    for step in (0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0):
        if span / step <= 10:
            return step
    return 20.0


class TimelineView(QWidget):
    """One row per process (labelled with its PID), one bar per piece of work: queued tasks show as later bars."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bars: tuple[Bar, ...] = ()
        self.answers: tuple[Answer, ...] = ()
        self.total_s = 0.0
        self.setMinimumHeight(AXIS_H + PRINTED_H + 2 * ROW_H + 8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip(self.tr("Each row is one process; each bar is one look-up, from when it started to when it ended."))

    def set_run(self, bars: tuple[Bar, ...], answers: tuple[Answer, ...], total_s: float) -> None:
        self.bars, self.answers, self.total_s = bars, answers, total_s
        self.setMinimumHeight(AXIS_H + PRINTED_H + max(2, len(self.rows())) * ROW_H + 8)
        self.update()

    def rows(self) -> list[tuple[str, int]]:
        """(role, pid) per row: this program first, then workers in the order they started, then the actor."""
        order = {"driver": 0, "worker": 1, "actor": 2}
        first: dict[tuple[str, int], float] = {}
        for bar in self.bars:
            key = (bar.role, bar.pid)
            first[key] = min(first.get(key, math.inf), bar.start_s)
        return sorted(first, key=lambda key: (order.get(key[0], 3), first[key]))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.bars:
            painter.setPen(self.palette().text().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Press Run: each look-up will appear here as a bar."))
            return
        rows = self.rows()
        span = max(self.total_s, max(b.end_s for b in self.bars), 0.1) * 1.04
        width = max(10, self.width() - LABEL_W - 12)

        def x(t: float) -> float:
            return LABEL_W + width * max(0.0, t) / span

        top = PRINTED_H
        grid = QPen(QColor("#d0d0d0"))
        text_color = self.palette().text().color()
        step = _tick_step(span)
        bottom = top + len(rows) * ROW_H
        for i in range(int(span / step) + 1):
            t = i * step
            painter.setPen(grid)
            painter.drawLine(int(x(t)), top, int(x(t)), bottom)
            painter.setPen(text_color)
            painter.drawText(QRectF(x(t) - 30, bottom + 2, 60, AXIS_H - 4), Qt.AlignmentFlag.AlignCenter, self.tr("{0:g} s").format(t))
        painter.setPen(text_color)
        painter.drawText(QRectF(4, 0, LABEL_W - 8, PRINTED_H), Qt.AlignmentFlag.AlignVCenter, self.tr("answer printed ▼"))
        for answer in self.answers:
            ax = x(answer.seen_s)
            painter.setBrush(QColor("#2e7d32"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon(QPolygonF([QPointF(ax - 5, 3), QPointF(ax + 5, 3), QPointF(ax, 14)]))
        for index, (role, pid) in enumerate(rows):
            y = top + index * ROW_H
            painter.setPen(text_color)
            painter.drawText(QRectF(4, y, LABEL_W - 8, ROW_H), Qt.AlignmentFlag.AlignVCenter,
                             f"{self.tr(ROLE_NAMES.get(role, role))}\nPID {pid}")
            for bar in (b for b in self.bars if (b.role, b.pid) == (role, pid)):
                rect = QRectF(x(bar.start_s), y + 4, max(2.0, x(bar.end_s) - x(bar.start_s)), ROW_H - 8)
                painter.setPen(QPen(QColor("#ffffff"), 1))
                painter.setBrush(QColor(ROLE_COLORS.get(role, "#777777")))
                painter.drawRoundedRect(rect, 3, 3)
                painter.setPen(QColor("#ffffff"))
                painter.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignmentFlag.AlignVCenter, bar.label)
        painter.end()
