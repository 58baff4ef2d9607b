"""The Ray basics lessons' plain parts: settings, printed lines, overlap, and the code the panel shows."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.core.lessons import STEPS, Answer, Bar, LessonError, LessonSettings, answer_line, overlap_s
from desktop.engine.lesson_source import lesson_source


def test_settings_refuse_what_cannot_work_with_one_sentence():
    assert LessonSettings().validate().addresses() == {
        "google.com": "4.3.2.1", "microsoft.com": "4.3.2.2", "amazon.com": "4.3.2.3",
    }
    for bad in (LessonSettings(names=0), LessonSettings(names=99), LessonSettings(delay_s=5), LessonSettings(cpus_per_task=0)):
        with pytest.raises(LessonError) as error:
            bad.validate()
        assert str(error.value).endswith(".") and "\n" not in str(error.value)


def test_lines_follow_the_tutorial():
    assert answer_line(Answer("google.com", "4.3.2.1", 0.5129)) == "google.com:\t 4.3.2.1 (0.513 seconds)"


def test_overlap():
    assert overlap_s([Bar("a", 1, 0, 1), Bar("b", 1, 1, 2)]) == 0
    assert overlap_s([Bar("a", 1, 0, 1), Bar("b", 2, 0.25, 2)]) == pytest.approx(0.75)


def test_every_step_shows_its_own_code_without_importing_ray():
    sources = {step: lesson_source(step) for step in STEPS}
    assert "time.sleep(delay)" in sources["plain"] and "ray." not in sources["plain"]
    assert "@ray.remote" in sources["one_by_one"] and "ray.get(reference" in sources["one_by_one"]
    assert "ray.get(references" in sources["all_at_once"] and "ray.wait(" in sources["as_they_arrive"]
    assert "class DNSServer" in sources["actor"] and "update_address.remote" in sources["actor"]
    code = "import sys; from desktop.engine.lesson_source import lesson_source; lesson_source('actor'); print('ray' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"
