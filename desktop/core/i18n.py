"""Marks strings of the Qt-free core for translation without importing Qt.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; pyside6-lupdate finds the call by its
name and puts `text` in the `.ts` file under `context`. The GUI translates it when it shows it
(`desktop.gui.i18n.core_text`); the CLI prints it as it is (English).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate looks for this name)
    return text


class Sentence(str):
    """An English sentence made from a marked template and its values, that the window can translate.

    It is the formatted English text (the CLI and logs use it as any str), and it keeps `template` and
    `values` so `desktop.gui.i18n.sentence_text` can format the translated template instead. It
    survives pickling (Ray events) because a str subclass pickles its attributes too.
    """

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Sentence:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template, made.values = template, values
        return made


def quoted(text: object) -> str:
    """The user's text, on one line and short, for a message."""
    flat = " ".join(str(text).split())
    return f"'{flat[:24]}…'" if len(flat) > 25 else f"'{flat}'"
