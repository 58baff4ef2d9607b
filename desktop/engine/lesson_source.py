"""The source of each Ray basics lesson, read from `basics.py` as text so the window can show it without importing Ray."""

from __future__ import annotations

import ast
from functools import cache
from importlib.util import find_spec
from pathlib import Path

# For each step: the look-up it uses (a function, a Ray task, an actor class), then the step itself.
LESSON_PIECES: dict[str, tuple[str, ...]] = {
    "plain": ("lookup", "plain"),
    "one_by_one": ("ray_lookup", "one_by_one"),
    "all_at_once": ("ray_lookup", "all_at_once"),
    "as_they_arrive": ("ray_lookup", "as_they_arrive"),
    "actor": ("DNSServer", "ray_lookup_via", "actor"),
}


@cache
def _segments() -> dict[str, str]:
    spec = find_spec("desktop.engine.basics")
    assert spec is not None and spec.origin is not None
    source = Path(spec.origin).read_text(encoding="utf-8")
    lines = source.splitlines()
    segments = {}
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            segments[node.name] = "\n".join(lines[first - 1 : node.end_lineno])
    return segments


def lesson_source(step: str) -> str:
    """The code of one lesson step exactly as it runs."""
    segments = _segments()
    return "\n\n\n".join(segments[name] for name in LESSON_PIECES[step]) + "\n"
