"""The .ts files hold every string of the code, all translated, and the committed .qm files are built from them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _translations_tool():
    spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_translations_are_complete_and_current():
    tool = _translations_tool()
    try:
        tool.tool("pyside6-lupdate")
    except SystemExit:
        pytest.skip("pyside6-lupdate is not installed")
    assert tool.check() == []


def test_every_english_help_page_has_a_chinese_one():
    help_folder = ROOT / "desktop" / "resources" / "help"
    english = {p.name for p in help_folder.glob("*.md")}
    assert english == {p.name for p in (help_folder / "zh_CN").glob("*.md")}


def test_the_language_and_the_tour_answer_are_remembered(tmp_path):
    """Settings → Language and the tour offer's "No, thanks" survive a restart (they were once dropped on load)."""
    from desktop.core.preferences import Preferences

    Preferences(language="zh_CN", tour_offered=True).save(tmp_path)
    loaded, notes = Preferences.load_reporting(tmp_path)
    assert (loaded.language, loaded.tour_offered, notes) == ("zh_CN", True, [])
    (tmp_path / "preferences.json").write_text('{"language": 7, "tour_offered": 1, "keep_checkpoints": true}')
    loaded, notes = Preferences.load_reporting(tmp_path)
    assert loaded == Preferences() and len(notes) == 3
