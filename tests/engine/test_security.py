"""The embedded runtime stays on loopback, keeps token authentication and guards its token."""

from __future__ import annotations

import ipaddress
import os
import stat
import subprocess
import sys
from pathlib import Path

import psutil
import ray

from desktop.engine import runtime

CONNECT = "import ray; ray.init(address={address!r}); print('connected'); ray.shutdown()"


def app_processes() -> list[psutil.Process]:
    found = []
    for process in runtime.own_processes():
        found.append(process)
        try:
            found.extend(process.children(recursive=True))
        except psutil.Error:
            pass
    return found


def is_loopback(ip: str) -> bool:
    address = ipaddress.ip_address(ip.split("%")[0])
    mapped = getattr(address, "ipv4_mapped", None)  # ::ffff:127.0.0.1 is IPv4's loopback too
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


def test_the_local_runtime_listens_on_loopback_only(ray_runtime):
    pids = {p.pid for p in app_processes()}
    listening = [c for c in psutil.net_connections("inet") if c.status == psutil.CONN_LISTEN and c.pid in pids]
    assert len(listening) >= 2  # at least the GCS and the raylet
    outside = [(c.pid, c.laddr) for c in listening if not is_loopback(c.laddr.ip)]
    assert outside == []


def test_the_token_file_is_readable_by_its_owner_only(ray_runtime):
    token = runtime.token_path()
    assert token.is_file()
    assert stat.S_IMODE(token.stat().st_mode) & 0o077 == 0


def connect(env_changes: dict[str, str], home: Path) -> subprocess.CompletedProcess:
    address = ray.get_runtime_context().gcs_address
    env = {**os.environ, "HOME": str(home), "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0", **env_changes}
    return subprocess.run([sys.executable, "-c", CONNECT.format(address=address)], env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_client_without_the_token_is_refused(ray_runtime, tmp_path):
    token = runtime.token_path().read_text().strip()
    refused = connect({"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": "not-the-token"}, tmp_path)
    assert refused.returncode != 0 and "connected" not in refused.stdout
    allowed = connect({"RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": token}, tmp_path)
    assert allowed.returncode == 0 and "connected" in allowed.stdout, allowed.stderr[-2000:]


SAMPLE_DURING_START = """
import json, os, stat, sys, threading, time
import desktop.engine
from desktop.engine import runtime
seen, stop = {}, threading.Event()
def sample():
    while not stop.is_set():
        for path in (runtime._temp_root(), runtime.temp_dir(), runtime.token_path(), runtime.token_path().parent):
            try:
                seen.setdefault(str(path), set()).add(stat.S_IMODE(os.lstat(path).st_mode))
            except OSError:
                pass
        time.sleep(0.0005)
thread = threading.Thread(target=sample, daemon=True)
thread.start()
runtime.start(num_cpus=1)
time.sleep(0.2)
stop.set(); thread.join()
token = runtime.token_path().read_text()
runtime.shutdown()
paths = [str(p) for p in (runtime._temp_root(), runtime.temp_dir(), runtime.token_path())]
print(json.dumps({"modes": {k: sorted(v) for k, v in seen.items()}, "token": len(token), "paths": paths}))
"""


def test_folder_and_token_stay_private_during_start_up(tmp_path):
    """Sampled every half millisecond while Ray starts, not only afterwards."""
    import json

    env = {**os.environ, "HOME": str(tmp_path), "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    env.pop("RAY_AUTH_TOKEN_PATH", None)
    result = subprocess.run([sys.executable, "-c", SAMPLE_DURING_START], env=env, capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    modes = report["modes"]
    root, own, token = report["paths"]
    # Ray makes its own session folder 0777 (`own`); the 0700 root above it keeps everyone else out.
    assert modes[root] == [0o700] and own in modes and modes[token] == [0o600]
    assert report["token"] == 64  # a 256-bit token, written by the app before Ray could
    assert modes[str(tmp_path / ".ray")] == [0o700]
