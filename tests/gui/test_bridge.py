"""EngineBridge decodes the engine's messages once, into typed past-tense signals (no Ray needed)."""

from __future__ import annotations

from desktop.core.events import CheckpointSaved, IterationResult, PolicyWeights, RunFailed, RunFinished, RunStatus
from desktop.core.settings import QUICK
from desktop.core.store import RunStore
from desktop.engine.driver import DriverMessage
from desktop.gui.bridge import EngineBridge


def recorded(bridge: EngineBridge, names: list[str]) -> list[tuple]:
    seen: list[tuple] = []
    for name in names:
        getattr(bridge, name).connect(lambda *args, n=name: seen.append((n, *args)))
    return seen


def test_a_training_runs_events_become_signals_in_order(qtbot):
    bridge = EngineBridge()
    record = RunStore().create_run(QUICK)
    bridge._record = record  # what start_training remembers, without starting Ray
    bridge.training = True
    seen = recorded(bridge, ["iteration_finished", "policy_updated", "status_changed", "checkpoint_saved", "run_ended"])
    result = IterationResult(1, 1000, 20.0, 10, 30, 20, 3, 1.0, 1.0)
    weights = PolicyWeights(1, {})
    bridge.deliver(DriverMessage("events", [RunStatus("running", "Training."), result, weights, CheckpointSaved(1, b"")]))
    assert seen == [
        ("status_changed", "running", "Training."),
        ("iteration_finished", result),
        ("policy_updated", weights),
        ("checkpoint_saved", str(record.folder / "checkpoints" / "1"), 1),
    ]
    assert bridge.training
    bridge.deliver(DriverMessage("events", [RunFinished("stopped")]))
    assert seen[-1] == ("run_ended", RunFinished("stopped")) and not bridge.training


def test_a_sweeps_events_feed_the_table_and_the_sweep_as_a_whole(qtbot):
    bridge = EngineBridge()
    seen = recorded(bridge, ["sweep_updated", "trial_policy_updated", "sweep_status_changed", "sweep_ended", "run_ended"])
    weights = PolicyWeights(2, {}, "t0")
    events = [RunStatus("running", "", "t0"), weights, RunStatus("running", "Ray Tune started."), RunFailed("no CPUs")]
    bridge.deliver(DriverMessage("sweep_events", events))
    assert seen == [
        ("sweep_updated", events),
        ("trial_policy_updated", weights),
        ("sweep_status_changed", "Ray Tune started."),
        ("sweep_ended", RunFailed("no CPUs")),
    ]
