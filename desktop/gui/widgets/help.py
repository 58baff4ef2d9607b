"""Plain-language explanations: a "?" button next to a term opens its text from resources/help/."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QToolButton, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.gui.i18n import localized_resource

# The words explained, in the order the Help menu lists them: file name -> the word.
TERMS = {
    "episode": QT_TRANSLATE_NOOP("Help", "Episode"),
    "step": QT_TRANSLATE_NOOP("Help", "Step"),
    "reward": QT_TRANSLATE_NOOP("Help", "Reward"),
    "return": QT_TRANSLATE_NOOP("Help", "Return"),
    "policy": QT_TRANSLATE_NOOP("Help", "Policy"),
    "ppo": QT_TRANSLATE_NOOP("Help", "PPO"),
    "iteration": QT_TRANSLATE_NOOP("Help", "Iteration"),
    "checkpoint": QT_TRANSLATE_NOOP("Help", "Checkpoint"),
    "envrunner": QT_TRANSLATE_NOOP("Help", "EnvRunner"),
    "actor": QT_TRANSLATE_NOOP("Help", "Actor"),
    "object-store": QT_TRANSLATE_NOOP("Help", "Object store"),
    "observation": QT_TRANSLATE_NOOP("Help", "What the agent sees"),
    "push": QT_TRANSLATE_NOOP("Help", "Pushing the pole"),
}
OVERVIEW = "overview"


def help_markdown(topic: str) -> str:
    """The page in the window's language (resources/help/<language>/), else in English."""
    return localized_resource(f"help/{topic}.md")


def term_name(topic: str) -> str:
    return QCoreApplication.translate("Help", TERMS[topic])


def show_help(parent: QWidget | None, topic: str) -> QMessageBox:
    """Open the explanation without blocking (the simulator keeps playing behind it)."""
    box = QMessageBox(parent)
    box.setWindowTitle(term_name(topic) if topic in TERMS else QCoreApplication.translate("Help", "What am I looking at?"))
    box.setTextFormat(Qt.TextFormat.MarkdownText)
    box.setText(help_markdown(topic))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class HelpButton(QToolButton):
    """A small round "?" that explains one term."""

    def __init__(self, topic: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.topic = topic
        self.setText("?")
        self.setToolTip(
            self.tr("What does “{0}” mean?").format(term_name(topic)) if topic in TERMS
            else QCoreApplication.translate("Help", "What am I looking at?")
        )
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(
            "QToolButton { border: 1px solid #90a4ae; border-radius: 8px; min-width: 14px; max-width: 14px;"
            " min-height: 14px; max-height: 14px; font-size: 10px; font-weight: bold; color: #455a64; }"
        )
        self.clicked.connect(self._on_clicked)

    def _on_clicked(self) -> None:
        show_help(self.window(), self.topic)


def explained(text: str, topic: str) -> QWidget:
    """A label followed by the "?" of the term it names."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(3)
    row.addWidget(QLabel(text))
    row.addWidget(HelpButton(topic))
    return box
