"""One run's folder (runs/<id>/): run.json rewritten atomically under a lock, metrics.jsonl appended,
checkpoints/<iteration>/ renamed into place; readers that skip damage instead of failing."""

from __future__ import annotations

import json
import math
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from desktop.core import settings as settings_mod
from desktop.core.atomic import (
    fsync_folder,
    locked,
    read_json_object,
    read_regular_text,
    write_json_atomic,
    write_text_atomic,
)
from desktop.core.checkpoint_files import Checkpoint, save_policy, unpack_archive
from desktop.core.errors import StoreError
from desktop.core.events import CheckpointSaved, IterationResult
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.settings import TrainingSettings

# The Runs list asks every run for its best return whenever it refreshes: remember the answers
# (and whether metrics.jsonl had damaged lines) until the file changes.
_METRICS_SUMMARIES: dict[Path, tuple[tuple[int, int], tuple[float, str | None]]] = {}


def _metrics_line(result: IterationResult) -> str:
    """One row of metrics.jsonl."""
    return json.dumps(result.to_json(), allow_nan=False) + "\n"


def _metrics_row(line: str) -> IterationResult | None:
    """One row read back from metrics.jsonl; None when the line is damaged."""
    try:
        row = IterationResult.from_json(json.loads(line))
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError):
        return None
    return row if isinstance(row.iteration, int) and not isinstance(row.iteration, bool) else None


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
            write_json_atomic(self.folder / self.INFO_FILE, info)


class RunRecord(FolderRecord):
    """One run's folder."""

    INFO_FILE = "run.json"

    def problem(self) -> str | None:
        found = super().problem()
        if found is None:
            try:
                settings_mod.validate(self.settings)
            except settings_mod.DAMAGED_RECORD_ERRORS:
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
        """One row per iteration, the last written wins; a damaged line (a torn last one) is skipped."""
        return self._read_metrics()[0]

    def _read_metrics(self) -> tuple[list[IterationResult], str | None]:
        """The rows, and why some (or all) were left out: one phrase, None when every line was read."""
        path = self.folder / "metrics.jsonl"
        try:
            lines = read_regular_text(path, 1 << 30).splitlines()
        except (OSError, UnicodeDecodeError):
            missing = not (path.exists() or path.is_symlink())
            return [], None if missing else QT_TRANSLATE_NOOP("Messages", "metrics.jsonl cannot be read as a text file, no metrics are shown")
        rows: dict[int, IterationResult] = {}
        damaged = 0
        for line in lines:
            row = _metrics_row(line)
            if row is None:
                damaged += 1
            else:
                rows[row.iteration] = row
        problem = Sentence(QT_TRANSLATE_NOOP("Messages", "metrics.jsonl has {count} damaged line(s), they were skipped"), count=damaged) if damaged else None
        return [rows[i] for i in sorted(rows)], problem

    def forget_metrics_after(self, iteration: int) -> None:
        """Drop the rows past `iteration` (a resume from that checkpoint redoes them)."""
        rows = [r for r in self.metrics() if r.iteration <= iteration]
        write_text_atomic(self.folder / "metrics.jsonl", "".join(_metrics_line(r) for r in rows))

    def save_checkpoint(self, event: CheckpointSaved) -> Checkpoint:
        """Unpacked into a hidden temp folder, then renamed into place: never a half checkpoint."""
        path = self.checkpoint_folder(event.iteration)
        parent = path.parent
        parent.mkdir(parents=True, exist_ok=True)
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

    def checkpoint_folder(self, iteration: int) -> Path:
        """Where the checkpoint of `iteration` is (or will be) kept."""
        return self.folder / "checkpoints" / str(iteration)

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
        return self._metrics_summary()[0]

    def metrics_problem(self) -> str | None:
        """Why rows of metrics.jsonl were skipped (for the notice of damaged files), None when none were."""
        return self._metrics_summary()[1]

    def _metrics_summary(self) -> tuple[float, str | None]:
        path = self.folder / "metrics.jsonl"
        try:
            stat = path.stat()
        except OSError:
            return math.nan, None
        version = (stat.st_mtime_ns, stat.st_size)
        cached = _METRICS_SUMMARIES.get(path)
        if cached is not None and cached[0] == version:
            return cached[1]
        rows, problem = self._read_metrics()
        returns = [m.episode_return_mean for m in rows if not math.isnan(m.episode_return_mean)]
        summary = (max(returns) if returns else math.nan, problem)
        _METRICS_SUMMARIES[path] = (version, summary)
        return summary
