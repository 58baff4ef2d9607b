"""The trust rule in the window with a real Ray: resuming, or watching an RLlib checkpoint (read by a Ray task,
i.e. unpickled), from a run the app did not write asks first; No loads and writes nothing, Yes loads it."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from desktop.core.store import POLICY_FILE, RunStore
from desktop.core.sweep_store import TrialUpdate
from tests.gui.test_window import window  # noqa: F401 (the window with a local Ray)
from tests.gui.trust_helpers import (
    NO,
    YES,
    QuestionAnswerer,
    copy_in,
    files_of,
    select_run,
    sweep_with_trials,
    watch_run,
    watch_trial,
)


def test_resume_and_rllib_checkpoints_from_a_copied_run_ask(window, qtbot, tiny, data_home):  # noqa: F811
    qtbot.waitUntil(lambda: window.bridge.ready, timeout=60_000)
    window.training.load(tiny.replace(iterations=2, checkpoint_freq=1))
    qtbot.mouseClick(window.training.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.bridge.training, timeout=10_000)
    qtbot.waitUntil(lambda: not window.bridge.training, timeout=120_000)
    [own] = RunStore().runs()
    assert own.latest_checkpoint().iteration == 2
    copy = copy_in(own, "copied-in")
    for checkpoint in (copy / "checkpoints").iterdir():
        (checkpoint / POLICY_FILE).unlink()  # only RLlib's pickles are left: a Ray task must unpickle them
    run_json = (copy / "run.json").read_bytes()
    record = sweep_with_trials(window, {"t0": str(copy / "checkpoints" / "1")})
    record.update_trial(TrialUpdate("t0", "PPO_CartPole-v1_abc_00000", "TERMINATED", checkpoint_iteration=1))

    answerer = QuestionAnswerer(NO)
    before_policy, before_files = window.simulator.policy, files_of(data_home)
    try:
        watch_trial(window, 0)
        watch_run(window, qtbot, "copied-in")
        qtbot.mouseClick(window.runs.resume_button, Qt.MouseButton.LeftButton)
        assert len(answerer.asked) == 3 and all("pickles" in text for text in answerer.asked)
        qtbot.wait(1000)  # a load or a run would have begun by now
        assert not window.bridge.training and window.simulator.policy is before_policy
        assert files_of(data_home) == before_files and len(RunStore().runs()) == 2

        answerer.answer = YES
        watch_run(window, qtbot, "copied-in")
        qtbot.waitUntil(lambda: window.simulator.policy is not before_policy, timeout=60_000)
        assert window.simulator.policy_label == "Run copied-in, checkpoint 2"
        watch_trial(window, 0)
        qtbot.waitUntil(lambda: "its checkpoint" in window.simulator.policy_label, timeout=60_000)

        select_run(window, "copied-in")
        qtbot.mouseClick(window.runs.resume_button, Qt.MouseButton.LeftButton)
        assert len(answerer.asked) == 6
        qtbot.waitUntil(lambda: window.status_table.cell("iter").isdigit(), timeout=120_000)
        assert int(window.status_table.cell("iter")) > 2  # the copied run continues from its checkpoint
        assert window.record is not None and window.record.id == "copied-in"
        assert (copy / "run.json").read_bytes() != run_json
        assert "provenance" not in json.loads((copy / "run.json").read_text())  # resuming does not launder it
        window.training.stop_button.click()
        qtbot.waitUntil(lambda: not window.bridge.training, timeout=60_000)
    finally:
        answerer.stop()
