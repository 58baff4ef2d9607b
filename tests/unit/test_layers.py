"""The layer rules of DESIGN.md, checked on the source and in fresh interpreters."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
FORBIDDEN = {
    "core": {"PySide6", "pyqtgraph", "ray", "torch", "gymnasium", "pygame", "desktop.engine", "desktop.gui", "desktop.sim"},
    "sim": {"PySide6", "pyqtgraph", "ray", "desktop.engine", "desktop.gui"},
    "engine": {"PySide6", "pyqtgraph", "desktop.gui"},
}


def imported_modules(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_it_must_not(layer):
    for path in (PACKAGE / layer).rglob("*.py"):
        for module in imported_modules(path):
            for banned in FORBIDDEN[layer]:
                assert module != banned and not module.startswith(banned + "."), f"{path} imports {module}"


def loaded_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print(' '.join(sorted(sys.modules)))"],
        capture_output=True, text=True, check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    ).stdout.split()
    return {name.split(".")[0] for name in out}


def test_the_gui_process_never_imports_torch_or_rllib():
    code = (
        "import desktop.gui.main_window, desktop.gui.app, desktop.engine.driver, desktop.engine.session,"
        " desktop.engine.policy, desktop.engine.runtime, desktop.engine.trainer, desktop.cli"
    )
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print(' '.join(sorted(sys.modules)))"],
        capture_output=True, text=True, check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    ).stdout.split()
    assert "torch" not in {m.split(".")[0] for m in out}
    assert not [m for m in out if m.startswith("ray.rllib")]


def test_core_and_cli_load_no_qt_ray_or_torch():
    loaded = loaded_after("import desktop.core.settings, desktop.core.store, desktop.core.metrics, desktop.cli")
    assert not loaded & {"PySide6", "ray", "torch", "gymnasium", "pygame", "pyqtgraph"}


def test_importing_the_window_does_not_import_ray():
    # Ray reads its network mode (loopback or not) when imported: the app decides it first.
    assert "ray" not in loaded_after("import desktop.gui.app, desktop.gui.main_window")


GUI = PACKAGE / "gui"
# Where the GUI may import the engine (or Ray) besides bridge.py, each with its reason.
GUI_MAY_IMPORT = {
    "panels/basics.py": {"desktop.engine.lesson_source"},  # reads basics.py as text to show it; no Ray
    "app.py": {"ray"},  # Ray reads its network mode when imported: the app imports it before the window animates
}


def test_the_gui_reaches_the_engine_only_through_the_bridge():
    for path in GUI.rglob("*.py"):
        name = path.relative_to(GUI).as_posix()
        if name == "bridge.py":
            continue
        allowed = GUI_MAY_IMPORT.get(name, set())
        for module in imported_modules(path) - allowed:
            for banned in ("desktop.engine", "ray"):
                assert module != banned and not module.startswith(banned + "."), f"{path} imports {module}"


def test_panels_never_touch_the_driver():
    for path in (GUI / "panels").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            assert not (isinstance(node, ast.Attribute) and node.attr == "driver"), f"{path}:{node.lineno} uses .driver"


def _is_any(annotation: ast.expr | None) -> bool:
    return isinstance(annotation, ast.Name) and annotation.id == "Any" or (
        isinstance(annotation, ast.Constant) and annotation.value == "Any"
    )


def test_nothing_in_the_gui_holds_the_window_untyped():
    """A helper that needs the window names its type (MainWindow); panels get what they need and emit signals."""
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.arg) and node.arg == "window":
                assert not _is_any(node.annotation), f"{path}:{node.lineno} takes window: Any"
            elif isinstance(node, ast.AnnAssign) and getattr(node.target, "attr", None) == "window":
                assert not _is_any(node.annotation), f"{path}:{node.lineno} holds window: Any"


def test_panels_and_the_checkpoint_viewer_never_import_the_window():
    for path in [*(GUI / "panels").rglob("*.py"), GUI / "checkpoint_viewer.py"]:
        source = path.read_text()
        assert "desktop.gui.main_window" not in imported_modules(path), f"{path} imports the window"
        assert "self.window" not in source, f"{path} keeps the window"
