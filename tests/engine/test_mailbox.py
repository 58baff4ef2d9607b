"""The actor's mailbox: a held poll returns as soon as there is news, and a trial's weights are only its newest."""

from __future__ import annotations

import threading
import time

from desktop.engine.mailbox import Mailbox


def test_a_held_take_returns_when_news_arrives_not_after_its_whole_wait():
    box = Mailbox()
    threading.Timer(0.1, box.put, args=("iteration 1",)).start()
    started = time.monotonic()
    assert box.take(wait_s=10) == ["iteration 1"]
    assert time.monotonic() - started < 5
    started = time.monotonic()
    assert box.take(wait_s=0.2) == [] and time.monotonic() - started >= 0.15  # nothing new: it waits its time


def test_items_keep_their_order_and_only_the_newest_per_key_is_kept():
    box = Mailbox()
    box.put("a", "b")
    box.put_latest("trial 1", "weights 1")
    box.put_latest("trial 2", "weights 1")
    box.put_latest("trial 1", "weights 2")
    box.put("c")
    assert box.take() == ["a", "b", "c", "weights 2", "weights 1"]
    assert box.take() == []
