"""The app's preferences, kept in the data folder so the GUI and the CLI share them.

(Window geometry and layout live in QSettings; this file holds what the engine also needs.)
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.store import data_home


@dataclass
class Preferences:
    keep_checkpoints: int = 0  # keep only the newest K checkpoints of a run; 0 keeps all
    runtime: str = "local"  # "local" (embedded) or "cluster"
    cluster_address: str = ""
    last_settings: dict[str, Any] = field(default_factory=dict)
    language: str = ""  # the window's language ("en", "zh_CN"); "" follows the system locale

    @classmethod
    def load(cls, home: Path | None = None) -> Preferences:
        path = (home or data_home()) / "preferences.json"
        try:
            data = json.loads(path.read_text())
        except (OSError, ValueError):
            return cls()
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        try:
            return cls(**known)
        except TypeError:
            return cls()

    def save(self, home: Path | None = None) -> None:
        folder = home or data_home()
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / "preferences.json.tmp"
        tmp.write_text(json.dumps(asdict(self), indent=2))
        os.replace(tmp, folder / "preferences.json")
