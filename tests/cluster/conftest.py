"""One multi-node cluster for every test in tests/cluster (it takes ~12 s to make): a head with no CPUs,
so every actor that needs a CPU lands on a worker, and two workers of 2 CPUs each. A test that breaks a
node puts the cluster back (`restore`) before it ends.

Skipped, with the reason, where network namespaces cannot be made (not root, no `ip`).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.cluster.netns_cluster import NetnsCluster, unavailable_reason

REASON = unavailable_reason()
TINY_ARGS = ["--hidden", "16,16", "--train-batch", "256", "--minibatch", "64", "--epochs", "1"]


@pytest.fixture(scope="session")
def cluster():
    if REASON:
        pytest.skip(f"no multi-node cluster: {REASON}")
    made = NetnsCluster(workers=2, head_cpus=0, cpus_per_node=2).start()
    try:
        yield made
    finally:
        made.stop()


def restore(cluster: NetnsCluster) -> None:
    """Bring back every node a test took down: without a GCS server the whole cluster is started again,
    else each worker node without a raylet."""
    if not any(name == "gcs_server" for name in comms(cluster, cluster.head).values()):
        for namespace in (cluster.head, *(cluster.worker(i) for i in range(1, cluster.workers + 1))):
            cluster.kill_node(namespace)
        cluster.start_head()
    for i in range(1, cluster.workers + 1):
        if not any(name == "raylet" for name in comms(cluster, cluster.worker(i)).values()):
            cluster.kill_node(cluster.worker(i))
            cluster.start_worker(i)
    cluster.wait_for_nodes(cluster.workers + 1)


def comms(cluster: NetnsCluster, namespace: str) -> dict[int, str]:
    """PID -> process name of every process of one node."""
    found = {}
    for pid in cluster.pids(namespace):
        try:
            with open(f"/proc/{pid}/comm") as f:
                found[pid] = f.read().strip()
        except OSError:
            pass
    return found


def cli(cluster: NetnsCluster, namespace: str, *args: str) -> list[str]:
    """The argv of `rl-playground ARGS` run as a driver on one node of the cluster."""
    return cluster.exec_args(namespace, sys.executable, "-m", "desktop", *args)


def alive_actors(cluster: NetnsCluster, every: bool = False) -> list[tuple[str, str]]:
    """(class name, node address) of the cluster's live actors (`every`: also the dead ones)."""
    code = (
        f"import json, ray; ray.init(address='{cluster.address}'); import ray._private.state as s; "
        "print(json.dumps([(a['ActorClassName'], a['Address']['IPAddress'], a['State']) for a in s.actors().values()]))"
    )
    out = cluster.python(cluster.head, code)
    assert out.returncode == 0, out.stderr[-2000:]
    rows = json.loads(out.stdout.strip().splitlines()[-1])
    return [(name, ip) for name, ip, state in rows if every or state == "ALIVE"]


def run_cli(cluster: NetnsCluster, namespace: str, *args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cli(cluster, namespace, *args), env=cluster.env(), capture_output=True, text=True,
                          timeout=timeout)
