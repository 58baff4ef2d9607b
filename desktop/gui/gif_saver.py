"""Saving a game as an animated GIF without freezing the window: drawn in a worker thread, the result comes back as a signal."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.core.games import game
from desktop.gui.i18n import error_text
from desktop.sim.export import write_gif
from desktop.sim.game import Episode


class GifSaver(QObject):
    """`saved(path, frames)` or `failed(one sentence)` follows each `save_in_background`."""

    saved = Signal(str, int)
    failed = Signal(str)

    def ask_and_save(self, parent: QWidget, episode: Episode) -> None:
        name = f"{game(episode.env_id).slug}.gif"
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("GifSaver", "Save the game as an animated GIF"), name, "GIF (*.gif)"
        )
        if path:
            self.save_in_background(path, episode)

    def save_in_background(self, path: str, episode: Episode) -> threading.Thread:
        def work() -> None:
            # A whole game takes a second or two to draw (~4 ms a frame): never on the GUI thread.
            try:
                self.saved.emit(path, write_gif([episode], path))
            except (OSError, ValueError) as exc:
                self.failed.emit(QCoreApplication.translate("GifSaver", "The GIF could not be saved: {0}").format(error_text(exc)))

        thread = threading.Thread(target=work, name="gif-export", daemon=True)
        thread.start()
        return thread
