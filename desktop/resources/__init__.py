"""Icons, the .desktop entry and help texts shipped with the app."""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def resource_path(name: str) -> Path:
    return FOLDER / name
