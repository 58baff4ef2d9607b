"""Which network mode Ray runs in, decided before the first `import ray` (DESIGN.md).

The embedded runtime and any cluster on a loopback address use Ray's single-machine
loopback mode (RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0): everything stays on 127.0.0.1.
A cluster on another host needs the normal mode. Ray reads the variable at import,
so switching needs a fresh process.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sys

LOOPBACK_VARIABLE = "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"
REMOTE_MARK = "RL_PLAYGROUND_REMOTE_CLUSTER"


def host_of(address: str) -> str:
    host = address.strip()
    for prefix in ("ray://", "http://", "https://"):
        host = host.removeprefix(prefix)
    host = host.rsplit(":", 1)[0] if host.count(":") == 1 or host.startswith("[") else host
    return host.strip("[]")


def _loopback_ip(text: str) -> bool:
    try:
        ip = ipaddress.ip_address(text.split("%")[0])
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)  # ::ffff:127.0.0.1 is IPv4's loopback too
    return ip.is_loopback or (mapped is not None and mapped.is_loopback)


def is_loopback(address: str) -> bool:
    """True when every address the host resolves to is a loopback one (127.0.0.0/8, ::1, v4-mapped);
    so LOCALHOST, localhost., 127.1 and [::ffff:127.0.0.1] count, and an unresolvable name does not."""
    host = host_of(address).rstrip(".").lower()
    if not host or len(host) > 253:
        return False
    if host == "localhost" or _loopback_ip(host):
        return True
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError, ValueError):
        return False
    return bool(infos) and all(_loopback_ip(str(info[4][0])) for info in infos)


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
