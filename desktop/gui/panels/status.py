"""A status table like Ray Tune's: run name, status, iteration, time, timesteps, reward, steps/s."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop.core.events import IterationResult
from desktop.core.i18n import QT_TRANSLATE_NOOP

# Ray Tune's own column names (the code finds cells by them); the header shows them translated.
COLUMNS = ["Trial name", "status", "iter", "total time (s)", "ts", "reward", "steps/s"]
HEADERS = [
    QT_TRANSLATE_NOOP("StatusTable", "Trial name"), QT_TRANSLATE_NOOP("StatusTable", "status"),
    QT_TRANSLATE_NOOP("StatusTable", "iter"), QT_TRANSLATE_NOOP("StatusTable", "total time (s)"),
    QT_TRANSLATE_NOOP("StatusTable", "ts"), QT_TRANSLATE_NOOP("StatusTable", "reward"),
    QT_TRANSLATE_NOOP("StatusTable", "steps/s"),
]
# Ray Tune's statuses, shown in the window's language.
STATUSES = {
    "PENDING": QT_TRANSLATE_NOOP("StatusTable", "PENDING"), "RUNNING": QT_TRANSLATE_NOOP("StatusTable", "RUNNING"),
    "PAUSED": QT_TRANSLATE_NOOP("StatusTable", "PAUSED"), "TERMINATED": QT_TRANSLATE_NOOP("StatusTable", "TERMINATED"),
    "ERROR": QT_TRANSLATE_NOOP("StatusTable", "ERROR"), "STOPPING": QT_TRANSLATE_NOOP("StatusTable", "STOPPING"),
    "BUILDING": QT_TRANSLATE_NOOP("StatusTable", "BUILDING"), "INTERRUPTED": QT_TRANSLATE_NOOP("StatusTable", "INTERRUPTED"),
    "FINISHED": QT_TRANSLATE_NOOP("StatusTable", "FINISHED"), "idle": QT_TRANSLATE_NOOP("StatusTable", "idle"),
}


class StatusTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(1, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setMaximumHeight(70)
        self.name = ""
        self.status = "idle"
        self.result: IterationResult | None = None
        self._fill()

    def set_run(self, name: str, status: str) -> None:
        self.name, self.status, self.result = name, status, None
        self._fill()

    def set_status(self, status: str) -> None:
        self.status = status
        self._fill()

    def set_result(self, result: IterationResult) -> None:
        self.result = result
        self._fill()

    def cell(self, column: str) -> str:
        item = self.item(0, COLUMNS.index(column))
        return item.text() if item else ""

    def _fill(self) -> None:
        r = self.result
        status = self.tr(STATUSES[self.status]) if self.status in STATUSES else self.status
        values = [self.name or "—", status, "", "", "", "", ""]
        if r is not None:
            values[2:] = [
                str(r.iteration),
                f"{r.time_total_s:.1f}",
                str(r.timesteps),
                "—" if math.isnan(r.episode_return_mean) else f"{r.episode_return_mean:.1f}",
                "—" if math.isnan(r.steps_per_second) else f"{r.steps_per_second:,.0f}",
            ]
        for column, value in enumerate(values):
            self.setItem(0, column, QTableWidgetItem(value))
