"""Under zh_CN every visible word of the window is Chinese, except names, numbers and code."""

from __future__ import annotations

import pickle
import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.preferences import Preferences
from desktop.core.settings import SettingsError, TrainingSettings, validate
from desktop.core.store import RunStore
from desktop.core.sweep_spec import PARAMS
from desktop.gui import i18n
from desktop.gui.main_window import MainWindow
from desktop.gui.menus import show_shortcuts
from desktop.gui.runtime_dialog import RuntimeDialog
from desktop.gui.tour import offer_tour
from desktop.gui.widgets.help import OVERVIEW, TERMS, help_markdown, show_help

# What stays Latin in Chinese text too, each for a reason:
# - proper names: the app, Ray and its parts (Ray Tune, RLlib, EnvRunner, Actor: Ray's own API terms), the lessons' DNSServer class, the
#   algorithms, gymnasium ids (CartPole-v1), Tune's schedulers (ASHA, FIFO), KL (a divergence's name);
# - units, file types and keys: CPU, GiB, PID, GIF, CSV, Ctrl+…, Space, F1…;
# - code: the sweep syntax's parameter names (lr, hidden: what one types), file names and paths, HTML tags;
# - "English", the language's own name in Settings → Language (as 简体中文 stays Chinese in an English window).
ALLOWED = re.compile(
    r"RL Playground|(Ray )?Tune|RLlib|DNSServer|Ray|PPO|DQN|SAC|CartPole(-v1)?|gymnasium|EnvRunners?|Actors?|actors?|ASHA|FIFO|KL|"
    r"[A-Z][A-Za-z]+-v\d|CPUs?|GPUs?|GiB|MiB|PID|GIF|PNG|CSV|JSON|Python|pickle|Ctrl\+\S+|Shift|Space|Esc|F\d+|Tab|"
    r"HOST:PORT|RAY_\w+|~/\.ray/\w+|(/[\w.-]+)+|[A-Za-z_]+\.(py|md|json|csv|npz)|run-[\w-]+|\w+_\w+|\b[A-Za-z]\b|"
    r"<code>[^<]*</code>|<[^>]+>|English|" + "|".join(rf"\b{name}\b" for name in PARAMS)
)
def untranslated(text: str) -> bool:
    without_entities = re.sub(r"&\w+;", " ", text).replace("&", "")  # &nbsp;, then menus' &File mnemonics
    return bool(re.search(r"[A-Za-z]{2,}", ALLOWED.sub("", without_entities)))


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


def leftovers(window: MainWindow) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in visible_texts(window) if untranslated(text)})


@pytest.mark.parametrize("env_id", ["CartPole-v1", "MountainCar-v0", "LunarLander-v3", "Pendulum-v1", "FrozenLake-v1"])
def test_the_window_is_all_chinese(chinese, qtbot, env_id):
    """Each game shows its own names, gauges, moves and settings (MountainCar: DQN's fields; Pendulum: SAC's)."""
    window = MainWindow(RunStore())
    qtbot.addWidget(window)
    window.show()
    window.training.choose_game(env_id)
    assert window.training.game.currentData() == env_id and window.simulator.spec.env_id == env_id
    other = {"MountainCar-v0": "DQN", "Pendulum-v1": "SAC"}.get(env_id)  # their settings (both games train PPO)
    if other:
        window.training.algorithm.setCurrentIndex(window.training.algorithm.findData(other))
        assert window.training.settings().algorithm == other
    window.simulator.set_human(True)  # play-it-yourself: its big buttons and score line
    seen = leftovers(window)
    window.simulator.set_human(False)
    window.start_tour()  # the tour's card too (it shows CartPole, the game its texts speak of)
    while window.tour.active:  # every step (Ray is not started here: "Press Start" only waits for it)
        seen += leftovers(window)
        window.tour.next()
    window._shutdown()
    assert sorted(set(seen)) == []


def test_help_pages_follow_the_language(chinese):
    assert "回报" in help_markdown("return")
    i18n.install(__import__("PySide6.QtWidgets").QtWidgets.QApplication.instance(), "en")
    assert "Return" in help_markdown("return")


def test_the_dialogs_are_chinese(chinese, qtbot):
    """The dialogs the window opens: Ray runtime, every "?" page, keyboard shortcuts, the first-launch offer,
    and the notice about damaged saved files (a run.json and a preference value are damaged here)."""
    store = RunStore()
    (store.home / "runs" / "run-damaged").mkdir(parents=True)
    (store.home / "runs" / "run-damaged" / "run.json").write_text("{")
    (store.home / "preferences.json").write_text('{"keep_checkpoints": "many"}')
    window = MainWindow(store)
    qtbot.addWidget(window)
    dialogs = [RuntimeDialog(Preferences(), window), offer_tour(window), window.skipped_notice]
    dialogs += [show_help(window, topic) for topic in [*TERMS, OVERVIEW]]
    show_shortcuts(window)
    dialogs.append(window.findChildren(QMessageBox)[-1])
    seen = []
    for dialog in dialogs:
        seen += [f"{dialog.windowTitle()}: {text!r}" for _, text in visible_texts(dialog) if untranslated(text)]
        if isinstance(dialog, QMessageBox):  # a "?" page is Markdown: code spans are code
            text = re.sub(r"`[^`]*`", "", dialog.text())
            seen += [f"{dialog.windowTitle()}: {text[:60]!r}"] if untranslated(text) else []
        dialog.close()
    window._shutdown()
    assert len(dialogs) == len(TERMS) + 5 and "run.json 已损坏" in window.skipped_notice.text()
    assert seen == []


def test_the_check_sees_english_and_lets_names_pass():
    assert untranslated("Start training") and untranslated("开始 training")
    assert not untranslated("用 PPO 训练 CartPole-v1，2 个 CPU，Ctrl+Return") and not untranslated("<b>回报</b>&nbsp;")


def test_core_and_engine_sentences_are_translated_where_they_are_shown(chinese):
    """The CLI prints a core sentence in English; the window shows the same error (also after pickling) in Chinese."""
    with pytest.raises(SettingsError) as caught:
        validate(TrainingSettings(epochs=0))
    assert str(caught.value) == "Epochs must be between 1 and 100."
    assert i18n.error_text(caught.value) == "轮数必须在 1 到 100 之间。"
    with pytest.raises(SettingsError) as caught:
        validate(TrainingSettings(env="Pendulum-v1", algorithm="DQN"))
    assert str(caught.value).startswith("DQN cannot play Pendulum")
    assert i18n.error_text(caught.value) == "DQN 玩不了单摆，因为它的动作是一个数量（连续动作）；请用 PPO / SAC。"
    reason = pickle.loads(pickle.dumps(Sentence(QT_TRANSLATE_NOOP("Messages", "reached {n} iterations"), n=3)))
    assert reason == "reached 3 iterations" and i18n.sentence_text(reason) == "已达到 3 次迭代"
