"""Training panel: a preset, the key settings with plain-language tooltips, Start/Pause/Stop."""

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
from desktop.core.settings import PRESET_LABELS, QUICK, SettingsError, TrainingSettings
from desktop.gui.widgets.help import explained

# (field, label, tooltip) in the order they are shown.
FIELDS = [
    ("iterations", "Stop after iterations", "Training stops at this iteration. One iteration = collect a batch of games, then learn from it."),
    ("target_return", "Stop at mean return", "Stop early once the average score of recent games reaches this. 475 is CartPole's 'solved'; 500 is perfect. Leave empty to never stop early."),
    ("checkpoint_freq", "Checkpoint every", "Save the agent every this many iterations (0 = never), so you can replay or resume it later."),
    ("hidden", "Hidden layers", "Size of the agent's neural network: one number per layer, e.g. 64,64. Bigger is not always better."),
    ("lr", "Learning rate", f"How big a step the agent takes when it learns. Too big: unstable; too small: slow. Quick demo starts at {QUICK.lr:g} and lowers it as it learns."),
    ("train_batch", "Train batch size", "How many moves (environment steps) the agent plays before each learning step."),
    ("minibatch", "Minibatch size", "The batch is cut into pieces of this size for each update."),
    ("epochs", "Epochs", "How many times the agent learns from the same batch."),
    ("env_runners", "EnvRunners", "Extra Ray actors that play games in parallel (0 = play inside the training process). Each needs one CPU."),
    ("seed", "Seed", "A number that makes a run repeatable. Leave empty for a different run each time."),
]


# Settings whose label carries a "?" explaining the term (texts in desktop/resources/help/).
TOPICS = {"iterations": "iteration", "target_return": "return", "checkpoint_freq": "checkpoint", "env_runners": "envrunner"}


def _text(settings: TrainingSettings, field: str) -> str:
    value = getattr(settings, field)
    if value is None:
        return ""
    if field == "hidden":
        return ",".join(str(h) for h in value)
    return f"{value:g}" if isinstance(value, float) else str(value)


class TrainingPanel(QWidget):
    """Emits `start_requested` with validated settings; the window owns what happens next."""

    start_requested = Signal(object)
    pause_requested = Signal()
    continue_requested = Signal()
    stop_requested = Signal()
    state_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self.preset = QComboBox()
        for key in ("quick", "standard", "custom"):
            self.preset.addItem(PRESET_LABELS[key], key)
        self.preset.setToolTip(
            "Quick demo: the fastest way to a balanced pole. Standard: RLlib's own PPO defaults, "
            "as the classic tutorial ran them. Custom: your own values."
        )
        self.preset.currentIndexChanged.connect(self._on_preset_changed)
        form = QFormLayout()
        form.addRow(explained("Preset (PPO)", "ppo"), self.preset)
        self.edits: dict[str, QLineEdit] = {}
        for field, label, tip in FIELDS:
            edit = QLineEdit()
            edit.setToolTip(tip)
            edit.textEdited.connect(self._on_edited)
            label_widget = explained(label, TOPICS[field]) if field in TOPICS else QLabel(label)
            label_widget.setToolTip(tip)
            form.addRow(label_widget, edit)
            self.edits[field] = edit
        self.checkpoint_at_end = QCheckBox("Checkpoint at end")
        self.checkpoint_at_end.setToolTip("Save the agent when training ends, whatever the reason.")
        self.checkpoint_at_end.toggled.connect(self._on_edited)
        form.addRow("", self.checkpoint_at_end)

        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.start_button = QPushButton("Start")
        self.start_button.setToolTip("Start training a new agent with these settings (Ctrl+Return).")
        self.pause_button = QPushButton("Pause")
        self.pause_button.setToolTip("Pause after the current iteration; press again to continue.")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setToolTip("End after the current iteration (and save a checkpoint if asked).")
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

    def load(self, settings: TrainingSettings) -> None:
        self._loading = True
        self._base = settings
        for field, edit in self.edits.items():
            edit.setText(_text(settings, field))
        self.checkpoint_at_end.setChecked(settings.checkpoint_at_end)
        index = self.preset.findData(settings.preset)
        self.preset.setCurrentIndex(index if index >= 0 else self.preset.findData("custom"))
        self.error.clear()
        self._loading = False

    def settings(self, available_cpus: float | None = None) -> TrainingSettings:
        """The settings as typed; raises SettingsError with one sentence."""
        key = self.preset.currentData()
        text = {field: edit.text().strip() for field, edit in self.edits.items()}
        target = text["target_return"]
        seed = text["seed"]
        settings = self._base.replace(
            preset=key,
            iterations=settings_mod.parse_number("Iterations", text["iterations"], int),
            target_return=settings_mod.parse_number("The target return", target) if target else None,
            checkpoint_freq=settings_mod.parse_number("Checkpoint frequency", text["checkpoint_freq"], int),
            checkpoint_at_end=self.checkpoint_at_end.isChecked(),
            hidden=settings_mod.parse_hidden(text["hidden"]),
            lr=settings_mod.parse_number("The learning rate", text["lr"]),
            train_batch=settings_mod.parse_number("The train batch size", text["train_batch"], int),
            minibatch=settings_mod.parse_number("The minibatch size", text["minibatch"], int),
            epochs=settings_mod.parse_number("Epochs", text["epochs"], int),
            env_runners=settings_mod.parse_number("EnvRunners", text["env_runners"], int),
            seed=settings_mod.parse_number("The seed", seed, int) if seed else None,
        )
        return settings_mod.validate(settings, available_cpus)

    def show_error(self, message: str) -> None:
        self.error.setText(message)

    def set_state(self, state: str) -> None:
        """idle | starting | running | paused | stopping."""
        editing = state == "idle"
        for edit in self.edits.values():
            edit.setEnabled(editing)
        self.preset.setEnabled(editing)
        self.checkpoint_at_end.setEnabled(editing)
        self.start_button.setEnabled(editing)
        self.pause_button.setEnabled(state in ("running", "paused"))
        self.pause_button.setText("Continue" if state == "paused" else "Pause")
        self.stop_button.setEnabled(state in ("starting", "running", "paused"))
        self._state = state
        self.state_changed.emit(state)

    def _on_preset_changed(self) -> None:
        if self._loading:
            return
        key = self.preset.currentData()
        if key in settings_mod.PRESETS:
            self.load(settings_mod.PRESETS[key])

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
            self.error.setText(str(exc))

    def _on_start_clicked(self) -> None:
        self.start_requested.emit(None)

    def _on_pause_clicked(self) -> None:
        if self._state == "paused":
            self.continue_requested.emit()
        else:
            self.pause_requested.emit()
