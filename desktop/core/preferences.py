"""The app's preferences, kept in the data folder so the GUI and the CLI share them.

(Window geometry and layout live in QSettings; this file holds what the engine also needs.)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.atomic import read_json_object, write_json_atomic
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.store import data_home

_TYPES: dict[str, type] = {
    "keep_checkpoints": int, "runtime": str, "cluster_address": str, "last_settings": dict, "tour_offered": bool, "language": str,
}



def _valid(value: object, kind: type) -> bool:
    """`value` has the type its key needs (True is no int here, and an int is a small count)."""
    if kind is bool or isinstance(value, bool):
        return kind is bool and isinstance(value, bool)
    return isinstance(value, kind) and (kind is not int or 0 <= value <= 10**6)  # type: ignore[operator]


@dataclass
class Preferences:
    keep_checkpoints: int = 0  # keep only the newest K checkpoints of a run; 0 keeps all
    runtime: str = "local"  # "local" (embedded) or "cluster"
    cluster_address: str = ""
    last_settings: dict[str, Any] = field(default_factory=dict)
    tour_offered: bool = False  # the first launch offered the guided tour and the user answered for good
    language: str = ""  # the window's language ("en", "zh_CN"); "" follows the system locale

    @classmethod
    def load(cls, home: Path | None = None) -> Preferences:
        return cls.load_reporting(home)[0]

    @classmethod
    def load_reporting(cls, home: Path | None = None) -> tuple[Preferences, list[str]]:
        """The preferences, and one sentence per damaged part that was replaced by its default."""
        path = (home or data_home()) / "preferences.json"
        data = read_json_object(path)
        if data is None:
            damaged = path.exists() or path.is_symlink()
            return cls(), [Sentence(QT_TRANSLATE_NOOP("Messages", "{path}: damaged, the defaults are used"), path=path)] if damaged else []
        known: dict[str, Any] = {}
        skipped: list[Any] = []
        for key, kind in _TYPES.items():
            value = data.get(key)
            if value is None:
                continue
            if _valid(value, kind):
                known[key] = value
            else:
                skipped.append(Sentence(QT_TRANSLATE_NOOP("Messages", "{path}: the value of {key} is damaged, its default is used"), path=path, key=key))
        return cls(**known), skipped

    def save(self, home: Path | None = None) -> None:
        folder = home or data_home()
        folder.mkdir(parents=True, exist_ok=True)
        write_json_atomic(folder / "preferences.json", asdict(self))
