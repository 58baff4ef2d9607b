"""Ray basics panel: the tutorial's DNS look-ups as plain Python, Ray tasks and an actor, run live and drawn as a timeline.

Every Ray call goes through the bridge (`run_lesson`, `list_actors`); this panel
only shows what comes back, plus a live list of Ray's actors and worker processes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.lessons import (
    CPU_RANGE,
    DELAY_RANGE,
    EXPLANATIONS,
    MAX_NAMES,
    STEPS,
    TITLES,
    ActorInfo,
    LessonResult,
    LessonSettings,
)
from desktop.core.resources import ResourceSnapshot, WorkerProcess
from desktop.engine.lesson_source import lesson_source
from desktop.gui.bridge import EngineBridge
from desktop.gui.i18n import core_text, error_text
from desktop.gui.panels.basics_views import ROLE_COLORS, CodeView, TimelineView

ACTORS_EVERY_MS = 2000
LEGEND = (
    "<b>{0}</b><br>{1}<br>"
    f"<span style='color:{ROLE_COLORS['driver']}'>■</span> {{2}}<br>"
    f"<span style='color:{ROLE_COLORS['worker']}'>■</span> {{3}}<br>"
    f"<span style='color:{ROLE_COLORS['actor']}'>■</span> {{4}}<br>"
    "<span style='color:#2e7d32'>▼</span> {5}<br><br>{6}"
)


def timeline_legend() -> str:
    """How to read the timeline, in the window's language."""
    return LEGEND.format(
        QCoreApplication.translate("BasicsPanel", "Reading the timeline"),
        QCoreApplication.translate("BasicsPanel", "Each row is one process, named by its PID (the number your computer gives it). Each bar is one look-up, from start to end."),
        QCoreApplication.translate("BasicsPanel", "this program (plain Python)"),
        QCoreApplication.translate("BasicsPanel", "a Ray worker running a task"),
        QCoreApplication.translate("BasicsPanel", "the DNSServer actor"),
        QCoreApplication.translate("BasicsPanel", "when the program printed an answer"),
        QCoreApplication.translate("BasicsPanel", "Bars side by side in time ran at the same moment; bars one after another on a row waited for a free CPU."),
    )


def failure_sentence(error: BaseException) -> str:
    if isinstance(error, UserError):
        return error_text(error)
    return QCoreApplication.translate("BasicsPanel", "The lesson stopped: {0}: {1}").format(type(error).__name__, error).splitlines()[0]


# Ray's helper processes that also carry a `ray::` name but never run the user's code.
RAY_HELPERS = {"DashboardAgent", "RuntimeEnvAgent", "LogMonitor", "Monitor", "DashboardHead"}


def describe_process(worker: WorkerProcess, actor: ActorInfo | None) -> tuple[str, str, int]:
    """(what runs in this process, its state, sort order) in plain words."""
    if actor is not None:
        return QCoreApplication.translate("BasicsPanel", "{0} actor").format(actor.class_name), actor.state, 0
    doing = worker.name[5:] if worker.name.startswith("ray::") else ""
    if doing == "IDLE":
        return QCoreApplication.translate("BasicsPanel", "idle worker, waiting for a task"), "IDLE", 2
    if doing and doing not in RAY_HELPERS:
        return QCoreApplication.translate("BasicsPanel", "task worker: {0}").format(doing), "RUNNING", 1
    return QCoreApplication.translate("BasicsPanel", "Ray's own helper ({0})").format(doing or worker.name), "", 3


class BasicsPanel(QWidget):
    """Four steps with tasks and one with an actor; each shows its code, what it printed and a timeline."""

    lesson_finished = Signal(object)  # LessonResult

    def __init__(self, bridge: EngineBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.bridge = bridge
        self.busy = False
        self.results: dict[str, LessonResult] = {}
        self._actors: list[ActorInfo] = []
        self._workers: tuple[WorkerProcess, ...] = ()
        self._actors_pending = False

        self.steps = QListWidget()
        self.steps.addItems([core_text("Lessons", TITLES[step]) for step in STEPS])
        self.steps.setMaximumWidth(270)
        self.steps.setToolTip(self.tr("Go through the steps in order: each one changes a few lines of the one before."))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setStyleSheet("font-size: 13px; padding: 4px;")

        self.names = QSpinBox(minimum=1, maximum=MAX_NAMES, value=3)
        self.names.setToolTip(self.tr("How many web addresses to look up: each look-up is one task."))
        self.delay = QDoubleSpinBox(minimum=DELAY_RANGE[0], maximum=DELAY_RANGE[1], value=0.5, singleStep=0.1, suffix=self.tr(" s"))
        self.delay.setToolTip(self.tr("How long each look-up takes (the lesson makes it wait, like a slow network)."))
        self.cpus = QDoubleSpinBox(minimum=CPU_RANGE[0], maximum=CPU_RANGE[1], value=1.0, singleStep=0.25)
        self.cpus.setToolTip(
            self.tr("How many CPUs each task asks Ray for. Ray runs a task only when that many are free, so asking for "
                    "more makes tasks wait for each other; asking for half a CPU lets two share one.")
        )
        self.run_button = QPushButton(self.tr("Run ▶"))
        self.run_button.setToolTip(self.tr("Run this step now on your computer's Ray."))
        self.capacity = QLabel("")
        controls = QHBoxLayout()
        for label, widget in ((self.tr("Names"), self.names), (self.tr("Each look-up takes"), self.delay), (self.tr("CPUs per task"), self.cpus)):
            controls.addWidget(QLabel(label))
            controls.addWidget(widget)
        controls.addWidget(self.run_button)
        controls.addWidget(self.capacity, 1)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")

        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.code = CodeView()
        self.code.setToolTip(self.tr("The code of this step, exactly as it runs (written after the classic Ray tutorial)."))
        self.output = QPlainTextEdit(readOnly=True)
        self.output.setFont(mono)
        self.output.setTabStopDistance(self.output.fontMetrics().horizontalAdvance(" ") * 16)
        self.output.setMaximumHeight(170)
        self.output.setPlaceholderText(self.tr("What the code prints appears here."))
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.timeline = TimelineView()
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(QLabel(self.tr("What it printed")))
        results_layout.addWidget(self.output, 2)
        results_layout.addWidget(self.summary)
        results_layout.addWidget(QLabel(self.tr("Timeline: which process did each look-up, and when")))
        results_layout.addWidget(self.timeline, 3)
        work = QSplitter(Qt.Orientation.Horizontal)
        work.addWidget(self.code)
        work.addWidget(results)
        work.setSizes([640, 560])

        self.processes = QTableWidget(0, 5)
        self.processes.setHorizontalHeaderLabels(["PID", self.tr("What runs there"), self.tr("State"), "CPU %", self.tr("Memory")])
        self.processes.setToolTip(self.tr("Ray's actors and worker processes on this computer, refreshed every few seconds."))
        self.processes.verticalHeader().hide()
        self.processes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.processes.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        live = QWidget()
        live_layout = QVBoxLayout(live)
        live_layout.setContentsMargins(0, 0, 0, 0)
        live_layout.addWidget(QLabel(self.tr("Ray's actors and worker processes, live")))
        live_layout.addWidget(self.processes)

        lesson = QWidget()
        lesson_layout = QVBoxLayout(lesson)
        lesson_layout.setContentsMargins(0, 0, 0, 0)
        lesson_layout.addWidget(self.explanation)
        lesson_layout.addLayout(controls)
        lesson_layout.addWidget(self.message)
        lesson_layout.addWidget(work, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(lesson)
        right.addWidget(live)
        right.setSizes([700, 180])
        legend = QLabel(timeline_legend())
        legend.setWordWrap(True)
        legend.setMaximumWidth(270)
        left = QVBoxLayout()
        left.addWidget(self.steps, 1)
        left.addWidget(legend)
        self.steps.setMaximumHeight(130)
        left.addStretch(2)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(right, 1)

        self._actors_timer = QTimer(self, interval=ACTORS_EVERY_MS)
        self._actors_timer.timeout.connect(self._on_actors_timer_timeout)
        self._actors_timer.start()
        self.steps.currentRowChanged.connect(self._on_steps_current_row_changed)
        self.run_button.clicked.connect(self._on_run_button_clicked)
        self.bridge.lesson_finished.connect(self._on_bridge_lesson_finished)
        self.bridge.actors_listed.connect(self._on_bridge_actors_listed)
        self.bridge.resources_sampled.connect(self._on_bridge_resources_sampled)
        self.steps.setCurrentRow(0)

    # -- choosing and running a step -----------------------------------------------------
    def step(self) -> str:
        return STEPS[max(0, self.steps.currentRow())]

    def select_step(self, step: str) -> None:
        self.steps.setCurrentRow(STEPS.index(step))

    def settings(self) -> LessonSettings:
        return LessonSettings(self.names.value(), round(self.delay.value(), 2), self.cpus.value()).validate()

    def run_when_ready(self, step: str) -> None:
        """Select `step` and run it as soon as Ray is ready (for demos and screenshots)."""
        self.select_step(step)
        if self.bridge.ready:
            self.run_button.click()
        else:
            self.bridge.ray_ready.connect(lambda *_: QTimer.singleShot(500, self.run_button.click))

    def _on_steps_current_row_changed(self, row: int) -> None:
        step = self.step()
        self.explanation.setText(core_text("Lessons", EXPLANATIONS[step]))
        self.code.setPlainText(lesson_source(step))
        self.names.setEnabled(step != "actor")  # the actor lesson always uses the tutorial's five names
        self.cpus.setEnabled(step != "plain")
        self.message.clear()
        self._show(self.results.get(step))

    def _on_run_button_clicked(self) -> None:
        if self.busy:
            return
        if not self.bridge.ready:
            self.message.setText(self.tr("Ray is still starting; the lesson can run in a moment."))
            return
        try:
            settings = self.settings()
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        step = self.step()
        self.busy = True
        self.run_button.setEnabled(False)
        self.steps.setEnabled(False)
        self.message.setStyleSheet("color: palette(text);")
        self.message.setText(self.tr("Running “{0}”…").format(core_text("Lessons", TITLES[step])))
        self.bridge.run_lesson(step, settings)

    def _on_bridge_actors_listed(self, result: object) -> None:
        self._actors_pending = False
        if isinstance(result, list):
            self._actors = result
            self._fill_processes()

    def _on_bridge_lesson_finished(self, step: str, result: object) -> None:
        self.busy = False
        self.run_button.setEnabled(True)
        self.steps.setEnabled(True)
        self.message.setStyleSheet("color: #b00020;")
        if isinstance(result, BaseException):
            self.message.setText(failure_sentence(result))
            return
        assert isinstance(result, LessonResult)
        self.message.clear()
        self.results[result.step] = result
        if result.step == self.step():
            self._show(result)
        self.lesson_finished.emit(result)

    def _show(self, result: LessonResult | None) -> None:
        if result is None:
            self.output.clear()
            self.summary.clear()
            self.timeline.set_run((), (), 0.0)
            return
        self.output.setPlainText("\n".join(result.lines))
        self.summary.setText(self._summary(result))
        self.timeline.set_run(result.bars, result.answers, result.total_s)

    def _summary(self, result: LessonResult) -> str:
        s = result.settings
        text = self.tr("{0}: {1:.2f} seconds").format(core_text("Lessons", TITLES[result.step]), result.total_s)
        if result.step != "actor":
            text += self.tr(" for {0} look-ups of {1:g} s").format(s.names, s.delay_s)
        if result.step != "plain":
            text += self.tr(", {0:g} CPU per task").format(s.cpus_per_task)
        plain = self.results.get("plain")
        if result.step not in ("plain", "actor") and plain and (plain.settings.names, plain.settings.delay_s) == (s.names, s.delay_s):
            text += self.tr(" (plain Python took {0:.2f} s)").format(plain.total_s)
        return text + self.tr(".")

    # -- the live list of actors and workers -----------------------------------------------
    def _on_actors_timer_timeout(self) -> None:
        if self.isVisible() and self.bridge.ready and not self._actors_pending:
            self._actors_pending = True
            self.bridge.list_actors()

    def _on_bridge_resources_sampled(self, snapshot: ResourceSnapshot) -> None:
        self._workers = snapshot.workers
        free = snapshot.cpus_total - snapshot.cpus_used
        self.capacity.setText(self.tr("Ray has {0:g} CPUs; {1:g} free now.").format(snapshot.cpus_total, free))
        if self.isVisible():
            self._fill_processes()

    def _fill_processes(self) -> None:
        actors = {a.pid: a for a in self._actors if a.pid}
        ordered = []
        for worker in self._workers:
            what, state, order = describe_process(worker, actors.pop(worker.pid, None))
            cells = [str(worker.pid), what, state, f"{worker.cpu_percent:.0f}", f"{worker.memory_bytes / 2**20:.0f} MiB"]
            ordered.append((order, cells))
        for actor in [*actors.values(), *(a for a in self._actors if not a.pid)]:  # elsewhere, or not started yet
            ordered.append((0, [str(actor.pid or ""), QCoreApplication.translate("BasicsPanel", "{0} actor").format(actor.class_name), actor.state, "", ""]))
        rows = [cells for _, cells in sorted(ordered, key=lambda item: item[0])]
        self.processes.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.processes.setItem(row, column, QTableWidgetItem(value))
