"""The window's simulator, export and help menus (the Training menu and closing stay in main_window)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from desktop.core.export import write_metrics_csv
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.gui.widgets.help import OVERVIEW, TERMS, show_help, term_name

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

SHORTCUTS = [
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("Menus", "start training")),
    ("Ctrl+.", QT_TRANSLATE_NOOP("Menus", "stop training (after the current iteration)")),
    ("Space", QT_TRANSLATE_NOOP("Menus", "pause / continue the game")),
    ("N", QT_TRANSLATE_NOOP("Menus", "one step of the paused game")),
    ("P", QT_TRANSLATE_NOOP("Menus", "push the pole (both poles on Before / after)")),
    ("+  /  −", QT_TRANSLATE_NOOP("Menus", "faster / slower (0.25× to 4×)")),
    ("H", QT_TRANSLATE_NOOP("Menus", "play it yourself, on and off")),
    ("← →", QT_TRANSLATE_NOOP("Menus", "push the cart while you play")),
    ("Ctrl+Shift+G", QT_TRANSLATE_NOOP("Menus", "save the game as an animated GIF")),
    ("F1", QT_TRANSLATE_NOOP("Menus", "What am I looking at?")),
]


def add_menus(window: MainWindow) -> None:
    """File: exports; Simulator: the panel's actions; Help: the overview, the words, the shortcuts."""
    menu_bar = window.menuBar()
    file_menu = window.file_menu
    quit_action = file_menu.actions()[-1]  # the window's File menu ends with Quit
    exports = [
        _action(window, QCoreApplication.translate("Menus", "Save the &game as GIF…"), None, window.simulator.playback.gif_button.click),
        _action(window, QCoreApplication.translate("Menus", "Save the &charts as PNG…"), None, lambda: save_charts_png(window)),
        _action(window, QCoreApplication.translate("Menus", "Export the run's &metrics as CSV…"), None, lambda: export_metrics_csv(window)),
    ]
    file_menu.insertActions(quit_action, exports)
    file_menu.insertSeparator(quit_action)

    simulator_menu = QMenu(QCoreApplication.translate("Menus", "&Simulator"), window)
    for action in window.simulator.menu_actions:
        if action.objectName() == "push":
            # P acts on the visible tab: the single pole, or both poles of before / after.
            action.triggered.disconnect()
            action.triggered.connect(window.simulator_area.push)
        simulator_menu.addAction(action)
    help_action = window.help_menu.menuAction()
    menu_bar.insertMenu(help_action, simulator_menu)

    help_menu = window.help_menu
    about = help_menu.actions()[1]  # after the tour
    overview = _action(window, QCoreApplication.translate("Menus", "&What am I looking at?"), "F1", lambda: show_help(window, OVERVIEW))
    words = QMenu(QCoreApplication.translate("Menus", "Words &explained"), window)
    for topic in TERMS:
        words.addAction(_action(window, term_name(topic), None, lambda _=False, t=topic: show_help(window, t)))
    keys = _action(window, QCoreApplication.translate("Menus", "&Keyboard shortcuts"), None, lambda: show_shortcuts(window))
    help_menu.insertAction(about, overview)
    help_menu.insertMenu(about, words)
    help_menu.insertAction(about, keys)
    help_menu.insertSeparator(about)
    saver = window.simulator.gif_saver
    saver.saved.connect(lambda path, frames: window.statusBar().showMessage(
        QCoreApplication.translate("Menus", "Saved {0} frames to {1}.").format(frames, path), 8000))
    saver.failed.connect(lambda reason: window.statusBar().showMessage(reason, 8000))
    # Also on the window itself: the shortcuts keep working when the menu bar is hidden (presenter mode).
    window.addActions([*window.simulator.menu_actions, overview])


def _action(window: MainWindow, text: str, keys: str | None, slot: object) -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(slot)
    return action


def translated_shortcuts() -> list[tuple[str, str]]:
    return [(keys, QCoreApplication.translate("Menus", what)) for keys, what in SHORTCUTS]


def shortcuts_html() -> str:
    rows = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{what}</td></tr>" for k, what in translated_shortcuts())
    return f"<table>{rows}</table>"


def show_shortcuts(window: MainWindow) -> None:
    box = QMessageBox(window)
    box.setWindowTitle(QCoreApplication.translate("Menus", "Keyboard shortcuts"))
    box.setText(shortcuts_html())
    box.open()


def save_charts_png(window: MainWindow, path: str | None = None) -> str | None:
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("Menus", "Save the charts as a picture"), "charts.png", "PNG (*.png)")
    if path and not window.charts.grab().save(path, "PNG"):
        window.statusBar().showMessage(
            QCoreApplication.translate("Menus", "The picture could not be saved to {0}.").format(path), 8000)
        return None
    return path or None


def export_metrics_csv(window: MainWindow, path: str | None = None) -> str | None:
    run = window.record or window.runs.selected_run()
    if run is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("Menus", "Choose a run in the Runs tab (or train one) to export its metrics."), 8000)
        return None
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("Menus", "Export the run's metrics"), f"{run.id}.csv", "CSV (*.csv)")
    if path:
        try:
            write_metrics_csv(run.metrics(), path)
        except OSError as exc:
            window.statusBar().showMessage(
                QCoreApplication.translate("Menus", "The metrics could not be saved: {0}.").format(exc.strerror or exc), 8000)
            return None
    return path or None
