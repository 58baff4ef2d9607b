"""The learning-curve charts: axes that grow in a few steps instead of with every point."""

from __future__ import annotations

import numpy as np

from desktop.core.events import IterationResult
from desktop.gui.panels.charts import ChartsPanel, nice_ceiling, nice_range


def test_nice_bounds():
    assert [nice_ceiling(v) for v in (1, 7, 10, 11, 16, 41, 32122, 0.013)] == [1, 8, 10, 15, 20, 50, 40000, 0.015]
    assert nice_range(np.array([-0.02, 0.01, np.nan])) == (-0.02, 0.01)
    assert nice_range(np.array([np.nan])) is None and nice_range(np.array([0.0])) == (0.0, 1.0)


def test_axes_step_and_hold_the_data(qtbot):
    panel = ChartsPanel()
    qtbot.addWidget(panel)
    uppers = []
    for i in range(1, 23):
        length = 20.0 * i
        panel.add(IterationResult(i, 1000 * i, length, length / 2, length * 1.5, length, 3, 0.5, 0.4 * i))
        (x_low, x_high), (y_low, y_high) = panel.second_plot.viewRange()
        assert x_low <= 0 and x_high >= i and y_low <= 0 and y_high >= length
        assert panel.reward_plot.viewRange()[0] == [x_low, x_high]
        uppers.append(x_high)
    assert len(set(uppers)) == 4  # 22 iterations, four x axes: 0-10, 0-15, 0-20 and 0-30
    assert uppers[10] == uppers[14]  # 11..15 share the 0-15 axis
