"""The window's language: Qt's translators (ours and Qt's own dialog buttons) and per-language help pages.

The language comes from the preferences (Settings → Language) or, by default, from the system
locale; English is the source language and needs no translator. A change takes effect on restart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core.i18n import Sentence
from desktop.resources import resource_path

# The languages the window speaks: code -> the name shown in Settings → Language (in that language).
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
_current = "en"
_translators: list[QTranslator] = []


def system_language() -> str:
    """The supported language closest to the system locale (English when none is close)."""
    name = QLocale.system().name()  # e.g. "zh_CN", "zh_TW", "en_US"
    if name.startswith("zh") and not name.startswith(("zh_TW", "zh_HK")):
        return "zh_CN"
    return "en"


def chosen_language(preference: str) -> str:
    """The preference ("" means: follow the system) resolved to a language the window speaks."""
    return preference if preference in LANGUAGES else system_language()


def install(app: QCoreApplication, language: str) -> str:
    """Load the translators for `language` into the app; returns the language in effect."""
    global _current
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    _current = "en"
    if language == "en":
        return _current
    ours = QTranslator(app)
    if not ours.load(str(resource_path(f"i18n/rl_playground_{language}.qm"))):
        return _current
    qt_own = QTranslator(app)  # QMessageBox's Yes/No, QFileDialog, context menus
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _translators.append(qt_own)
    app.installTranslator(ours)
    _translators.append(ours)
    QLocale.setDefault(QLocale(language))
    _current = language
    return _current


def current_language() -> str:
    return _current


def core_text(context: str, text: str) -> str:
    """A core string marked with QT_TRANSLATE_NOOP(context, text), in the window's language."""
    return QCoreApplication.translate(context, text)


# Where marked words of the Qt-free layers live: a sentence's values are looked up in these too.
SENTENCE_CONTEXTS = ("Messages", "Settings", "Games", "Algorithms")


def sentence_text(text: str) -> str:
    """A sentence from core/sim/engine in the window's language: a `Sentence` (its translated template,
    filled with its values, themselves translated) or a marked constant; anything else as it is."""
    if isinstance(text, Sentence):
        values = {key: sentence_text(value) if isinstance(value, str) else value for key, value in text.values.items()}
        return _first_translation(text.template).format(**values)
    return _first_translation(text)


def error_text(error: BaseException) -> str:
    """An error's message (a UserError's is one sentence) in the window's language; others as str() gives them."""
    first = error.args[0] if error.args else None
    return sentence_text(first) if isinstance(first, str) and len(error.args) == 1 else str(error)


def _first_translation(text: str) -> str:
    for context in SENTENCE_CONTEXTS:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


def localized_resource(relative: str) -> str:
    """The text of a resource file in the window's language (resources/<folder>/<lang>/<name>), else English."""
    path = resource_path(relative)
    if _current != "en":
        translated = path.parent / _current / path.name
        if translated.exists():
            path = translated
    return path.read_text(encoding="utf-8")
