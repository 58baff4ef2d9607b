"""A Ray cluster of several "machines" on one host: each node in its own network namespace.

Namespaces `<prefix>-sw` (a bridge, no address), `<prefix>-h` (the head, 10.77.0.1) and
`<prefix>-w1`, `<prefix>-w2` (workers, 10.77.0.11, .12) are joined by veth pairs. Every
address lives inside those namespaces; the host's own network is not touched. Token
authentication is on with the cluster's own token, every node has its own short temp
folder (AF_UNIX paths stay below 107 bytes) and RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER is unset
(multi-node mode). `stop()` ends exactly what was started: the processes inside its
namespaces (by PID) and the namespaces (by name).

By hand (as root):  python -m tests.cluster.netns_cluster   (prints how to use it, Enter tears down)
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

SUBNET = "10.77.0"
HEAD_IP = f"{SUBNET}.1"
PORT = 6379
OBJECT_STORE = 100 * 1024 * 1024
# The head declares a silent node dead after ~3 s instead of Ray's default ~15-20 s: the fault tests stay short.
FAST_NODE_FAILURE_DETECTION = {"health_check_initial_delay_ms": 1000, "health_check_period_ms": 1000,
                               "health_check_timeout_ms": 1000, "health_check_failure_threshold": 3}


def unavailable_reason() -> str | None:
    """Why namespaces cannot be made here, or None."""
    if not sys.platform.startswith("linux"):
        return "network namespaces need Linux"
    if os.geteuid() != 0:
        return "making network namespaces needs root"
    if not shutil.which("ip"):
        return "the `ip` command (iproute2) is missing"
    probe = f"rlp{os.getpid() % 100000}-probe"
    made = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True)
    if made.returncode != 0:
        return f"`ip netns add` failed: {made.stderr.strip()}"
    subprocess.run(["ip", "netns", "del", probe], capture_output=True)
    return None


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True)


@dataclass
class NetnsCluster:
    workers: int = 2
    cpus_per_node: int = 1
    head_cpus: int = 1
    prefix: str = field(default_factory=lambda: f"rlp{os.getpid() % 100000}")
    token: str = field(default_factory=lambda: secrets.token_hex(32))
    namespaces: list[str] = field(default_factory=list)
    temp: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="rlpc-", dir="/tmp")))

    @property
    def address(self) -> str:
        return f"{HEAD_IP}:{PORT}"

    @property
    def head(self) -> str:
        return f"{self.prefix}-h"

    def worker(self, i: int) -> str:
        return f"{self.prefix}-w{i}"

    def worker_ip(self, i: int) -> str:
        return f"{SUBNET}.{10 + i}"

    def env(self, **extra: str) -> dict[str, str]:
        """The environment of a process on this cluster: multi-node mode, its token."""
        env = {k: v for k, v in os.environ.items() if k not in ("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "RAY_ADDRESS")}
        env.update(RAY_AUTH_MODE="token", RAY_AUTH_TOKEN=self.token, RL_PLAYGROUND_REMOTE_CLUSTER="1",
                   RAY_USAGE_STATS_ENABLED="0", **extra)
        return env

    def exec_args(self, namespace: str, *argv: str) -> list[str]:
        return ["ip", "netns", "exec", namespace, *argv]

    # -- the network --------------------------------------------------------------------------
    def _add_namespace(self, name: str) -> None:
        _ip("netns", "add", name)
        self.namespaces.append(name)
        _ip("-n", name, "link", "set", "lo", "up")  # a new namespace's loopback starts down

    def _plug(self, name: str, address: str, port_name: str) -> None:
        switch = f"{self.prefix}-sw"
        _ip("link", "add", "eth0", "netns", name, "type", "veth", "peer", "name", port_name, "netns", switch)
        _ip("-n", name, "addr", "add", f"{address}/24", "dev", "eth0")
        _ip("-n", name, "link", "set", "eth0", "up")
        _ip("-n", switch, "link", "set", port_name, "master", "br0", "up")

    def _network(self) -> None:
        switch = f"{self.prefix}-sw"
        self._add_namespace(switch)
        _ip("-n", switch, "link", "add", "br0", "type", "bridge")
        _ip("-n", switch, "link", "set", "br0", "up")
        self._add_namespace(self.head)
        self._plug(self.head, HEAD_IP, "ph")
        for i in range(1, self.workers + 1):
            self._add_namespace(self.worker(i))
            self._plug(self.worker(i), self.worker_ip(i), f"pw{i}")

    # -- Ray ----------------------------------------------------------------------------------
    def _ray_start(self, namespace: str, ip: str, cpus: int, *role: str) -> None:
        folder = self.temp / namespace.rsplit("-", 1)[-1]
        ray_cli = os.path.join(os.path.dirname(sys.executable), "ray")
        argv = self.exec_args(namespace, ray_cli, "start", *role, "--node-ip-address", ip, "--num-cpus", str(cpus),
                              "--object-store-memory", str(OBJECT_STORE), "--temp-dir", str(folder),
                              "--disable-usage-stats")
        done = subprocess.run(argv, env=self.env(), capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"ray start in {namespace} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")

    def start_head(self) -> None:
        self._ray_start(self.head, HEAD_IP, self.head_cpus, "--head", "--port", str(PORT),
                        "--include-dashboard=false", "--system-config", json.dumps(FAST_NODE_FAILURE_DETECTION))

    def start_worker(self, i: int) -> None:
        self._ray_start(self.worker(i), self.worker_ip(i), self.cpus_per_node, "--address", self.address)

    def start(self) -> NetnsCluster:
        try:
            self._network()
            self.start_head()
            for i in range(1, self.workers + 1):
                self.start_worker(i)
            self.wait_for_nodes(self.workers + 1)
        except BaseException:
            self.stop()
            raise
        return self

    def wait_for_nodes(self, count: int, timeout: float = 60) -> None:
        code = f"import ray; ray.init(address='{self.address}'); print(sum(n['Alive'] for n in ray.nodes()))"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            out = self.python(self.head, code)
            if out.returncode == 0 and out.stdout.strip().splitlines()[-1:] == [str(count)]:
                return
            time.sleep(1)
        raise RuntimeError(f"the cluster did not reach {count} nodes: {out.stderr[-2000:]}")

    def python(self, namespace: str, code: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
        """Run a Python snippet as a driver inside a namespace of this cluster."""
        return subprocess.run(self.exec_args(namespace, sys.executable, "-c", code), env=self.env(**env),
                              capture_output=True, text=True, timeout=timeout)

    def pids(self, namespace: str) -> list[int]:
        out = subprocess.run(["ip", "netns", "pids", namespace], capture_output=True, text=True)
        return [int(p) for p in out.stdout.split()]

    def kill_node(self, namespace: str) -> None:
        """SIGKILL every process of one node (a machine that loses power)."""
        for pid in self.pids(namespace):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def stop(self) -> None:
        """End the processes inside our namespaces, by PID, then delete the namespaces, by name."""
        for name in reversed(self.namespaces):
            self.kill_node(name)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(self.pids(n) for n in self.namespaces):
            time.sleep(0.2)
        for name in reversed(self.namespaces):
            subprocess.run(["ip", "netns", "del", name], capture_output=True)
        self.namespaces.clear()
        shutil.rmtree(self.temp, ignore_errors=True)


def main() -> int:
    reason = unavailable_reason()
    if reason:
        print(f"Cannot make the cluster: {reason}.", file=sys.stderr)
        return 2
    cluster = NetnsCluster().start()
    try:
        print(f"Ray cluster up: head {cluster.address} in namespace {cluster.head}, "
              f"workers in {', '.join(cluster.worker(i) for i in range(1, cluster.workers + 1))}.")
        print("Train against it (another shell, as root):")
        print(f"  ip netns exec {cluster.head} env -u RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER RAY_AUTH_MODE=token "
              f"RAY_AUTH_TOKEN={cluster.token} RL_PLAYGROUND_REMOTE_CLUSTER=1 "
              f"{sys.executable} -m desktop train --address {cluster.address} --env-runners 2")
        input("Press Enter to tear the cluster down. ")
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
