"""TrainingController: starts, resumes, pauses and stops the training run, and shows what the bridge reports.

The window builds it and wires the Train and Runs panels' requests to it; it connects to the
bridge's training signals itself. Its sentences keep the "MainWindow" translation context
they had when they lived in main_window.py, so the translations still find them.
"""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop.core.errors import UserError
from desktop.core.events import IterationResult, PolicyWeights, RunFailed, RunFinished
from desktop.core.resume import plan_resume
from desktop.core.settings import TrainingSettings, validate
from desktop.core.store import RunRecord
from desktop.gui import window_state
from desktop.gui.i18n import error_text, sentence_text
from desktop.sim.policy import PolicyError, policy_for

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

log = logging.getLogger("desktop.gui")
PANEL_STATE = {"building": "starting", "running": "running", "paused": "paused", "stopping": "stopping"}


class TrainingController(QObject):
    """One training run at a time: from the Train tab (start) or the Runs tab (resume), until it ends."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.bridge = window.bridge
        self.record: RunRecord | None = None  # the run training now, or the last one
        bridge = self.bridge
        bridge.iteration_finished.connect(self._on_bridge_iteration_finished)
        bridge.policy_updated.connect(self._on_bridge_policy_updated)
        bridge.status_changed.connect(self._on_bridge_status_changed)
        bridge.checkpoint_saved.connect(self._on_bridge_checkpoint_saved)
        bridge.run_ended.connect(self._on_bridge_run_ended)

    def _begin(self, settings: TrainingSettings, record: RunRecord, start: int = 0) -> None:
        w = self.window
        log.info("run %s starts at iteration %d with %s", record.id, start, settings.to_dict())
        self.record = record
        w.set_game(settings.env)
        w.charts.set_target(settings.target_return)
        w.status_table.set_run(record.info.get("name", record.id), "PENDING")
        w.training.set_state("starting")
        w.training.show_error("")
        w.runs.set_busy(True)

    def start(self, _: object = None) -> None:
        """Train with the Train tab's settings as a new run."""
        w = self.window
        if self.bridge.training or w.closing:
            return
        if not self.bridge.ready:
            w.training.show_error(QCoreApplication.translate("MainWindow", "Ray is still starting; training can begin in a moment."))
            return
        if w.sweep.running:
            w.training.show_error(QCoreApplication.translate("MainWindow", "A sweep is running and needs Ray's CPUs; stop it first (Sweep tab)."))
            return
        try:
            settings = w.training.settings(self.bridge.available_cpus())
            record = w.store.create_run(settings)
        except UserError as exc:
            w.training.show_error(error_text(exc))
            return
        w.charts.clear()
        self._begin(settings, record)
        w.preferences.last_settings = settings.to_dict()
        window_state.save_preferences(w.preferences)
        self.bridge.start_training(settings, record, keep_checkpoints=w.preferences.keep_checkpoints)

    def resume(self, spec: str) -> None:
        """Continue a run (its id, or a checkpoint folder) from its latest checkpoint."""
        w = self.window
        if self.bridge.training or w.closing:
            return
        if not self.bridge.ready:
            w.runs.message.setText(QCoreApplication.translate("MainWindow", "Ray is still starting; resume in a moment."))
            return
        if w.sweep.running:
            w.runs.message.setText(QCoreApplication.translate("MainWindow", "A sweep is running and needs Ray's CPUs; stop it first (Sweep tab)."))
            return
        try:
            _, checkpoint = w.store.resolve(spec)
            if not w.checkpoints.consent(checkpoint):
                return
            plan = plan_resume(w.store, spec, extend=True)
            settings = validate(plan.record.settings, self.bridge.available_cpus())
        except UserError as exc:
            w.runs.message.setText(error_text(exc))
            return
        w.runs.message.setText(QCoreApplication.translate("MainWindow", "Continuing {0} from iteration {1}.").format(plan.record.id, plan.start_iteration))
        w.charts.set_results([m for m in plan.record.metrics() if m.iteration <= plan.start_iteration])
        self._begin(settings, plan.record, plan.start_iteration)
        self.bridge.start_training(settings, plan.record, plan, keep_checkpoints=w.preferences.keep_checkpoints)
        w.left_tabs.setCurrentWidget(w.training)

    def stop(self) -> None:
        if self.bridge.training:
            self.bridge.stop()
            self.window.training.set_state("stopping")

    # -- what the bridge reports about the run ------------------------------------------
    def _on_bridge_iteration_finished(self, result: IterationResult) -> None:
        self.window.charts.add(result)
        self.window.status_table.set_result(result)

    def _on_bridge_status_changed(self, status: str, message: str) -> None:
        w = self.window
        w.status_table.set_status(status.upper())
        w.training.set_state(PANEL_STATE.get(status, "running"))
        if message:
            w.statusBar().showMessage(message, 5000)

    def _on_bridge_checkpoint_saved(self, _folder: str, iteration: int) -> None:
        w = self.window
        w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Checkpoint saved at iteration {0}.").format(iteration), 5000)
        w.runs.refresh_if_shown()
        if self.record is not None:
            w.simulator_area.offer_run(self.record)

    def _on_bridge_policy_updated(self, event: PolicyWeights) -> None:
        w = self.window
        try:
            policy = policy_for(event.weights, w.simulator.spec.env_id)
        except PolicyError:
            return
        if event.iteration == 0:
            label = QCoreApplication.translate("MainWindow", "Untrained agent")
        else:
            label = QCoreApplication.translate("MainWindow", "Current policy after iteration {0}").format(event.iteration)
        reward = w.charts.latest_return()
        if not math.isnan(reward) and event.iteration:
            label += QCoreApplication.translate("MainWindow", " (mean return {0:.0f})").format(reward)
        w.simulator_area.update_live_policy(policy, label)

    def _on_bridge_run_ended(self, event: RunFinished | RunFailed) -> None:
        w = self.window
        if isinstance(event, RunFailed):
            log.error("run %s failed: %s\n%s", self.record.id if self.record else "?", event.reason, event.traceback)
        else:
            log.info("run %s finished: %s", self.record.id if self.record else "?", event.reason)
        if isinstance(event, RunFinished):
            w.status_table.set_status("TERMINATED")
            w.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Training finished: {0}.").format(sentence_text(event.reason)), 10000)
        else:
            w.status_table.set_status("ERROR")
            w.training.show_error(event.reason)
        w.training.set_state("idle")
        w.runs.set_busy(False)
        w.runs.refresh()
        if w.closing:
            QTimer.singleShot(0, w, w.close)
