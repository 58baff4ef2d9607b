"""Saving a game as an animated GIF without freezing the window: drawn in a worker thread, the result comes back as a signal."""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.sim.export import write_gif


class GifSaver(QObject):
    """`saved(path, frames)` or `failed(one sentence)` follows each `save_in_background`."""

    saved = Signal(str, int)
    failed = Signal(str)

    def ask_and_save(self, parent: QWidget, states: list[np.ndarray]) -> None:
        path, _ = QFileDialog.getSaveFileName(parent, "Save the game as an animated GIF", "cartpole.gif", "GIF (*.gif)")
        if path:
            self.save_in_background(path, states)

    def save_in_background(self, path: str, states: list[np.ndarray]) -> threading.Thread:
        def work() -> None:
            # A whole game takes a second or two to draw (~4 ms a frame): never on the GUI thread.
            try:
                self.saved.emit(path, write_gif([states], path))
            except (OSError, ValueError) as exc:
                self.failed.emit(f"The GIF could not be saved: {exc}")

        thread = threading.Thread(target=work, name="gif-export", daemon=True)
        thread.start()
        return thread
