"""The Sweep tab: define a Ray Tune sweep, start / stop / resume it, list saved sweeps, watch any trial.

The definition sits beside Train and Runs; while the tab is open the centre of the
window shows the sweep's trials table and chart (`SweepView`). Every Ray call goes
through the bridge (`start_sweep`, `stop_sweep`); what a trial plays, and a trial
adopted as a run, go out as signals the window wires.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.events import PolicyWeights, RunFailed, RunFinished
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.settings import QUICK, TrainingSettings
from desktop.core.store import RunStore
from desktop.core.sweep_spec import SweepSpec, build_spec, validate_spec
from desktop.core.sweep_store import SweepRecord, SweepStore, params_text
from desktop.core.sweep_table import SweepTable
from desktop.core.trust import UntrustedCheckpoint
from desktop.gui.bridge import EngineBridge
from desktop.gui.i18n import error_text, sentence_text
from desktop.gui.panels.sweep_form import SweepForm
from desktop.gui.panels.sweep_views import SweepView
from desktop.sim.policy import PolicyError, policy_for

SHARED_STORAGE = QT_TRANSLATE_NOOP("SweepPanel", "Saved in {path}. On a cluster of several machines, Ray Tune needs this folder "
                                                 "on storage that every node shares.")


class SweepPanel(QWidget):
    """The left-hand Sweep tab; `attach(tabs, splitter)` also puts its SweepView in the window's centre.

    `consent(path)` asks the user whether to trust a checkpoint from outside the data folder;
    a trial continued as a run is written into `run_store`, then `trial_adopted(run_id)`."""

    policy_chosen = Signal(object, str)  # a trial's Policy to play now (the user picked it), its label
    policy_followed = Signal(object, str)  # newer weights of the trial playing (or of the best one), its label
    checkpoint_chosen = Signal(str, str)  # a trial's checkpoint folder to watch, its label
    trial_adopted = Signal(str)  # the id of the run a trial became: continue training it

    def __init__(self, bridge: EngineBridge, store: SweepStore, run_store: RunStore,
                 consent: Callable[[Path | str], bool],
                 base_settings: Callable[[], TrainingSettings] = lambda: QUICK, parent: QWidget | None = None):
        super().__init__(parent)
        self.bridge = bridge
        self.store = store
        self.run_store = run_store
        self.consent = consent
        self.base_settings = base_settings
        self.view = SweepView()
        self.record: SweepRecord | None = None
        self.weights: dict[str, PolicyWeights] = {}
        self.watched = ""
        self._dirty = False
        self._redraw = QTimer(self, interval=500)  # the table and the chart refresh at most twice a second
        self._redraw.timeout.connect(self._on_redraw_timeout)
        self._redraw.start()

        intro = QLabel(self.tr("Try several settings at once. Ray Tune trains one PPO agent per combination "
                               "(a trial), as many at once as Ray has CPUs, and compares them."))
        intro.setWordWrap(True)
        self.form = SweepForm()
        self.checks, self.edits = self.form.checks, self.form.edits
        self.search, self.samples = self.form.search, self.form.samples
        self.iterations, self.scheduler = self.form.iterations, self.form.scheduler
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start sweep"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop every trial now; the sweep can be resumed later."))
        self.resume_button = QPushButton(self.tr("Resume"))
        self.resume_button.setToolTip(self.tr("Finish the selected interrupted sweep; finished trials are not run again."))
        buttons = QHBoxLayout()
        for button in (self.start_button, self.stop_button, self.resume_button):
            buttons.addWidget(button)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.sweeps = QListWidget()
        self.sweeps.setToolTip(self.tr("Sweeps saved on this computer; select one to see its trials."))
        storage = QLabel(self.tr(SHARED_STORAGE).format(path=store.sweeps_dir))
        storage.setWordWrap(True)
        storage.setStyleSheet("color: #666")
        storage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Saved sweeps")))
        layout.addWidget(self.sweeps, 1)
        layout.addWidget(storage)

        self.form.changed.connect(self._on_form_changed)
        self.start_button.clicked.connect(self._on_start_clicked)
        self.stop_button.clicked.connect(self._on_stop_clicked)
        self.resume_button.clicked.connect(self._on_resume_clicked)
        self.sweeps.itemSelectionChanged.connect(self._on_sweeps_selection_changed)
        self.view.watch_requested.connect(self._on_view_watch_requested)
        self.view.watch_checkpoint_requested.connect(self._on_view_watch_checkpoint_requested)
        self.view.continue_requested.connect(self._on_view_continue_requested)
        bridge.sweep_updated.connect(self._on_bridge_sweep_updated)
        bridge.trial_policy_updated.connect(self._on_bridge_trial_policy_updated)
        bridge.sweep_status_changed.connect(self._on_bridge_sweep_status_changed)
        bridge.sweep_ended.connect(self._on_bridge_sweep_ended)
        store.mark_interrupted()
        self.refresh()
        self._on_form_changed()

    # -- placing it in the window ---------------------------------------------------------------
    def attach(self, tabs: QTabWidget, splitter: QSplitter) -> None:
        """Add the tab beside Train / Runs; while it is open the splitter's centre shows the trials."""
        tabs.addTab(self, self.tr("Sweep"))
        center = splitter.widget(1)
        assert center is not None  # the window's centre: status table and charts
        stack = QStackedWidget()
        splitter.replaceWidget(1, stack)
        stack.addWidget(center)
        stack.addWidget(self.view)
        center.show()

        def on_tab_changed(_: int) -> None:
            stack.setCurrentWidget(self.view if tabs.currentWidget() is self else center)
            if tabs.currentWidget() is self:  # the game or algorithm may have changed on the Train tab
                self.form.show_for(self.base_settings().algorithm)
                self._on_form_changed()

        tabs.currentChanged.connect(on_tab_changed)

    def start_when_ready(self) -> None:
        """Start the sweep as defined once Ray is ready (`rl-playground gui --start-sweep`)."""
        if self.bridge.ready:
            self._on_start_clicked()
        else:
            self.bridge.ray_ready.connect(lambda *_: QTimer.singleShot(0, self._on_start_clicked))

    # -- the definition --------------------------------------------------------------------------
    def spec(self) -> SweepSpec:
        """The sweep as defined in the form; raises a UserError with one sentence."""
        random = self.search.currentData() == "random"
        texts = self.form.texts()
        base = self.base_settings().replace(iterations=self.iterations.value())
        return build_spec(
            base, [] if random else texts, texts if random else [], self.samples.value() if random else None,
            self.scheduler.currentData(),
        )

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828" if error else "")
        self.message.setText(sentence_text(text))

    def _on_form_changed(self, *_: Any) -> None:
        self.samples.setEnabled(self.search.currentData() == "random")
        try:
            self.summary.setText(sentence_text(self.spec().describe()))
            self.start_button.setEnabled(not self.running)
        except UserError as exc:
            self.summary.setText(error_text(exc))
            self.start_button.setEnabled(False)

    @property
    def running(self) -> bool:
        return self.bridge.sweep_running

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self._on_sweeps_selection_changed()

    # -- start, stop, resume ------------------------------------------------------------------------
    def _can_start(self) -> bool:
        if not self.bridge.ready:
            self._say(self.tr("Ray is still starting; the sweep can begin in a moment."), error=True)
        elif self.bridge.training:
            self._say(self.tr("Training is running; stop it first, the trials need Ray's CPUs."), error=True)
        elif self.running:
            self._say(self.tr("A sweep is already running."), error=True)
        else:
            return True
        return False

    def _on_start_clicked(self) -> None:
        if not self._can_start():
            return
        try:
            spec = validate_spec(self.spec(), self.bridge.available_cpus())
            record = self.store.create(spec)
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return
        self._begin(record, SweepTable([p.name for p in spec.params]), resume=False)

    def _on_resume_clicked(self) -> None:
        item = self.sweeps.currentItem()
        if item is None or not self._can_start():
            return
        sweep_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            try:
                record = self.store.resumable(sweep_id)
            except UntrustedCheckpoint:
                if not self.consent(self.store.sweeps_dir / sweep_id):
                    return
                record = self.store.resumable(sweep_id, trusted_by_user=True)
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return
        self._begin(record, SweepTable.from_record(record), resume=True)

    def _begin(self, record: SweepRecord, table: SweepTable, resume: bool) -> None:
        self.record, self.weights, self.watched = record, {}, ""
        self.view.show_table(table, self.tr("Sweep {0}: {1}").format(record.id, record.info.get("description", "")))
        self.bridge.start_sweep(record.spec, record, resume=resume)
        self._set_running(True)
        self._say(self.tr("Resuming the sweep…") if resume else self.tr("Starting Ray Tune…"))
        self.refresh()

    def _on_stop_clicked(self) -> None:
        if self.running:
            self.bridge.stop_sweep()
            self.stop_button.setEnabled(False)
            self._say(self.tr("Stopping the trials; the sweep can be resumed later."))

    def _on_bridge_sweep_updated(self, events: list) -> None:
        self._dirty = self.view.table.apply(events) or self._dirty

    def _on_bridge_trial_policy_updated(self, event: PolicyWeights) -> None:
        self.weights[event.trial_id] = event
        self._follow(event.trial_id)

    def _on_bridge_sweep_status_changed(self, message: str) -> None:
        self._say(message)
        self.refresh()

    def _on_bridge_sweep_ended(self, event: RunFinished | RunFailed) -> None:
        best = self.view.table.best()
        if isinstance(event, RunFailed):
            text = event.reason
        elif event.reason == "stopped":
            text = self.tr("The sweep was stopped; select it below and press Resume to finish it.")
        else:
            text = self.tr("The sweep finished.") + (self.tr(" Best: {0} ({1}).").format(best.name, params_text(best.params)) if best else "")
        self._set_running(False)
        self._say(text, error=isinstance(event, RunFailed))
        self._dirty = True
        self.refresh()

    def _on_redraw_timeout(self) -> None:
        if self._dirty and self.view.isVisible():
            self._dirty = False
            self.view.redraw()

    # -- saved sweeps --------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.sweeps.currentItem().data(Qt.ItemDataRole.UserRole) if self.sweeps.currentItem() else None
        self.sweeps.blockSignals(True)
        self.sweeps.clear()
        for sweep in reversed(self.store.sweeps()):
            info = sweep.info
            status = QCoreApplication.translate("RunsPanel", str(info.get("status", "?")))
            item = QListWidgetItem(f"{sweep.id} — {status}\n{info.get('description', '')}")
            item.setData(Qt.ItemDataRole.UserRole, sweep.id)
            self.sweeps.addItem(item)
            if sweep.id == keep:
                self.sweeps.setCurrentItem(item)
        self.sweeps.blockSignals(False)
        self._on_sweeps_selection_changed()

    def _on_sweeps_selection_changed(self) -> None:
        item = self.sweeps.currentItem()
        record = self.store.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        status = record.info.get("status") if record else None
        self.resume_button.setEnabled(bool(record) and status in ("interrupted", "stopping") and not self.running)
        if record is not None and not self.running and (self.record is None or record.id != self.record.id):
            self.record = record
            self.view.show_table(SweepTable.from_record(record), self.tr("Sweep {0}: {1}").format(record.id, record.info.get("description", "")))

    # -- watching and continuing trials ---------------------------------------------------------------
    def _label(self, trial_id: str) -> str:
        row = self.view.table.trials.get(trial_id)
        return self.tr("Sweep trial {0} ({1})").format(row.name.rsplit("_", 1)[-1], params_text(row.params)) if row else trial_id

    def _play(self, trial_id: str, follow: bool = False, prefix: str = "") -> None:
        event = self.weights.get(trial_id)
        if event is None:
            self._say(self.tr("That trial has sent no policy yet; it appears after its next iteration."), error=True)
            return
        try:
            policy = policy_for(event.weights)
        except PolicyError as exc:
            self._say(error_text(exc), error=True)
            return
        label = self.tr("{0}{1}, iteration {2}").format(prefix, self._label(trial_id), event.iteration)
        (self.policy_followed if follow else self.policy_chosen).emit(policy, label)

    def _follow(self, trial_id: str) -> None:
        """New weights: the watched trial plays them; with none chosen (and no training) the best trial plays."""
        if self.watched:
            if trial_id == self.watched:
                self._play(trial_id, follow=True)
            return
        best = self.view.table.best()
        if best is not None and best.trial_id == trial_id and not self.bridge.training:
            self._play(trial_id, follow=True, prefix=self.tr("Best so far: "))

    def _on_view_watch_requested(self, trial_id: str) -> None:
        self.watched = trial_id
        self._play(trial_id)

    def _on_view_watch_checkpoint_requested(self, trial_id: str) -> None:
        row = self.view.table.trials.get(trial_id)
        if row and row.checkpoint:
            self.checkpoint_chosen.emit(row.checkpoint, self.tr("{0}, its checkpoint").format(self._label(trial_id)))

    def _on_view_continue_requested(self, trial_id: str) -> None:
        if self.running:
            self._say(self.tr("Stop the sweep first: its trials use Ray's CPUs."), error=True)
            return
        if self.record is None:
            return
        try:
            try:
                run = self.record.adopt_trial(self.run_store, trial_id)
            except UntrustedCheckpoint:
                source = self.record.trials().get(trial_id, {}).get("checkpoint", "")
                if not self.consent(source):
                    return
                run = self.record.adopt_trial(self.run_store, trial_id, trusted_by_user=True)
        except (UserError, OSError) as exc:
            self._say(error_text(exc), error=True)
            return
        self.trial_adopted.emit(run.id)
