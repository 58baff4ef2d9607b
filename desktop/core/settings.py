"""Training settings, their presets, and validation that speaks in plain sentences.

Everything a user can type reaches the engine through `TrainingSettings`;
`validate` refuses a bad value with one sentence before anything starts.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any

from desktop.core.errors import UserError


class SettingsError(UserError, ValueError):
    """A setting the user chose cannot work; the message is one sentence for them."""


@dataclass(frozen=True)
class TrainingSettings:
    """What one PPO training run on CartPole-v1 needs to know."""

    preset: str = "quick"
    iterations: int = 40
    target_return: float | None = 475.0
    checkpoint_freq: int = 5
    checkpoint_at_end: bool = True
    hidden: tuple[int, ...] = (64, 64)
    lr: float = 2e-3
    lr_end: float | None = 1e-4  # the learning rate falls linearly from `lr` to this (None: constant)...
    lr_decay_steps: int = 50_000  # ...over this many environment steps, then stays there
    train_batch: int = 1000
    minibatch: int = 250
    epochs: int = 10
    env_runners: int = 0
    envs_per_runner: int = 8
    gamma: float = 0.99
    lambda_: float = 0.95
    entropy_coeff: float = 0.0
    vf_loss_coeff: float = 1.0
    kl_loss: bool = False  # PPO's adaptive KL penalty on top of clipping (RLlib's default: on)
    vf_clip: float | None = None  # cap on the value loss per step (RLlib's default 10; None: no cap)
    seed: int | None = None
    env: str = "CartPole-v1"
    extra: dict[str, Any] = field(default_factory=dict)

    def replace(self, **changes: Any) -> TrainingSettings:
        return dataclasses.replace(self, **changes)

    def same_algorithm(self, other: TrainingSettings) -> bool:
        """True if both build the same RLlib algorithm: they may differ only in when the run stops or saves."""
        run_only = {"preset": "", "iterations": 0, "target_return": None, "checkpoint_freq": 0, "checkpoint_at_end": False}
        return self.replace(**run_only) == other.replace(**run_only)

    def cpus_needed(self) -> int:
        """CPUs Ray must have free: one for the run (it hosts the learner) plus one per EnvRunner."""
        return 1 + self.env_runners

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["hidden"] = list(self.hidden)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainingSettings:
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "hidden" in values:
            values["hidden"] = tuple(int(h) for h in values["hidden"])
        return cls(**values)


# "Quick demo": the fastest reliable way to a balanced pole on a 2-core laptop (issue #8's search).
# Sampling runs next to the learner (no EnvRunner actors); 4 minibatches of 250 per epoch, since
# RLlib's fixed cost per update dominates small ones; no KL penalty (clipping suffices, and it
# costs time per update); no cap on the value loss (RLlib's cap of 10 stalls the value function
# once returns grow); a learning rate that anneals, so the pole stays up once it is.
QUICK = TrainingSettings()

# "Standard": RLlib 2.60's own PPO defaults, what the tutorial's `rllib train` ran.
STANDARD = TrainingSettings(
    preset="standard",
    iterations=20,
    checkpoint_freq=10,
    hidden=(256, 256),
    lr=5e-5,
    lr_end=None,
    train_batch=4000,
    minibatch=128,
    epochs=30,
    env_runners=0,
    envs_per_runner=1,
    gamma=0.99,
    lambda_=1.0,
    entropy_coeff=0.0,
    vf_loss_coeff=1.0,
    kl_loss=True,
    vf_clip=10.0,
)

PRESETS: dict[str, TrainingSettings] = {"quick": QUICK, "standard": STANDARD}
PRESET_LABELS = {"quick": "Quick demo", "standard": "Standard", "custom": "Custom"}

MAX_ITERATIONS = 100_000
MAX_LAYER_WIDTH = 4096
MAX_LAYERS = 8
MAX_BATCH = 1_000_000
MAX_ENV_RUNNERS = 256


def preset(name: str) -> TrainingSettings:
    """The settings of a named preset ("quick" or "standard")."""
    try:
        return PRESETS[name]
    except KeyError:
        raise SettingsError(f"Unknown preset {_quote(name)}; choose quick or standard.") from None


def _quote(text: str) -> str:
    """The user's text, on one line and short, for a message."""
    flat = " ".join(str(text).split())
    return f"'{flat[:24]}…'" if len(flat) > 25 else f"'{flat}'"


def parse_hidden(text: str) -> tuple[int, ...]:
    """'256,256' -> (256, 256), with a sentence for anything else."""
    parts = [p.strip() for p in str(text).replace(" ", ",").split(",") if p.strip()]
    if not parts:
        raise SettingsError("Hidden layers must be a list of sizes such as 64,64.")
    sizes: list[int] = []
    for part in parts:
        if not (part.isascii() and part.isdigit()):
            raise SettingsError(f"Hidden layers must be whole numbers such as 64,64, not {_quote(text)}.")
        sizes.append(int(part))
    return tuple(sizes)


def parse_number(name: str, text: str, kind: type = float) -> Any:
    """Parse one typed value; a failure becomes a sentence naming the setting."""
    try:
        value = kind(str(text).strip())
    except (TypeError, ValueError):
        article = "a whole number" if kind is int else "a number"
        raise SettingsError(f"{name} must be {article}, not {_quote(text)}.") from None
    if kind is float and not math.isfinite(value):
        raise SettingsError(f"{name} must be a finite number.")
    return value


def validate(settings: TrainingSettings, available_cpus: float | None = None) -> TrainingSettings:
    """Return the settings unchanged if they can work, else raise SettingsError with one sentence.

    `available_cpus` is what Ray has; a run needing more would wait forever, so it is refused.
    """
    s = settings
    if s.env != "CartPole-v1":
        raise SettingsError(f"Only CartPole-v1 is supported, not '{s.env}'.")
    if not 1 <= s.iterations <= MAX_ITERATIONS:
        raise SettingsError(f"Iterations must be between 1 and {MAX_ITERATIONS:,}.")
    if s.target_return is not None and not (math.isfinite(s.target_return) and 0 < s.target_return <= 500):
        raise SettingsError("The target mean return must be above 0 and at most 500 (CartPole's maximum).")
    if not 0 <= s.checkpoint_freq <= MAX_ITERATIONS:
        raise SettingsError("Checkpoint frequency must be 0 (never) or a positive number of iterations.")
    if not 1 <= len(s.hidden) <= MAX_LAYERS:
        raise SettingsError(f"The network needs between 1 and {MAX_LAYERS} hidden layers.")
    if any(not 1 <= h <= MAX_LAYER_WIDTH for h in s.hidden):
        raise SettingsError(f"Each hidden layer must have between 1 and {MAX_LAYER_WIDTH} units.")
    if not (math.isfinite(s.lr) and 0 < s.lr <= 1):
        raise SettingsError("The learning rate must be above 0 and at most 1 (try 0.0003).")
    if s.lr_end is not None and not (math.isfinite(s.lr_end) and 0 < s.lr_end <= 1):
        raise SettingsError("The final learning rate must be above 0 and at most 1.")
    if not 1 <= s.lr_decay_steps <= 10**9:
        raise SettingsError("The learning rate's decay must last between 1 and 1,000,000,000 steps.")
    if s.vf_clip is not None and not (math.isfinite(s.vf_clip) and s.vf_clip > 0):
        raise SettingsError("The value loss cap must be a positive number (or none).")
    if not 32 <= s.train_batch <= MAX_BATCH:
        raise SettingsError(f"The train batch size must be between 32 and {MAX_BATCH:,} steps.")
    if not 8 <= s.minibatch <= s.train_batch:
        raise SettingsError("The minibatch must be at least 8 steps and no larger than the train batch.")
    if not 1 <= s.epochs <= 100:
        raise SettingsError("Epochs must be between 1 and 100.")
    if not 0 <= s.env_runners <= MAX_ENV_RUNNERS:
        raise SettingsError(f"EnvRunners must be between 0 and {MAX_ENV_RUNNERS}.")
    if not 1 <= s.envs_per_runner <= 64:
        raise SettingsError("Environments per EnvRunner must be between 1 and 64.")
    if not (0 < s.gamma <= 1 and 0 <= s.lambda_ <= 1):
        raise SettingsError("Gamma must be in (0, 1] and lambda in [0, 1].")
    if not (math.isfinite(s.entropy_coeff) and 0 <= s.entropy_coeff <= 1):
        raise SettingsError("The entropy coefficient must be between 0 and 1.")
    if s.seed is not None and not 0 <= s.seed < 2**31:
        raise SettingsError("The seed must be a whole number between 0 and 2147483647.")
    if available_cpus is not None and s.cpus_needed() > available_cpus + 1e-9:
        raise SettingsError(
            f"These settings need {s.cpus_needed()} CPUs (1 for the run + {s.env_runners} EnvRunners) "
            f"but Ray has {available_cpus:g} free; use at most {max(int(available_cpus) - 1, 0)} EnvRunners."
        )
    return s
