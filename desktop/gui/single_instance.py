"""One window per data folder: a second launch brings the running window forward instead."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable

from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.core.store import data_home


def instance_name() -> str:
    folder = str(data_home().resolve())
    return f"rl-playground-{os.getuid()}-{hashlib.sha1(folder.encode()).hexdigest()[:12]}"


def notify_running_instance(timeout_ms: int = 1000) -> bool:
    """True if another instance answered (and was asked to come forward)."""
    socket = QLocalSocket()
    socket.connectToServer(instance_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(b"raise\n")
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True


def claim(on_raise_requested: Callable[[], None]) -> QLocalServer:
    """Become the instance others find; `on_raise_requested` runs when a second launch knocks."""
    QLocalServer.removeServer(instance_name())  # a socket file left by a crash
    server = QLocalServer()
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    server.listen(instance_name())

    def on_new_connection() -> None:
        while server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.readyRead.connect(connection.readAll)
            connection.disconnected.connect(connection.deleteLater)
            on_raise_requested()

    server.newConnection.connect(on_new_connection)
    return server
