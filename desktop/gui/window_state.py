"""What the window remembers between launches: size, layout (QSettings) and the last settings (data folder)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QSettings, QSize
from PySide6.QtWidgets import QSplitter, QWidget

from desktop.core.preferences import Preferences
from desktop.core.settings import SettingsError, TrainingSettings, validate
from desktop.core.store import data_home


def _settings() -> QSettings:
    # An ini file in the data folder: RL_PLAYGROUND_HOME isolates it like everything else.
    return QSettings(str(data_home() / "window.ini"), QSettings.Format.IniFormat)


def _splitters(window: QWidget) -> list[QSplitter]:
    """Only named splitters: a state restored into the wrong splitter breaks the layout."""
    return sorted((s for s in window.findChildren(QSplitter) if s.objectName()), key=lambda s: s.objectName())


def restore(window: Any) -> None:
    """Geometry and splitters from QSettings; the last training settings and preferences from the data folder."""
    qs = _settings()
    # Size and position, not restoreGeometry: that one clamps oddly to small (or offscreen) screens.
    size, pos = qs.value("window/size"), qs.value("window/pos")
    if isinstance(size, QSize) and size.isValid():
        window.resize(size)
    if isinstance(pos, QPoint):
        window.move(pos)
    if qs.value("window/maximized") in (True, "true"):
        window.showMaximized()
    for splitter in _splitters(window):
        state = qs.value(f"window/splitter-{splitter.objectName()}")
        if state is not None:
            splitter.restoreState(state)
    prefs = window.preferences
    window.runs.keep.setValue(prefs.keep_checkpoints)
    if prefs.last_settings:
        try:
            window.training.load(validate(TrainingSettings.from_dict(prefs.last_settings)))
        except (SettingsError, TypeError, ValueError):
            pass  # settings from an older version: start from the default preset


def save(window: Any) -> None:
    qs = _settings()
    qs.setValue("window/maximized", window.isMaximized())
    if not window.isMaximized() and not window.isFullScreen():
        qs.setValue("window/size", window.size())
        qs.setValue("window/pos", window.pos())
    for splitter in _splitters(window):
        qs.setValue(f"window/splitter-{splitter.objectName()}", splitter.saveState())
    qs.sync()
    try:
        window.preferences.last_settings = window.training.settings().to_dict()
    except SettingsError:
        pass  # half-typed settings are not worth remembering
    save_preferences(window.preferences)


def save_preferences(prefs: Preferences) -> None:
    try:
        prefs.save()
    except OSError:
        pass  # an unwritable data folder is reported where runs are written
