"""A Ray Tune sweep across the nodes of a real multi-node cluster, and its storage check."""

from __future__ import annotations

import subprocess

import pytest

from desktop.core.sweep_store import SweepStore
from tests.cluster.conftest import cli

pytestmark = [pytest.mark.slow, pytest.mark.cluster]

# Each trial needs 2 CPUs (its learner and 1 EnvRunner) and a worker has 2: one trial fills a node.
SWEEP_ARGS = ["--grid", "lr=0.001:0.0003", "--iterations", "2", "--env-runners", "1", "--train-batch", "256",
              "--minibatch", "64", "--epochs", "1", "--checkpoint-freq", "1", "--target-return", "0"]


def test_two_trials_run_one_on_each_worker_node_with_storage_every_node_shares(cluster, data_home):
    storage = cluster.temp / "shared"  # the nodes share this machine's filesystem, as an NFS mount would
    storage.mkdir()
    sweep = subprocess.run(cli(cluster, cluster.head, "sweep", "--address", cluster.address, "--storage", str(storage),
                               *SWEEP_ARGS), env=cluster.env(), capture_output=True, text=True, timeout=300)
    assert sweep.returncode == 0, sweep.stdout[-3000:] + sweep.stderr[-3000:]
    record = SweepStore().sweeps()[0]
    trials = record.trials().values()
    assert [t["status"] for t in trials] == ["TERMINATED", "TERMINATED"], trials
    nodes = sorted(t["location"].split(":")[0] for t in trials)  # node_ip:pid, as Tune reported it
    assert nodes == [cluster.worker_ip(1), cluster.worker_ip(2)], nodes
    assert record.tune_path == storage / record.id and (record.tune_path / "tuner.pkl").is_file()
    assert all(t["checkpoint"].startswith(str(storage)) for t in trials)


def test_storage_the_nodes_do_not_see_is_refused_in_one_sentence_before_any_trial(cluster, data_home):
    # The driver alone gets a folder: a tmpfs mounted in a mount namespace that only the driver lives
    # in. On every node the mount point is an empty folder, so `sweeps` below it does not exist there,
    # as a folder on this computer's own disk does not exist on the other machines of a real cluster.
    private = cluster.temp / "private"
    private.mkdir()
    script = f'mount -t tmpfs tmpfs {private} && mkdir {private}/sweeps && exec "$0" "$@"'
    argv = cli(cluster, cluster.head, "sweep", "--address", cluster.address, "--storage", f"{private}/sweeps",
               *SWEEP_ARGS)
    namespace_prefix, driver = argv[:4], argv[4:]  # ip netns exec NS | python -m desktop ...
    argv = [*namespace_prefix, "unshare", "--mount", "--propagation", "private", "sh", "-c", script, *driver]
    sweep = subprocess.run(argv, env=cluster.env(), capture_output=True, text=True, timeout=180)
    assert sweep.returncode == 2, sweep.stdout[-2000:] + sweep.stderr[-3000:]
    lines = sweep.stderr.strip().splitlines()
    assert len(lines) == 1 and f"{private}/sweeps does not exist there on the node at 10.77.0." in lines[0], lines
    assert SweepStore().sweeps() == []  # refused before the sweep was recorded, so before any trial
    assert not any(private.iterdir())  # and nothing was written on the nodes' side of the mount point
