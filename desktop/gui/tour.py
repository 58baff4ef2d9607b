"""The guided tour (Help → Tour): eight steps from "this is the game" to "the computer learned it".

An overlay dims the window except one part (a cut-out with an outline), with big plain-language
text and Back / Next. It drives the real window: at "Press Start" it starts the game's Quick demo
through the window's own Start button, and it follows presenter mode (where some panels are hidden,
the step's text stands alone).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QRegion
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.gui import window_state

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow

TOUR_GAME = "CartPole-v1"  # the tutorial's game: the texts speak of a pole on a cart
MARGIN = 8  # around the highlighted part


@dataclass
class TourStep:
    """One stop: what to highlight, what to say, and what the window does on arrival."""

    title: str
    text: str
    target: Callable[[], QWidget | None]
    arrive: Callable[[], None] | None = None
    next_label: str = ""  # "" for "Next"


class TourOverlay(QWidget):
    """Covers the window; paints it dimmed except the target; clicks reach the target through the hole."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.hole = QRect()
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)

    def set_hole(self, hole: QRect) -> None:
        self.hole = hole
        region = QRegion(self.rect())
        if not hole.isEmpty():
            region = region.subtracted(QRegion(hole.adjusted(3, 3, -3, -3)))
        self.setMask(region)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(20, 30, 40, 150))
        if not self.hole.isEmpty():
            painter.setPen(QPen(QColor("#ff9800"), 5))
            painter.drawRoundedRect(self.hole, 10, 10)


class Tour(QObject):
    """Steps through the window; `finished` when the last step is closed or the tour is ended."""

    step_shown = Signal(int)
    finished = Signal()

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.index = -1
        self.demo_preset: str | None = "quick"  # what "Press Start" trains (tests train a tiny budget)
        self._start_pending = False
        self.steps = self._steps()
        self.overlay = TourOverlay(window)
        self.card = QFrame(window)
        self.card.setObjectName("tourCard")
        self.card.setStyleSheet(
            "#tourCard { background: #fffdf5; border: 3px solid #ff9800; border-radius: 12px; }"
        )
        self.title = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.counter = QLabel()
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton()
        self.end_button = QPushButton(self.tr("End the tour"))
        for button in (self.back_button, self.next_button, self.end_button):
            button.setMinimumHeight(36)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.end_button.clicked.connect(self.end)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.overlay.hide()
        self.card.hide()
        window.installEventFilter(self)
        window.presenter.toggled.connect(lambda _: self._place())
        window.bridge.ray_ready.connect(self._on_bridge_ray_ready)

    # -- the steps ------------------------------------------------------------------
    def _steps(self) -> list[TourStep]:
        w = self.window
        sim = w.simulator
        return [
            TourStep(
                self.tr("The game and its four numbers"),
                self.tr("This is CartPole: a pole stands on a cart, and the cart is pushed left or right to keep "
                        "it up. The computer sees only four numbers: where the cart is, how fast it moves, how far "
                        "the pole leans and how fast it falls. From these it chooses: left or right."),
                lambda: w.simulator_area, self._show_the_game),
            TourStep(
                self.tr("Try it yourself"),
                self.tr("Press H (or “Play it yourself”) and steer with the ← and → keys. It is harder than it "
                        "looks! Press H again to hand the game back."),
                lambda: sim.playback),
            TourStep(
                self.tr("An untrained agent"),
                self.tr("Now the computer plays, but it has learned nothing yet: it chooses almost at random, "
                        "and the pole falls within seconds. Nobody will tell it how to balance; it only gets a "
                        "reward of 1 point for every step the pole stays up."),
                lambda: sim.view, lambda: sim.set_human(False)),
            TourStep(
                self.tr("Press Start"),
                self.tr("Training makes the computer play thousands of games and learn from them. "
                        "Next starts the Quick demo (the Start button, or Ctrl+Enter, does the same)."),
                self._start_button, next_label=self.tr("Start training")),
            TourStep(
                self.tr("The curve climbs"),
                self.tr("Each point is one iteration: the computer played a few thousand steps, then improved. "
                        "The height is the mean return: the points of one whole game, here how many steps the "
                        "pole stayed up (at most 500). When the curve reaches the dashed line, the game is solved."),
                lambda: w.charts),
            TourStep(
                self.tr("The pole stays up"),
                self.tr("After every iteration the game on the right plays with the newest policy (the computer's "
                        "way of choosing). Watch it: the pole falls later and later, and then no longer."),
                lambda: sim.view),
            TourStep(
                self.tr("Push it"),
                self.tr("Press P or click the picture to knock the pole. A trained agent catches it; an untrained "
                        "one lets it fall."),
                lambda: sim.view),
            TourStep(
                self.tr("What Ray did"),
                self.tr("Ray ran the training: it started worker processes (actors; the EnvRunners among them play "
                        "the game in parallel) and shared their data through its object store. These bars show "
                        "the processors and the memory it used, and the table lists its processes."),
                lambda: w.resources),
        ]

    def _start_button(self) -> QPushButton:
        w = self.window
        return w.presenter.start_button if w.presenter.active else w.training.start_button

    def _show_the_game(self) -> None:
        w = self.window
        w.pages.setCurrentIndex(0)
        if w.presenter.active:
            return
        w.simulator_area.show_view("watch")
        if not w.bridge.training and w.training.env_id != TOUR_GAME:
            w.training.choose_game(TOUR_GAME)  # with its Quick demo

    # -- moving ---------------------------------------------------------------------
    def start(self) -> None:
        self.overlay.show()
        self.card.show()
        self.show_step(0)

    def show_step(self, index: int) -> None:
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        if step.arrive:
            step.arrive()
        self.title.setText(step.title)
        self.text.setText(step.text)
        self.counter.setText(self.tr("{0} of {1}").format(self.index + 1, len(self.steps)))
        last = self.index == len(self.steps) - 1
        self.next_button.setText(self.tr("Finish") if last else step.next_label or self.tr("Next"))
        self.back_button.setEnabled(self.index > 0)
        self._place()
        self.step_shown.emit(self.index)

    def next(self) -> None:
        if self.index == len(self.steps) - 1:
            self.end()
            return
        if self.steps[self.index].next_label:  # "Press Start": train the Quick demo through the window
            self.start_training()
        self.show_step(self.index + 1)

    def back(self) -> None:
        self.show_step(self.index - 1)

    def end(self) -> None:
        self.index = -1
        self.overlay.hide()
        self.card.hide()
        self.finished.emit()

    @property
    def active(self) -> bool:
        return self.index >= 0

    def start_training(self) -> None:
        w = self.window
        if w.bridge.training:
            return
        if not w.bridge.ready:
            self._start_pending = True  # Ray is still starting: begin as soon as it is up
            return
        if self.demo_preset and w.training.preset.currentData() != self.demo_preset:
            w.training.preset.setCurrentIndex(w.training.preset.findData(self.demo_preset))
        self._start_button().click()

    def _on_bridge_ray_ready(self, *_: object) -> None:
        if self._start_pending:
            self._start_pending = False
            self.start_training()

    # -- drawing --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._place()
        return False

    def _place(self) -> None:
        if not self.active:
            return
        w = self.window
        self.overlay.setGeometry(w.rect())
        target = self.steps[self.index].target()
        hole = QRect()
        if target is not None and target.isVisible() and target.width() > 0:
            top_left = target.mapTo(w, QPoint(0, 0))
            hole = QRect(top_left, target.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN).intersected(w.rect())
        self.overlay.set_hole(hole)
        scale = 1.4 if w.presenter.active else 1.0
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(max(18.0, w.font().pointSizeF() * 1.8) * scale)
        title_font.setBold(True)
        self.title.setFont(title_font)
        text_font = QFont(self.text.font())
        text_font.setPointSizeF(max(13.0, w.font().pointSizeF() * 1.3) * scale)
        self.text.setFont(text_font)
        width = min(int(560 * scale), w.width() - 40)
        self.card.setFixedWidth(width)
        self.card.adjustSize()
        self.card.move(self._card_position(hole, self.card.size().width(), self.card.sizeHint().height()))
        self.overlay.raise_()
        self.card.raise_()

    def _card_position(self, hole: QRect, width: int, height: int) -> QPoint:
        """Beside the highlighted part, on the side with more room; centred when nothing is highlighted."""
        area = self.window.rect()
        if hole.isEmpty():
            return QPoint((area.width() - width) // 2, (area.height() - height) // 2)
        room_left, room_right = hole.left() - area.left(), area.right() - hole.right()
        if max(room_left, room_right) >= width + 30:
            x = hole.left() - width - 20 if room_left > room_right else hole.right() + 20
            y = min(max(hole.center().y() - height // 2, 20), area.height() - height - 20)
            return QPoint(x, y)
        below = area.bottom() - hole.bottom() >= height + 30
        y = hole.bottom() + 20 if below else max(20, hole.top() - height - 20)
        x = min(max(hole.center().x() - width // 2, 20), area.width() - width - 20)
        return QPoint(x, y)


def offer_tour(window: MainWindow) -> QMessageBox:
    """On first launch: "Show me around", "Later" (asks again next time) or "No, thanks" (never again)."""
    box = QMessageBox(window)
    box.setWindowTitle(QCoreApplication.translate("Tour", "Welcome to RL Playground"))
    box.setText(QCoreApplication.translate("Tour", "New here? A short tour shows the window one part at a time, and trains the computer "
                        "to balance the pole while you watch."))
    show = box.addButton(QCoreApplication.translate("Tour", "Show me around"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Tour", "Later"), QMessageBox.ButtonRole.RejectRole)
    never = box.addButton(QCoreApplication.translate("Tour", "No, thanks"), QMessageBox.ButtonRole.DestructiveRole)

    def on_finished(_: int) -> None:
        clicked = box.clickedButton()
        if clicked in (show, never):
            window.preferences.tour_offered = True
            window_state.save_preferences(window.preferences)
        if clicked is show:
            window.start_tour()

    box.finished.connect(on_finished)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
