"""The window's simulator, export and help menus (the Training menu and closing stay in main_window)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from desktop.core.export import write_metrics_csv
from desktop.gui.widgets.help import OVERVIEW, TERMS, show_help

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

SHORTCUTS = [
    ("Ctrl+Enter", "start training"),
    ("Ctrl+.", "stop training (after the current iteration)"),
    ("Space", "pause / continue the game"),
    ("N", "one step of the paused game"),
    ("P", "push the pole (both poles on Before / after)"),
    ("+  or  −", "faster / slower (0.25× to 4×)"),
    ("H", "play it yourself, on and off"),
    ("← →", "push the cart while you play"),
    ("Ctrl+Shift+G", "save the game as an animated GIF"),
    ("F1", "What am I looking at?"),
]


def add_menus(window: MainWindow) -> None:
    """File: exports; Simulator: the panel's actions; Help: the overview, the words, the shortcuts."""
    menu_bar = window.menuBar()
    file_menu = next(a.menu() for a in menu_bar.actions() if a.text() == "&File")
    quit_action = file_menu.actions()[-1] if file_menu.actions() else None
    exports = [
        _action(window, "Save the &game as GIF…", None, window.simulator.playback.gif_button.click),
        _action(window, "Save the &charts as PNG…", None, lambda: save_charts_png(window)),
        _action(window, "Export the run's &metrics as CSV…", None, lambda: export_metrics_csv(window)),
    ]
    file_menu.insertActions(quit_action, exports)
    file_menu.insertSeparator(quit_action)

    simulator_menu = QMenu("&Simulator", window)
    for action in window.simulator.menu_actions:
        if action.text() == "Push the pole":
            # P acts on the visible tab: the single pole, or both poles of before / after.
            action.triggered.disconnect()
            action.triggered.connect(window.simulator_area.push)
        simulator_menu.addAction(action)
    help_action = next(a for a in menu_bar.actions() if a.text() == "&Help")
    menu_bar.insertMenu(help_action, simulator_menu)

    help_menu = help_action.menu()
    about = help_menu.actions()[0] if help_menu.actions() else None
    overview = _action(window, "&What am I looking at?", "F1", lambda: show_help(window, OVERVIEW))
    words = QMenu("Words &explained", window)
    for topic, word in TERMS.items():
        words.addAction(_action(window, word, None, lambda _=False, t=topic: show_help(window, t)))
    keys = _action(window, "&Keyboard shortcuts", None, lambda: show_shortcuts(window))
    help_menu.insertAction(about, overview)
    help_menu.insertMenu(about, words)
    help_menu.insertAction(about, keys)
    help_menu.insertSeparator(about)
    saver = window.simulator.gif_saver
    saver.saved.connect(lambda path, frames: window.statusBar().showMessage(f"Saved {frames} frames to {path}.", 8000))
    saver.failed.connect(lambda reason: window.statusBar().showMessage(reason, 8000))
    # Also on the window itself: the shortcuts keep working when the menu bar is hidden (presenter mode).
    window.addActions([*window.simulator.menu_actions, overview])


def _action(window: MainWindow, text: str, keys: str | None, slot: object) -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(slot)
    return action


def shortcuts_html() -> str:
    rows = "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;&nbsp;{what}</td></tr>" for k, what in SHORTCUTS)
    return f"<table>{rows}</table>"


def show_shortcuts(window: MainWindow) -> None:
    box = QMessageBox(window)
    box.setWindowTitle("Keyboard shortcuts")
    box.setText(shortcuts_html())
    box.open()


def save_charts_png(window: MainWindow, path: str | None = None) -> str | None:
    if path is None:
        path, _ = QFileDialog.getSaveFileName(window, "Save the charts as a picture", "charts.png", "PNG (*.png)")
    if path and not window.charts.grab().save(path, "PNG"):
        window.statusBar().showMessage(f"The picture could not be saved to {path}.", 8000)
        return None
    return path or None


def export_metrics_csv(window: MainWindow, path: str | None = None) -> str | None:
    run = window.record or window.runs.selected_run()
    if run is None:
        window.statusBar().showMessage("Choose a run in the Runs tab (or train one) to export its metrics.", 8000)
        return None
    if path is None:
        path, _ = QFileDialog.getSaveFileName(window, "Export the run's metrics", f"{run.id}.csv", "CSV (*.csv)")
    if path:
        try:
            write_metrics_csv(run.metrics(), path)
        except OSError as exc:
            window.statusBar().showMessage(f"The metrics could not be saved: {exc.strerror or exc}.", 8000)
            return None
    return path or None
