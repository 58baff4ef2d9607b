"""The Runs list keeps up with checkpoints without rebuilding itself while hidden."""

from __future__ import annotations

from desktop.core.settings import QUICK
from desktop.core.store import RunStore
from desktop.gui.panels.runs import RunsPanel


def test_a_hidden_list_refreshes_when_shown(qtbot):
    store = RunStore()
    panel = RunsPanel(store)
    qtbot.addWidget(panel)
    store.create_run(QUICK)
    panel.refresh_if_shown()  # hidden: nothing rebuilt yet
    assert panel.tree.topLevelItemCount() == 0
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.tree.topLevelItemCount() == 1
    store.create_run(QUICK.replace(seed=2))
    panel.refresh_if_shown()  # on screen: at once
    assert panel.tree.topLevelItemCount() == 2
