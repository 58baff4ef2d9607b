"""Help → Copy diagnostics: what a bug report needs, on the clipboard."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from desktop import __version__
from desktop.core.logs import last_lines, log_path
from desktop.core.store import data_home

if TYPE_CHECKING:
    from desktop.gui.main_window import MainWindow


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def diagnostics_text(window: MainWindow) -> str:
    lines = [
        f"RL Playground {__version__}",
        f"Python {platform.python_version()} ({sys.executable})",
        f"System: {platform.platform()}, {os.cpu_count()} CPUs",
        *(f"{p}: {_version(p)}" for p in ("ray", "PySide6-Essentials", "gymnasium", "pygame", "pyqtgraph", "numpy")),
        f"Data folder: {data_home()}",
        f"Ray: {window.ray_status.text()}",
        f"Log: {log_path()}",
        "",
        "Last log lines:",
        *last_lines(50),
    ]
    return "\n".join(lines)


def copy_diagnostics(window: MainWindow) -> str:
    text = diagnostics_text(window)
    QGuiApplication.clipboard().setText(text)
    message = QCoreApplication.translate("Diagnostics", "Diagnostics copied to the clipboard: paste them into your bug report.")
    window.statusBar().showMessage(message, 8000)  # the diagnostics themselves stay English: they go to a bug report
    return text
