"""What a hyperparameter sweep tries: parameters, their values, how many trials and the scheduler.

`--grid NAME=V1:V2:…` lists values (a colon separates them, a list value such as
hidden layers is comma-separated); `--random NAME=LO..HI` draws from a range
(log-uniform for learning rates) and `--random NAME=V1:V2` picks among values.
Every mistake is refused with one sentence (SettingsError) before Ray starts.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence, quoted
from desktop.core.setting_text import parse_hidden, parse_number
from desktop.core.settings import FIELDS, FIELDS_BY_NAME, SettingsError, TrainingSettings, validate


@dataclass(frozen=True)
class ParamKind:
    """One parameter a sweep can vary: its setting, its type and how to show it."""

    field: str  # the TrainingSettings field
    kind: type  # int, float or tuple (a list of layer sizes)
    label: str
    log_scale: bool = False


# Every setting a sweep can vary, from its one declaration in desktop.core.settings.FIELDS.
PARAMS: dict[str, ParamKind] = {
    f.sweep: ParamKind(f.name, f.kind, f.label.lower(), f.log_scale) for f in FIELDS if f.sweep is not None
}
ALIASES = {
    "hidden_layers": "hidden", "learning_rate": "lr", "batch": "train_batch", "train_batch_size": "train_batch",
    "minibatch_size": "minibatch", "num_epochs": "epochs", "entropy": "entropy_coeff", "lambda_": "lambda",
}
SCHEDULERS = ("fifo", "asha")
MAX_TRIALS = 256
MAX_SAMPLES = 256
DEFAULT_RANDOM_SAMPLES = 4


@dataclass(frozen=True)
class SweepParam:
    """One swept parameter: grid values, random choices (`values`) or a random range (`low`..`high`)."""

    name: str
    mode: str  # "grid" or "random"
    values: tuple[Any, ...] = ()
    low: float | None = None
    high: float | None = None

    @property
    def is_range(self) -> bool:
        return self.low is not None

    def describe(self) -> str:
        """How the sweep varies it ("lr: 0.001 | 0.003"); a `Sentence`, so the window can translate it."""
        if self.is_range:
            template = (QT_TRANSLATE_NOOP("Messages", "{name} from {low} to {high} (log-uniform)") if PARAMS[self.name].log_scale
                        else QT_TRANSLATE_NOOP("Messages", "{name} from {low} to {high}"))
            return Sentence(template, name=self.name, low=format_value(self.name, self.low), high=format_value(self.name, self.high))
        joined = " | ".join(format_value(self.name, v) for v in self.values)
        return Sentence(QT_TRANSLATE_NOOP("Messages", "{name} in {values}") if self.mode == "random" else "{name}: {values}", name=self.name, values=joined)

    def to_dict(self) -> dict[str, Any]:
        values = [list(v) if isinstance(v, tuple) else v for v in self.values]
        return {"name": self.name, "mode": self.mode, "values": values, "low": self.low, "high": self.high}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SweepParam:
        values = tuple(tuple(v) if isinstance(v, list) else v for v in data.get("values", ()))
        return cls(data["name"], data["mode"], values, data.get("low"), data.get("high"))


@dataclass(frozen=True)
class SweepSpec:
    """A whole sweep: the base settings every trial starts from, what varies and how trials are scheduled."""

    base: TrainingSettings
    params: tuple[SweepParam, ...]
    samples: int = 1
    scheduler: str = "fifo"
    grace_period: int | None = None  # ASHA: iterations every trial gets before it can be stopped
    reduction_factor: int = 2
    max_concurrent: int | None = None  # None: as many as Ray's CPUs allow

    @property
    def grid_size(self) -> int:
        return math.prod(len(p.values) for p in self.params if p.mode == "grid")

    @property
    def trials(self) -> int:
        return self.grid_size * self.samples

    def asha_grace_period(self) -> int:
        if self.grace_period is not None:
            return self.grace_period
        return max(1, self.base.iterations // 5)

    def describe(self) -> str:
        parts = {f"p{i}": p.describe() for i, p in enumerate(self.params)}
        listed = Sentence("; ".join("{" + key + "}" for key in parts), **parts)  # each part translated on its own
        return Sentence(QT_TRANSLATE_NOOP("Messages", "{trials} trials ({parts}), {scheduler}, {iterations} iterations each"),
                        trials=self.trials, parts=listed, scheduler=self.scheduler.upper(), iterations=self.base.iterations)

    def to_dict(self) -> dict[str, Any]:
        return {
            "base": self.base.to_dict(), "params": [p.to_dict() for p in self.params], "samples": self.samples,
            "scheduler": self.scheduler, "grace_period": self.grace_period,
            "reduction_factor": self.reduction_factor, "max_concurrent": self.max_concurrent,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SweepSpec:
        return cls(
            base=TrainingSettings.from_dict(data.get("base", {})),
            params=tuple(SweepParam.from_dict(p) for p in data.get("params", [])),
            samples=int(data.get("samples", 1)), scheduler=data.get("scheduler", "fifo"),
            grace_period=data.get("grace_period"), reduction_factor=int(data.get("reduction_factor", 2)),
            max_concurrent=data.get("max_concurrent"),
        )


def param_name(text: str) -> str:
    """A typed parameter name -> its canonical name, or a sentence listing the names there are."""
    name = str(text).strip().lower().replace("-", "_")
    name = ALIASES.get(name, name)
    if name not in PARAMS:
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "Unknown sweep parameter {text}; choose from {params}."), text=quoted(text), params=', '.join(PARAMS)))
    return name


def format_value(name: str, value: Any) -> str:
    if isinstance(value, (tuple, list)):
        return ",".join(str(int(v)) for v in value)
    if PARAMS[name].kind is int:
        return str(int(value))
    return f"{float(value):g}"


def parse_value(name: str, text: str) -> Any:
    kind = PARAMS[name]
    if kind.kind is tuple:
        return parse_hidden(text)
    return parse_number(Sentence(QT_TRANSLATE_NOOP("Messages", "The {label} value"), label=kind.label), text, kind.kind)


def _split(option: str, text: str) -> tuple[str, str]:
    name, sep, rest = str(text).partition("=")
    if not sep or not name.strip():
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "{option} needs NAME=VALUES such as hidden=64,64:256,256, not {text}."), option=option, text=quoted(text)))
    if not rest.strip():
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "{option} {value}= lists no values."), option=option, value=name.strip()))
    return param_name(name), rest.strip()


def _values(option: str, name: str, text: str) -> tuple[Any, ...]:
    pieces = [p.strip() for p in text.split(":")]
    if any(not p for p in pieces):
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "{option} {name} has an empty value; separate values with one colon, as in 64,64:256,256."), option=option, name=name))
    values = tuple(parse_value(name, p) for p in pieces)
    if len(set(values)) != len(values):
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "{option} {name} lists the same value twice."), option=option, name=name))
    return values


def parse_grid(text: str) -> SweepParam:
    """'hidden=64,64:256,256' -> every listed value is tried."""
    name, rest = _split("--grid", text)
    if ".." in rest:
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "--grid {name} lists values, not a range; use --random {name}=LOW..HIGH for a range."), name=name))
    return SweepParam(name, "grid", _values("--grid", name, rest))


def parse_random(text: str) -> SweepParam:
    """'lr=0.00001..0.001' -> drawn from the range; 'hidden=64:128' -> drawn among the values."""
    name, rest = _split("--random", text)
    if ".." not in rest:
        return SweepParam(name, "random", _values("--random", name, rest))
    kind = PARAMS[name]
    if kind.kind is tuple:
        raise SettingsError(QT_TRANSLATE_NOOP("Messages", "Hidden layers cannot be a range; list the choices, as in hidden=64,64:256,256."))
    low_text, _, high_text = rest.partition("..")
    low, high = parse_value(name, low_text), parse_value(name, high_text)
    if not low < high:
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "--random {name}={rest} must go from a smaller to a larger number."), name=name, rest=rest))
    if kind.log_scale and low <= 0:
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "The {label} range must start above 0 (it is drawn on a log scale)."), label=kind.label))
    return SweepParam(name, "random", (), float(low) if kind.kind is float else low, high)


def parse_scheduler(text: str) -> str:
    name = str(text).strip().lower()
    if name not in SCHEDULERS:
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "Unknown scheduler {text}; choose fifo or asha."), text=quoted(text)))
    return name


def trial_settings(base: TrainingSettings, params: dict[str, Any]) -> TrainingSettings:
    """The settings one trial trained with (what a sweep trial continues with as a normal run)."""
    changes = {}
    for name, value in params.items():
        kind = PARAMS[param_name(name)]
        changes[kind.field] = tuple(int(v) for v in value) if kind.kind is tuple else kind.kind(value)
    return base.replace(**changes)


def _candidates(param: SweepParam) -> tuple[Any, ...]:
    if param.is_range:
        kind = PARAMS[param.name].kind
        return (kind(param.low), kind(param.high))
    return param.values


def validate_spec(spec: SweepSpec, available_cpus: float | None = None) -> SweepSpec:
    """Return the spec if every trial it can produce can run, else raise SettingsError with one sentence."""
    if not spec.params:
        raise SettingsError(QT_TRANSLATE_NOOP("Messages", "A sweep needs at least one parameter to vary, such as --grid lr=0.0001:0.0003."))
    names = [p.name for p in spec.params]
    for name in names:
        if names.count(name) > 1:
            raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "The sweep varies {name} twice; give each parameter once."), name=name))
    if spec.scheduler not in SCHEDULERS:
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "Unknown scheduler '{scheduler}'; choose fifo or asha."), scheduler=spec.scheduler))
    if not 1 <= spec.samples <= MAX_SAMPLES:
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "The number of samples must be between 1 and {max_samples}."), max_samples=MAX_SAMPLES))
    if spec.trials > MAX_TRIALS:
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "This sweep would run {trials} trials; keep it to {max_trials} or fewer."), trials=spec.trials, max_trials=MAX_TRIALS))
    if spec.max_concurrent is not None and spec.max_concurrent < 1:
        raise SettingsError(QT_TRANSLATE_NOOP("Messages", "Trials at once must be at least 1."))
    if spec.scheduler == "asha":
        if spec.base.iterations < 2:
            raise SettingsError(QT_TRANSLATE_NOOP("Messages", "ASHA needs at least 2 iterations per trial to stop any trial early."))
        if not 1 <= spec.asha_grace_period() < spec.base.iterations:
            raise SettingsError(QT_TRANSLATE_NOOP("Messages", "ASHA's grace period must be at least 1 and below the number of iterations."))
        if not 2 <= spec.reduction_factor <= 16:
            raise SettingsError(QT_TRANSLATE_NOOP("Messages", "ASHA's reduction factor must be between 2 and 16."))
    validate(spec.base)
    for name in names:
        field = FIELDS_BY_NAME[PARAMS[name].field]
        if not field.applies_to(spec.base.algorithm):
            raise SettingsError(Sentence(
                QT_TRANSLATE_NOOP("Messages", "{setting} is a {algorithms} setting, and this sweep trains {algorithm}."),
                setting=field.label, algorithms="/".join(field.algorithms), algorithm=spec.base.algorithm,
            ))
    combos = itertools.islice(itertools.product(*(_candidates(p) for p in spec.params)), 4096)
    for combo in combos:
        validate(trial_settings(spec.base, dict(zip(names, combo, strict=True))))
    need = spec.base.cpus_needed()
    if available_cpus is not None and need > available_cpus + 1e-9:
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "Each trial needs {need} CPUs but Ray has {available_cpus:g} free."), need=need, available_cpus=available_cpus))
    return spec


def build_spec(
    base: TrainingSettings, grid: list[str] = (), random: list[str] = (),  # type: ignore[assignment]
    samples: int | None = None, scheduler: str = "fifo", **options: Any,
) -> SweepSpec:
    """Parse the typed --grid / --random texts into a validated spec (without knowing Ray's CPUs)."""
    params = tuple([parse_grid(t) for t in grid] + [parse_random(t) for t in random])
    has_random = any(p.mode == "random" for p in params)
    if samples is None:
        samples = DEFAULT_RANDOM_SAMPLES if has_random else 1
    spec = SweepSpec(base, params, samples, parse_scheduler(scheduler), **options)
    return validate_spec(spec)
