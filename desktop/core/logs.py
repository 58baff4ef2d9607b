"""The app's own rotating log file in the data folder; Ray's and RLlib's noise stays out of it."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.core.store import data_home

LOGGER = "desktop"


def log_path(home: Path | None = None) -> Path:
    return (home or data_home()) / "logs" / "rl-playground.log"


def setup_logging(home: Path | None = None) -> Path | None:
    """Send the `desktop` loggers (only those) to logs/rl-playground.log, 1 MB x 3 files."""
    path = log_path(home)
    logger = logging.getLogger(LOGGER)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # nothing of ours in Ray's handlers, nothing of Ray's in ours
    for handler in list(logger.handlers):
        if isinstance(handler, RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None  # an unwritable data folder is reported where it matters (creating a run)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return path


def last_lines(count: int = 50, home: Path | None = None) -> list[str]:
    try:
        return log_path(home).read_text(encoding="utf-8", errors="replace").splitlines()[-count:]
    except OSError:
        return []
