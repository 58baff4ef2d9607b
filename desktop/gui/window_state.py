"""What the window remembers between launches: size, layout (QSettings) and the last settings (data folder)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QSettings, QSize
from PySide6.QtWidgets import QMessageBox, QSplitter, QWidget

from desktop.core.atomic import is_regular_file
from desktop.core.preferences import Preferences
from desktop.core.settings import DAMAGED_RECORD_ERRORS, PRESETS, SettingsError, TrainingSettings, preset, validate
from desktop.core.store import data_home
from desktop.gui.i18n import sentence_text

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


def _ini_usable() -> bool:
    """False when window.ini is there but is not a plain file (a FIFO would hang QSettings)."""
    path = data_home() / "window.ini"
    return not (path.exists() or path.is_symlink()) or is_regular_file(path)


def _settings() -> QSettings:
    # An ini file in the data folder: RL_PLAYGROUND_HOME isolates it like everything else.
    return QSettings(str(data_home() / "window.ini"), QSettings.Format.IniFormat)


def _splitters(window: QWidget) -> list[QSplitter]:
    """Only named splitters: a state restored into the wrong splitter breaks the layout."""
    return sorted((s for s in window.findChildren(QSplitter) if s.objectName()), key=lambda s: s.objectName())


def restore(window: MainWindow) -> list[str]:
    """Geometry and splitters from QSettings; the last training settings and preferences from the data folder.

    Returns one sentence per damaged entry that was skipped (the window shows them in a notice)."""
    skipped: list[str] = []
    if _ini_usable():
        skipped += _restore_layout(window)
    else:
        skipped.append(f"{data_home() / 'window.ini'}: " + QCoreApplication.translate("WindowState", "not a plain file, the default layout is used"))
    prefs = window.preferences
    window.runs.keep.setValue(max(0, min(prefs.keep_checkpoints, window.runs.keep.maximum())))
    if prefs.last_settings:
        try:
            saved = TrainingSettings.from_dict(prefs.last_settings)
            if saved.preset in PRESETS:  # untouched: the preset as it is today (a newer version may have tuned it)
                saved = preset(saved.preset, saved.env, saved.algorithm)
            window.training.load(validate(saved))
        except DAMAGED_RECORD_ERRORS:
            skipped.append("preferences.json: " + QCoreApplication.translate("WindowState", "the last settings are damaged, the default preset is used"))
    return skipped


def _restore_layout(window: MainWindow) -> list[str]:
    skipped: list[str] = []
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
        key = f"window/splitter-{splitter.objectName()}"
        state = qs.value(key)
        if state is None:
            continue
        try:
            restored = splitter.restoreState(state)
        except (TypeError, ValueError):
            restored = False
        if not restored:
            skipped.append(f"window.ini: {key} " + QCoreApplication.translate("WindowState", "is damaged"))
    return skipped


def save(window: MainWindow) -> None:
    if not _ini_usable():
        save_preferences(window.preferences)
        return
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


def show_skipped_notice(window: QWidget, skipped: list[str]) -> QMessageBox | None:
    """A non-modal notice listing the damaged files and entries the window left out (nothing was changed)."""
    if not skipped:
        return None
    more = QCoreApplication.translate("WindowState", "… and {0} more").format(len(skipped) - 20)
    shown = [sentence_text(line) for line in skipped[:20]] + ([more] if len(skipped) > 20 else [])
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("WindowState", "Some saved files were skipped"),
                      QCoreApplication.translate(
                          "WindowState", "RL Playground left these out because they are damaged; nothing was changed on disk:")
                      + "\n\n" + "\n".join(shown), QMessageBox.StandardButton.Ok, window)
    box.setModal(False)
    box.show()
    return box
