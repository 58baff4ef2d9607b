"""Presenter mode: the window as a projector wants it — full screen, big fonts and lines,
the chart and the pole big, the controls reduced to Start/Stop and speed. The same action leaves it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton, QToolBar, QWidget

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

FONT_SCALE = 1.6


class PresenterMode(QObject):
    toggled = Signal(bool)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.active = False
        self._saved: dict[str, Any] = {}
        self.toolbar = QToolBar(self.tr("Presenter"), window)
        self.toolbar.setMovable(False)
        self.start_button = QPushButton(self.tr("▶  Start training"))
        self.stop_button = QPushButton(self.tr("■  Stop"))
        for button in (self.start_button, self.stop_button):
            button.setMinimumHeight(48)
            self.toolbar.addWidget(button)
        self.start_button.clicked.connect(window.training.start_button.click)
        self.stop_button.clicked.connect(window.training.stop_button.click)
        window.training.state_changed.connect(self._sync_buttons)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.hide()
        self._escape = QShortcut(QKeySequence("Esc"), window, lambda: self.set_active(False))

    def _hidden_in_presenter(self) -> list[QWidget]:
        w = self.window
        sim = w.simulator
        return [w.left_tabs, w.resources, w.status_table, w.pages.tabBar(), w.menuBar(), w.statusBar(),
                w.simulator_area.tabBar(), sim.scrubber, sim.episodes, sim.gauges, sim.action_meter]

    def set_active(self, on: bool) -> None:
        if on == self.active:
            return
        self.enter() if on else self.leave()
        self.toggled.emit(self.active)

    def toggle(self) -> None:
        self.set_active(not self.active)

    def enter(self) -> None:
        w = self.window
        self._saved = {
            "font": QFont(QApplication.font()),
            "visible": {widget: widget.isVisible() for widget in self._hidden_in_presenter()},
            "sizes": w.main_splitter.sizes(),
            "state": w.windowState(),
        }
        for widget in self._hidden_in_presenter():
            widget.hide()
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * FONT_SCALE)
        QApplication.setFont(font)
        w.charts.set_presenter(True)
        self.toolbar.show()
        self._sync_buttons()
        total = sum(w.main_splitter.sizes())
        w.main_splitter.setSizes([0, total // 2, total - total // 2])
        w.showFullScreen()
        self.active = True

    def leave(self) -> None:
        w = self.window
        saved = self._saved
        QApplication.setFont(saved["font"])
        w.charts.set_presenter(False)
        self.toolbar.hide()
        for widget, visible in saved["visible"].items():
            widget.setVisible(visible)
        w.main_splitter.setSizes(saved["sizes"])
        w.setWindowState(saved["state"])
        if not saved["state"] & Qt.WindowState.WindowFullScreen:
            w.showNormal()
        self.active = False

    def _sync_buttons(self, *_: object) -> None:
        self.start_button.setEnabled(self.window.training.start_button.isEnabled())
        self.stop_button.setEnabled(self.window.training.stop_button.isEnabled())
