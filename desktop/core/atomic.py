"""Crash-safe small files: atomic replace (unique temp name, fsync of file and folder), safe reads
that never block on a FIFO nor fail on damage, and per-folder locks (fcntl.flock) naming the holder."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError

MAX_INFO_BYTES = 16 * 1024 * 1024


class FolderBusy(UserError):
    """Another process holds a folder's writer lock."""


def fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_text_atomic(path: Path, text: str) -> None:
    """Replace `path` with `text` so a reader (or a crash) sees the old file or the new one, never half."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    replaced = False
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        replaced = True
    finally:
        if not replaced:  # a failed write (a full disk, Ctrl-C) leaves no temp file behind
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    fsync_folder(path.parent)


def write_json_atomic(path: Path, data: Any) -> None:
    write_text_atomic(path, json.dumps(data, indent=2, allow_nan=False))


def read_regular_text(path: Path, limit: int = MAX_INFO_BYTES) -> str:
    """The text of a regular file; OSError for a FIFO, a device, a folder or a file over `limit` bytes.

    Opened with O_NONBLOCK so a FIFO planted under the name cannot hang the reader."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        if info.st_size > limit:
            raise OSError(errno.EFBIG, "file too large")
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(limit + 1)
    finally:
        os.close(fd)
    return data.decode("utf-8")


def read_json_object(path: Path) -> dict[str, Any] | None:
    """A JSON object read from `path`; None when it is missing, damaged, not an object or not a file."""
    try:
        value = json.loads(read_regular_text(path))
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def is_regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


# Locks this process holds, by path: the lock is per process (one writer process per run), so a
# second recorder of the same process takes the lock over instead of refusing itself.
_HELD: dict[Path, int] = {}


class FolderLock:
    """An exclusive flock on `<folder>/<name>`; the holder's PID is written inside for the refusal."""

    def __init__(self, folder: Path, name: str = ".writer.lock", what: str = "This run"):
        self.path = Path(folder) / name
        self.what = what
        self._fd: int | None = None

    def holder(self) -> str:
        try:
            return read_regular_text(self.path, 64).strip() or "?"
        except (OSError, UnicodeDecodeError):
            return "?"

    def acquire(self, blocking: bool = False) -> None:
        if self.path in _HELD:
            self._fd = _HELD[self.path]
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            os.close(fd)
            raise FolderBusy(
                f"{self.what} is being written by another RL Playground process (PID {self.holder()}); "
                "stop that one first."
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = _HELD[self.path] = fd

    def is_held_elsewhere(self) -> bool:
        if self.path in _HELD:
            return False
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_NOFOLLOW)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        finally:
            os.close(fd)  # closing drops a lock we just took
        return False

    def release(self) -> None:
        if self._fd is not None and _HELD.get(self.path) == self._fd:
            del _HELD[self.path]
            os.close(self._fd)
        self._fd = None


@contextlib.contextmanager
def locked(folder: Path, name: str = ".info.lock") -> Iterator[None]:
    """A short exclusive lock around a read-modify-write (waits for the other writer)."""
    fd = os.open(Path(folder) / name, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
