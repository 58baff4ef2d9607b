"""The window connected to a real multi-node cluster (offscreen, run as a driver inside the head's namespace)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.cluster.netns_cluster import NetnsCluster

pytestmark = [pytest.mark.slow, pytest.mark.cluster]


def window_args(cluster: NetnsCluster, mode: str) -> list[str]:
    return cluster.exec_args(cluster.head, sys.executable, "-m", "tests.cluster.window_on_cluster", cluster.address, mode)


def test_the_resources_panel_lists_each_node_and_where_each_env_runner_runs(cluster, data_home):
    shown = subprocess.run(window_args(cluster, "panel"), env=cluster.env(QT_QPA_PLATFORM="offscreen"),
                           capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stdout[-2000:] + shown.stderr[-3000:]
    panel = json.loads(shown.stdout.strip().splitlines()[-1])
    # Node, Address, CPUs, GPUs, Memory, Object store: one row per node, at its own namespace's address.
    nodes = {address: (node, cpus, store) for node, address, cpus, _, _, store in panel["nodes"]}
    workers = {cluster.worker_ip(i) for i in range(1, cluster.workers + 1)}
    assert set(nodes) == {"10.77.0.1", *workers} and len(panel["nodes"]) == cluster.workers + 1, panel["nodes"]
    assert nodes["10.77.0.1"][1] == f"{cluster.head_cpus:g}"
    assert all(nodes[ip][1] == f"{cluster.cpus_per_node:g}" for ip in workers)
    assert all(store == "0.1 GiB" for _, _, store in nodes.values())  # each node's 100 MiB object store
    # PID, Ray process, Node, CPU %, Memory: every EnvRunner runs on a worker node (the head has no CPUs).
    address_of = {node: address for address, (node, _, _) in nodes.items()}
    runners = [address_of.get(node) for _, name, node, _, _ in panel["processes"] if "EnvRunner" in name]
    assert len(runners) >= 2 and set(runners) <= workers, panel["processes"]
    assert panel["ray_status"].startswith(f"Ray ready — {cluster.head_cpus + cluster.workers * cluster.cpus_per_node:g} CPUs"), panel

