"""Start the desktop app: the window first, then Ray in the background."""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.core import netmode
from desktop.resources import resource_path

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


def _start_engine(window: MainWindow) -> None:
    address = window.runtime_address()
    # Ray reads its network mode when imported: loopback unless the cluster is on another host.
    netmode.configure_for(address)
    # Importing ray holds the GIL for a while: do it once, before the demo animates much.
    import ray  # noqa: F401

    window.start_runtime(address)


def mark(event: str) -> None:
    """With RL_PLAYGROUND_TIMINGS=FILE, note when the app reached `event` (the benchmark reads it)."""
    path = os.environ.get("RL_PLAYGROUND_TIMINGS")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps({"event": event, "t": time.time(), "pid": os.getpid()}) + "\n")


def main(
    argv: Sequence[str] = (), start_training: bool = False, page: str | None = None, lesson: str | None = None,
    view: str | None = None, start_sweep: bool = False, presenter: bool = False, env: str | None = None,
) -> int:
    """Open the window; `env` opens on that game with its Quick demo;
    `page="basics"` shows the Ray basics lessons, `lesson` also runs that step once Ray is ready;
    `view` opens the simulator as watch (the agent plays), play (you play) or compare (before / after);
    `page="sweep"` opens the Sweep tab, `start_sweep` also starts its sweep once Ray is ready."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("RL Playground")
    app.setOrganizationName("rl-playground")
    app.setApplicationVersion(__version__)
    QApplication.setWindowIcon(QIcon(str(resource_path("icon.png"))))

    from desktop.core.logs import setup_logging
    from desktop.core.preferences import Preferences
    from desktop.gui import i18n, single_instance

    i18n.install(app, i18n.chosen_language(Preferences.load().language))

    setup_logging()
    if single_instance.notify_running_instance():
        # Never touch the first instance's runs: it may be training right now.
        print("RL Playground is already running; its window was brought forward.")
        logging.getLogger("desktop.gui").info("a second launch brought the running window forward")
        return 0
    logging.getLogger("desktop.gui").info("RL Playground %s starts (pid %d)", __version__, os.getpid())

    from desktop.gui.main_window import MainWindow

    window = MainWindow()
    server = single_instance.claim(window.bring_forward)  # noqa: F841 (lives as long as the app)
    window.show()
    if env:
        window.training.choose_game(env)
    if page == "basics" or lesson:
        window.pages.setCurrentWidget(window.basics)
    if lesson:
        window.basics.run_when_ready(lesson)
    if page == "sweep" or start_sweep:
        window.left_tabs.setCurrentWidget(window.sweep)
    if start_sweep:
        window.sweep.start_when_ready()
    if view:
        window.simulator_area.show_view(view)
    if presenter:
        window.presenter.set_active(True)
    if not window.preferences.tour_offered and not (start_training or start_sweep or lesson or view):
        from desktop.gui.tour import offer_tour

        QTimer.singleShot(600, lambda: offer_tour(window))
    QTimer.singleShot(0, lambda: mark("window_shown"))
    QTimer.singleShot(50, lambda: _start_engine(window))
    window.bridge.ray_ready.connect(lambda *_: mark("ray_ready"))

    def on_signal(signum: int, frame: object) -> None:
        QTimer.singleShot(0, lambda: window.request_close(ask=False))

    def install_signal_handlers(*_: object) -> None:
        signal.signal(signal.SIGINT, on_signal)
        signal.signal(signal.SIGTERM, on_signal)
        if hasattr(signal, "SIGHUP"):  # closing the terminal: like SIGTERM (checkpoint, status, clean-up)
            signal.signal(signal.SIGHUP, on_signal)

    install_signal_handlers()
    # ray.init installs Ray's own fatal-signal handlers: take SIGTERM/SIGINT back once it is up.
    window.bridge.ray_ready.connect(install_signal_handlers)
    window.bridge.ray_failed.connect(install_signal_handlers)
    if start_training:
        window.bridge.ray_ready.connect(lambda *_: window.training.start_button.click())
    # Python runs signal handlers only when the interpreter gets control: wake it up regularly.
    heartbeat = QTimer(interval=200)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start()
    code = app.exec()
    if window.restart_requested:  # Settings → Ray runtime changed: Ray's mode needs a fresh process
        os.execv(sys.executable, [sys.executable, "-m", "desktop", "gui"])
    return code
