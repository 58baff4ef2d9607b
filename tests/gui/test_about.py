"""Help -> About names the versions that matter, even of modules the window has not imported yet."""

import platform
from importlib import metadata

from desktop import __version__
from desktop.gui.main_window import about_text


def test_about_names_app_python_ray_pyside6_gymnasium_versions():
    text = about_text()
    assert f"RL Playground {__version__}" in text
    assert f"Python {platform.python_version()}" in text
    assert f"ray {metadata.version('ray')}" in text
    assert f"gymnasium {metadata.version('gymnasium')}" in text
    assert "PySide6 6." in text
    assert "not" not in text
