"""The app against a real multi-node Ray cluster: nodes in their own network namespaces, token auth on.

Skipped, with the reason, where network namespaces cannot be made (not root, no `ip`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop.core.store import RunStore
from tests.cluster.netns_cluster import NetnsCluster, unavailable_reason

pytestmark = [pytest.mark.slow, pytest.mark.cluster]

REASON = unavailable_reason()
TINY_ARGS = ["--iterations", "2", "--hidden", "16,16", "--train-batch", "256", "--minibatch", "64", "--epochs", "1",
             "--checkpoint-freq", "1"]


@pytest.fixture(scope="module")
def cluster():
    """A head with no CPUs (so every actor lands on a worker) and two workers of 2 CPUs each."""
    if REASON:
        pytest.skip(f"no multi-node cluster: {REASON}")
    made = NetnsCluster(workers=2, head_cpus=0, cpus_per_node=2).start()
    try:
        yield made
    finally:
        made.stop()


def actors_by_ip(cluster: NetnsCluster) -> list[tuple[str, str]]:
    """(class name, node address) of every actor the cluster ever had, read by a helper driver."""
    code = (
        f"import json, ray; ray.init(address='{cluster.address}'); import ray._private.state as s; "
        "print(json.dumps([(a['ActorClassName'], a['Address']['IPAddress']) for a in s.actors().values()]))"
    )
    out = cluster.python(cluster.head, code)
    assert out.returncode == 0, out.stderr[-2000:]
    return [tuple(pair) for pair in json.loads(out.stdout.strip().splitlines()[-1])]


def test_env_runners_run_on_the_worker_nodes_and_the_run_lands_on_this_disk(cluster, data_home):
    # The driver (the CLI under test) runs inside the head's namespace: a node of that network.
    train = subprocess.run(
        cluster.exec_args(cluster.head, sys.executable, "-m", "desktop", "train", "--address", cluster.address,
                          "--env-runners", "2", *TINY_ARGS),
        env=cluster.env(), capture_output=True, text=True, timeout=240,
    )
    assert train.returncode == 0, train.stdout[-2000:] + train.stderr[-3000:]
    runners = [ip for name, ip in actors_by_ip(cluster) if "EnvRunner" in name]
    workers = {cluster.worker_ip(1), cluster.worker_ip(2)}
    assert len(runners) >= 2 and set(runners) <= workers, runners
    run = RunStore().runs()[0]  # RL_PLAYGROUND_HOME: the user's data folder, on this disk
    assert run.info["engine"] == cluster.address and [m.iteration for m in run.metrics()] == [1, 2]
    assert run.latest_checkpoint() is not None and run.latest_checkpoint().iteration == 2
    # The checkpoint plays here, with no cluster (loopback mode, this process's environment).
    rollout = subprocess.run([sys.executable, "-m", "desktop", "rollout", run.id, "--episodes", "1", "--seed", "1"],
                             env=dict(os.environ), capture_output=True, text=True, timeout=180)
    assert rollout.returncode == 0, rollout.stderr[-3000:]
