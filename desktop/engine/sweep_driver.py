"""The EngineDriver's sweep handle: start, poll, stop and release a SweepRun from the driver thread.

The EngineDriver owns one of these beside its training handle. Callers on any thread
only enqueue commands; every Ray call happens when the driver thread runs them or
calls `poll`, and what the sweep reports goes to the driver's outbox as "sweep_events".
"""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from typing import Any

from desktop.core.events import RunFailed, RunFinished
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.sweep_spec import SweepSpec
from desktop.core.sweep_store import SweepRecord, SweepRecorder


class SweepDriver:
    def __init__(self, commands: queue.Queue[Callable[[], None]], outbox: queue.Queue[Any]):
        self._commands = commands
        self._outbox = outbox
        self._handle: Any = None
        self._recorder: SweepRecorder | None = None
        self.running = False

    # -- called from any thread ------------------------------------------------------------
    def start(self, spec: SweepSpec, record: SweepRecord, resume: bool = False) -> None:
        self.running = True
        self._commands.put(lambda: self._start(spec, record, resume))

    def stop(self) -> None:
        """Interrupt the sweep (resumable); its RunFinished("stopped") follows."""
        self._commands.put(lambda: self._handle and self._handle.stop())

    # -- called in the driver thread --------------------------------------------------------
    def _start(self, spec: SweepSpec, record: SweepRecord, resume: bool) -> None:
        from desktop.engine.sweep import SweepHandle

        self.release()
        self.running = True
        self._recorder = SweepRecorder(record)
        self._handle = SweepHandle(spec, record.tune_path, resume)

    def poll(self) -> None:
        if self._handle is None:
            return
        from desktop.engine.driver import DriverMessage

        events = self._handle.poll()
        if not events:
            return
        if self._recorder is not None:
            try:
                self._recorder.handle(events)
            except OSError as exc:
                events.append(RunFailed(Sentence(QT_TRANSLATE_NOOP("Messages", "Could not write the sweep to disk ({error}); it was stopped."), error=str(exc.strerror or exc))))
                self._handle.stop()
        if any(isinstance(e, (RunFinished, RunFailed)) and not e.trial_id for e in events):
            self.release()
        self._outbox.put(DriverMessage("sweep_events", events))

    def close(self, timeout_s: float = 20.0) -> None:
        """At shutdown: interrupt a running sweep and give Tune a moment to save it, then release it."""
        if self._handle is not None and not self._handle.finished:
            self._handle.stop()
            deadline = time.monotonic() + timeout_s
            while time.monotonic() < deadline and not self._handle.finished:
                events = self._handle.poll()
                if self._recorder is not None:
                    self._recorder.handle(events)
                if any(isinstance(e, (RunFinished, RunFailed)) and not e.trial_id for e in events):
                    break
                time.sleep(0.1)
        self.release()

    def release(self) -> None:
        """End the SweepRun actor and its trials (a running sweep stays resumable from its last saved state)."""
        if self._handle is not None:
            self._handle.release()
        self._handle = None
        self._recorder = None
        self.running = False
