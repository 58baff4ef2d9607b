"""What Ray and this machine are using, as plain data the GUI and the CLI format."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence

GIB = 1024**3


@dataclass(frozen=True)
class WorkerProcess:
    pid: int
    name: str
    cpu_percent: float
    memory_bytes: int
    node: str = ""


@dataclass(frozen=True)
class NodeResources:
    node_id: str
    address: str
    alive: bool
    cpus: float
    gpus: float
    memory_bytes: float
    object_store_bytes: float


@dataclass(frozen=True)
class ResourceSnapshot:
    """Ray's totals and what is in use, plus this machine's memory and Ray's processes."""

    cpus_total: float = 0.0
    cpus_used: float = 0.0
    gpus_total: float = 0.0
    gpus_used: float = 0.0
    memory_total: float = 0.0
    memory_used: float = 0.0
    object_store_total: float = 0.0
    object_store_used: float = 0.0
    machine_memory_total: float = 0.0
    machine_memory_used: float = 0.0
    workers: tuple[WorkerProcess, ...] = ()
    nodes: tuple[NodeResources, ...] = field(default_factory=tuple)


def ready_line(s: ResourceSnapshot) -> str:
    """'Ray ready — 2 CPUs, 0 GPUs, 16.4 GiB memory, 7.0 GiB object store'."""
    return Sentence(
        QT_TRANSLATE_NOOP("Messages", "Ray ready — {cpus:g} CPUs, {gpus:g} GPUs, {memory:.1f} GiB memory, {store:.1f} GiB object store"),
        cpus=s.cpus_total, gpus=s.gpus_total, memory=s.memory_total / GIB, store=s.object_store_total / GIB,
    )


def memory_line(s: ResourceSnapshot) -> str:
    """The classic `rllib train` header line, live."""
    return f"Memory usage on this node: {s.machine_memory_used / GIB:.1f}/{s.machine_memory_total / GIB:.1f} GiB"


def requested_line(s: ResourceSnapshot) -> str:
    return (
        f"Resources requested: {s.cpus_used:g}/{s.cpus_total:g} CPUs, {s.gpus_used:g}/{s.gpus_total:g} GPUs, "
        f"{s.memory_used / GIB:.1f}/{s.memory_total / GIB:.2f} GiB heap, "
        f"{s.object_store_used / GIB:.2f}/{s.object_store_total / GIB:.2f} GiB objects"
    )
