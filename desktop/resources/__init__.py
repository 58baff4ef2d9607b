"""Icons, the .desktop entry and help texts shipped with the app."""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def resource_path(name: str) -> Path:
    return FOLDER / name


def ready_policy_folder(slug: str) -> Path:
    """Where a game's ready-trained policy lies (numpy weights only: nothing in it can run code)."""
    return FOLDER / "ready" / slug
