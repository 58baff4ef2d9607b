"""Refresh the window's translations: collect the strings (pyside6-lupdate) and build the .qm files.

    python packaging/translations.py          # update desktop/resources/i18n/*.ts, then build *.qm
    python packaging/translations.py --check  # exit 1 when a .ts misses a string or a .qm is stale

Translators edit the .ts files (Qt Linguist: pyside6-linguist); the .qm files are committed so the
app needs no build step, and tests/unit/test_translations.py checks they are current.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "desktop" / "resources" / "i18n"
LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    beside = Path(sys.executable).parent / name  # PySide6-Essentials installs them next to python
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found (it comes with PySide6-Essentials).")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def update(ts: Path) -> str:
    """lupdate into `ts` (strings no longer in the code are dropped); returns lupdate's report."""
    done = subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts", str(ts)],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def release(ts: Path, qm: Path) -> str:
    done = subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def check() -> list[str]:
    """What is out of date: a .ts that lupdate would change, a .qm that lrelease would change."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            ts = I18N / f"rl_playground_{language}.ts"
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            update(copy)
            if copy.read_text(encoding="utf-8") != ts.read_text(encoding="utf-8"):
                problems.append(f"{ts.name} misses strings of the code: run python packaging/translations.py")
            qm = Path(tmp) / ts.with_suffix(".qm").name
            report = release(ts, qm)
            if not filecmp.cmp(qm, ts.with_suffix(".qm"), shallow=False):
                problems.append(f"{qm.name} is older than its .ts: run python packaging/translations.py")
            if " 0 unfinished" not in report or "untranslated" in report:
                problems.append(f"{ts.name} has unfinished translations: {report.strip()}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say what is out of date")
    if parser.parse_args().check:
        problems = check()
        print("\n".join(problems) or "translations are current")
        return 1 if problems else 0
    for language in LANGUAGES:
        ts = I18N / f"rl_playground_{language}.ts"
        print(update(ts).strip())
        print(release(ts, ts.with_suffix(".qm")).strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
