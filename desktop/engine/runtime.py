"""Start an embedded local Ray (loopback only), or join a cluster; read resources; shut down."""

from __future__ import annotations

import dataclasses
import logging
import os
import secrets
import shutil
import socket
import stat
import sys
import tempfile
from pathlib import Path

import psutil
import ray

from desktop.core.errors import RayUnavailable
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.machine import cpus_override
from desktop.core.private_dir import ensure_private_dir, write_private_file
from desktop.core.resources import NodeResources, ResourceSnapshot, WorkerProcess
from desktop.core.signals import hang_up_like_terminate


def probe_address(address: str, timeout: float = 3.0) -> None:
    """Fail fast with a sentence when nothing listens at HOST:PORT (ray.init would block far longer)."""
    host, _, port = address.rpartition(":")
    if not host or not port.isdigit():
        raise RayUnavailable(Sentence(QT_TRANSLATE_NOOP("Messages", "'{address}' is not a cluster address; use HOST:PORT such as 127.0.0.1:6379."), address=address))
    try:
        with socket.create_connection((host, int(port)), timeout=timeout):
            pass
    except OSError as exc:
        raise RayUnavailable(Sentence(QT_TRANSLATE_NOOP("Messages", "No Ray cluster answers at {address} ({error})."), address=address, error=str(exc.strerror or exc))) from None


def _protect_token_file() -> None:
    """Ray writes its auth token world-readable; only the owner should read it."""
    token = Path.home() / ".ray" / "auth_token"
    try:
        if token.is_file() and token.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            token.chmod(0o600)
    except OSError:
        pass


def _temp_root() -> Path:
    # Short on purpose: Ray's socket paths under it must stay below the 107-byte AF_UNIX limit.
    return Path(tempfile.gettempdir()) / f"rlp-{os.getuid()}"


def remove_stale_temp_dirs() -> None:
    """Ray session folders of app processes that are gone (a crash) are removed."""
    root = ensure_private_dir(_temp_root())
    for folder in root.iterdir():
        if folder.name.isdigit() and not psutil.pid_exists(int(folder.name)):
            shutil.rmtree(folder, ignore_errors=True)


def token_path() -> Path:
    """Ray's auth token file (Ray reads ~/.ray/auth_token; its C++ loader caches that path early)."""
    return Path.home() / ".ray" / "auth_token"


def _prepare_private_session() -> None:
    """The private folders and a 0600 token file (in a 0700 folder) exist before Ray starts, so the
    token is never readable by others, not even for a moment, and a failed ray.init leaves it private."""
    remove_stale_temp_dirs()
    ensure_private_dir(temp_dir())
    token = token_path()
    token.parent.mkdir(mode=0o700, exist_ok=True)
    if not token.parent.is_symlink():
        token.parent.chmod(0o700)
    if token.is_file() and not token.is_symlink():
        token.chmod(0o600)
    else:
        write_private_file(token, secrets.token_hex(32))


def temp_dir() -> Path:
    """This process's own folder for Ray's session files (removed when Ray shuts down)."""
    return _temp_root() / str(os.getpid())


# The desktop app starts Ray a notch below its window: the window's thread stays at niceness 0,
# Ray's own processes (GCS, raylet, agents) run at 5, and its workers, which Ray lowers by a
# further 15, at 19 (the floor). When the two cores are busy, the 50-fps rollout comes first.
RAY_NICENESS = 5


def lower_this_thread(niceness: int) -> None:
    """Give the calling thread, and every process it starts, at least `niceness`. Linux only: there
    niceness is per thread and children inherit it (elsewhere it would lower the window too)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        current = os.nice(0)
        if current < niceness:
            os.nice(niceness - current)
    except (AttributeError, OSError):
        pass


def start(address: str | None = None, num_cpus: int | None = None) -> None:
    """Start the embedded runtime (address None) or connect to a running cluster. Blocks for seconds."""
    if ray.is_initialized():
        return
    logging.getLogger("ray").setLevel(logging.ERROR)
    logging.getLogger("ray.rllib").setLevel(logging.ERROR)
    if address:
        probe_address(address)
        # The cluster's workers need this app's code: ship the package with the job.
        package = str(Path(__file__).resolve().parents[1])
        ray.init(address=address, logging_level=logging.ERROR, log_to_driver=False,
                 runtime_env={"py_modules": [package]})
    else:
        _prepare_private_session()
        try:
            ray.init(
                address="local",
                _temp_dir=str(temp_dir()),
                num_cpus=num_cpus if num_cpus is not None else cpus_override(),
                include_dashboard=False,
                logging_level=logging.ERROR,
                log_to_driver=False,
            )
        except BaseException:
            shutdown()
            raise
    _protect_token_file()
    hang_up_like_terminate()  # ray.init installs its own SIGTERM handler: closing the terminal must still stop us cleanly


def shutdown() -> None:
    if ray.is_initialized():
        ray.shutdown()
    if temp_dir().is_dir() and not temp_dir().is_symlink():
        shutil.rmtree(temp_dir(), ignore_errors=True)


def own_processes() -> list[psutil.Process]:
    """The Ray processes this driver started (gcs_server, raylet, ...), empty when joined to a cluster."""
    node = getattr(ray._private.worker, "_global_node", None)
    found = []
    for infos in getattr(node, "all_processes", {}).values():
        for info in infos:
            try:
                found.append(psutil.Process(info.process.pid))
            except (psutil.Error, AttributeError):
                pass
    return found


def _raylet_pids() -> list[int]:
    node = getattr(ray._private.worker, "_global_node", None)
    infos = getattr(node, "all_processes", {}).get("raylet", [])
    return [info.process.pid for info in infos]


class ResourceMonitor:
    """Samples Ray's and the machine's resources; keeps psutil handles so CPU% is measured between samples.

    Call it from the thread that makes the process's other Ray calls (EngineDriver).
    """

    def __init__(self) -> None:
        self._procs: dict[int, psutil.Process] = {}

    def sample(self) -> ResourceSnapshot:
        total = ray.cluster_resources()
        free = ray.available_resources()
        vm = psutil.virtual_memory()
        return ResourceSnapshot(
            cpus_total=total.get("CPU", 0.0),
            cpus_used=total.get("CPU", 0.0) - free.get("CPU", 0.0),
            gpus_total=total.get("GPU", 0.0),
            gpus_used=total.get("GPU", 0.0) - free.get("GPU", 0.0),
            memory_total=total.get("memory", 0.0),
            memory_used=total.get("memory", 0.0) - free.get("memory", 0.0),
            object_store_total=total.get("object_store_memory", 0.0),
            object_store_used=total.get("object_store_memory", 0.0) - free.get("object_store_memory", 0.0),
            machine_memory_total=float(vm.total),
            machine_memory_used=float(vm.total - vm.available),
            workers=tuple(self._workers()),
            nodes=tuple(self._nodes()),
        )

    def _workers(self) -> list[WorkerProcess]:
        """Ray's processes: our node's (children of its raylet) and every live actor, with its node.

        CPU and memory are known for processes on this machine; a remote actor shows without them.
        """
        local_node = ray.get_runtime_context().get_node_id()[:8]
        found: dict[int, WorkerProcess] = {}
        for raylet in _raylet_pids():
            try:
                children = psutil.Process(raylet).children(recursive=True)
            except psutil.Error:
                continue
            for child in children:
                worker = self._measure(child.pid, "", local_node)
                if worker is not None:
                    found[child.pid] = worker
        for info in ray._private.state.actors().values():
            pid = int(info.get("Pid") or 0)
            if info.get("State") != "ALIVE" or not pid:
                continue
            name = "ray::" + str(info.get("ActorClassName") or "actor").rsplit(".", 1)[-1]
            if pid in found:  # named by its class, not by the method it is in (a run's actor is mostly in a held poll)
                found[pid] = dataclasses.replace(found[pid], name=name)
                continue
            node = str((info.get("Address") or {}).get("NodeID") or info.get("NodeID") or "")[:8]
            measured = self._measure(pid, name, node) if node == local_node else None
            found[pid] = measured or WorkerProcess(pid, name, float("nan"), 0, node)
        self._procs = {pid: p for pid, p in self._procs.items() if pid in found}
        return sorted(found.values(), key=lambda w: (-w.memory_bytes, w.pid))

    def _measure(self, pid: int, name: str, node: str) -> WorkerProcess | None:
        try:
            proc = self._procs.setdefault(pid, psutil.Process(pid))
            with proc.oneshot():
                if not name:
                    name = proc.cmdline()[0] if proc.name().startswith("ray::") else proc.name()
                return WorkerProcess(pid, name or proc.name(), proc.cpu_percent(None), proc.memory_info().rss, node)
        except (psutil.Error, IndexError):
            return None

    def _nodes(self) -> list[NodeResources]:
        nodes = []
        for node in ray.nodes():
            res = node.get("Resources", {})
            nodes.append(
                NodeResources(
                    node_id=node.get("NodeID", "")[:8],
                    address=node.get("NodeManagerAddress", ""),
                    alive=bool(node.get("Alive")),
                    cpus=res.get("CPU", 0.0),
                    gpus=res.get("GPU", 0.0),
                    memory_bytes=res.get("memory", 0.0),
                    object_store_bytes=res.get("object_store_memory", 0.0),
                )
            )
        return nodes
