"""Is a cluster's head still answering? Used by `train --address` (desktop.cli) and the window's driver thread.

Once the head is gone, Ray's own calls in a driver block for 60 s and then end the process with a
log line, so the app asks first (a TCP connect every second) and leaves the cluster in its own words.
No Qt, no Ray at import: `probe_address` comes from the runtime when it is first needed.
"""

from __future__ import annotations

import time

from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence


class ClusterWatch:
    """`lost()`: the head missed two probes in a row (at most one probe a second); `lost(now=True)`:
    probe at once, one miss is enough (a run already failed and we want to know why)."""

    EVERY_S = 1.0

    def __init__(self, address: str | None):
        self.address = address
        self._next = time.monotonic() + self.EVERY_S
        self._misses = 0

    def lost(self, now: bool = False) -> bool:
        if not self.address or (not now and time.monotonic() < self._next):
            return False
        from desktop.core.errors import RayUnavailable
        from desktop.engine.runtime import probe_address

        self._next = time.monotonic() + self.EVERY_S
        try:
            probe_address(self.address, timeout=2.0)
            self._misses = 0
        except RayUnavailable:
            self._misses += 1
        return self._misses >= (1 if now else 2)


def lost_cluster_sentence(address: str) -> Sentence:
    """What the window says when the head of the cluster it trains on is gone."""
    return Sentence(QT_TRANSLATE_NOOP("Messages", "Lost the Ray cluster at {address}; the run is marked interrupted "
                                      "— resume it when the cluster is back."), address=address)
