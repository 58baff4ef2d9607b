"""Which network mode Ray runs in, decided before the first `import ray` (DESIGN.md).

The embedded runtime and any cluster on a loopback address use Ray's single-machine
loopback mode (RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0): everything stays on 127.0.0.1.
A cluster on another host needs the normal mode. Ray reads the variable at import,
so switching needs a fresh process.
"""

from __future__ import annotations

import ipaddress
import os
import sys

LOOPBACK_VARIABLE = "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"
REMOTE_MARK = "RL_PLAYGROUND_REMOTE_CLUSTER"


def host_of(address: str) -> str:
    host = address.strip()
    for prefix in ("ray://", "http://", "https://"):
        host = host.removeprefix(prefix)
    host = host.rsplit(":", 1)[0] if host.count(":") == 1 or host.startswith("[") else host
    return host.strip("[]")


def is_loopback(address: str) -> bool:
    host = host_of(address)
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def configure_for(address: str | None) -> bool:
    """Set the mode for this process; False if Ray is already imported in another mode (restart needed)."""
    remote = bool(address) and not is_loopback(address or "")
    current_remote = os.environ.get(LOOPBACK_VARIABLE) != "0"
    if "ray" in sys.modules and remote != current_remote:
        return False
    if remote:
        os.environ.pop(LOOPBACK_VARIABLE, None)
        os.environ[REMOTE_MARK] = "1"
    else:
        os.environ[LOOPBACK_VARIABLE] = "0"
        os.environ.pop(REMOTE_MARK, None)
    return True
