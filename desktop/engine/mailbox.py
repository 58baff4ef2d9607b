"""What an actor's worker thread has to say, kept until the driver's next poll (a poll may wait a while for news)."""

from __future__ import annotations

import threading
from collections.abc import Hashable
from typing import Any


class Mailbox:
    """Items in the order they were put, then the newest item per key (`put_latest`: a trial's weights, the big part)."""

    def __init__(self) -> None:
        self._news = threading.Condition()
        self._items: list[Any] = []
        self._latest: dict[Hashable, Any] = {}

    def put(self, *items: Any) -> None:
        with self._news:
            self._items.extend(items)
            self._news.notify_all()

    def put_latest(self, key: Hashable, item: Any) -> None:
        """Keep only the newest item for `key` until the next take."""
        with self._news:
            self._latest[key] = item
            self._news.notify_all()

    def take(self, wait_s: float = 0.0) -> list[Any]:
        """Everything since the last take; with `wait_s`, waits that long for news if there is none yet."""
        with self._news:
            if not self._items and not self._latest and wait_s > 0:
                self._news.wait(wait_s)
            items, self._items = self._items, []
            latest, self._latest = list(self._latest.values()), {}
        return [*items, *latest]
