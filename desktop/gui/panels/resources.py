"""What Ray is using, refreshed once a second: CPUs, GPUs, memory, object store, worker processes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.resources import GIB, ResourceSnapshot, memory_line, requested_line
from desktop.gui.widgets.help import explained

BARS = [
    ("cpus", QT_TRANSLATE_NOOP("ResourcesPanel", "Ray CPUs"),
     QT_TRANSLATE_NOOP("ResourcesPanel", "Processor cores Ray hands out to tasks and actors, and how many are taken.")),
    ("gpus", QT_TRANSLATE_NOOP("ResourcesPanel", "Ray GPUs"),
     QT_TRANSLATE_NOOP("ResourcesPanel", "Graphics cards Ray can use (none on most laptops; CartPole does not need one).")),
    ("memory", QT_TRANSLATE_NOOP("ResourcesPanel", "Ray memory"),
     QT_TRANSLATE_NOOP("ResourcesPanel", "Memory that tasks and actors reserved from Ray's pool.")),
    ("objects", QT_TRANSLATE_NOOP("ResourcesPanel", "Object store"),
     QT_TRANSLATE_NOOP("ResourcesPanel", "Ray's shared memory for results passed between processes.")),
    ("machine", QT_TRANSLATE_NOOP("ResourcesPanel", "This machine"),
     QT_TRANSLATE_NOOP("ResourcesPanel", "All memory in use on this computer, by every program.")),
]


class ResourcesPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        form = QFormLayout()
        self.bars: dict[str, QProgressBar] = {}
        for key, label_source, tip_source in BARS:
            label, tip = self.tr(label_source), self.tr(tip_source)
            bar = QProgressBar()
            bar.setToolTip(tip)
            bar.setTextVisible(True)
            bar.setFormat(self.tr("waiting for Ray…"))
            bar.setValue(0)
            name = explained(label, "object-store") if key == "objects" else QLabel(label)
            name.setToolTip(tip)
            form.addRow(name, bar)
            self.bars[key] = bar
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-family: monospace; font-size: 11px;")
        self.summary.setProperty("verbatim", True)  # `rllib train`'s own header lines, as the tutorial printed them
        self.nodes = QTableWidget(0, 6)
        self.nodes.setHorizontalHeaderLabels(
            [self.tr("Node"), self.tr("Address"), "CPUs", "GPUs", self.tr("Memory"), self.tr("Object store")]
        )
        self.nodes.setToolTip(self.tr("The machines in this Ray cluster (one on a laptop), and what each offers."))
        self.nodes.verticalHeader().hide()
        self.nodes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nodes.setMaximumHeight(80)
        self.workers = QTableWidget(0, 5)
        self.workers.setHorizontalHeaderLabels(["PID", self.tr("Ray process"), self.tr("Node"), "CPU %", self.tr("Memory")])
        self.workers.setToolTip(self.tr("Ray's worker processes on this machine: each task or actor runs in one."))
        self.workers.verticalHeader().hide()
        self.workers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.workers.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.nodes)
        layout.addWidget(explained(self.tr("Ray's processes — each task or actor runs in one"), "actor"))
        layout.addWidget(self.workers, 1)

    def _set(self, key: str, used: float, total: float, text: str) -> None:
        bar = self.bars[key]
        bar.setMaximum(1000)
        bar.setValue(int(1000 * used / total) if total > 0 else 0)
        bar.setFormat(text)

    def update_snapshot(self, s: ResourceSnapshot) -> None:
        if not self.isVisible():
            return
        self._set("cpus", s.cpus_used, s.cpus_total, self.tr("{0:g} of {1:g} in use").format(s.cpus_used, s.cpus_total))
        self._set("gpus", s.gpus_used, s.gpus_total, self.tr("{0:g} of {1:g} in use").format(s.gpus_used, s.gpus_total))
        self._set("memory", s.memory_used, s.memory_total, self.tr("{0:.1f} of {1:.1f} GiB").format(s.memory_used / GIB, s.memory_total / GIB))
        self._set(
            "objects", s.object_store_used, s.object_store_total,
            self.tr("{0:.2f} of {1:.1f} GiB").format(s.object_store_used / GIB, s.object_store_total / GIB),
        )
        self._set(
            "machine", s.machine_memory_used, s.machine_memory_total,
            self.tr("{0:.1f} of {1:.1f} GiB").format(s.machine_memory_used / GIB, s.machine_memory_total / GIB),
        )
        self.summary.setText(memory_line(s) + "\n" + requested_line(s))
        self.nodes.setRowCount(len(s.nodes))
        for row, n in enumerate(s.nodes):
            values = [n.node_id + ("" if n.alive else self.tr(" (dead)")), n.address, f"{n.cpus:g}", f"{n.gpus:g}",
                      f"{n.memory_bytes / GIB:.1f} GiB", f"{n.object_store_bytes / GIB:.1f} GiB"]
            for column, value in enumerate(values):
                self.nodes.setItem(row, column, QTableWidgetItem(value))
        self.workers.setRowCount(len(s.workers))
        for row, w in enumerate(s.workers):
            here = w.cpu_percent == w.cpu_percent  # NaN: the process is on another machine
            values = [str(w.pid), w.name, w.node, f"{w.cpu_percent:.0f}" if here else "—",
                      f"{w.memory_bytes / 2**20:.0f} MiB" if here else "—"]
            for column, value in enumerate(values):
                self.workers.setItem(row, column, QTableWidgetItem(value))
