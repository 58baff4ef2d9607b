"""EngineBridge: the GUI's only door to the engine. Drains the EngineDriver's outbox on a QTimer.

The GUI thread never waits on Ray: every Ray call happens in the driver's own
thread; this QObject turns what it reports into typed, past-tense Qt signals.
The engine's messages (desktop.core.events) are decoded here, once: the window
and the panels connect to `iteration_finished`, `policy_updated`, `run_ended`…
"""

from __future__ import annotations

import queue
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.events import CheckpointSaved, IterationResult, PolicyWeights, RunFailed, RunFinished, RunStatus
from desktop.core.lessons import LessonSettings
from desktop.core.resume import ResumePlan
from desktop.core.settings import TrainingSettings
from desktop.core.store import RunRecord
from desktop.core.sweep_spec import SweepSpec
from desktop.core.sweep_store import SweepRecord
from desktop.engine.driver import DriverMessage, EngineDriver
from desktop.gui.i18n import sentence_text

LESSON_TAG = "lesson:"
ACTORS_TAG = "actors"


def _run_lesson(step: str, settings: LessonSettings) -> Any:
    from desktop.engine.basics import run_lesson  # imported in the driver thread, where Ray lives

    return run_lesson(step, settings)


def _list_actors() -> Any:
    from desktop.engine.basics import list_actors

    return list_actors()


class EngineBridge(QObject):
    ray_ready = Signal(str)  # the line that says what Ray has (CPUs, memory…)
    ray_failed = Signal(str)  # one sentence
    resources_sampled = Signal(object)  # ResourceSnapshot, about once a second
    policy_loaded = Signal(object, str)  # a checkpoint's weights (load_policy), its label
    policy_failed = Signal(str)  # one sentence
    # The training run (start_training), in the order the engine sent them:
    iteration_finished = Signal(object)  # IterationResult
    policy_updated = Signal(object)  # PolicyWeights: the current policy, after every iteration
    checkpoint_saved = Signal(str, int)  # the checkpoint's folder (already written to the run store), its iteration
    status_changed = Signal(str, str)  # building / running / paused / stopping, and a sentence for the user (or "")
    run_ended = Signal(object)  # RunFinished or RunFailed; `training` is already False
    lesson_finished = Signal(str, object)  # step, its LessonResult (or the exception it raised)
    actors_listed = Signal(object)  # list[ActorInfo], or the exception the listing raised
    # A Ray Tune sweep (start_sweep / stop_sweep):
    sweep_updated = Signal(list)  # its events, for the trials table (desktop.core.sweep_table.SweepTable.apply)
    trial_policy_updated = Signal(object)  # PolicyWeights of one trial (its trial_id set)
    sweep_status_changed = Signal(str)  # a sentence about the sweep as a whole
    sweep_ended = Signal(object)  # RunFinished or RunFailed of the sweep as a whole

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.driver = EngineDriver()
        self._timer = QTimer(self, interval=50)
        self._timer.timeout.connect(self._on_timer)
        self._record: RunRecord | None = None
        self._signals = {
            "ready": self.ray_ready,
            "failed": self.ray_failed,
            "resources": self.resources_sampled,
            "policy_failed": self.policy_failed,
        }

    # What the window has been told so far (the driver thread may be a step ahead).
    ready = False
    training = False

    def available_cpus(self) -> float | None:
        return self.driver.available_cpus()

    def start_runtime(self, address: str | None = None) -> None:
        self.driver.start(address)
        self._timer.start()

    def start_training(
        self, settings: TrainingSettings, record: RunRecord, plan: ResumePlan | None = None, keep_checkpoints: int = 0
    ) -> None:
        self.training = True
        self._record = record
        self.driver.start_training(settings, record, plan, keep_checkpoints)

    def pause(self) -> None:
        self.driver.pause()

    def resume(self) -> None:
        self.driver.resume()

    def stop(self, checkpoint: bool | None = None) -> None:
        self.driver.stop_training(checkpoint)

    def abandon(self) -> None:
        self.training = False
        self.driver.abandon_training()

    def load_policy(self, checkpoint: str, label: str) -> None:
        self.driver.load_policy(checkpoint, label)

    # -- the Ray basics lessons ----------------------------------------------------------
    def run_lesson(self, step: str, settings: LessonSettings) -> None:
        """Run one lesson step in the driver thread; `lesson_finished(step, result)` follows."""
        self.driver.run_job(LESSON_TAG + step, partial(_run_lesson, step, settings))

    def list_actors(self) -> None:
        """Ask Ray for its actors; `actors_listed(list[ActorInfo])` follows."""
        self.driver.run_job(ACTORS_TAG, _list_actors)

    # -- Ray Tune sweeps -----------------------------------------------------------------
    @property
    def sweep_running(self) -> bool:
        return bool(self.driver.sweeps.running)

    def start_sweep(self, spec: SweepSpec, record: SweepRecord, resume: bool = False) -> None:
        """Start (or resume) a sweep; `sweep_updated`, `trial_policy_updated`… follow, then `sweep_ended`."""
        self.driver.sweeps.start(spec, record, resume=resume)

    def stop_sweep(self) -> None:
        """Interrupt the sweep (resumable); its RunFinished("stopped") follows."""
        self.driver.sweeps.stop()

    def _on_timer(self) -> None:
        while True:
            try:
                message = self.driver.outbox.get_nowait()
            except queue.Empty:
                return
            self.deliver(message)

    def deliver(self, message: DriverMessage) -> None:
        """Turn one message of the driver's outbox into signals (the timer's work; tests feed it too)."""
        if message.kind in ("ready", "failed"):
            self.ready = message.kind == "ready"  # "failed" also comes once a cluster's head is lost
        if message.kind == "events":
            self._emit_run_events(message.payload)
        elif message.kind == "sweep_events":
            self._emit_sweep_events(message.payload)
        elif message.kind == "policy":
            self.policy_loaded.emit(message.payload, message.label)
        elif message.kind == "job":
            self._emit_job(message.label, message.payload)
        elif message.kind in self._signals:  # a sentence is translated before Qt makes it a plain string
            payload = message.payload
            self._signals[message.kind].emit(sentence_text(payload) if isinstance(payload, str) else payload)

    def _emit_run_events(self, events: list) -> None:
        if any(isinstance(e, (RunFinished, RunFailed)) for e in events):
            self.training = False
        for event in events:
            if isinstance(event, IterationResult):
                self.iteration_finished.emit(event)
            elif isinstance(event, PolicyWeights):
                self.policy_updated.emit(event)
            elif isinstance(event, RunStatus):
                self.status_changed.emit(event.status, sentence_text(event.message))
            elif isinstance(event, CheckpointSaved):
                folder = self._record.checkpoint_folder(event.iteration) if self._record else ""
                self.checkpoint_saved.emit(str(folder), event.iteration)
            elif isinstance(event, (RunFinished, RunFailed)):
                self.run_ended.emit(event)

    def _emit_sweep_events(self, events: list) -> None:
        self.sweep_updated.emit(events)
        for event in events:
            if isinstance(event, PolicyWeights):
                self.trial_policy_updated.emit(event)
            elif isinstance(event, RunStatus) and not event.trial_id:
                self.sweep_status_changed.emit(sentence_text(event.message))
            elif isinstance(event, (RunFinished, RunFailed)) and not event.trial_id:
                self.sweep_ended.emit(event)

    def _emit_job(self, tag: str, result: object) -> None:
        if tag.startswith(LESSON_TAG):
            self.lesson_finished.emit(tag.removeprefix(LESSON_TAG), result)
        elif tag == ACTORS_TAG:
            self.actors_listed.emit(result)

    def shutdown(self) -> None:
        """End the run's actor and Ray (bounded wait). Call once, when the window closes."""
        self._timer.stop()
        self.driver.shutdown()
