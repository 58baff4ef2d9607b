"""A setting as text: what a person typed in the form or on the command line -> a value (or one sentence
saying what is wrong), and a value as the form shows it."""

from __future__ import annotations

import math
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence, quoted
from desktop.core.settings import MAX_LAYER_WIDTH, MAX_LAYERS, Field, SettingsError, TrainingSettings

MAX_NUMBER_CHARS = 40  # longer "numbers" are refused before int()/float() spend time on them


def parse_hidden(text: str) -> tuple[int, ...]:
    """'256,256' -> (256, 256), with a sentence for anything else."""
    parts = [p.strip() for p in str(text).replace(" ", ",").split(",") if p.strip()]
    if not parts:
        raise SettingsError(QT_TRANSLATE_NOOP("Messages", "Hidden layers must be a list of sizes such as 64,64."))
    if len(parts) > MAX_LAYERS or any(len(p) > 9 for p in parts):
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "The network needs between 1 and {layers} hidden layers of at most {width} units."),
                                       layers=MAX_LAYERS, width=MAX_LAYER_WIDTH))
    sizes: list[int] = []
    for part in parts:
        if not (part.isascii() and part.isdigit()):
            raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "Hidden layers must be whole numbers such as 64,64, not {text}."), text=quoted(text)))
        sizes.append(int(part))
    return tuple(sizes)


def parse_number(name: str, text: str, kind: type = float) -> Any:
    """Parse one typed value; a failure becomes a sentence naming the setting."""
    raw = str(text).strip()
    if len(raw) > MAX_NUMBER_CHARS:
        template = (QT_TRANSLATE_NOOP("Messages", "{name} must be a whole number of at most {limit} characters.") if kind is int
                    else QT_TRANSLATE_NOOP("Messages", "{name} must be a number of at most {limit} characters."))
        raise SettingsError(Sentence(template, name=name, limit=MAX_NUMBER_CHARS))
    try:
        value = kind(raw)
    except (TypeError, ValueError):
        template = QT_TRANSLATE_NOOP("Messages", "{name} must be a whole number, not {text}.") if kind is int else QT_TRANSLATE_NOOP("Messages", "{name} must be a number, not {text}.")
        raise SettingsError(Sentence(template, name=name, text=quoted(text))) from None
    if kind is float and not math.isfinite(value):
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "{name} must be a finite number."), name=name))
    return value


NONE_WORDS = ("", "none", "never", "off")


def parse_field(f: Field, text: str) -> Any:
    """A value for field `f` from what a person typed (form or command line)."""
    raw = str(text).strip()
    if f.optional and raw.lower() in NONE_WORDS:
        return None
    if f.kind is tuple:
        return parse_hidden(raw)
    if f.kind is bool:
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "{name} must be yes or no, not {text}."), name=f.what or f.label, text=quoted(text)))
    return parse_number(f.what or f.label, raw, f.kind)


def format_field(settings: TrainingSettings, f: Field) -> str:
    """The value of a field as the form shows it."""
    value = getattr(settings, f.name)
    if value is None:
        return ""
    if f.kind is tuple:
        return ",".join(str(h) for h in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"{value:g}" if isinstance(value, float) else str(value)
