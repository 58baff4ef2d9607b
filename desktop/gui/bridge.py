"""EngineBridge: the GUI's only door to the engine. Drains the EngineDriver's outbox on a QTimer.

The GUI thread never waits on Ray: every Ray call happens in the driver's own
thread; this QObject turns what it reports into Qt signals.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.events import RunFailed, RunFinished
from desktop.core.resume import ResumePlan
from desktop.core.settings import TrainingSettings
from desktop.core.store import RunRecord
from desktop.engine.driver import EngineDriver
from desktop.gui.i18n import sentence_text


class EngineBridge(QObject):
    ray_ready = Signal(str)
    ray_failed = Signal(str)
    events_received = Signal(list)
    resources_sampled = Signal(object)
    policy_loaded = Signal(object, str)
    policy_failed = Signal(str)
    job_finished = Signal(str, object)  # tag, result (or the exception the job raised)
    sweep_events_received = Signal(list)  # a Ray Tune sweep's events (driver.sweeps starts and stops it)

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

    def run_job(self, tag: str, job: Callable[[], Any]) -> None:
        """Run `job` where Ray calls are safe; `job_finished(tag, result)` follows."""
        self.driver.run_job(tag, job)

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
                self.job_finished.emit(message.label, message.payload)
            elif message.kind in self._signals:  # a sentence is translated before Qt makes it a plain string
                payload = message.payload
                self._signals[message.kind].emit(sentence_text(payload) if isinstance(payload, str) else payload)

    def shutdown(self) -> None:
        """End the run's actor and Ray (bounded wait). Call once, when the window closes."""
        self._timer.stop()
        self.driver.shutdown()
