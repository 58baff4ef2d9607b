"""The main window: panels, actions and the close order (stop training -> save -> shut Ray down)."""

from __future__ import annotations

import logging
import platform
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core.games import game
from desktop.core.preferences import Preferences
from desktop.core.store import RunRecord, RunStore
from desktop.core.sweep_store import SweepStore
from desktop.gui import i18n, window_state
from desktop.gui.bridge import EngineBridge
from desktop.gui.checkpoint_viewer import CheckpointViewer
from desktop.gui.diagnostics import copy_diagnostics
from desktop.gui.menus import add_menus
from desktop.gui.panels.basics import BasicsPanel
from desktop.gui.panels.charts import ChartsPanel
from desktop.gui.panels.resources import ResourcesPanel
from desktop.gui.panels.runs import RunsPanel
from desktop.gui.panels.status import StatusTable
from desktop.gui.panels.sweep import SweepPanel
from desktop.gui.panels.training import TrainingPanel
from desktop.gui.presenter import PresenterMode
from desktop.gui.runtime_dialog import RuntimeChoice
from desktop.gui.simulator_area import SimulatorArea
from desktop.gui.tour import Tour
from desktop.gui.training_run import TrainingController
from desktop.sim.policy import NumpyPolicy

log = logging.getLogger("desktop.gui")
CLOSE_TIMEOUT_MS = 120_000


class MainWindow(QMainWindow):
    def __init__(self, store: RunStore | None = None):
        super().__init__()
        self.setWindowTitle("RL Playground")
        self.store = store or RunStore()
        self.bridge = EngineBridge(self)
        self.training_run = TrainingController(self)
        self.closing = False
        self.restart_requested = False
        self.runtime_choice = RuntimeChoice(self)
        self.checkpoints = CheckpointViewer(self.store, self.bridge, self)
        self._ask_on_close = True
        self._shut_down = False
        self.tour: Tour | None = None

        self.training = TrainingPanel()
        self.runs = RunsPanel(self.store)
        self.charts = ChartsPanel()
        self.status_table = StatusTable()
        self.simulator_area = SimulatorArea()  # the agent / you / before-after
        self.simulator = self.simulator_area.simulator
        self.resources = ResourcesPanel()

        left = QTabWidget()
        left.addTab(self.training, self.tr("Train"))
        left.addTab(self.runs, self.tr("Runs"))
        self.left_tabs = left
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.status_table)
        center_layout.addWidget(self.charts, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.simulator_area)
        right.addWidget(self.resources)
        right.setSizes([560, 300])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(center)
        splitter.addWidget(right)
        splitter.setSizes([330, 580, 690])  # the right column as wide for every game (CartPole's push button or not)
        self.main_splitter = splitter
        splitter.setObjectName("main")
        right.setObjectName("right")
        # Top-level pages: training, and the Ray basics lessons (tasks and actors).
        self.basics = BasicsPanel(self.bridge)
        self.pages = QTabWidget()
        self.pages.addTab(splitter, self.tr("Reinforcement learning"))
        self.pages.addTab(self.basics, self.tr("Ray basics"))
        # Sweeps (Ray Tune): a tab beside Train / Runs; while it is open its trials table and chart take the centre.
        self.sweep = SweepPanel(
            self.bridge, SweepStore(self.store.home), self.store, self.checkpoints.consent, self.training.settings
        )
        self.sweep.attach(self.left_tabs, self.main_splitter)
        self.setCentralWidget(self.pages)
        self.ray_status = QLabel(self.tr("Starting Ray…"))
        self.statusBar().addWidget(self.ray_status, 1)
        self.resize(1560, 940)
        self._build_menus()
        add_menus(self)

        self.training.game_chosen.connect(self.set_game)
        self.training.start_requested.connect(self.training_run.start)
        self.training.pause_requested.connect(self.bridge.pause)
        self.training.continue_requested.connect(self.bridge.resume)
        self.training.stop_requested.connect(self.training_run.stop)
        self.runs.watch_requested.connect(self.checkpoints.watch)
        self.checkpoints.policy_opened.connect(self.play_policy)
        self.checkpoints.message_changed.connect(self.runs.message.setText)
        self.checkpoints.open_failed.connect(lambda reason: self.statusBar().showMessage(reason, 10000))
        self.sweep.policy_chosen.connect(self.play_policy)
        self.sweep.policy_followed.connect(self.follow_policy)
        self.sweep.checkpoint_chosen.connect(self.checkpoints.watch)
        self.sweep.trial_adopted.connect(self._on_sweep_trial_adopted)
        self.runs.resume_requested.connect(self.training_run.resume)
        self.runs.run_selected.connect(self._on_runs_run_selected)
        self.bridge.ray_ready.connect(self._on_bridge_ray_ready)
        self.bridge.ray_failed.connect(self._on_bridge_ray_failed)
        self.bridge.resources_sampled.connect(self.resources.update_snapshot)
        self.bridge.policy_loaded.connect(self.checkpoints.play)
        self.bridge.policy_failed.connect(self.runs.message.setText)
        self.store.mark_interrupted()
        self.runs.refresh()
        self.preferences, skipped = Preferences.load_reporting()
        skipped += window_state.restore(self)
        skipped += self.store.skipped() + self.sweep.store.skipped()
        self.skipped_notice = window_state.show_skipped_notice(self, skipped)
        self.runs.keep_checkpoints_changed.connect(self._on_runs_keep_checkpoints_changed)
        runs = self.store.runs()
        if runs:  # the checkpoint slider and before / after start with the newest run
            self.simulator_area.offer_run(runs[-1])

    def _build_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        open_action = QAction(self.tr("&Open an RLlib checkpoint…"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Open))
        open_action.setToolTip(self.tr("Watch any RLlib checkpoint play, also one made outside this app."))
        open_action.triggered.connect(self.checkpoints.choose_and_open)
        file_menu.addAction(open_action)
        file_menu.addAction(quit_action)
        train_menu = self.menuBar().addMenu(self.tr("&Training"))
        start = QAction(self.tr("&Start training"), self, shortcut=QKeySequence("Ctrl+Return"))
        start.triggered.connect(self.training_run.start)
        stop = QAction(self.tr("S&top training"), self, shortcut=QKeySequence("Ctrl+."))
        stop.triggered.connect(self.training_run.stop)
        train_menu.addActions([start, stop])
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        runtime_action = QAction(self.tr("&Ray runtime…"), self)
        runtime_action.triggered.connect(self.runtime_choice.change)
        settings_menu.addAction(runtime_action)
        self._add_language_menu(settings_menu)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.presenter = PresenterMode(self)
        presenter = QAction(self.tr("&Presenter mode"), self, shortcut=QKeySequence("F5"), checkable=True)
        presenter.setToolTip(self.tr("Full screen, big chart and pole, only Start/Stop and speed: for a projector (F5 or Esc to leave)."))
        presenter.toggled.connect(self.presenter.set_active)
        self.presenter.toggled.connect(presenter.setChecked)
        view_menu.addAction(presenter)
        help_menu = self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        tour = QAction(self.tr("&Tour: show me around"), self)
        tour.setToolTip(self.tr("Eight steps through the window, from the game to what Ray did; it starts the Quick demo."))
        tour.triggered.connect(self.start_tour)
        help_menu.addAction(tour)
        about = QAction(self.tr("&About RL Playground"), self)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)
        diagnostics = QAction(self.tr("Copy &diagnostics"), self)
        diagnostics.setToolTip(self.tr("Put versions, this machine, Ray's resources and the last log lines on the clipboard."))
        diagnostics.triggered.connect(lambda: copy_diagnostics(self))
        help_menu.addAction(diagnostics)

    def _add_language_menu(self, settings_menu: QMenu) -> None:
        menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        chosen = Preferences.load().language
        for code, name in [("", self.tr("As the system")), *i18n.LANGUAGES.items()]:
            action = QAction(name, self, checkable=True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self._on_language_chosen(c))
            group.addAction(action)
            menu.addAction(action)

    def _on_language_chosen(self, code: str) -> None:
        self.preferences.language = code
        window_state.save_preferences(self.preferences)
        if i18n.chosen_language(code) == i18n.current_language():
            return
        answer = QMessageBox.question(
            self, self.tr("Language"), self.tr("The window changes its language when it starts again. Restart now?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restart_requested = True
            self.close()

    def start_tour(self) -> Tour:
        """Help → Tour: highlight one part of the window at a time (desktop/gui/tour.py)."""
        if self.tour is None:
            self.tour = Tour(self)
        self.tour.start()
        return self.tour

    def bring_forward(self) -> None:
        """A second launch knocked: show this window on top."""
        self.setWindowState((self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()
        self.statusBar().showMessage(self.tr("RL Playground is already open — here it is."), 5000)

    # -- Ray ----------------------------------------------------------------------
    def start_runtime(self, address: str | None = None) -> None:
        self.ray_status.setText(self.tr("Connecting to Ray at {0}…").format(address) if address else self.tr("Starting Ray…"))
        if address:
            QTimer.singleShot(10_000, self, self.runtime_choice.check_answered)
        self.bridge.start_runtime(address)

    def _on_bridge_ray_ready(self, line: str) -> None:
        log.info(line)
        self.ray_status.setText(line)

    def runtime_address(self) -> str | None:
        return self.runtime_choice.address()

    def _on_bridge_ray_failed(self, reason: str) -> None:
        log.warning("Ray is not available: %s", reason)
        if self.runtime_address():
            QTimer.singleShot(0, self, lambda: self.runtime_choice.offer_local(reason))
        self.ray_status.setText(self.tr("Ray is not available: {0}").format(i18n.sentence_text(reason)))

    # -- what plays -----------------------------------------------------------------
    @property
    def record(self) -> RunRecord | None:
        """The run training now, or the last one trained."""
        return self.training_run.record

    def set_game(self, env_id: str) -> None:
        """Show another game: the simulator, before / after and the charts' range and solved line."""
        spec = game(env_id)
        if not spec.has_picture or spec.env_id == self.simulator.spec.env_id:
            return
        self.simulator_area.set_game(spec.env_id)
        self.charts.set_game(spec)

    def play_policy(self, policy: NumpyPolicy, label: str, episodes: int | None = None) -> None:
        """Watch a policy play (a checkpoint's, a sweep trial's): its game, on the agent's tab."""
        self.set_game(policy.spec.env_id)
        self.simulator_area.setCurrentWidget(self.simulator)
        self.simulator.set_policy(policy, label, episodes)

    def follow_policy(self, policy: NumpyPolicy, label: str) -> None:
        """Newer weights of the policy playing (a sweep trial's): the game goes on with them."""
        self.set_game(policy.spec.env_id)
        self.simulator.update_live_policy(policy, label)

    def _on_sweep_trial_adopted(self, run_id: str) -> None:
        self.runs.refresh()
        self.training_run.resume(run_id)

    def _on_runs_keep_checkpoints_changed(self, keep: int) -> None:
        self.preferences.keep_checkpoints = keep
        window_state.save_preferences(self.preferences)

    # -- watching checkpoints -------------------------------------------------------
    def open_checkpoint(self, folder: str, confirm: bool = True) -> bool:
        return self.checkpoints.open(folder, confirm)

    def _on_runs_run_selected(self, run: RunRecord) -> None:
        self.simulator_area.offer_run(run)
        if self.bridge.training:
            return
        metrics = run.metrics()
        self.charts.set_target(run.settings.target_return)
        self.charts.set_results(metrics)
        self.status_table.set_run(run.info.get("name", run.id), str(run.info.get("status", "")).upper())
        if metrics:
            self.status_table.set_result(metrics[-1])

    # -- help ---------------------------------------------------------------------
    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About RL Playground"), about_text())

    # -- closing ------------------------------------------------------------------
    def request_close(self, ask: bool = True) -> None:
        """Close as the user would; `ask=False` for SIGTERM/SIGINT (no question, same order)."""
        self._ask_on_close = ask
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.bridge.training:
            if not self.closing:
                if self._ask_on_close:
                    answer = QMessageBox.question(
                        self,
                        self.tr("Training is running"),
                        self.tr("Training is still running. Stop it after the current iteration, save a checkpoint and quit?"),
                    )
                    if answer != QMessageBox.StandardButton.Yes:
                        event.ignore()
                        return
                self.closing = True
                self.bridge.stop(checkpoint=True)
                self.training.set_state("stopping")
                self.ray_status.setText(self.tr("Saving a checkpoint and closing…"))
                QTimer.singleShot(CLOSE_TIMEOUT_MS, self, self._force_close)
            event.ignore()
            return
        self._shutdown()
        event.accept()

    def _force_close(self) -> None:
        self.bridge.abandon()
        self.closing = False
        QTimer.singleShot(200, self, self.close)

    def _shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        window_state.save(self)
        self.hide()
        self.simulator_area.shutdown()
        self.bridge.shutdown()


def about_text() -> str:
    """The app's version and those of Python, Ray, PySide6, gymnasium and pyqtgraph (installed, imported or not)."""
    from importlib import metadata

    versions = [f"RL Playground {__version__}", f"Python {platform.python_version()} on {sys.platform}"]
    # module name -> the distributions that may provide it (PySide6 usually comes as PySide6-Essentials)
    for name, dists in (("ray", ["ray"]), ("PySide6", ["PySide6-Essentials", "PySide6"]),
                        ("gymnasium", ["gymnasium"]), ("pyqtgraph", ["pyqtgraph"])):
        version = getattr(sys.modules.get(name), "__version__", None)
        for dist in dists:
            if version is None:
                try:
                    version = metadata.version(dist)
                except metadata.PackageNotFoundError:
                    pass
        versions.append(f"{name} {version or 'not installed'}")
    return "<br>".join(versions)
