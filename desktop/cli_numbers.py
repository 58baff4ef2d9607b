"""Numbers typed on the command line: whole numbers with a digit limit and a range, finite floats.

Used as argparse types, so a bad number is one line on stderr and exit status 2, never a traceback."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable


def bounded_int(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number written in at most 12 digits, between `low` and `high`."""

    def parse(text: str) -> int:
        digits = text.strip().lstrip("+-")
        if not digits.isascii() or not digits.isdigit() or len(digits) > 12:
            raise argparse.ArgumentTypeError(f"'{text[:20]}' is not a whole number of at most 12 digits")
        value = int(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is outside {low}..{high}")
        return value

    return parse


def finite_float(text: str) -> float:
    if len(text) > 40:
        raise argparse.ArgumentTypeError(f"'{text[:20]}…' is too long for a number")
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"'{text}' is not a finite number")
    return value


class UsageError(Exception):
    """Bad command-line input: printed as one line, exit status 2."""
