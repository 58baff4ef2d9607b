"""The PySide6 window. Talks to the engine only through bridge.py."""

from __future__ import annotations

import sys


def _make_none_immortal() -> None:
    """PySide6 6.12 drops a reference to None on many calls that return nothing (QPainter.setPen,
    fillRect, drawImage…, ~20 per simulator frame). On Python < 3.12 None's count then reaches zero
    after some thousands of frames and the process aborts ("none_dealloc: deallocating None").
    Python 3.12 made None immortal (PEP 683); give it a count no frame rate can use up."""
    if sys.version_info < (3, 12):
        import ctypes

        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


_make_none_immortal()
