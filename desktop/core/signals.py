"""Closing the terminal (SIGHUP) is handled like SIGTERM: the run checkpoints, records its status and
cleans up. Both become a KeyboardInterrupt in the main thread, which the CLI's loops already treat
as "stop after this iteration and save"; a second one leaves at once (still shutting Ray down)."""

from __future__ import annotations

import signal
import threading
from types import FrameType


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def hang_up_like_terminate() -> None:
    """SIGHUP and SIGTERM raise KeyboardInterrupt in the main thread (where Ctrl-C already stops a run)."""
    if threading.current_thread() is not threading.main_thread():
        return
    for name in ("SIGHUP", "SIGTERM"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, _interrupt)
