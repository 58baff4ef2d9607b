"""The one trust rule for anything that can be unpickled (RLlib checkpoints, Tune's experiment state).

A folder is trusted when it lies inside the data folder AND the run (or sweep) that holds it was
written by this app, as recorded in its info file at creation (`provenance`). Anything else needs
the user's word: `--trust` on the command line, a Yes in the window. Copying never launders it:
an adopted trial keeps the provenance of the sweep it came from.
"""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.errors import UserError

PROVENANCE_KEY = "provenance"
WRITTEN_HERE = "written-by-rl-playground"
TRUST_SENTENCE = (
    "{path} was not written by RL Playground inside its data folder; RLlib checkpoints are Python pickles "
    "that can run code when loaded, so add --trust if you trust where it came from."
)


class UntrustedCheckpoint(UserError):
    """A pickle from outside the app's own records, opened without the user's consent."""


def _inside(path: Path, root: Path) -> bool:
    try:
        Path(path).resolve().relative_to(Path(root).resolve())
        return True
    except (ValueError, OSError, RuntimeError):
        return False


def _recorded_here(info_file: Path) -> bool:
    try:
        if not info_file.is_file() or info_file.is_symlink():
            return False
        info = json.loads(info_file.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return False
    return isinstance(info, dict) and info.get(PROVENANCE_KEY) == WRITTEN_HERE


def is_trusted(path: Path, home: Path) -> bool:
    """True when `path` lies in a run or sweep of `home` whose record says this app wrote it."""
    path = Path(path)
    if not _inside(path, home):
        return False
    resolved, root = path.resolve(), Path(home).resolve()
    for kind, info_name in (("runs", "run.json"), ("sweeps", "sweep.json")):
        base = root / kind
        try:
            relative = resolved.relative_to(base)
        except ValueError:
            continue
        if not relative.parts:
            return False
        return _recorded_here(base / relative.parts[0] / info_name)
    return False


def require_trust(path: Path, home: Path, trusted_by_user: bool) -> None:
    """Raise one sentence unless the rule or the user (--trust) trusts `path`."""
    if not trusted_by_user and not is_trusted(path, home):
        raise UntrustedCheckpoint(TRUST_SENTENCE.format(path=path))
