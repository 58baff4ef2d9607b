"""Resuming training: from a run's latest checkpoint (the same run continues) or any checkpoint (a new run)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from desktop.core.atomic import FolderLock
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.settings import TrainingSettings
from desktop.core.store import RLLIB_MODULE_PATH, RunRecord, RunStore, StoreError, pack_folder
from desktop.core.trust import PROVENANCE_KEY


@dataclass
class ResumePlan:
    """Where a resumed run continues: which record, from which iteration and checkpoint."""

    record: RunRecord
    start_iteration: int
    archive: bytes
    time_offset_s: float
    checkpoint: Path


def plan_resume(store: RunStore, spec: str, iterations: int | None = None, extend: bool = False) -> ResumePlan:
    """Resume from a run (its latest checkpoint: the same run continues) or a checkpoint folder.

    An older checkpoint of a run, or a checkpoint from outside the store, starts a
    new run that names its parent. Raises StoreError with one sentence.
    """
    if not spec.strip():
        raise StoreError(QT_TRANSLATE_NOOP("Messages", "Say which run or checkpoint to resume; an empty name was given."))
    run, checkpoint = store.resolve(spec)
    if run is not None and not (checkpoint / RLLIB_MODULE_PATH.parts[0]).is_dir():
        raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "Checkpoint {checkpoint} holds only a policy and cannot continue training."), checkpoint=checkpoint))
    start = int(checkpoint.name) if checkpoint.name.isdigit() and len(checkpoint.name) <= 12 else 0
    latest = run.latest_checkpoint() if run is not None else None
    continues = run is not None and latest is not None and latest.path.resolve() == checkpoint.resolve()
    settings = run.settings if run is not None else TrainingSettings()
    if iterations is None and extend and settings.iterations <= start:
        iterations = start + settings.iterations
    if iterations is not None:
        settings = settings.replace(iterations=iterations)
    # Everything is checked before anything is written: a refused resume leaves the disk as it was.
    if settings.iterations <= start:
        raise StoreError(Sentence(
            QT_TRANSLATE_NOOP("Messages", "The checkpoint is at iteration {start}; ask for more iterations than that to continue."), start=start
        ))
    if continues and run is not None and FolderLock(run.folder, what=f"Run {run.id}").is_held_elsewhere():
        FolderLock(run.folder, what=f"Run {run.id}").acquire()  # raises FolderBusy naming the writer's PID
    archive = pack_folder(checkpoint)
    offset = 0.0
    for row in run.metrics() if run is not None else []:
        if row.iteration == start and math.isfinite(row.time_total_s):
            offset = row.time_total_s
    if continues and run is not None:
        record = run
        if iterations is not None:
            record.update_info(settings=settings.to_dict())
    else:
        provenance = run.info.get(PROVENANCE_KEY, "unknown") if run is not None else f"copied from {checkpoint}"
        record = store.create_run(settings, parent=str(checkpoint), provenance=str(provenance))
    record.update_info(status="resuming")
    return ResumePlan(record, start, archive, offset, checkpoint)
