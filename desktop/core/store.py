"""The run store on disk: runs/<id>/run.json, metrics.jsonl and checkpoints/<iteration>/.

The GUI and the CLI both write runs through `RunRecorder`, from the engine's
events, so a run trained on a remote cluster lands here exactly like a local one.
"""

from __future__ import annotations

import io
import json
import math
import os
import shutil
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from desktop.core import settings as settings_mod
from desktop.core.atomic import (
    FolderLock,
    fsync_folder,
    is_regular_file,
    locked,
    read_json_object,
    read_regular_text,
    write_json_atomic,
    write_text_atomic,
)
from desktop.core.errors import UserError
from desktop.core.events import (
    CheckpointSaved,
    Event,
    IterationResult,
    RunFailed,
    RunFinished,
    RunStatus,
)
from desktop.core.games import game
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.settings import TrainingSettings
from desktop.core.trust import PROVENANCE_KEY, WRITTEN_HERE

POLICY_FILE = "policy.npz"
RLLIB_MODULE_PATH = Path("learner_group", "learner", "rl_module", "default_policy")
# The Runs list asks every run for its best return whenever it refreshes: remember the answers.
_BEST_RETURNS: dict[Path, tuple[tuple[int, int], float]] = {}


class StoreError(UserError):
    """A problem with the data folder or a checkpoint; the message is one sentence."""


def data_home() -> Path:
    """$RL_PLAYGROUND_HOME, else the platform's user data folder for rl-playground."""
    chosen = os.environ.get("RL_PLAYGROUND_HOME")
    if chosen:
        return Path(chosen).expanduser()
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "rl-playground"
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "rl-playground"
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / "rl-playground"


def _write_json(path: Path, data: dict[str, Any]) -> None:
    write_json_atomic(path, data)


def pack_folder(folder: Path) -> bytes:
    """A folder as the bytes of an uncompressed tar archive (how checkpoints travel)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for item in sorted(Path(folder).iterdir()):
            tar.add(item, arcname=item.name)
    return buffer.getvalue()


def unpack_archive(archive: bytes, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive), mode="r") as tar:
        tar.extractall(folder, filter="data")


def save_policy(folder: Path, weights: dict[str, Any]) -> None:
    np.savez(folder / POLICY_FILE, **{k: np.asarray(v) for k, v in weights.items()})


def load_policy(folder: Path) -> dict[str, np.ndarray]:
    with np.load(folder / POLICY_FILE) as data:
        return {k: data[k] for k in data.files}


@dataclass
class Checkpoint:
    iteration: int
    path: Path

    @property
    def has_policy(self) -> bool:
        return (self.path / POLICY_FILE).is_file()


def _metrics_line(result: IterationResult) -> str:
    """One row of metrics.jsonl."""
    return json.dumps(result.to_json(), allow_nan=False) + "\n"


# The types a reader relies on; a record whose value has another type is skipped, not trusted.
_INFO_TYPES: dict[str, tuple[type, ...]] = {
    "status": (str,), "created": (int, float), "iteration": (int,), "timesteps": (int,), "label": (str,),
    "name": (str,), "checkpoints": (list,), "settings": (dict,), "spec": (dict,), "description": (str,),
}


class FolderRecord:
    """A folder whose facts live in one JSON file (`INFO_FILE`), rewritten atomically."""

    INFO_FILE = "info.json"

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    @property
    def id(self) -> str:
        return self.folder.name

    @property
    def info(self) -> dict[str, Any]:
        found = read_json_object(self.folder / self.INFO_FILE)
        return found if found is not None else {"id": self.id, "status": "unreadable"}

    @property
    def damaged(self) -> bool:
        """True when the info file cannot be read as a JSON object (the record is listed as skipped)."""
        return self.problem() is not None

    def problem(self) -> str | None:
        """Why the record cannot be listed (one phrase), None when it can."""
        info = read_json_object(self.folder / self.INFO_FILE)
        if info is None:
            return Sentence(QT_TRANSLATE_NOOP("Messages", "{file} is damaged or not a JSON object"), file=self.INFO_FILE)
        for key, kinds in _INFO_TYPES.items():
            value = info.get(key)
            if value is not None and (not isinstance(value, kinds) or isinstance(value, bool)):
                return Sentence(QT_TRANSLATE_NOOP("Messages", "{file} has a damaged '{key}'"), file=self.INFO_FILE, key=key)
        created = info.get("created")
        if isinstance(created, float) and not math.isfinite(created):
            return Sentence(QT_TRANSLATE_NOOP("Messages", "{file} has a damaged '{key}'"), file=self.INFO_FILE, key="created")
        return None

    def update_info(self, **changes: Any) -> None:
        """Read-modify-write under the folder's lock: two processes never lose each other's keys."""
        with locked(self.folder):
            info = read_json_object(self.folder / self.INFO_FILE)
            if info is None:
                raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "{value} is damaged; it was left as it is."), value=self.folder / self.INFO_FILE))
            info.update(changes)
            _write_json(self.folder / self.INFO_FILE, info)


class RunRecord(FolderRecord):
    """One run's folder."""

    INFO_FILE = "run.json"

    def problem(self) -> str | None:
        found = super().problem()
        if found is None:
            try:
                settings_mod.validate(self.settings)
            except Exception:  # hand-edited settings can fail in any way: the run is skipped, not fatal
                return QT_TRANSLATE_NOOP("Messages", "run.json has damaged settings")
        return found

    @property
    def settings(self) -> TrainingSettings:
        return TrainingSettings.from_dict(self.info.get("settings", {}))

    def append_metrics(self, result: IterationResult) -> None:
        with open(self.folder / "metrics.jsonl", "a", encoding="utf-8") as f:
            f.write(_metrics_line(result))
            f.flush()
            os.fsync(f.fileno())

    def metrics(self) -> list[IterationResult]:
        """One row per iteration, the last written wins; a torn last line is skipped."""
        rows: dict[int, IterationResult] = {}
        try:
            lines = read_regular_text(self.folder / "metrics.jsonl", 1 << 30).splitlines()
        except (OSError, UnicodeDecodeError):
            return []
        for line in lines:
            try:
                row = IterationResult.from_json(json.loads(line))
                if not isinstance(row.iteration, int) or isinstance(row.iteration, bool):
                    continue
            except (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError):
                continue
            rows[row.iteration] = row
        return [rows[i] for i in sorted(rows)]

    def forget_metrics_after(self, iteration: int) -> None:
        """Drop the rows past `iteration` (a resume from that checkpoint redoes them)."""
        rows = [r for r in self.metrics() if r.iteration <= iteration]
        write_text_atomic(self.folder / "metrics.jsonl", "".join(_metrics_line(r) for r in rows))

    def save_checkpoint(self, event: CheckpointSaved) -> Checkpoint:
        """Unpacked into a hidden temp folder, then renamed into place: never a half checkpoint."""
        parent = self.folder / "checkpoints"
        parent.mkdir(parents=True, exist_ok=True)
        path = parent / str(event.iteration)
        staging = Path(tempfile.mkdtemp(dir=parent, prefix=f".{event.iteration}.", suffix=".partial"))
        try:
            unpack_archive(event.archive, staging)
            if event.weights:
                save_policy(staging, event.weights)
            if path.exists():
                old = Path(tempfile.mkdtemp(dir=parent, prefix=f".{event.iteration}.", suffix=".old"))
                os.replace(path, old / "x")
                os.replace(staging, path)
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.replace(staging, path)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        fsync_folder(parent)
        checkpoints = self.info.get("checkpoints", [])
        known = {c for c in checkpoints if isinstance(c, int)} if isinstance(checkpoints, list) else set()
        self.update_info(checkpoints=sorted(known | {event.iteration}))
        return Checkpoint(event.iteration, path)

    def checkpoints(self) -> list[Checkpoint]:
        """Folders named by a plain iteration number (at most 12 digits); half-written ones are hidden."""
        folder = self.folder / "checkpoints"
        try:
            entries = list(folder.iterdir()) if folder.is_dir() else []
        except OSError:
            return []
        found = [
            Checkpoint(int(p.name), p)
            for p in entries
            if p.name.isascii() and p.name.isdigit() and len(p.name) <= 12 and p.is_dir() and not p.is_symlink()
        ]
        return sorted(found, key=lambda c: c.iteration)

    def latest_checkpoint(self) -> Checkpoint | None:
        found = self.checkpoints()
        return found[-1] if found else None

    @property
    def label(self) -> str:
        """The name the user gave the run, else its id."""
        label = self.info.get("label")
        return label if isinstance(label, str) and label else self.id

    def rename(self, name: str) -> None:
        name = " ".join(name.split())
        if not name:
            raise StoreError(QT_TRANSLATE_NOOP("Messages", "A run's name cannot be empty."))
        self.update_info(label=name)

    def keep_last_checkpoints(self, keep: int) -> list[int]:
        """Delete all but the newest `keep` checkpoints (0 keeps all); returns the iterations removed."""
        if keep <= 0:
            return []
        removed = [c for c in self.checkpoints()[:-keep]]
        for checkpoint in removed:
            shutil.rmtree(checkpoint.path, ignore_errors=True)
        self.update_info(checkpoints=[c.iteration for c in self.checkpoints()])
        return [c.iteration for c in removed]

    def size_bytes(self) -> int:
        total = 0
        try:
            for p in self.folder.rglob("*"):
                if not p.is_symlink() and p.is_file():
                    total += p.stat().st_size
        except OSError:
            pass
        return total

    def best_return(self) -> float:
        """The run's best mean return; metrics.jsonl is read again only when it changed."""
        path = self.folder / "metrics.jsonl"
        try:
            stat = path.stat()
        except OSError:
            return math.nan
        version = (stat.st_mtime_ns, stat.st_size)
        cached = _BEST_RETURNS.get(path)
        if cached is not None and cached[0] == version:
            return cached[1]
        returns = [m.episode_return_mean for m in self.metrics() if not math.isnan(m.episode_return_mean)]
        best = max(returns) if returns else math.nan
        _BEST_RETURNS[path] = (version, best)
        return best


class RunStore:
    """All runs under one data folder."""

    def __init__(self, home: Path | None = None):
        self.home = Path(home) if home else data_home()
        self.runs_dir = self.home / "runs"

    def ensure_writable(self) -> None:
        try:
            self.runs_dir.mkdir(parents=True, exist_ok=True)
            probe = self.runs_dir / ".write-test"
            probe.write_text("ok")
            probe.unlink()
        except OSError as exc:
            raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "Cannot write to the data folder {home} ({value})."), home=self.home, value=exc.strerror or exc)) from None

    def create_run(
        self, settings: TrainingSettings, parent: str | None = None, engine: str = "local", provenance: str = WRITTEN_HERE
    ) -> RunRecord:
        """A new run folder; `provenance` records who wrote its checkpoints (see desktop.core.trust)."""
        self.ensure_writable()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        base = f"{stamp}-{settings.algorithm.lower()}-{game(settings.env).slug}"
        run_id, n = base, 1
        while (self.runs_dir / run_id).exists():
            n += 1
            run_id = f"{base}-{n}"
        record = RunRecord(self.runs_dir / run_id)
        record.folder.mkdir(parents=True)
        info = {
            "id": run_id,
            "name": f"{settings.algorithm}_{settings.env}_{run_id}",
            "settings": settings.to_dict(),
            "status": "created",
            "engine": engine,
            "created": time.time(),
            "parent": parent,
            "checkpoints": [],
            PROVENANCE_KEY: provenance,
        }
        _write_json(record.folder / "run.json", info)
        (record.folder / "metrics.jsonl").touch()
        return record

    def runs(self) -> list[RunRecord]:
        """The readable runs; damaged ones are listed by `skipped()` instead."""
        return [r for r in self._all_runs() if not r.damaged]

    def _all_runs(self) -> list[RunRecord]:
        try:
            entries = list(self.runs_dir.iterdir()) if self.runs_dir.is_dir() else []
        except OSError:
            return []
        found = [RunRecord(p) for p in entries if is_regular_file(p / "run.json")]
        return sorted(found, key=lambda r: r.id)

    def skipped(self) -> list[str]:
        """One sentence per run folder that was left out because its run.json is damaged."""
        return [Sentence("{folder}: {problem}", folder=r.folder, problem=r.problem()) for r in self._all_runs() if r.damaged]

    def delete(self, run_id: str) -> None:
        record = self.get(run_id)
        if record is None:
            raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "No run called '{run_id}' was found."), run_id=run_id))
        shutil.rmtree(record.folder)

    def size_bytes(self) -> int:
        return sum(run.size_bytes() for run in self.runs())

    def get(self, run_id: str) -> RunRecord | None:
        if not run_id or len(run_id) > 200 or "/" in run_id or "\x00" in run_id or run_id in (".", ".."):
            return None
        folder = self.runs_dir / run_id
        return RunRecord(folder) if is_regular_file(folder / "run.json") else None

    def mark_interrupted(self) -> list[RunRecord]:
        """Runs left 'running' by a process that no longer exists are marked interrupted."""
        marked = []
        for run in self.runs():
            info = run.info
            if info.get("status") in ("running", "resuming", "created") and not _alive(info.get("pid")):
                try:
                    run.update_info(status="interrupted")
                except (OSError, UserError):
                    continue  # a read-only data folder: list it as it is
                marked.append(run)
        return marked

    def contains(self, path: Path) -> bool:
        try:
            Path(path).resolve().relative_to(self.runs_dir.resolve())
            return True
        except ValueError:
            return False

    def resolve(self, spec: str) -> tuple[RunRecord | None, Path]:
        """A run id, a run folder or a checkpoint folder -> (its run if any, the checkpoint folder).

        Raises StoreError with one sentence when nothing usable is there.
        """
        try:
            return self._resolve(spec)
        except (OSError, ValueError) as exc:
            shown = spec if len(spec) <= 60 else spec[:57] + "…"
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "No run or checkpoint called '{shown}' can be used ({reason})."), shown=shown, reason=reason)) from None

    def _resolve(self, spec: str) -> tuple[RunRecord | None, Path]:
        record = self.get(spec) if "/" not in spec and spec not in (".", "..") else None
        path = Path(spec).expanduser()
        if record is None and is_regular_file(path / "run.json"):
            record = RunRecord(path)
        if record is not None:
            latest = record.latest_checkpoint()
            if latest is None:
                raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "Run {id} has no checkpoint yet."), id=record.id))
            return record, latest.path
        if not path.exists():
            raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "No run or checkpoint called '{spec}' was found."), spec=spec))
        if not path.is_dir():
            raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "'{spec}' is a file, not a checkpoint folder."), spec=spec))
        if not ((path / POLICY_FILE).is_file() or (path / RLLIB_MODULE_PATH).is_dir()):
            raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "'{spec}' is not an RLlib checkpoint (no policy inside)."), spec=spec))
        owner = path.parent.parent
        run = RunRecord(owner) if (owner / "run.json").is_file() and path.parent.name == "checkpoints" else None
        return run, path


def _alive(pid: Any) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


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
