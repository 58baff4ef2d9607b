"""Real Ray Tune sweeps of PPO trials with tiny budgets: a grid, ASHA stopping trials early, stop and resume."""

from __future__ import annotations

from desktop.core.events import IterationResult, PolicyWeights, RunFailed, RunFinished
from desktop.core.resume import plan_resume
from desktop.core.store import RunStore
from desktop.core.sweep_spec import SweepParam, SweepSpec, validate_spec
from desktop.core.sweep_store import SweepRecorder, SweepStore, TrialUpdate
from desktop.engine.policy import read_policy_weights
from desktop.engine.sweep import SweepHandle, ended
from desktop.sim.policy import NumpyPolicy
from tests.engine.conftest import collect


def of(events, kind):
    return [e for e in events if isinstance(e, kind)]


def run_sweep(spec, until=ended, timeout_s=150.0):
    record = SweepStore().create(validate_spec(spec, available_cpus=2))
    recorder = SweepRecorder(record)
    handle = SweepHandle(spec, record.tune_path)
    events = collect(handle, until, timeout_s)
    recorder.handle(events)
    return record, recorder, handle, events


def test_a_two_by_one_grid_runs_both_trials_and_reports_each_with_its_parameters(ray_runtime, tiny):
    spec = SweepSpec(
        tiny.replace(iterations=2, checkpoint_freq=1),
        (SweepParam("hidden", "grid", ((16, 16), (8,))), SweepParam("lr", "grid", (0.001,))),
    )
    record, _, handle, events = run_sweep(spec)
    handle.release()
    assert not of(events, RunFailed), of(events, RunFailed)
    assert of(events, RunFinished)[-1].reason == "all trials finished"
    results = of(events, IterationResult)
    trial_ids = sorted({r.trial_id for r in results})
    assert len(trial_ids) == 2
    for trial_id in trial_ids:
        assert [r.iteration for r in results if r.trial_id == trial_id] == [1, 2]
    assert {w.trial_id for w in of(events, PolicyWeights)} == set(trial_ids)

    trials = record.trials()
    assert sorted(trials) == trial_ids
    params = sorted((tuple(t["params"]["hidden"]), t["params"]["lr"]) for t in trials.values())
    assert params == [((8,), 0.001), ((16, 16), 0.001)]
    assert all(t["status"] == "TERMINATED" and not t["early_stopped"] for t in trials.values())
    assert all(t["location"].startswith("127.0.0.1:") for t in trials.values())
    assert record.info["status"] == "finished"

    # The best trial's checkpoint becomes a normal run: it plays, and it can continue training.
    best, _ = record.best_trial()
    run = record.adopt_trial(RunStore(), best)
    assert run.info["parent"].startswith(f"sweep {record.id} trial ")
    assert [c.iteration for c in run.checkpoints()] == [2]
    assert [m.iteration for m in run.metrics()] == [1, 2]
    NumpyPolicy(read_policy_weights(run.latest_checkpoint().path))
    plan = plan_resume(RunStore(), run.id, iterations=4)
    assert plan.record.id == run.id and plan.start_iteration == 2


def test_asha_stops_unpromising_trials_early(ray_runtime, tiny):
    # Six learning rates, rungs at iterations 1 and 2 that keep the better half: some trial must lose.
    lrs = (0.003, 0.001, 0.0003, 0.0001, 0.00003, 0.00001)
    spec = SweepSpec(
        tiny.replace(iterations=4, checkpoint_freq=0, epochs=1, seed=None),
        (SweepParam("lr", "grid", lrs),), scheduler="asha", grace_period=1, reduction_factor=2,
    )
    record, _, handle, events = run_sweep(spec, timeout_s=170)
    handle.release()
    assert not of(events, RunFailed), of(events, RunFailed)
    trials = record.trials()
    assert len(trials) == 6 and all(t["status"] == "TERMINATED" for t in trials.values())
    early = [t for t in trials.values() if t["early_stopped"]]
    assert early, trials
    assert all(t["iteration"] < 4 for t in early)


def test_an_interrupted_sweep_resumes_without_rerunning_finished_trials(ray_runtime, tiny):
    spec = SweepSpec(
        tiny.replace(iterations=2, checkpoint_freq=1, epochs=1),
        (SweepParam("lr", "grid", (0.001, 0.0003, 0.0001)),), max_concurrent=1,
    )

    def one_trial_finished(events):
        return any(isinstance(e, TrialUpdate) and e.status == "TERMINATED" for e in events)

    record, recorder, handle, events = run_sweep(spec, until=one_trial_finished)
    handle.stop()
    events = collect(handle, ended)
    handle.release()
    recorder.handle(events)
    statuses = {tid: t["status"] for tid, t in record.trials().items()}
    assert of(events, RunFinished)[-1].reason == "stopped", statuses
    assert record.info["status"] == "interrupted"
    finished = {tid for tid, t in record.trials().items() if t["status"] == "TERMINATED"}
    assert 1 <= len(finished) < 3

    resumed = SweepStore().resumable(record.id)
    recorder = SweepRecorder(resumed)
    handle = SweepHandle(resumed.spec, resumed.tune_path, resume=True)
    events = collect(handle, ended, timeout_s=150)
    handle.release()
    recorder.handle(events)
    assert not of(events, RunFailed), of(events, RunFailed)
    rerun = {r.trial_id for r in of(events, IterationResult)}
    assert rerun and not rerun & finished
    trials = record.trials()
    assert len(trials) == 3 and all(t["status"] == "TERMINATED" for t in trials.values())
    assert record.info["status"] == "finished"


def test_tune_failing_inside_the_sweeps_process_is_said_as_it_is(ray_runtime, tiny, tmp_path):
    # Resuming from a folder that holds no Tune experiment: Tune itself refuses, inside a healthy actor.
    spec = SweepSpec(tiny.replace(iterations=1), (SweepParam("lr", "grid", (0.001,)),))
    handle = SweepHandle(spec, tmp_path / "no-experiment", resume=True)
    try:
        events = collect(handle, ended, 60)
    finally:
        handle.release()
    [failed] = of(events, RunFailed)
    assert failed.reason.startswith("The sweep failed: ") and not failed.interrupted, failed.reason
    assert "process stopped" not in failed.reason

