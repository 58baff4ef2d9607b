"""The Sweep tab, offscreen, fed with the events a SweepRun sends (no Ray needed)."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt

from desktop.core.events import IterationResult, PolicyWeights, RunFinished
from desktop.core.store import RunStore, save_policy
from desktop.core.sweep_store import SweepRecorder, TrialUpdate
from desktop.core.sweep_table import SweepTable
from desktop.engine.driver import DriverMessage
from desktop.gui.main_window import MainWindow
from tests.unit.test_sim import mlp_weights


@pytest.fixture
def window(qtbot):
    w = MainWindow(RunStore())
    qtbot.addWidget(w)
    w.show()
    yield w
    w._shutdown()


def result(trial, iteration, reward):
    return IterationResult(iteration, 1000 * iteration, reward, 0, 0, 20, 3, 1.0, 1.5 * iteration, trial_id=trial)


def test_the_tab_defines_a_sweep_and_refuses_mistakes(window):
    panel = window.sweep
    window.left_tabs.setCurrentWidget(panel)
    assert panel.view.isVisible() and not window.charts.isVisible()
    assert panel.summary.text().startswith("6 trials (hidden: 32 | 64,64; lr: 0.0003 | 0.001 | 0.003), ASHA")
    panel.scheduler.setCurrentIndex(1)
    panel.search.setCurrentIndex(1)
    panel.edits["lr"].setText("0.00001..0.001")
    assert "from 1e-05 to 0.001 (log-uniform)" in panel.summary.text() and "FIFO" in panel.summary.text()
    panel.edits["lr"].setText("0.1::0.2")
    assert "empty value" in panel.summary.text() and not panel.start_button.isEnabled()
    panel.edits["lr"].setText("0.001")
    panel._on_start_clicked()
    assert "Ray is still starting" in panel.message.text()
    assert "storage that every node shares" in " ".join(label.text() for label in panel.findChildren(type(panel.summary)))
    window.left_tabs.setCurrentWidget(window.training)
    assert window.charts.isVisible() and not panel.view.isVisible()



def test_the_form_offers_only_the_chosen_algorithms_settings(window):
    window.training.choose_game("MountainCar-v0")
    window.training.algorithm.setCurrentIndex(window.training.algorithm.findData("DQN"))
    assert window.training.settings().algorithm == "DQN"
    panel = window.sweep
    window.left_tabs.setCurrentWidget(panel)
    shown = {name for name, box in panel.checks.items() if box.isVisibleTo(panel)}
    assert {"hidden", "lr", "train_batch", "target_update", "gamma"} <= shown
    assert not shown & {"minibatch", "epochs", "entropy_coeff", "tau"}
    panel.checks["target_update"].setChecked(True)
    assert panel.summary.text().startswith("12 trials") and "target_update: 250 | 1000" in panel.summary.text()
    assert panel.start_button.isEnabled()
    assert "is a PPO setting" not in panel.summary.text()
    window.left_tabs.setCurrentWidget(window.training)
    window.training.choose_game("CartPole-v1")
    window.left_tabs.setCurrentWidget(panel)
    assert panel.checks["epochs"].isVisibleTo(panel) and not panel.checks["target_update"].isVisibleTo(panel)


def test_live_trials_table_overlay_chart_and_watching_a_trial(window, qtbot):
    panel = window.sweep
    window.left_tabs.setCurrentWidget(panel)
    spec = panel.spec()
    record = panel.store.create(spec)
    recorder = SweepRecorder(record)
    checkpoint = record.folder / "t1" / "checkpoint_000002"  # a trial's checkpoint, in the sweep's own folder
    checkpoint.mkdir(parents=True)
    save_policy(checkpoint, mlp_weights(seed=2))
    panel.record = record
    panel.view.show_table(SweepTable(["hidden", "lr"]), "Sweep")
    events = [
        TrialUpdate("t0", "PPO_CartPole-v1_abc_00000", "RUNNING", {"hidden": [32], "lr": 0.0003}, "127.0.0.1:11"),
        TrialUpdate("t1", "PPO_CartPole-v1_abc_00001", "RUNNING", {"hidden": [64, 64], "lr": 0.0003}, "127.0.0.1:12"),
        result("t0", 1, 20.0), result("t1", 1, 25.0), result("t0", 2, 60.0), result("t1", 2, math.nan),
        PolicyWeights(2, mlp_weights(), "t0"),
        TrialUpdate("t1", "PPO_CartPole-v1_abc_00001", "TERMINATED", iteration=2, early_stopped=True,
                    checkpoint=str(checkpoint), checkpoint_iteration=2),
    ]
    recorder.handle(events)
    window.bridge.deliver(DriverMessage("sweep_events", events))
    qtbot.waitUntil(lambda: panel.view.grid.rowCount() == 2, timeout=3000)
    grid = panel.view.grid
    cells = [[grid.item(r, c).text() for c in range(grid.columnCount())] for r in range(2)]
    assert cells[0] == ["PPO_abc_00000", "RUNNING", "32", "0.0003", "2", "3.0", "2000", "60.0", "127.0.0.1:11"]
    assert cells[1][1] == "STOPPED EARLY" and cells[1][2] == "64,64"
    assert grid.item(0, 0).font().bold() and not grid.item(1, 0).font().bold()  # the best trial
    assert len(panel.view._curves) == 2 and list(panel.view._marks) == ["t1"]
    assert "trials: 2" in panel.view.counts.text() and "1 STOPPED EARLY" in panel.view.counts.text()

    assert window.simulator.live_label.startswith("Best so far: Sweep trial 00000")  # none chosen: the best plays
    grid.selectRow(0)
    assert panel.view.watch_button.isEnabled() and not panel.view.continue_button.isEnabled()
    panel.view.watch_button.click()
    assert window.simulator.policy_label.startswith("Sweep trial 00000 (hidden=32, lr=0.0003), iteration 2")
    window.bridge.deliver(DriverMessage("sweep_events", [PolicyWeights(3, mlp_weights(seed=1), "t0")]))
    assert window.simulator.live_label.endswith("iteration 3")  # the watched trial keeps playing its newest policy

    grid.selectRow(1)
    assert panel.view.continue_button.isEnabled()
    panel.view.checkpoint_button.click()  # its policy.npz plays at once, three episodes
    assert window.simulator.policy_label.startswith("Sweep trial 00001") and window.simulator.episodes_left == 3
    finished = [RunFinished("stopped")]
    recorder.handle(finished)
    window.bridge.deliver(DriverMessage("sweep_events", finished))
    assert "Resume" in panel.message.text()
    panel.refresh()
    items = [panel.sweeps.item(i) for i in range(panel.sweeps.count())]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in items] == [record.id]
    panel.sweeps.setCurrentItem(items[0])
    assert panel.resume_button.isEnabled()  # an interrupted sweep can be resumed
    panel._on_resume_clicked()
    assert "Ray is still starting" in panel.message.text()

    grid.selectRow(1)
    with qtbot.waitSignal(panel.trial_adopted) as adopted:
        panel.view.continue_button.click()  # the trial becomes a run; the window resumes it (once Ray is ready)
    run = RunStore().get(adopted.args[0])
    assert run.info["parent"].endswith("PPO_CartPole-v1_abc_00001") and [c.iteration for c in run.checkpoints()] == [2]
    assert "Ray is still starting" in window.runs.message.text()
