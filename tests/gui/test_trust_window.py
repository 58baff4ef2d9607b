"""The trust rule in the window (no Ray): every way to watch a checkpoint the app did not write asks first.

The question is the real modal box the window opens; No reads nothing and writes nothing, Yes plays it.
"""

from __future__ import annotations

from desktop.core.sweep_store import TrialUpdate
from tests.gui.test_sweep_panel import window  # noqa: F401 (the window without Ray)
from tests.gui.trust_helpers import (
    NO,
    YES,
    QuestionAnswerer,
    app_run,
    copy_in,
    files_of,
    policy_folder,
    sweep_with_trials,
    watch_run,
    watch_trial,
)


def test_foreign_checkpoints_ask_and_no_reads_nothing_yes_plays(window, qtbot, data_home, tmp_path):  # noqa: F811
    own = app_run(tmp_path)
    copy_in(own, "copied-in")  # a run folder someone copied into runs/: no provenance
    copy_in(own, "linked", keep_provenance=True, to=tmp_path / "elsewhere" / "run")  # claims it, lives outside
    downloaded = policy_folder(tmp_path / "downloaded", seed=7)  # any folder, File → Open
    record = sweep_with_trials(window, {"outside": str(downloaded)})
    own_trial = policy_folder(record.tune_path / "PPO_00001" / "checkpoint_000001")
    record.update_trial(TrialUpdate("inside", "PPO_CartPole-v1_abc_00001", "TERMINATED", {"lr": 0.0003},
                                    checkpoint=str(own_trial), checkpoint_iteration=1))
    window.sweep.refresh()
    window.sweep.record = None
    window.sweep._on_sweeps_selection_changed()
    assert window.sweep.view.grid.rowCount() == 2
    outside_row = next(r for r in range(2) if window.sweep.view.table.rows()[r].trial_id == "outside")

    answerer = QuestionAnswerer(NO)
    before_policy, before_files = window.simulator.policy, files_of(data_home)
    try:
        watch_run(window, qtbot, "copied-in")
        watch_run(window, qtbot, "linked")
        watch_trial(window, outside_row)
        assert window.open_checkpoint(str(downloaded)) is False
        assert len(answerer.asked) == 4 and all("pickles" in text for text in answerer.asked)
        assert "copied-in" in answerer.asked[0] and "linked" in answerer.asked[1]
        assert str(downloaded) in answerer.asked[2] and str(downloaded) in answerer.asked[3]
        assert window.simulator.policy is before_policy  # nothing was read...
        assert files_of(data_home) == before_files  # ...and nothing written

        # The app's own run, and a trial inside the app's own sweep, play without a question.
        watch_run(window, qtbot, own.id)
        assert window.simulator.policy is not before_policy and own.id in window.simulator.policy_label
        watch_trial(window, 1 - outside_row)
        assert "its checkpoint" in window.simulator.policy_label
        assert len(answerer.asked) == 4

        answerer.answer = YES
        for run_id in ("copied-in", "linked"):
            watch_run(window, qtbot, run_id)
            assert run_id in window.simulator.policy_label
        watch_trial(window, outside_row)
        assert "its checkpoint" in window.simulator.policy_label and "00000" in window.simulator.policy_label
        assert window.open_checkpoint(str(downloaded)) is True
        assert window.simulator.policy_label.startswith("Checkpoint downloaded")
        assert len(answerer.asked) == 8
    finally:
        answerer.stop()
