"""Is a folder really shared by every node of the cluster? Asked of each node by a tiny Ray task.

Tune writes a sweep's experiment folder from whichever node runs a trial, so on a cluster of
several machines that folder must be one storage every node mounts at the same path. The
driver leaves a marker file with a random word in it; a task pinned to each alive node checks
that it sees the folder, the same marker (not merely a folder of the same name) and can write.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import ray
from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

from desktop.core.errors import UserError

ANSWER_TIMEOUT_S = 60.0


class StorageNotShared(UserError):
    """The sweep's storage is missing, private or read-only on this machine or on a node."""


def check_local_folder(folder: Path) -> None:
    """Before Ray starts: the folder exists here and this process can write to it."""
    if not folder.is_dir():
        raise StorageNotShared(f"The sweep storage {folder} is not a folder on this computer.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StorageNotShared(f"The sweep storage {folder} cannot be written to from this computer.")


def _problem_here(folder: str, marker: str, word: str) -> str:
    """Run on one node: '' when it shares the folder with the driver, else what is wrong there."""
    path = Path(folder)
    if not path.is_dir():
        return "does not exist there"
    try:
        if (path / marker).read_text(encoding="utf-8") != word:
            return "is a different folder there"
    except OSError:
        return "is a different folder there"
    probe = path / f"{marker}-{os.getpid()}"
    try:
        probe.write_text(word, encoding="utf-8")
        probe.unlink()
    except OSError:
        return "cannot be written to there"
    return ""


_problem_task = ray.remote(num_cpus=0, max_retries=0)(_problem_here)


def check_shared_folder(folder: Path) -> None:
    """Refuse, in one sentence, a folder some alive node does not share (call after ray.init)."""
    word = secrets.token_hex(16)
    marker = f".rl-playground-shared-{word[:8]}"
    try:
        (folder / marker).write_text(word, encoding="utf-8")
    except OSError as exc:
        raise StorageNotShared(f"The sweep storage {folder} cannot be written to ({exc.strerror or exc}).") from None
    try:
        nodes = [n for n in ray.nodes() if n.get("Alive")]
        asks = {
            _problem_task.options(
                scheduling_strategy=NodeAffinitySchedulingStrategy(n["NodeID"], soft=False)
            ).remote(str(folder), marker, word): n.get("NodeManagerAddress", "?")
            for n in nodes
        }
        ready, late = ray.wait(list(asks), num_returns=len(asks), timeout=ANSWER_TIMEOUT_S)
        for ref in late:
            ray.cancel(ref, force=True)
            raise StorageNotShared(f"The node at {asks[ref]} did not answer whether it shares the sweep storage {folder}.")
        for ref in ready:
            problem = ray.get(ref)
            if problem:
                raise StorageNotShared(
                    f"The sweep storage {folder} {problem} on the node at {asks[ref]}; "
                    "give --storage a folder every node mounts at the same path."
                )
    finally:
        (folder / marker).unlink(missing_ok=True)
