"""A folder only this user can enter: where Ray's live session (sockets, logs, auth token) is kept.

/tmp is shared by every user of the machine and `/tmp/rlp-<uid>` is easy to guess: another user
could create it first (or plant a symlink) and own the live session. So the folder is created 0700,
and an existing one must be a real folder (checked with lstat, not followed) owned by this user;
a wrong mode is fixed, anything else is refused with one sentence.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop.core.errors import UserError

PRIVATE_MODE = 0o700


class UnsafeFolder(UserError):
    """The runtime folder cannot be made private to this user."""


def ensure_private_dir(path: Path) -> Path:
    """Create `path` 0700 or check an existing one (not a symlink, owned by us, mode fixed); returns it."""
    path = Path(path)
    try:
        os.mkdir(path, PRIVATE_MODE)
    except FileExistsError:
        pass
    except OSError as exc:
        raise UnsafeFolder(f"RL Playground cannot create its private folder {path} ({exc.strerror or exc}).") from None
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise UnsafeFolder(f"{path} is not a plain folder (perhaps a link planted by someone else); remove it and try again.")
    if info.st_uid != os.getuid():
        raise UnsafeFolder(
            f"{path} belongs to another user (uid {info.st_uid}), so RL Playground will not run its session there; "
            "ask an administrator to remove it."
        )
    if stat.S_IMODE(info.st_mode) != PRIVATE_MODE:
        os.chmod(path, PRIVATE_MODE, follow_symlinks=False)
    return path


def write_private_file(path: Path, text: str) -> Path:
    """A new file readable by its owner only from its first byte on (created 0600, never following a link)."""
    path = Path(path)
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    return path
