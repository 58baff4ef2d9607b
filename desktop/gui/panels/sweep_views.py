"""What a sweep looks like while it runs: Tune's trials table and every trial's learning curve on one chart."""

from __future__ import annotations

import math
from collections import Counter

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sweep_table import SweepTable, TrialRow

STATUS_COLORS = {
    "RUNNING": "#1565c0", "PENDING": "#757575", "PAUSED": "#757575", "TERMINATED": "#2e7d32",
    "STOPPED EARLY": "#ef6c00", "ERROR": "#c62828",
}
CURVE_COLORS = ["#5c6bc0", "#26a69a", "#ab47bc", "#8d6e63", "#ec407a", "#78909c", "#9ccc65", "#29b6f6"]
BEST_COLOR = "#d32f2f"


# A status only sweeps show; the status table above the charts translates the others.
STOPPED_EARLY = QT_TRANSLATE_NOOP("StatusTable", "STOPPED EARLY")


def gui_order(cells: list[str]) -> list[str]:
    """Tune's columns with the location moved to the end: the numbers stay in view in a narrow centre."""
    return [*cells[:2], *cells[3:], cells[2]]


def short_name(name: str) -> str:
    """Tune's 'PPO_CartPole-v1_5adcf_00001' as 'PPO_5adcf_00001' (the full name is in the tooltip)."""
    parts = name.split("_")
    return "_".join([parts[0], *parts[-2:]]) if len(parts) > 3 else name


class SweepView(QWidget):
    """The centre of the window during a sweep: a Tune-like status table above an overlay chart."""

    watch_requested = Signal(str)  # trial id: play its latest policy
    watch_checkpoint_requested = Signal(str)  # trial id: play its last checkpoint
    continue_requested = Signal(str)  # trial id: copy it into the runs and train on

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = SweepTable([])
        self._curves: dict[str, pg.PlotDataItem] = {}
        self._marks: dict[str, pg.ScatterPlotItem] = {}
        self.title = QLabel(self.tr("No sweep yet: define one on the left and press Start sweep."))
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.counts = QLabel("")
        self.grid = QTableWidget(0, 0)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setVisible(False)
        small = self.grid.font()
        small.setPointSizeF(small.pointSizeF() - 1)  # Tune's table is wide; the window's centre is not
        self.grid.setFont(small)
        self.grid.horizontalHeader().setFont(small)
        self.grid.setStyleSheet("QTableWidget::item { padding: 0px 1px; }")
        self.grid.setToolTip(self.tr("One row per trial: one PPO training with one combination of the settings. "
                                     "The columns are Ray Tune's own, as it prints them."))
        self.grid.itemSelectionChanged.connect(self._on_grid_selection_changed)
        self.watch_button = QPushButton(self.tr("Watch this trial"))
        self.watch_button.setToolTip(self.tr("The selected trial's newest policy plays in the simulator, updated as it learns."))
        self.checkpoint_button = QPushButton(self.tr("Watch its checkpoint"))
        self.checkpoint_button.setToolTip(self.tr("Play the last checkpoint Tune saved for the selected trial."))
        self.continue_button = QPushButton(self.tr("Continue as a training run"))
        self.continue_button.setToolTip(self.tr("Copy the trial's checkpoint into your runs and keep training it on the Train tab."))
        for button, signal in (
            (self.watch_button, self.watch_requested),
            (self.checkpoint_button, self.watch_checkpoint_requested),
            (self.continue_button, self.continue_requested),
        ):
            button.clicked.connect(lambda _=False, s=signal: self.selected() and s.emit(self.selected()))
        buttons = QHBoxLayout()
        for button in (self.watch_button, self.checkpoint_button, self.continue_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.plot = pg.PlotWidget(title=self.tr("Mean episode return of every trial"))
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.plot.setLabel("bottom", self.tr("iteration"))
        self.plot.setLabel("left", self.tr("return"))
        self.plot.enableAutoRange(axis="y")  # every game has its own range of returns
        self.legend = self.plot.addLegend(offset=(8, 8))
        key = QLabel(self.tr("Thick red: the best trial so far. Dashed, with ✕: stopped early by ASHA."))
        key.setStyleSheet("color: #666")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.grid, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.plot, 3)
        layout.addWidget(key)
        self._on_grid_selection_changed()

    def show_table(self, table: SweepTable, title: str) -> None:
        """Start over with a (new or saved) sweep's table."""
        self.table = table
        self.title.setText(title)
        for curve in self._curves.values():
            self.plot.removeItem(curve)
        for mark in self._marks.values():
            self.plot.removeItem(mark)
        self.legend.clear()
        self._curves, self._marks = {}, {}
        self.grid.clearContents()
        self.grid.setColumnCount(len(table.headers()))
        # Tune's columns, in the words of the status table above the charts (its own translations), "loc" and "time" besides.
        words = {"loc": QT_TRANSLATE_NOOP("SweepView", "loc"), "total time (s)": QT_TRANSLATE_NOOP("SweepView", "time (s)")}
        self.grid.setHorizontalHeaderLabels([
            self.tr(words[h]) if h in words else QCoreApplication.translate("StatusTable", h) for h in gui_order(table.headers())
        ])
        self.redraw()

    def selected(self) -> str:
        rows = self.grid.selectionModel().selectedRows() if self.grid.selectionModel() else []
        if not rows:
            return ""
        item = self.grid.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else ""

    def redraw(self) -> None:
        rows = self.table.rows()
        best = self.table.best()
        statuses = Counter(r.shown_status for r in self.table.trials.values())
        inside = self.tr(", ").join(f"{n} {QCoreApplication.translate('StatusTable', status)}" for status, n in sorted(statuses.items()))
        self.counts.setText(self.tr("Number of trials: {0}").format(len(self.table.trials)) + (self.tr(" ({0})").format(inside) if inside else ""))
        keep = self.selected()
        self.grid.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self._fill_row(r, row, best is row)
            if row.trial_id == keep:
                self.grid.selectRow(r)
        self.grid.resizeColumnsToContents()
        for i, row in enumerate(rows):
            self._draw_curve(i, row, best is row)
        for sample, _ in self.legend.items:  # the legend's line samples follow their curve's new pen
            sample.update()
        longest = max((it for row in rows for it, _ in row.returns), default=0)
        self.plot.setXRange(0, max(longest, 2), padding=0.02)

    def _fill_row(self, r: int, row: TrialRow, is_best: bool) -> None:
        bold = QFont(self.grid.font())
        bold.setBold(is_best)
        for c, text in enumerate(gui_order(self.table.cells(row))):
            item = self.grid.item(r, c)
            if item is None:
                item = QTableWidgetItem()
                self.grid.setItem(r, c, item)
            item.setText(short_name(text) if c == 0 else QCoreApplication.translate("StatusTable", text) if c == 1 else text)
            item.setFont(bold)
            item.setData(Qt.ItemDataRole.UserRole, row.trial_id)
            if c == 1:
                item.setForeground(QBrush(QColor(STATUS_COLORS.get(row.shown_status, "#333"))))
            if 2 + len(self.table.param_names) <= c < len(self.table.headers()) - 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        name_item = self.grid.item(r, 0)
        assert name_item is not None  # made by the loop above
        name_item.setToolTip(self.tr("{0}: the best trial so far").format(row.name) if is_best else row.name)

    def _draw_curve(self, i: int, row: TrialRow, is_best: bool) -> None:
        xs = [float(it) for it, _ in row.returns]
        ys = [v for _, v in row.returns]
        curve = self._curves.get(row.trial_id)
        if curve is None:
            label = short_name(row.name) + ": " + ", ".join(self.table.cells(row)[3:3 + len(self.table.param_names)])
            curve = self.plot.plot(name=label, connect="finite")
            self._curves[row.trial_id] = curve
        color = BEST_COLOR if is_best else CURVE_COLORS[i % len(CURVE_COLORS)]
        style = Qt.PenStyle.DashLine if row.early_stopped else Qt.PenStyle.SolidLine
        curve.setPen(pg.mkPen(color, width=4 if is_best else 2, style=style))
        curve.setZValue(10 if is_best else 1)
        curve.setData(xs, ys)
        finite = [(x, y) for x, y in zip(xs, ys, strict=True) if not math.isnan(y)]
        mark = self._marks.get(row.trial_id)
        if row.early_stopped and finite:
            if mark is None:
                mark = pg.ScatterPlotItem(symbol="x", size=14, pen=pg.mkPen("#ef6c00", width=2), brush="#ef6c00")
                self.plot.addItem(mark)
                self._marks[row.trial_id] = mark
            mark.setData([finite[-1][0]], [finite[-1][1]])

    def _on_grid_selection_changed(self) -> None:
        trial_id = self.selected()
        row = self.table.trials.get(trial_id)
        self.watch_button.setEnabled(bool(row and row.returns))
        self.checkpoint_button.setEnabled(bool(row and row.checkpoint))
        self.continue_button.setEnabled(bool(row and row.checkpoint))
