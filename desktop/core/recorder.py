"""RunRecorder: writes a run's events (metrics, checkpoints, status) into its folder; the GUI and the CLI share it."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable

from desktop.core.atomic import FolderLock
from desktop.core.checkpoint_files import Checkpoint
from desktop.core.events import CheckpointSaved, Event, IterationResult, RunFailed, RunFinished, RunStatus
from desktop.core.run_record import RunRecord


class RunRecorder:
    """Writes a run's events into its record; the GUI and the CLI share it."""

    def __init__(self, record: RunRecord, keep_checkpoints: int = 0, resume_from: int | None = None):
        """`resume_from`: the checkpoint's iteration when training resumes; the rows after it died
        with the process that wrote them and are redone, so they go as the run really restarts.

        Holds the run's writer lock until the run ends: a second writer is refused with one sentence."""
        self.record = record
        self.lock = FolderLock(record.folder, what=f"Run {record.id}")
        self.lock.acquire()
        self.keep_checkpoints = keep_checkpoints
        self.saved: list[Checkpoint] = []
        if resume_from is not None:
            record.forget_metrics_after(resume_from)
            record.update_info(iteration=resume_from)
        record.update_info(status="running", pid=os.getpid())

    def handle(self, events: Iterable[Event]) -> None:
        for event in events:
            if isinstance(event, IterationResult):
                self.record.append_metrics(event)
                self.record.update_info(iteration=event.iteration, timesteps=event.timesteps)
            elif isinstance(event, CheckpointSaved):
                self.saved.append(self.record.save_checkpoint(event))
                self.record.keep_last_checkpoints(self.keep_checkpoints)
            elif isinstance(event, RunStatus):
                self.record.update_info(status=event.status)
            elif isinstance(event, RunFinished):
                self.record.update_info(status="finished", finished=time.time(), reason=event.reason)
                self.lock.release()
            elif isinstance(event, RunFailed):
                status = "interrupted" if event.interrupted else "failed"
                self.record.update_info(status=status, finished=time.time(), reason=event.reason)
                self.lock.release()

    def release(self) -> None:
        self.lock.release()
