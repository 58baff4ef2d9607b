"""The window connected to a real multi-node cluster (offscreen, run as a driver inside the head's namespace)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from desktop.core.store import RunStore
from tests.cluster.conftest import comms, restore
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


def test_the_window_says_in_one_sentence_that_the_head_is_lost_and_marks_the_run_interrupted(cluster, data_home):
    window = subprocess.Popen(window_args(cluster, "lose-head"), env=cluster.env(QT_QPA_PLATFORM="offscreen"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        training = json.loads(window.stdout.readline() or "{}")
        assert "training" in training, window.communicate(timeout=60)[1][-3000:]
        os.kill(next(pid for pid, name in comms(cluster, cluster.head).items() if name == "gcs_server"), signal.SIGKILL)
        killed = time.monotonic()
        said = json.loads(window.stdout.readline() or "{}")
        took = time.monotonic() - killed
        out, err = window.communicate(timeout=90)
    finally:
        if window.poll() is None:
            window.kill()
        restore(cluster)
    sentence = (f"Lost the Ray cluster at {cluster.address}; the run is marked interrupted "
                "— resume it when the cluster is back.")
    assert said.get("failed") == [sentence] and took < 10, (said, took, err[-3000:])
    assert said["ray_status"].endswith(sentence) and sentence in said["error"], said
    assert window.returncode == 0, err[-3000:]
    run = RunStore().get(training["training"])
    assert run.info["status"] == "interrupted" and run.info["reason"] == sentence
