"""Marks strings of the Qt-free core for translation without importing Qt.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; pyside6-lupdate finds the call by its
name and puts `text` in the `.ts` file under `context`. The GUI translates it when it shows it
(`desktop.gui.i18n.core_text`); the CLI prints it as it is (English).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate looks for this name)
    return text
