"""Sweeps on disk, beside the runs: sweeps/<id>/sweep.json, trials.json, trials/<trial>/metrics.jsonl, tune/.

`tune/` is Ray Tune's own experiment folder (what `Tuner.restore` reads); the rest is
written on the desktop side from the engine's events, like a run's files, so the
window and the CLI can list and chart a sweep without Ray.
"""

from __future__ import annotations

import math
import os
import shutil
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.atomic import is_regular_file, locked, read_json_object, write_json_atomic
from desktop.core.errors import UserError
from desktop.core.events import Event, IterationResult, RunFailed, RunFinished, RunStatus
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.run_record import FolderRecord, RunRecord
from desktop.core.settings import DAMAGED_RECORD_ERRORS
from desktop.core.store import RunStore, StoreError, cannot_write, data_home, new_folder, process_alive, stale_sentence
from desktop.core.sweep_spec import SweepSpec, format_value, trial_settings
from desktop.core.trust import PROVENANCE_KEY, WRITTEN_HERE, _inside, is_trusted, require_trust

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
        """Tune's experiment folder: `tune/` here, or `<storage>/<sweep id>` on storage a cluster shares."""
        storage = self.info.get("storage")
        return Path(storage) / self.id if isinstance(storage, str) and storage else self.folder / TUNE_FOLDER

    @property
    def spec(self) -> SweepSpec:
        return SweepSpec.from_dict(self.info.get("spec", {}))

    def trials(self) -> dict[str, dict[str, Any]]:
        """The trials by id; a damaged trials.json, or a damaged entry in it, is left out."""
        found = read_json_object(self.folder / "trials.json") or {}
        return {str(k): v for k, v in found.items() if isinstance(v, dict)}

    def trials_problem(self) -> str | None:
        """Why trials were left out of the list (one phrase), None when trials.json was read whole."""
        path = self.folder / "trials.json"
        if not (path.exists() or path.is_symlink()):
            return None
        found = read_json_object(path)
        if found is None:
            return "trials.json is damaged, its trials are not listed"
        damaged = sum(1 for v in found.values() if not isinstance(v, dict))
        return f"trials.json has {damaged} damaged trial(s), they are not listed" if damaged else None

    def update_trial(self, update: TrialUpdate) -> None:
        with locked(self.folder):
            trials = self.trials()
            trials[update.trial_id] = update.merged_into(trials.get(update.trial_id, {}))
            write_json_atomic(self.folder / "trials.json", trials)

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

    def adopt_trial(self, store: RunStore, trial_id: str, trusted_by_user: bool = False) -> RunRecord:
        """Copy a trial's latest checkpoint and metrics into the run store as a new run (its parent: the trial).

        The new run continues like any other: watch it, or resume training from it. Copying never
        launders trust: a checkpoint outside this sweep's own folder needs `trusted_by_user`, and
        the copy then records where it came from, so opening it asks again.
        """
        trial = self.trials().get(trial_id)
        if trial is None:
            raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "Sweep {id} has no trial {trial_id}."), id=self.id, trial_id=trial_id))
        source = Path(trial.get("checkpoint") or "")
        if not trial.get("checkpoint") or not source.is_dir():
            raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "Trial {value} has no checkpoint on this computer yet."), value=trial.get('name', trial_id)))
        own = is_trusted(source, self.folder.parent.parent) and _inside(source, self.folder)
        if not own:
            require_trust(source, self.folder.parent.parent, trusted_by_user)
        try:
            iteration = int(trial.get("checkpoint_iteration") or trial.get("iteration") or 0)
        except (TypeError, ValueError):
            iteration = 0
        if not 0 <= iteration < 10**12:
            raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "Trial {trial_id} of sweep {id} names an impossible iteration."), trial_id=trial_id, id=self.id))
        settings = trial_settings(self.spec.base, trial.get("params", {}))
        record = store.create_run(
            settings, parent=f"sweep {self.id} trial {trial.get('name', trial_id)}",
            provenance=WRITTEN_HERE if own else f"adopted with --trust from {source}",
        )
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
        self.left_stale: list[str] = []  # sweeps mark_interrupted could not mark (a read-only data folder)

    def create(self, spec: SweepSpec, engine: str = "local", storage: Path | None = None) -> SweepRecord:
        try:
            self.sweeps_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise cannot_write(self.home, exc) from None
        record = SweepRecord(new_folder(self.sweeps_dir, f"{time.strftime('%Y%m%d-%H%M%S')}-sweep"))
        sweep_id = record.folder.name
        info = {
            "id": sweep_id, "spec": spec.to_dict(), "description": spec.describe(), "status": "created",
            "engine": engine, "created": time.time(), PROVENANCE_KEY: WRITTEN_HERE,
        }
        if storage is not None:
            info["storage"] = str(storage)
        write_json_atomic(record.folder / "sweep.json", info)
        return record

    def sweeps(self) -> list[SweepRecord]:
        """The readable sweeps (a damaged sweep.json or spec is skipped; see `skipped`)."""
        return [r for r in self._all() if _readable(r)]

    def _all(self) -> list[SweepRecord]:
        try:
            entries = list(self.sweeps_dir.iterdir()) if self.sweeps_dir.is_dir() else []
        except OSError:
            return []
        return sorted((SweepRecord(p) for p in entries if is_regular_file(p / "sweep.json")), key=lambda r: r.id)

    def skipped(self) -> list[str]:
        """One sentence per sweep left out, per damaged trials.json, per stale sweep left as it was."""
        damaged = QT_TRANSLATE_NOOP("Messages", "its sweep spec is damaged")
        found: list[Any] = []
        for record in self._all():
            if not _readable(record):
                found.append(Sentence("{folder}: {problem}", folder=record.folder, problem=record.problem() or damaged))
            elif problem := record.trials_problem():
                found.append(Sentence("{folder}: {problem}", folder=record.folder, problem=problem))
        return found + self.left_stale

    def get(self, sweep_id: str) -> SweepRecord | None:
        if not sweep_id or len(sweep_id) > 200 or "/" in sweep_id or sweep_id in (".", ".."):
            return None
        folder = self.sweeps_dir / sweep_id
        record = SweepRecord(folder) if is_regular_file(folder / "sweep.json") else None
        return record if record is not None and _readable(record) else None

    def resumable(self, sweep_id: str, trusted_by_user: bool = False) -> SweepRecord:
        """The sweep to resume, or a sentence saying why it cannot be (Tune's state is a pickle: trust rule)."""
        record = self.get(sweep_id) if "/" not in sweep_id else None
        if record is None:
            raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "No sweep called '{sweep_id}' was found."), sweep_id=sweep_id))
        require_trust(record.tune_path, self.home, trusted_by_user)
        if not (record.tune_path / "tuner.pkl").is_file():
            raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "Sweep {sweep_id} never got far enough to be resumed; start it again."), sweep_id=sweep_id))
        if record.info.get("status") == "finished":
            raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "Sweep {sweep_id} already finished all its trials."), sweep_id=sweep_id))
        return record

    def mark_interrupted(self) -> None:
        """Sweeps left running by a process that no longer exists are marked interrupted."""
        for sweep in self.sweeps():
            info = sweep.info
            if info.get("status") in ("running", "created", "stopping") and not process_alive(info.get("pid")):
                try:
                    sweep.update_info(status="interrupted")
                except (OSError, UserError) as exc:  # a read-only data folder: list it as it is
                    self.left_stale.append(stale_sentence(sweep.folder, info.get("status"), exc))


def _readable(record: SweepRecord) -> bool:
    try:
        record.spec  # noqa: B018 - parsing is the check
    except DAMAGED_RECORD_ERRORS:  # a hand-edited spec: the sweep is skipped and listed, not fatal
        return False
    return not record.damaged


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
