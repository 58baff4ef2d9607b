"""Cluster mode against a real external Ray cluster on loopback, with token authentication on."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import pytest

from desktop.core.store import RunStore


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def cluster():
    """`ray start --head` in the test's own temp folder; ends exactly the processes it started."""
    port = free_port()
    token = secrets.token_hex(32)
    # A short folder: Ray's socket paths under it must stay below the 107-byte AF_UNIX limit.
    temp = Path(tempfile.mkdtemp(prefix="rlp-cluster-"))
    env = {**os.environ, "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0", "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": token}
    ray_cli = os.path.join(os.path.dirname(sys.executable), "ray")
    subprocess.run(
        [ray_cli, "start", "--head", "--port", str(port), "--temp-dir", str(temp), "--num-cpus", "2",
         "--include-dashboard=false", "--disable-usage-stats"],
        env=env, check=True, capture_output=True, timeout=120,
    )
    try:
        yield f"127.0.0.1:{port}", token
    finally:
        mine = [p for p in psutil.process_iter(["cmdline"]) if str(temp) in " ".join(p.info["cmdline"] or [])]
        for p in mine:
            for child in p.children(recursive=True):
                child.kill()
            p.kill()
        psutil.wait_procs(mine, timeout=15)
        shutil.rmtree(temp, ignore_errors=True)


def cli(args, env, timeout=240):
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, capture_output=True, text=True,
                          timeout=timeout)


def test_train_on_an_external_cluster_with_its_token(cluster):
    address, token = cluster
    env = {**os.environ, "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": token}
    result = cli(["train", "--address", address, "--iterations", "1", "--hidden", "16,16", "--train-batch", "256",
                  "--minibatch", "64", "--epochs", "1"], env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Resources requested: 1/2 CPUs" in result.stdout  # the cluster's CPUs, as the resources header shows
    run = RunStore().runs()[0]
    assert run.info["engine"] == address and [m.iteration for m in run.metrics()] == [1]
    assert run.latest_checkpoint() is None or run.latest_checkpoint().iteration == 1


def test_an_unreachable_address_is_one_sentence_within_10_s():
    started = time.monotonic()
    result = cli(["train", "--address", f"127.0.0.1:{free_port()}", "--iterations", "1"], dict(os.environ), timeout=60)
    assert time.monotonic() - started < 10 + 5  # 5 s for Python and imports on a busy machine
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "No Ray cluster answers at 127.0.0.1:" in lines[0]
