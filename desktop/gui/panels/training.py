"""Training panel: the game, the algorithm, a preset, the settings that matter for them (each with a
plain-language tooltip), and Start/Pause/Stop.

The form is built from the one declaration of the settings (`desktop.core.settings.FIELDS`): a field
of another algorithm (DQN's replay memory while PPO is chosen) is hidden, not lost.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import settings as settings_mod
from desktop.core.algorithms import ALGORITHMS
from desktop.core.games import GAMES, game
from desktop.core.setting_text import format_field, parse_field
from desktop.core.settings import FIELDS, PRESET_LABELS, SettingsError, TrainingSettings
from desktop.gui.i18n import core_text, error_text, sentence_text
from desktop.gui.widgets.help import explained


class TrainingPanel(QWidget):
    """Emits `start_requested` with validated settings; the window owns what happens next."""

    start_requested = Signal(object)
    pause_requested = Signal()
    continue_requested = Signal()
    stop_requested = Signal()
    state_changed = Signal(str)
    game_chosen = Signal(str)  # env id: the window shows that game

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self.game = QComboBox()
        for spec in GAMES.values():
            self.game.addItem(core_text("Games", spec.name), spec.env_id)
            self.game.setItemData(self.game.count() - 1, f"{core_text('Games', spec.goal)} ({spec.env_id})", 3)  # 3: Qt.ToolTipRole
        self.game.setToolTip(self.tr("The game the agent learns. Hover a game in the list to read its goal."))
        self.game.currentIndexChanged.connect(self._on_game_changed)
        self.goal = QLabel()
        self.goal.setWordWrap(True)
        self.goal.setStyleSheet("color: #37474f;")
        self.algorithm = QComboBox()
        for algorithm in ALGORITHMS.values():
            self.algorithm.addItem(core_text("Algorithms", algorithm.label), algorithm.name)
        self.algorithm.setToolTip(self.tr("How the agent learns. PPO plays every game; DQN needs a few moves to choose from; "
                                          "SAC needs an amount (like a motor's torque)."))
        self.algorithm.currentIndexChanged.connect(self._on_algorithm_changed)
        self.preset = QComboBox()
        for key in ("quick", "standard", "custom"):
            self.preset.addItem(core_text("Settings", PRESET_LABELS[key]), key)
        self.preset.setToolTip(self.tr(
            "Quick demo: the fastest way to solve this game here. Standard: RLlib's own defaults for the "
            "algorithm, as the classic tutorial ran them. Custom: your own values."
        ))
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        form = QFormLayout()
        self.form = form
        form.addRow(QLabel(self.tr("Game")), self.game)
        form.addRow("", self.goal)
        form.addRow(explained(self.tr("Algorithm"), "ppo"), self.algorithm)
        form.addRow(QLabel(self.tr("Preset")), self.preset)
        self.edits: dict[str, QLineEdit] = {}
        for f in FIELDS:
            if not f.form:
                continue
            edit = QLineEdit()
            tip, label = core_text("Settings", f.tip), core_text("Settings", f.label)
            edit.setToolTip(tip)
            edit.textEdited.connect(self._on_edited)
            label_widget = explained(label, f.topic) if f.topic else QLabel(label)
            label_widget.setToolTip(tip)
            form.addRow(label_widget, edit)
            self.edits[f.name] = edit
        self.checkpoint_at_end = QCheckBox(self.tr("Checkpoint at end"))
        self.checkpoint_at_end.setToolTip(self.tr("Save the agent when training ends, whatever the reason."))
        self.checkpoint_at_end.toggled.connect(self._on_edited)
        form.addRow("", self.checkpoint_at_end)

        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start training a new agent with these settings (Ctrl+Return)."))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause after the current iteration; press again to continue."))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("End after the current iteration (and save a checkpoint if asked)."))
        self.start_button.clicked.connect(self._on_start_clicked)
        self.pause_button.clicked.connect(self._on_pause_clicked)
        self.stop_button.clicked.connect(self.stop_requested)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.pause_button, self.stop_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.load(settings_mod.QUICK)
        self.set_state("idle")

    @property
    def env_id(self) -> str:
        return str(self.game.currentData())

    def load(self, settings: TrainingSettings) -> None:
        self._loading = True
        self._base = settings
        previous = self.game.currentData()
        self.game.setCurrentIndex(max(self.game.findData(settings.env), 0))
        self.algorithm.setCurrentIndex(max(self.algorithm.findData(settings.algorithm), 0))
        for name, edit in self.edits.items():
            edit.setText(format_field(settings, settings_mod.FIELDS_BY_NAME[name]))
        self.checkpoint_at_end.setChecked(settings.checkpoint_at_end)
        index = self.preset.findData(settings.preset)
        self.preset.setCurrentIndex(index if index >= 0 else self.preset.findData("custom"))
        self._show_fields()
        self.error.clear()
        self._loading = False
        if self.game.currentData() != previous:
            self.game_chosen.emit(self.env_id)

    def choose_game(self, env_id: str) -> None:
        """Show a catalog game with its Quick demo (as if picked in the list)."""
        index = self.game.findData(env_id)
        if index >= 0:
            self.game.setCurrentIndex(index)

    def _show_fields(self) -> None:
        algorithm = str(self.algorithm.currentData())
        for name, edit in self.edits.items():
            self.form.setRowVisible(edit, settings_mod.FIELDS_BY_NAME[name].applies_to(algorithm))
        spec = game(self.env_id)
        quick = core_text("Games", spec.quick_note) if spec.quick_note else self.tr("a few minutes")
        self.goal.setText(self.tr("{0} Solved at a mean return of {1:g}; Quick demo: {2}.").format(
            core_text("Games", spec.goal), spec.solved_return, quick))

    def settings(self, available_cpus: float | None = None) -> TrainingSettings:
        """The settings as typed; raises SettingsError with one sentence."""
        algorithm = str(self.algorithm.currentData())
        changes = {
            "preset": self.preset.currentData(),
            "env": self.env_id,
            "algorithm": algorithm,
            "checkpoint_at_end": self.checkpoint_at_end.isChecked(),
        }
        for name, edit in self.edits.items():
            f = settings_mod.FIELDS_BY_NAME[name]
            if f.applies_to(algorithm):
                changes[name] = parse_field(f, edit.text())
        return settings_mod.validate(self._base.replace(**changes), available_cpus)

    def show_error(self, message: str) -> None:
        """Show one sentence (a core/engine `Sentence` or marked constant is shown in the window's language)."""
        self.error.setText(sentence_text(message))

    def set_state(self, state: str) -> None:
        """idle | starting | running | paused | stopping."""
        editing = state == "idle"
        for edit in self.edits.values():
            edit.setEnabled(editing)
        for combo in (self.game, self.algorithm, self.preset):
            combo.setEnabled(editing)
        self.checkpoint_at_end.setEnabled(editing)
        self.start_button.setEnabled(editing)
        self.pause_button.setEnabled(state in ("running", "paused"))
        self.pause_button.setText(self.tr("Continue") if state == "paused" else self.tr("Pause"))
        self.stop_button.setEnabled(state in ("starting", "running", "paused"))
        self._state = state
        self.state_changed.emit(state)

    def _load_preset(self, key: str, algorithm: str | None = None) -> None:
        try:
            self.load(settings_mod.preset(key, self.env_id, algorithm))
        except SettingsError as exc:
            self.error.setText(error_text(exc))

    def _on_game_changed(self) -> None:
        if self._loading:
            return
        self._load_preset("quick")  # a new game starts from its own Quick demo and its own algorithm
        self.game_chosen.emit(self.env_id)

    def _on_algorithm_changed(self) -> None:
        if self._loading:
            return
        key = self.preset.currentData()
        self._load_preset(key if key in settings_mod.PRESETS else "quick", str(self.algorithm.currentData()))
        self._on_edited()

    def _on_preset_changed(self) -> None:
        if self._loading:
            return
        key = self.preset.currentData()
        if key in settings_mod.PRESETS:
            self._load_preset(key, str(self.algorithm.currentData()))

    def _on_edited(self) -> None:
        if self._loading:
            return
        if self.preset.currentData() != "custom":
            self._loading = True
            self.preset.setCurrentIndex(self.preset.findData("custom"))
            self._loading = False
        try:
            self.settings()
            self.error.clear()
        except SettingsError as exc:
            self.error.setText(error_text(exc))

    def _on_start_clicked(self) -> None:
        self.start_requested.emit(None)

    def _on_pause_clicked(self) -> None:
        if self._state == "paused":
            self.continue_requested.emit()
        else:
            self.pause_requested.emit()
