"""A run's metrics as CSV, one row per iteration, for a spreadsheet (empty cells where a value is missing)."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable
from dataclasses import fields
from pathlib import Path

from desktop.core.events import IterationResult

COLUMNS = [f.name for f in fields(IterationResult)]


def metrics_csv(results: Iterable[IterationResult]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for result in results:
        row = []
        for name in COLUMNS:
            value = getattr(result, name)
            row.append("" if isinstance(value, float) and math.isnan(value) else value)
        writer.writerow(row)
    return out.getvalue()


def write_metrics_csv(results: Iterable[IterationResult], path: str | Path) -> None:
    Path(path).write_text(metrics_csv(results), encoding="utf-8")
