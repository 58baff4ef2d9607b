"""Sweeps on disk, beside the runs: sweeps/<id>/sweep.json, trials.json, trials/<trial>/metrics.jsonl, tune/.

`tune/` is Ray Tune's own experiment folder (what `Tuner.restore` reads); the rest is
written on the desktop side from the engine's events, like a run's files, so the
window and the CLI can list and chart a sweep without Ray.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.events import Event, IterationResult, RunFailed, RunFinished, RunStatus
from desktop.core.store import FolderRecord, RunRecord, RunStore, StoreError, _alive, _write_json, data_home
from desktop.core.sweep_spec import SweepSpec, format_value, trial_settings

TUNE_FOLDER = "tune"


@dataclass(frozen=True)
class TrialUpdate:
    """What Tune says about one trial: its status, where it runs, its parameters, its last checkpoint."""

    trial_id: str
    name: str
    status: str  # PENDING, RUNNING, PAUSED, TERMINATED, ERROR
    params: dict[str, Any] = field(default_factory=dict)
    location: str = ""
    iteration: int = 0
    early_stopped: bool = False
    checkpoint: str = ""
    checkpoint_iteration: int = 0
    error: str = ""

    def merged_into(self, old: dict[str, Any]) -> dict[str, Any]:
        """This update over what was known: empty fields keep the old value."""
        data = dict(old)
        for key, value in asdict(self).items():
            if value not in ("", 0, {}, None) or key not in data:
                data[key] = value
        if self.status != "TERMINATED":
            data["early_stopped"] = self.early_stopped
        return data


def params_text(params: dict[str, Any]) -> str:
    return ", ".join(f"{k}={format_value(k, v)}" for k, v in params.items())


def last_return(returns: Iterable[float]) -> float:
    """A trial's score, as Tune ranks by default: its last reported (finite) mean return."""
    finite = [r for r in returns if not math.isnan(r)]
    return finite[-1] if finite else math.nan


class SweepRecord(FolderRecord):
    """One sweep's folder."""

    INFO_FILE = "sweep.json"

    @property
    def tune_path(self) -> Path:
        return self.folder / TUNE_FOLDER

    @property
    def spec(self) -> SweepSpec:
        return SweepSpec.from_dict(self.info.get("spec", {}))

    def trials(self) -> dict[str, dict[str, Any]]:
        try:
            return json.loads((self.folder / "trials.json").read_text())
        except (OSError, ValueError):
            return {}

    def update_trial(self, update: TrialUpdate) -> None:
        trials = self.trials()
        trials[update.trial_id] = update.merged_into(trials.get(update.trial_id, {}))
        _write_json(self.folder / "trials.json", trials)

    def _trial_folder(self, trial_id: str) -> RunRecord:
        """A trial's metrics.jsonl is kept like a run's (trials/<trial id>/metrics.jsonl)."""
        return RunRecord(self.folder / "trials" / trial_id)

    def append_metrics(self, result: IterationResult) -> None:
        trial = self._trial_folder(result.trial_id)
        trial.folder.mkdir(parents=True, exist_ok=True)
        trial.append_metrics(result)

    def metrics(self, trial_id: str) -> list[IterationResult]:
        """One row per iteration (the last written wins, as after a restore)."""
        return self._trial_folder(trial_id).metrics()

    def best_trial(self) -> tuple[str, float] | None:
        """(trial id, score) of the trial with the highest last mean return, None before any result."""
        scores = [(tid, last_return(m.episode_return_mean for m in self.metrics(tid))) for tid in self.trials()]
        scores = [s for s in scores if not math.isnan(s[1])]
        return max(scores, key=lambda s: s[1]) if scores else None

    def adopt_trial(self, store: RunStore, trial_id: str) -> RunRecord:
        """Copy a trial's latest checkpoint and metrics into the run store as a new run (its parent: the trial).

        The new run continues like any other: watch it, or resume training from it.
        """
        trial = self.trials().get(trial_id)
        if trial is None:
            raise StoreError(f"Sweep {self.id} has no trial {trial_id}.")
        source = Path(trial.get("checkpoint") or "")
        if not trial.get("checkpoint") or not source.is_dir():
            raise StoreError(f"Trial {trial.get('name', trial_id)} has no checkpoint on this computer yet.")
        iteration = int(trial.get("checkpoint_iteration") or trial.get("iteration") or 0)
        settings = trial_settings(self.spec.base, trial.get("params", {}))
        record = store.create_run(settings, parent=f"sweep {self.id} trial {trial.get('name', trial_id)}")
        shutil.copytree(source, record.folder / "checkpoints" / str(iteration))
        for row in self.metrics(trial_id):
            if row.iteration <= iteration:
                record.append_metrics(row)
        record.update_info(status="finished", iteration=iteration, checkpoints=[iteration], finished=time.time())
        return record


class SweepStore:
    """All sweeps under one data folder (sweeps/ beside runs/)."""

    def __init__(self, home: Path | None = None):
        self.home = Path(home) if home else data_home()
        self.sweeps_dir = self.home / "sweeps"

    def create(self, spec: SweepSpec, engine: str = "local") -> SweepRecord:
        try:
            self.sweeps_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Cannot write to the data folder {self.home} ({exc.strerror or exc}).") from None
        base = f"{time.strftime('%Y%m%d-%H%M%S')}-sweep"
        sweep_id, n = base, 1
        while (self.sweeps_dir / sweep_id).exists():
            n += 1
            sweep_id = f"{base}-{n}"
        record = SweepRecord(self.sweeps_dir / sweep_id)
        record.folder.mkdir(parents=True)
        info = {
            "id": sweep_id, "spec": spec.to_dict(), "description": spec.describe(), "status": "created",
            "engine": engine, "created": time.time(),
        }
        _write_json(record.folder / "sweep.json", info)
        return record

    def sweeps(self) -> list[SweepRecord]:
        if not self.sweeps_dir.is_dir():
            return []
        found = [SweepRecord(p) for p in self.sweeps_dir.iterdir() if (p / "sweep.json").is_file()]
        return sorted(found, key=lambda r: r.id)

    def get(self, sweep_id: str) -> SweepRecord | None:
        folder = self.sweeps_dir / sweep_id
        return SweepRecord(folder) if (folder / "sweep.json").is_file() else None

    def resumable(self, sweep_id: str) -> SweepRecord:
        """The sweep to resume, or a sentence saying why it cannot be."""
        record = self.get(sweep_id) if "/" not in sweep_id else None
        if record is None:
            raise StoreError(f"No sweep called '{sweep_id}' was found.")
        if not (record.tune_path / "tuner.pkl").is_file():
            raise StoreError(f"Sweep {sweep_id} never got far enough to be resumed; start it again.")
        if record.info.get("status") == "finished":
            raise StoreError(f"Sweep {sweep_id} already finished all its trials.")
        return record

    def mark_interrupted(self) -> None:
        """Sweeps left running by a process that no longer exists are marked interrupted."""
        for sweep in self.sweeps():
            info = sweep.info
            if info.get("status") in ("running", "created", "stopping") and not _alive(info.get("pid")):
                sweep.update_info(status="interrupted")


class SweepRecorder:
    """Writes a sweep's events into its record; the GUI and the CLI share it."""

    def __init__(self, record: SweepRecord):
        self.record = record
        record.update_info(status="running", pid=os.getpid())

    def handle(self, events: Iterable[Event | TrialUpdate]) -> None:
        for event in events:
            if isinstance(event, IterationResult):
                self.record.append_metrics(event)
            elif isinstance(event, TrialUpdate):
                self.record.update_trial(event)
            elif isinstance(event, RunStatus) and not event.trial_id:
                self.record.update_info(status=event.status)
            elif isinstance(event, RunFinished) and not event.trial_id:
                ended = [t for t in self.record.trials().values() if t.get("status") in ("TERMINATED", "ERROR")]
                done = len(ended) >= self.record.spec.trials
                status = "finished" if done and event.reason != "stopped" else "interrupted"
                self.record.update_info(status=status, finished=time.time(), reason=event.reason)
            elif isinstance(event, RunFailed) and not event.trial_id:
                self.record.update_info(status="interrupted", finished=time.time(), reason=event.reason)
