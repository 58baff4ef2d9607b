"""The trials of a sweep as Tune's status table shows them; the CLI prints it, the window draws it.

Built from the engine's events (or a saved sweep), so it needs neither Ray nor Qt.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from desktop.core.events import IterationResult
from desktop.core.sweep_spec import format_value
from desktop.core.sweep_store import SweepRecord, TrialUpdate, last_return


@dataclass
class TrialRow:
    """One line of the table: what is known about one trial so far."""

    trial_id: str
    name: str = ""
    status: str = "PENDING"
    location: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    iteration: int = 0
    time_total_s: float = math.nan
    timesteps: int = 0
    reward: float = math.nan
    early_stopped: bool = False
    checkpoint: str = ""
    returns: list[tuple[int, float]] = field(default_factory=list)  # (iteration, mean return) for the chart

    @property
    def shown_status(self) -> str:
        return "STOPPED EARLY" if self.early_stopped and self.status == "TERMINATED" else self.status


class SweepTable:
    """Every trial of one sweep, keyed by trial id, in the order Tune named them."""

    def __init__(self, param_names: list[str]):
        self.param_names = list(param_names)
        self.trials: dict[str, TrialRow] = {}

    @classmethod
    def from_record(cls, record: SweepRecord) -> SweepTable:
        table = cls([p.name for p in record.spec.params])
        for trial_id, data in record.trials().items():
            row = table._row(trial_id)
            for key in ("name", "status", "location", "params", "early_stopped", "checkpoint"):
                if key in data:
                    setattr(row, key, data[key])
            for result in record.metrics(trial_id):
                table._add_result(result)
        return table

    def _row(self, trial_id: str) -> TrialRow:
        if trial_id not in self.trials:
            self.trials[trial_id] = TrialRow(trial_id, name=trial_id)
        return self.trials[trial_id]

    def _add_result(self, result: IterationResult) -> None:
        row = self._row(result.trial_id)
        row.iteration = result.iteration
        row.time_total_s = result.time_total_s
        row.timesteps = result.timesteps
        if not math.isnan(result.episode_return_mean):
            row.reward = result.episode_return_mean
        row.returns = [r for r in row.returns if r[0] < result.iteration]
        row.returns.append((result.iteration, result.episode_return_mean))

    def apply(self, events: list[Any]) -> bool:
        """Take in engine events; True if the table changed."""
        changed = False
        for event in events:
            if isinstance(event, IterationResult) and event.trial_id:
                self._add_result(event)
                changed = True
            elif isinstance(event, TrialUpdate):
                row = self._row(event.trial_id)
                row.name, row.status = event.name or row.name, event.status
                row.params = event.params or row.params
                row.location = event.location or row.location
                row.checkpoint = event.checkpoint or row.checkpoint
                if event.status != "TERMINATED" or event.early_stopped:  # a later checkpoint note keeps the mark
                    row.early_stopped = event.early_stopped
                changed = True
        return changed

    def rows(self) -> list[TrialRow]:
        return [self.trials[k] for k in sorted(self.trials)]

    def best(self) -> TrialRow | None:
        """The trial with the highest last mean return (Tune's default ranking)."""
        scored = [(last_return(v for _, v in r.returns), r) for r in self.trials.values()]
        scored = [s for s in scored if not math.isnan(s[0])]
        return max(scored, key=lambda s: s[0])[1] if scored else None

    def counts(self) -> str:
        counts = Counter(r.shown_status for r in self.trials.values())
        inside = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        return f"Number of trials: {len(self.trials)}" + (f" ({inside})" if inside else "")

    def cells(self, row: TrialRow) -> list[str]:
        """The row as text: name, status, location, each parameter, iteration, time, timesteps, reward."""
        params = [format_value(n, row.params[n]) if n in row.params else "" for n in self.param_names]
        time_text = "" if math.isnan(row.time_total_s) else f"{row.time_total_s:.1f}"
        reward = "" if math.isnan(row.reward) else f"{row.reward:.1f}"
        return [row.name, row.shown_status, row.location, *params, str(row.iteration), time_text,
                str(row.timesteps), reward]

    def headers(self) -> list[str]:
        return ["Trial name", "status", "loc", *self.param_names, "iter", "total time (s)", "ts", "reward"]

    def text(self) -> list[str]:
        """Tune's table, as lines of text."""
        lines = [self.headers(), *(self.cells(r) for r in self.rows())]
        widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
        rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
        numeric = set(range(3 + len(self.param_names), len(widths)))

        def fmt(line: list[str]) -> str:
            cells = [c.rjust(w) if i in numeric else c.ljust(w) for i, (c, w) in enumerate(zip(line, widths, strict=True))]
            return "| " + " | ".join(cells) + " |"

        return [rule, fmt(lines[0]), rule, *(fmt(line) for line in lines[1:]), rule]

