"""Live learning curves: mean return with its min–max band and the 'solved' line; a second chart."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.events import IterationResult
from desktop.core.games import DEFAULT_GAME, GameSpec, game
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.gui.i18n import core_text

# The choice (as the list shows it) -> the IterationResult field and the axis title; translated when shown.
X_AXES = {
    QT_TRANSLATE_NOOP("ChartsPanel", "Iterations"): ("iteration", QT_TRANSLATE_NOOP("ChartsPanel", "iteration")),
    QT_TRANSLATE_NOOP("ChartsPanel", "Environment steps"): ("timesteps", QT_TRANSLATE_NOOP("ChartsPanel", "environment steps")),
    QT_TRANSLATE_NOOP("ChartsPanel", "Wall time (s)"): ("time_total_s", QT_TRANSLATE_NOOP("ChartsPanel", "seconds")),
}
SECOND = {
    QT_TRANSLATE_NOOP("ChartsPanel", "Episode length"): "episode_len_mean",
    QT_TRANSLATE_NOOP("ChartsPanel", "Policy loss"): "policy_loss",
    QT_TRANSLATE_NOOP("ChartsPanel", "Value loss"): "vf_loss",
    QT_TRANSLATE_NOOP("ChartsPanel", "Entropy"): "entropy",
    QT_TRANSLATE_NOOP("ChartsPanel", "KL divergence"): "kl",
}

NICE = (1, 1.5, 2, 3, 4, 5, 6, 8, 10)


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.5, 2, 3, 4, 5, 6, 8 times a power of ten that is >= value (0 for value <= 0)."""
    if not value > 0 or not math.isfinite(value):
        return 0.0
    power = 10.0 ** math.floor(math.log10(value))
    ceiling = next((m * power for m in NICE if m * power >= value * (1 - 1e-9)), value)
    return ceiling if math.isfinite(ceiling) else value  # at the ends of floats' range, the value itself


def nice_range(values: np.ndarray, at_least: float = 0.0) -> tuple[float, float] | None:
    """Axis bounds that hold the values and change in a few steps as they grow (0 is always in)."""
    finite = values[np.isfinite(values)]
    if not len(finite):
        return None
    low, high = 0.0 - nice_ceiling(-float(finite.min())), nice_ceiling(max(float(finite.max()), at_least))
    return (low, high) if high > low else (low, low + 1)


class ChartsPanel(QWidget):
    """Two pyqtgraph plots with one persistent curve per series, updated with setData."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, background="w", foreground="#333")
        self.results: list[IterationResult] = []
        self._labels: tuple[str, str] = ("", "")
        self._x_range: tuple[float, float] | None = None
        self._y_range: tuple[float, float] | None = None
        self.x_axis = QComboBox()
        for name in X_AXES:
            self.x_axis.addItem(self.tr(name), name)
        self.x_axis.setToolTip(self.tr("What the horizontal axis counts."))
        self.x_axis.currentIndexChanged.connect(self.redraw)
        self.second = QComboBox()
        for name in SECOND:
            self.second.addItem(self.tr(name), name)
        self.second.setToolTip(self.tr("What the lower chart shows: how long games last, or what the learner is minimising."))
        self.second.currentIndexChanged.connect(self.redraw)

        self.reward_plot = pg.PlotWidget()
        # pyqtgraph's grid cost ~60 ms a redraw (a stall every iteration): a few light lines do instead.
        self.grid_lines = [pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen("#e6e6e6", width=1)) for _ in range(5)]
        for line in self.grid_lines:
            self.reward_plot.addItem(line)
        self.reward_plot.setXRange(0, 10)
        self.reward_plot.setLabel("left", self.tr("return"))
        self.min_curve = self.reward_plot.plot(pen=pg.mkPen("#9ec5e8", width=1))
        self.max_curve = self.reward_plot.plot(pen=pg.mkPen("#9ec5e8", width=1))
        self.band = pg.FillBetweenItem(self.min_curve, self.max_curve, brush=pg.mkBrush(30, 120, 200, 50))
        self.reward_plot.addItem(self.band)
        self.mean_curve = self.reward_plot.plot(
            pen=pg.mkPen("#1565c0", width=3), symbol="o", symbolSize=5, symbolBrush="#1565c0", connect="finite"
        )
        self.target_line = pg.InfiniteLine(
            pos=0, angle=0, pen=pg.mkPen("#2e7d32", width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
            label=self.tr("solved"),
            # The label starts just right of the axis (centred, a long "target (-100)" ran off the chart's left edge).
            labelOpts={"position": 0.02, "anchors": [(0, 0), (0, 1)], "color": "#2e7d32"},
        )
        self.reward_plot.addItem(self.target_line)
        self.spec: GameSpec = game(DEFAULT_GAME)
        self.set_game(self.spec)

        self.second_plot = pg.PlotWidget()
        self.second_curve = self.second_plot.plot(pen=pg.mkPen("#ef6c00", width=2), connect="finite")

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("x-axis:")))
        controls.addWidget(self.x_axis)
        controls.addStretch(1)
        controls.addWidget(QLabel(self.tr("lower chart:")))
        controls.addWidget(self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.reward_plot, 3)
        layout.addWidget(self.second_plot, 2)
        self.redraw()

    def set_presenter(self, on: bool) -> None:
        """Thick lines and big labels for a projector; the lower chart steps aside."""
        scale = 2 if on else 1
        self.mean_curve.setPen(pg.mkPen("#1565c0", width=3 * scale))
        self.mean_curve.setSymbolSize(5 * scale)
        self.target_line.setPen(pg.mkPen("#2e7d32", width=2 * scale, style=pg.QtCore.Qt.PenStyle.DashLine))
        font = QFont()
        font.setPointSize(16 if on else 9)
        for name in ("left", "bottom"):
            self.reward_plot.getAxis(name).setTickFont(font)
        self.reward_plot.setTitle(self.reward_plot.plotItem.titleLabel.text, size="20pt" if on else "11pt")
        self.second_plot.setVisible(not on)

    def set_game(self, spec: GameSpec) -> None:
        """The game's return range on the y-axis, its light grid and its solved line."""
        self.spec = spec
        name, note = core_text("Games", spec.name), core_text("Games", spec.reward_note)
        self.reward_plot.setTitle(self.tr("Mean episode return — {0}").format(name) if spec.has_picture else self.tr("Mean episode return"))
        self.reward_plot.setToolTip(self.tr("The return is the score of one game: {0}.").format(note) if note else "")
        if spec.has_picture:
            low, high = spec.min_return, spec.max_return
            for i, line in enumerate(self.grid_lines):
                line.setValue(low + (high - low) * (i + 1) / len(self.grid_lines))
                line.setVisible(True)
            self.reward_plot.setYRange(low - 0.03 * (high - low), high + 0.04 * (high - low), padding=0)
            self.set_target(spec.solved_return, self.tr("solved ({0:g})").format(spec.solved_return))
        else:
            for line in self.grid_lines:
                line.setVisible(False)
            self.reward_plot.enableAutoRange(axis="y")
            self.set_target(None)

    def set_target(self, target: float | None, label: str | None = None) -> None:
        self.target_line.setVisible(target is not None)
        if target is not None:
            self.target_line.setValue(target)
            self.target_line.label.setFormat(label or self.tr("target ({0:g})").format(target))

    def clear(self) -> None:
        self.results = []
        self.redraw()

    def set_results(self, results: list[IterationResult]) -> None:
        self.results = list(results)
        self.redraw()

    def add(self, result: IterationResult) -> None:
        # A resumed run repeats iterations after its checkpoint: the newest row wins.
        self.results = [r for r in self.results if r.iteration < result.iteration] + [result]
        self.redraw()

    def series(self, field: str) -> np.ndarray:
        return np.array([getattr(r, field) for r in self.results], dtype=float)

    def redraw(self) -> None:
        x_field, x_label = X_AXES[self.x_axis.currentData()]
        x = self.series(x_field)
        mean = self.series("episode_return_mean")
        low, high = self.series("episode_return_min"), self.series("episode_return_max")
        band = np.isfinite(low) & np.isfinite(high)
        # An iteration in which no game ended has no return: the line joins the iterations that have one.
        known = np.isfinite(mean)
        self.mean_curve.setData(x[known], mean[known])
        self.min_curve.setData(x[band], low[band])
        self.max_curve.setData(x[band], high[band])
        second = self.second.currentData()
        values = self.series(SECOND[second])
        self.second_curve.setData(x, values)
        # Axes grow in steps (10, 15, 20, 30, 40, ...), not with every point: redrawing the axes' ticks
        # was most of each update's cost, and a zoom the user set holds until that axis's next step.
        x_range, y_range = nice_range(x, at_least=10), nice_range(values)
        if x_range is not None and x_range != self._x_range:
            for plot in (self.reward_plot, self.second_plot):
                plot.setXRange(*x_range, padding=0.02)
        if y_range is not None and y_range != self._y_range:
            self.second_plot.setYRange(*y_range, padding=0.05)
        self._x_range, self._y_range = x_range, y_range
        if (x_label, second) != self._labels:  # labels are HTML items: set them only when they change
            self._labels = (x_label, second)
            self.reward_plot.setLabel("bottom", self.tr(x_label))
            self.second_plot.setTitle(self.tr(second))
            self.second_plot.setLabel("bottom", self.tr(x_label))

    def latest_return(self) -> float:
        finite = [r.episode_return_mean for r in self.results if not math.isnan(r.episode_return_mean)]
        return finite[-1] if finite else math.nan
