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
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

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
from desktop.core.settings import TrainingSettings

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
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, allow_nan=False))
    os.replace(tmp, path)


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
        try:
            return json.loads((self.folder / self.INFO_FILE).read_text())
        except (OSError, ValueError):
            return {"id": self.id, "status": "unreadable"}

    def update_info(self, **changes: Any) -> None:
        info = self.info
        info.update(changes)
        _write_json(self.folder / self.INFO_FILE, info)


class RunRecord(FolderRecord):
    """One run's folder."""

    INFO_FILE = "run.json"

    @property
    def settings(self) -> TrainingSettings:
        return TrainingSettings.from_dict(self.info.get("settings", {}))

    def append_metrics(self, result: IterationResult) -> None:
        with open(self.folder / "metrics.jsonl", "a", encoding="utf-8") as f:
            f.write(_metrics_line(result))
            f.flush()

    def metrics(self) -> list[IterationResult]:
        """One row per iteration, the last written wins; a torn last line is skipped."""
        rows: dict[int, IterationResult] = {}
        try:
            lines = (self.folder / "metrics.jsonl").read_text(encoding="utf-8").splitlines()
        except OSError:
            return []
        for line in lines:
            try:
                row = IterationResult.from_json(json.loads(line))
            except (ValueError, TypeError):
                continue
            rows[row.iteration] = row
        return [rows[i] for i in sorted(rows)]

    def forget_metrics_after(self, iteration: int) -> None:
        """Drop the rows past `iteration` (a resume from that checkpoint redoes them)."""
        rows = [r for r in self.metrics() if r.iteration <= iteration]
        tmp = self.folder / "metrics.jsonl.tmp"
        tmp.write_text("".join(_metrics_line(r) for r in rows), encoding="utf-8")
        os.replace(tmp, self.folder / "metrics.jsonl")

    def save_checkpoint(self, event: CheckpointSaved) -> Checkpoint:
        path = self.folder / "checkpoints" / str(event.iteration)
        if path.exists():
            shutil.rmtree(path)
        unpack_archive(event.archive, path)
        if event.weights:
            save_policy(path, event.weights)
        checkpoints = self.info.get("checkpoints", [])
        self.update_info(checkpoints=sorted(set(checkpoints) | {event.iteration}))
        return Checkpoint(event.iteration, path)

    def checkpoints(self) -> list[Checkpoint]:
        folder = self.folder / "checkpoints"
        if not folder.is_dir():
            return []
        found = [Checkpoint(int(p.name), p) for p in folder.iterdir() if p.name.isdigit() and p.is_dir()]
        return sorted(found, key=lambda c: c.iteration)

    def latest_checkpoint(self) -> Checkpoint | None:
        found = self.checkpoints()
        return found[-1] if found else None

    @property
    def label(self) -> str:
        """The name the user gave the run, else its id."""
        return self.info.get("label") or self.id

    def rename(self, name: str) -> None:
        name = " ".join(name.split())
        if not name:
            raise StoreError("A run's name cannot be empty.")
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
        return sum(p.stat().st_size for p in self.folder.rglob("*") if p.is_file())

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
            raise StoreError(f"Cannot write to the data folder {self.home} ({exc.strerror or exc}).") from None

    def create_run(self, settings: TrainingSettings, parent: str | None = None, engine: str = "local") -> RunRecord:
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
        }
        _write_json(record.folder / "run.json", info)
        (record.folder / "metrics.jsonl").touch()
        return record

    def runs(self) -> list[RunRecord]:
        if not self.runs_dir.is_dir():
            return []
        found = [RunRecord(p) for p in self.runs_dir.iterdir() if (p / "run.json").is_file()]
        return sorted(found, key=lambda r: r.id)

    def delete(self, run_id: str) -> None:
        record = self.get(run_id)
        if record is None:
            raise StoreError(f"No run called '{run_id}' was found.")
        shutil.rmtree(record.folder)

    def size_bytes(self) -> int:
        return sum(run.size_bytes() for run in self.runs())

    def get(self, run_id: str) -> RunRecord | None:
        folder = self.runs_dir / run_id
        return RunRecord(folder) if (folder / "run.json").is_file() else None

    def mark_interrupted(self) -> list[RunRecord]:
        """Runs left 'running' by a process that no longer exists are marked interrupted."""
        marked = []
        for run in self.runs():
            info = run.info
            if info.get("status") in ("running", "resuming", "created") and not _alive(info.get("pid")):
                run.update_info(status="interrupted")
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
        record = self.get(spec) if "/" not in spec and spec not in (".", "..") else None
        path = Path(spec).expanduser()
        if record is None and (path / "run.json").is_file():
            record = RunRecord(path)
        if record is not None:
            latest = record.latest_checkpoint()
            if latest is None:
                raise StoreError(f"Run {record.id} has no checkpoint yet.")
            return record, latest.path
        if not path.exists():
            raise StoreError(f"No run or checkpoint called '{spec}' was found.")
        if not path.is_dir():
            raise StoreError(f"'{spec}' is a file, not a checkpoint folder.")
        if not ((path / POLICY_FILE).is_file() or (path / RLLIB_MODULE_PATH).is_dir()):
            raise StoreError(f"'{spec}' is not an RLlib checkpoint (no policy inside).")
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
        with the process that wrote them and are redone, so they go as the run really restarts."""
        self.record = record
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
            elif isinstance(event, RunFailed):
                status = "interrupted" if event.interrupted else "failed"
                self.record.update_info(status=status, finished=time.time(), reason=event.reason)
