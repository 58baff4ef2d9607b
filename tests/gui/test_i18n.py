"""Under zh_CN every visible word of the window is Chinese, except names, numbers and code."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from desktop.core.store import RunStore
from desktop.gui import i18n
from desktop.gui.main_window import MainWindow
from desktop.gui.widgets.help import help_markdown

# Proper names, units and code that stay as they are in Chinese text too.
ALLOWED = re.compile(
    r"RL Playground|Ray Tune|RLlib|Ray|PPO|DQN|SAC|CartPole(-v1)?|gymnasium|EnvRunners?|[A-Z][A-Za-z]+-v\d|"
    r"CPUs?|GPUs?|GiB|MiB|PID|GIF|PNG|CSV|Python|pickle|Ctrl\+\S+|Shift|Space|Esc|F\d+|Tab|"
    r"HOST:PORT|RAY_\w+|~/\.ray/\w+|actors?|[A-Za-z_]+\.(py|md|json|csv|npz)|run-[\w-]+|\w+_\w+|\b[A-Z]\b|\bs\b|"
    r"<[^>]+>|&\w+;"
)


def untranslated(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]{2,}", ALLOWED.sub("", text.replace("&", ""))))


def visible_texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) for every text a user can see or hover in the window and its menus."""
    found: list[tuple[str, str]] = [("window title", window.windowTitle())]
    skipped = [w for w in window.findChildren(QWidget) if w.property("verbatim")]
    for widget in window.findChildren(QWidget):
        if any(widget is s or s.isAncestorOf(widget) for s in skipped):
            continue
        name = type(widget).__name__
        found.append((f"{name} tooltip", widget.toolTip()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((name, widget.text()))
        if isinstance(widget, QLineEdit):
            found.append((f"{name} placeholder", widget.placeholderText()))
        if isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        if isinstance(widget, QComboBox):
            found += [(f"{name} item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                found += [("tab", widget.tabText(i)), ("tab tooltip", widget.tabToolTip(i))]
        if isinstance(widget, QTableWidget):
            for i in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(i)
                found.append(("table header", item.text() if item else ""))
        if isinstance(widget, QTreeWidget):
            found += [("tree header", widget.headerItem().text(i)) for i in range(widget.columnCount())]
        if isinstance(widget, QMenu):
            found.append(("menu", widget.title()))
        for action in widget.actions():
            found += [("action", action.text()), ("action tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "") else "")]
    return [(where, text) for where, text in found if text]


@pytest.fixture
def chinese(qapp):
    assert i18n.install(qapp, "zh_CN") == "zh_CN"
    yield
    i18n.install(qapp, "en")


@pytest.mark.xfail(reason="training, simulator, charts, compare, sweep, basics panels and core strings not yet translated (issue #17)", strict=False)
def test_the_window_is_all_chinese(chinese, qtbot):
    window = MainWindow(RunStore())
    qtbot.addWidget(window)
    window.show()
    window.start_tour()  # the tour's card too
    leftovers = sorted({f"{where}: {text!r}" for where, text in visible_texts(window) if untranslated(text)})
    window.tour.end()
    window._shutdown()
    assert leftovers == []


def test_help_pages_follow_the_language(chinese):
    assert "回报" in help_markdown("return")
    i18n.install(__import__("PySide6.QtWidgets").QtWidgets.QApplication.instance(), "en")
    assert "Return" in help_markdown("return")
