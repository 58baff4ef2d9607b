"""`rl-playground lesson tasks|actors`, run as a user runs it, on a real local Ray."""

from __future__ import annotations

import os
import re
import subprocess
import sys

LINE = re.compile(r"^[\w.]+:\t \d+\.\d+\.\d+\.\d+ \(\d+\.\d{3} seconds\)$", re.MULTILINE)


def cli(*args, timeout=180):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, timeout=timeout)


def totals(stdout: str) -> list[float]:
    return [float(t) for t in re.findall(r"^Total: (\d+\.\d+) seconds\.$", stdout, re.MULTILINE)]


def test_lesson_tasks_prints_the_tutorials_lines_and_ray_is_faster():
    result = cli("lesson", "tasks", "--names", "2", "--delay", "0.4")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("== ") == 4 and "== 1. Plain Python ==" in result.stdout
    assert len(LINE.findall(result.stdout)) == 4 * 2
    assert "google.com:\t 4.3.2.1 (" in result.stdout
    plain, one_by_one, all_at_once, as_they_arrive = totals(result.stdout)
    assert all_at_once <= 0.6 * plain and as_they_arrive <= 0.6 * plain and one_by_one >= 0.9 * plain


def test_lesson_actors_shows_updates_and_two_levels_of_references():
    result = cli("lesson", "actors", "--delay", "0.2")
    assert result.returncode == 0, result.stderr
    assert "twitter.com:\t 4.3.2.4\n" in result.stdout and "instagram.com:\t 4.3.2.5\n" in result.stdout
    assert "ObjectRef(" in result.stdout
    assert "google.com:\t 4.3.2.12\n" in result.stdout  # the last of three updates wins
    assert len(LINE.findall(result.stdout)) == 5


def test_lesson_refusals_are_one_line():
    refusals = [["lesson", "tasks", "--cpus", "64"], ["lesson", "tasks", "--names", "99"], ["lesson", "nothing"]]
    if (os.cpu_count() or 1) < 8:
        refusals.append(["lesson", "tasks", "--cpus", "8"])  # more than Ray has: said before any step runs
    for args in refusals:
        result = cli(*args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("rl-playground"), (args, result.stderr)
        assert "==" not in result.stdout
