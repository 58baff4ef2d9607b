"""The app against a real multi-node Ray cluster: nodes in their own network namespaces, token auth on."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop.core.store import RunStore
from tests.cluster.conftest import TINY_ARGS, alive_actors, run_cli

pytestmark = [pytest.mark.slow, pytest.mark.cluster]


def test_env_runners_run_on_the_worker_nodes_and_the_run_lands_on_this_disk(cluster, data_home):
    # The driver (the CLI under test) runs inside the head's namespace: a node of that network.
    train = run_cli(cluster, cluster.head, "train", "--address", cluster.address, "--env-runners", "2",
                    "--iterations", "2", "--checkpoint-freq", "1", *TINY_ARGS)
    assert train.returncode == 0, train.stdout[-2000:] + train.stderr[-3000:]
    runners = [ip for name, ip in alive_actors(cluster, every=True) if "EnvRunner" in name]
    workers = {cluster.worker_ip(1), cluster.worker_ip(2)}
    assert len(runners) >= 2 and set(runners) <= workers, runners
    run = RunStore().runs()[0]  # RL_PLAYGROUND_HOME: the user's data folder, on this disk
    assert run.info["engine"] == cluster.address and [m.iteration for m in run.metrics()] == [1, 2]
    assert run.latest_checkpoint() is not None and run.latest_checkpoint().iteration == 2
    # The checkpoint plays here, with no cluster (loopback mode, this process's environment).
    rollout = subprocess.run([sys.executable, "-m", "desktop", "rollout", run.id, "--episodes", "1", "--seed", "1"],
                             env=dict(os.environ), capture_output=True, text=True, timeout=180)
    assert rollout.returncode == 0, rollout.stderr[-3000:]
