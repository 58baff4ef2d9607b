"""The Ray side of the app: starts or joins Ray, trains, reads checkpoints. Never imports Qt.

Importing this package fixes how Ray behaves in this process, so it must happen
before the first `import ray` (DESIGN.md): single-machine loopback mode unless the
caller chose a cluster on another host (`desktop.engine.netmode`), quiet logs and
no usage reporting.
"""

from __future__ import annotations

import os

if not os.environ.get("RL_PLAYGROUND_REMOTE_CLUSTER"):  # see desktop.core.netmode
    os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
os.environ.setdefault("RAY_DEDUP_LOGS", "0")
os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
