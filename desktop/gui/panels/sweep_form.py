"""The Sweep tab's definition form: which settings vary and how, how many trials, which scheduler."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.settings import FIELDS_BY_NAME
from desktop.core.sweep_spec import PARAMS
from desktop.gui.i18n import core_text

# What the form offers (rows for another algorithm's settings are hidden), ticked for the two most telling ones.
FORM_VALUES = {"hidden": "32:64,64", "lr": "0.0003:0.001:0.003", "train_batch": "500:1000", "minibatch": "64:128",
               "epochs": "5:10", "entropy_coeff": "0:0.01", "target_update": "250:1000", "tau": "0.005:0.02",
               "gamma": "0.98:0.99"}
CHECKED = ("hidden", "lr")
SYNTAX = QT_TRANSLATE_NOOP("SweepForm", "Values separated by colons; a list of layer sizes with commas (64,64:256,256). "
                           "For random search also a range, LOW..HIGH (learning rates are drawn on a log scale).")


class SweepForm(QWidget):
    """The typed definition of a sweep; `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.checks: dict[str, QCheckBox] = {}
        self.edits: dict[str, QLineEdit] = {}
        params = QGroupBox(self.tr("What to vary"))
        grid = QGridLayout(params)
        for row, (name, text) in enumerate(FORM_VALUES.items()):
            self.checks[name] = QCheckBox(core_text("Settings", FIELDS_BY_NAME[PARAMS[name].field].label))
            self.checks[name].setChecked(name in CHECKED)
            self.edits[name] = QLineEdit(text)
            self.edits[name].setToolTip(self.tr(SYNTAX))
            grid.addWidget(self.checks[name], row, 0)
            grid.addWidget(self.edits[name], row, 1)
        self.search = QComboBox()
        self.search.addItem(self.tr("Grid: every combination"), "grid")
        self.search.addItem(self.tr("Random: draw samples"), "random")
        self.samples = QSpinBox(minimum=1, maximum=64, value=4)
        self.samples.setToolTip(self.tr("Random search: how many trials to draw."))
        self.iterations = QSpinBox(minimum=1, maximum=1000, value=10)
        self.iterations.setToolTip(self.tr("Training iterations each trial gets (fewer if ASHA stops it, or it solves the game)."))
        self.scheduler = QComboBox()
        self.scheduler.addItem(self.tr("ASHA: stop unpromising trials early"), "asha")
        self.scheduler.addItem(self.tr("FIFO: every trial runs to the end"), "fifo")
        self.scheduler.setToolTip(self.tr("ASHA compares trials after a few iterations and stops the worse half."))
        form = QFormLayout()
        form.addRow(self.tr("Search"), self.search)
        form.addRow(self.tr("Samples"), self.samples)
        form.addRow(self.tr("Iterations per trial"), self.iterations)
        form.addRow(self.tr("Scheduler"), self.scheduler)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(params)
        layout.addLayout(form)
        for check in self.checks.values():
            check.toggled.connect(self.changed)
        for choice in (self.search, self.scheduler):
            choice.currentIndexChanged.connect(self.changed)
        for edit in self.edits.values():
            edit.textChanged.connect(self.changed)
        for spin in (self.samples, self.iterations):
            spin.valueChanged.connect(self.changed)

    def show_for(self, algorithm: str) -> None:
        """Offer only the settings the algorithm has (PPO's epochs mean nothing to DQN)."""
        for name, box in self.checks.items():
            applies = FIELDS_BY_NAME[PARAMS[name].field].applies_to(algorithm)
            box.setVisible(applies)
            self.edits[name].setVisible(applies)

    def texts(self) -> list[str]:
        """The ticked parameters as NAME=VALUES, as the command line takes them."""
        return [f"{name}={self.edits[name].text().strip()}" for name, box in self.checks.items()
                if box.isChecked() and not box.isHidden()]
