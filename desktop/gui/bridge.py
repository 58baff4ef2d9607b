"""EngineBridge: the GUI's only door to the engine. Drains the EngineDriver's outbox on a QTimer.

The GUI thread never waits on Ray: every Ray call happens in the driver's own
thread; this QObject turns what it reports into Qt signals.
"""

from __future__ import annotations

import queue
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.events import RunFailed, RunFinished
from desktop.core.lessons import LessonSettings
from desktop.core.resume import ResumePlan
from desktop.core.settings import TrainingSettings
from desktop.core.store import RunRecord
from desktop.core.sweep_spec import SweepSpec
from desktop.core.sweep_store import SweepRecord
from desktop.engine.driver import EngineDriver

LESSON_TAG = "lesson:"
ACTORS_TAG = "actors"


def _run_lesson(step: str, settings: LessonSettings) -> Any:
    from desktop.engine.basics import run_lesson  # imported in the driver thread, where Ray lives

    return run_lesson(step, settings)


def _list_actors() -> Any:
    from desktop.engine.basics import list_actors

    return list_actors()


class EngineBridge(QObject):
    ray_ready = Signal(str)
    ray_failed = Signal(str)
    events_received = Signal(list)
    resources_sampled = Signal(object)
    policy_loaded = Signal(object, str)
    policy_failed = Signal(str)
    lesson_finished = Signal(str, object)  # step, its LessonResult (or the exception it raised)
    actors_listed = Signal(object)  # list[ActorInfo], or the exception the listing raised
    sweep_events_received = Signal(list)  # a Ray Tune sweep's events (start_sweep / stop_sweep)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.driver = EngineDriver()
        self._timer = QTimer(self, interval=50)
        self._timer.timeout.connect(self._on_timer)
        self._signals = {
            "ready": self.ray_ready,
            "failed": self.ray_failed,
            "events": self.events_received,
            "resources": self.resources_sampled,
            "policy_failed": self.policy_failed,
            "sweep_events": self.sweep_events_received,
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
        """Start (or resume) a sweep; its events arrive through `sweep_events_received`."""
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
            if message.kind == "ready":
                self.ready = True
            elif message.kind == "events" and any(isinstance(e, (RunFinished, RunFailed)) for e in message.payload):
                self.training = False
            if message.kind == "policy":
                self.policy_loaded.emit(message.payload, message.label)
            elif message.kind == "job":
                self._emit_job(message.label, message.payload)
            elif message.kind in self._signals:
                self._signals[message.kind].emit(message.payload)

    def _emit_job(self, tag: str, result: object) -> None:
        if tag.startswith(LESSON_TAG):
            self.lesson_finished.emit(tag.removeprefix(LESSON_TAG), result)
        elif tag == ACTORS_TAG:
            self.actors_listed.emit(result)

    def shutdown(self) -> None:
        """End the run's actor and Ray (bounded wait). Call once, when the window closes."""
        self._timer.stop()
        self.driver.shutdown()
