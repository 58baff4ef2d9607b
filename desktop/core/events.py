"""The messages that cross from the engine to the GUI and the CLI.

They are plain dataclasses of numbers, strings, bytes and numpy arrays, so they
pickle through Ray and need nothing on the receiving side but numpy.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any


def _json_number(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return float(value)


@dataclass(frozen=True)
class IterationResult:
    """One training iteration, as the charts, the table and metrics.jsonl see it."""

    iteration: int
    timesteps: int
    episode_return_mean: float
    episode_return_min: float
    episode_return_max: float
    episode_len_mean: float
    episodes: int
    time_this_iter_s: float
    time_total_s: float
    policy_loss: float = math.nan
    vf_loss: float = math.nan
    entropy: float = math.nan
    kl: float = math.nan
    timesteps_this_iter: int = 0
    trial_id: str = ""

    @property
    def steps_per_second(self) -> float:
        if self.time_this_iter_s <= 0:
            return math.nan
        return self.timesteps_this_iter / self.time_this_iter_s

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for key, value in asdict(self).items():
            data[key] = _json_number(value) if isinstance(value, float) else value
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> IterationResult:
        known = cls.__dataclass_fields__
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            values[key] = math.nan if value is None and known[key].type == "float" else value
        return cls(**values)


@dataclass(frozen=True)
class PolicyWeights:
    """The current policy network as numpy arrays (RLModule state names), for rollouts."""

    iteration: int
    weights: dict[str, Any]
    trial_id: str = ""


@dataclass(frozen=True)
class CheckpointSaved:
    """A checkpoint, carried as the bytes of a tar archive so a remote run lands on this disk."""

    iteration: int
    archive: bytes
    weights: dict[str, Any] = field(default_factory=dict)
    trial_id: str = ""


@dataclass(frozen=True)
class RunStatus:
    """A change of what the run is doing: building, running, paused, stopping."""

    status: str
    message: str = ""
    trial_id: str = ""


@dataclass(frozen=True)
class RunFinished:
    """The run ended normally: reached its stop rule or was stopped."""

    reason: str
    trial_id: str = ""


@dataclass(frozen=True)
class RunFailed:
    """The run died; `reason` is one sentence, `traceback` for the log.

    `interrupted`: the process holding the run vanished (killed, node lost); the run
    can continue from its last checkpoint.
    """

    reason: str
    traceback: str = ""
    trial_id: str = ""
    interrupted: bool = False


Event = IterationResult | PolicyWeights | CheckpointSaved | RunStatus | RunFinished | RunFailed
