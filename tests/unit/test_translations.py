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
