"""Plain-language explanations: a "?" button next to a term opens its text from resources/help/."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QToolButton, QWidget

from desktop.resources import resource_path

# The words explained, in the order the Help menu lists them: file name -> the word.
TERMS = {
    "episode": "Episode",
    "step": "Step",
    "reward": "Reward",
    "return": "Return",
    "policy": "Policy",
    "ppo": "PPO",
    "iteration": "Iteration",
    "checkpoint": "Checkpoint",
    "envrunner": "EnvRunner",
    "actor": "Actor",
    "object-store": "Object store",
    "observation": "What the agent sees",
    "push": "Pushing the pole",
}
OVERVIEW = "overview"


def help_markdown(topic: str) -> str:
    return resource_path(f"help/{topic}.md").read_text(encoding="utf-8")


def show_help(parent: QWidget | None, topic: str) -> QMessageBox:
    """Open the explanation without blocking (the simulator keeps playing behind it)."""
    box = QMessageBox(parent)
    box.setWindowTitle(TERMS.get(topic, "What am I looking at?"))
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
        self.setToolTip(f"What does “{TERMS[topic]}” mean?" if topic in TERMS else "What am I looking at?")
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
