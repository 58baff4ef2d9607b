"""The real window, offscreen, connected to a cluster: run as a driver on one node of it (see test_netns_window.py).

    python -m tests.cluster.window_on_cluster HEAD:PORT panel      the resources panel once 2 EnvRunners show
    python -m tests.cluster.window_on_cluster HEAD:PORT lose-head  prints "training" at iteration 1, then what
                                                                   the window says once the head is gone

Prints one JSON object per line; waits without blocking Qt's event loop (QTest.qWait).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableWidget  # noqa: E402

from desktop.core import netmode  # noqa: E402
from desktop.core.settings import QUICK  # noqa: E402

SETTINGS = QUICK.replace(iterations=200, checkpoint_freq=0, hidden=(16, 16), train_batch=256, minibatch=64, epochs=1,
                         envs_per_runner=1, target_return=None, env_runners=2, seed=1)


def wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {what} within {timeout_s:g} s")
        QTest.qWait(50)


def rows(table: QTableWidget) -> list[list[str]]:
    return [[(table.item(r, c).text() if table.item(r, c) else "") for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def say(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def main(address: str, mode: str) -> int:
    netmode.configure_for(address)  # what the app does before importing Ray: the normal (multi-node) mode
    app = QApplication.instance() or QApplication([sys.argv[0]])
    from desktop.core.store import RunStore
    from desktop.gui.main_window import MainWindow

    window = MainWindow(RunStore())
    window.show()
    window.start_runtime(address)
    panel = window.resources
    wait_until(lambda: window.bridge.ready and panel.nodes.rowCount() > 0, 60, "connection")
    window.training.load(SETTINGS)
    window.training.start_button.click()
    if mode == "panel":
        wait_until(lambda: sum("EnvRunner" in row[1] for row in rows(panel.workers)) >= 2, 60, "EnvRunners listed")
        say(nodes=rows(panel.nodes), processes=rows(panel.workers), ray_status=window.ray_status.text())
    else:
        failures: list[str] = []
        window.bridge.ray_failed.connect(failures.append)
        wait_until(lambda: bool(window.store.runs()) and bool(window.store.runs()[0].metrics()), 90, "iteration")
        run = window.store.runs()[0]
        say(training=run.id)
        wait_until(lambda: bool(failures) and not window.bridge.training, 60, "lost cluster")
        say(failed=failures, ray_status=window.ray_status.text(), error=window.training.error.text(), run=run.id)
    window.request_close(ask=False)
    wait_until(lambda: window._shut_down, 60, "shut down")
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
