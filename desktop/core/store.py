"""The run store on disk: runs/<id>/run.json, metrics.jsonl and checkpoints/<iteration>/.

The GUI and the CLI both write runs through `RunRecorder` (desktop.core.recorder), from the
engine's events, so a run trained on a remote cluster lands here exactly like a local one.
One run's folder is a `RunRecord` (desktop.core.run_record); a checkpoint's files are in
desktop.core.checkpoint_files. Their names are imported from here too.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from desktop.core.atomic import is_regular_file, write_json_atomic
from desktop.core.checkpoint_files import (
    POLICY_FILE,
    RLLIB_MODULE_PATH,
    Checkpoint,
    load_policy,
    pack_folder,
    save_policy,
    unpack_archive,
)
from desktop.core.errors import StoreError, UserError
from desktop.core.games import game
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.recorder import RunRecorder
from desktop.core.run_record import FolderRecord, RunRecord
from desktop.core.settings import TrainingSettings
from desktop.core.trust import PROVENANCE_KEY, WRITTEN_HERE

__all__ = [
    "POLICY_FILE", "RLLIB_MODULE_PATH", "Checkpoint", "FolderRecord", "RunRecord", "RunRecorder", "RunStore",
    "StoreError", "data_home", "load_policy", "pack_folder", "process_alive", "save_policy", "stale_sentence",
    "unpack_archive",
]


def cannot_write(home: Path, exc: OSError) -> StoreError:
    return StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "Cannot write to the data folder {home} ({value})."), home=home, value=exc.strerror or exc))


def new_folder(parent: Path, base: str) -> Path:
    """Create parent/base, or base-2, base-3, … when that name is taken (two runs started in the same second)."""
    name, n = base, 1
    while True:
        try:
            (parent / name).mkdir(parents=True)
            return parent / name
        except FileExistsError:
            n += 1
            name = f"{base}-{n}"


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


class RunStore:
    """All runs under one data folder."""

    def __init__(self, home: Path | None = None):
        self.home = Path(home) if home else data_home()
        self.runs_dir = self.home / "runs"
        self.left_stale: list[str] = []  # runs mark_interrupted could not mark (a read-only data folder)

    def ensure_writable(self) -> None:
        try:
            self.runs_dir.mkdir(parents=True, exist_ok=True)
            probe = self.runs_dir / ".write-test"
            probe.write_text("ok")
            probe.unlink()
        except OSError as exc:
            raise cannot_write(self.home, exc) from None

    def create_run(
        self, settings: TrainingSettings, parent: str | None = None, engine: str = "local", provenance: str = WRITTEN_HERE
    ) -> RunRecord:
        """A new run folder; `provenance` records who wrote its checkpoints (see desktop.core.trust)."""
        self.ensure_writable()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        record = RunRecord(new_folder(self.runs_dir, f"{stamp}-{settings.algorithm.lower()}-{game(settings.env).slug}"))
        run_id = record.folder.name
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
        write_json_atomic(record.folder / "run.json", info)
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
        """One sentence per run left out (damaged run.json), per damaged metrics.jsonl, per stale run left as it was."""
        found: list[Any] = []
        for run in self._all_runs():
            problem = run.problem() or run.metrics_problem()
            if problem:
                found.append(Sentence("{folder}: {problem}", folder=run.folder, problem=problem))
        return found + self.left_stale

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
            if info.get("status") in ("running", "resuming", "created") and not process_alive(info.get("pid")):
                try:
                    run.update_info(status="interrupted")
                except (OSError, UserError) as exc:  # a read-only data folder: list it as it is
                    self.left_stale.append(stale_sentence(run.folder, info.get("status"), exc))
                    continue
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


def stale_sentence(folder: Path, status: Any, exc: Exception) -> str:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return Sentence(QT_TRANSLATE_NOOP("Messages", "{folder}: its process is gone but it could not be marked interrupted ({reason}); it still shows '{status}'"), folder=folder, reason=reason, status=status)


def process_alive(pid: Any) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
