"""`train`'s arguments -> TrainingSettings: the game's preset, then the tutorial's `--stop` and `--config`, then one
flag per declared setting (desktop.core.settings.FIELDS). `sweep` takes the same setting flags and `--config`."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.cli_numbers import UsageError
from desktop.core import settings as settings_mod
from desktop.core.algorithms import ALGORITHMS
from desktop.core.games import DEFAULT_GAME, find_game
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.setting_text import parse_field
from desktop.core.settings import FIELDS, FIELDS_BY_NAME, MAX_ITERATIONS, SettingsError, TrainingSettings

# The keys of the tutorial's `--stop` (Tune's names, old and new) -> the setting that stops a run there.
STOP_KEYS = {
    "training_iteration": "iterations",
    "episode_reward_mean": "target_return",
    "env_runners/episode_return_mean": "target_return",
    "episode_return_mean": "target_return",
    "timesteps_total": "max_timesteps",
    "num_env_steps_sampled_lifetime": "max_timesteps",
    "time_total_s": "max_time_s",
}


def _json_object(flag: str, text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        raise UsageError(Sentence(QT_TRANSLATE_NOOP("Messages", '{flag} must be a JSON object such as \'{{"training_iteration": 20}}\''), flag=flag)) from None
    if not isinstance(value, dict):
        raise UsageError(Sentence(QT_TRANSLATE_NOOP("Messages", '{flag} must be a JSON object such as \'{{"training_iteration": 20}}\''), flag=flag))
    return value


def _stop_changes(text: str) -> dict[str, Any]:
    """The tutorial's `--stop` JSON as settings: only the rules given stop the run."""
    changes: dict[str, Any] = {"iterations": MAX_ITERATIONS, "target_return": None}
    for key, value in _json_object("--stop", text).items():
        if key not in STOP_KEYS:
            raise UsageError(Sentence(QT_TRANSLATE_NOOP("Messages", "--stop knows no rule '{value}'; use {stop_keys}"), value=key[:40], stop_keys=", ".join(STOP_KEYS)))
        name = STOP_KEYS[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise UsageError(Sentence(QT_TRANSLATE_NOOP("Messages", "--stop's {key} must be a number"), key=key))
        changes[name] = parse_field(FIELDS_BY_NAME[name], str(value))
    return changes


def settings_from_args(args: argparse.Namespace) -> TrainingSettings:
    """The preset of the game and algorithm asked for, changed by --stop, --config and each setting's flag."""
    env = DEFAULT_GAME
    if args.env is not None:
        from desktop.sim.game import check_env_id  # gymnasium: only when a game is named

        env = check_env_id(args.env).env_id
    if args.run is not None and args.run.strip().upper() not in ALGORITHMS:
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "RL Playground has no algorithm '{value}'; choose one of {algorithms}."), value=args.run[:20], algorithms=", ".join(ALGORITHMS)))
    s = settings_mod.preset(args.preset, env, args.run)
    changes: dict[str, Any] = _stop_changes(args.stop) if args.stop is not None else {}
    changes.update(setting_changes(args, s))
    if args.checkpoint_at_end:
        changes["checkpoint_at_end"] = True
    return s.replace(**changes)


def add_setting_flags(parser: argparse.ArgumentParser) -> None:
    """One flag per declared setting, and the tutorial's `--config` (train and sweep take the same ones)."""
    parser.add_argument("--config", metavar="JSON", help='RLlib config keys set as they are, e.g. \'{"lr": 0.001}\'')
    for f in FIELDS:
        if f.cli:
            only = f" ({'/'.join(f.algorithms)} only)" if f.algorithms else ""
            parser.add_argument(f.flag, dest=f"set_{f.name}", metavar=f.kind.__name__.upper() if f.kind is not tuple else "SIZES",
                                help=f"{f.tip}{only}".replace("%", "%%"))  # argparse formats help with %


def setting_changes(args: argparse.Namespace, s: TrainingSettings) -> dict[str, Any]:
    """What the setting flags and `--config` change in the settings `s` (each value checked as the form checks it)."""
    changes: dict[str, Any] = {}
    for f in FIELDS:
        text = getattr(args, f"set_{f.name}", None)
        if text is None:
            continue
        if not f.applies_to(s.algorithm):
            raise UsageError(Sentence(QT_TRANSLATE_NOOP("Messages", "{flag} is a {algorithms} setting, and this run uses {algorithm}"), flag=f.flag, algorithms="/".join(f.algorithms), algorithm=s.algorithm))
        value = parse_field(f, text)
        # "0 = never" for the target of a game whose returns cannot fall below 0 (CartPole).
        spec = find_game(s.env)
        if f.name == "target_return" and value == 0 and spec is not None and spec.min_return >= 0:
            value = None
        changes[f.name] = value
    if args.config is not None:
        changes["extra"] = _json_object("--config", args.config)
    return changes

