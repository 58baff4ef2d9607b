"""A real TrainingRun actor on a real local Ray, with tiny budgets."""

from __future__ import annotations

import shutil
import time

from desktop.core.events import CheckpointSaved, IterationResult, PolicyWeights, RunFailed, RunFinished
from desktop.core.resume import plan_resume
from desktop.core.store import POLICY_FILE, RunRecorder, RunStore
from desktop.engine.policy import read_policy_weights
from desktop.engine.session import RunHandle
from desktop.sim.game import play_returns
from desktop.sim.policy import NumpyPolicy
from tests.engine.conftest import collect, ended


def of(events, kind):
    return [e for e in events if isinstance(e, kind)]


def drain(handle):
    """Take the answers to the handle's poll in flight (it asks again after news) until one brings none."""
    taken = []
    while True:
        handle.wait(5.0)
        news = handle.poll()
        if not news:
            return taken
        taken += news


def test_a_short_run_yields_metrics_checkpoints_and_a_playable_policy(ray_runtime, tiny, tmp_path):
    store = RunStore()
    record = store.create_run(tiny)
    recorder = RunRecorder(record)
    handle = RunHandle(tiny)
    events = collect(handle, ended)
    handle.release()
    recorder.handle(events)
    assert not of(events, RunFailed), of(events, RunFailed)
    results = of(events, IterationResult)
    assert [r.iteration for r in results] == [1, 2]
    assert results[-1].timesteps >= 2 * tiny.train_batch * 0.9 and results[-1].time_total_s > 0
    assert [c.iteration for c in of(events, CheckpointSaved)] == [1, 2]
    assert of(events, PolicyWeights)[0].iteration == 0  # the untrained policy, for the rollout view
    assert of(events, RunFinished)[0].reason == "reached 2 iterations"
    assert [m.iteration for m in record.metrics()] == [1, 2]

    # The checkpoint is a real RLlib checkpoint: read it as RLlib wrote it (without our policy.npz).
    checkpoint = record.latest_checkpoint().path
    plain = tmp_path / "plain"
    shutil.copytree(checkpoint, plain)
    (plain / POLICY_FILE).unlink()
    from_rllib = read_policy_weights(plain)
    ours = read_policy_weights(checkpoint)
    assert sorted(from_rllib) == sorted(ours)
    for key in ours:
        assert (from_rllib[key] == ours[key]).all()
    rewards = play_returns(NumpyPolicy(from_rllib), "CartPole-v1", episodes=3, seed=0)
    assert len(rewards) == 3 and all(r >= 1 for r in rewards)


def test_a_held_poll_answers_as_soon_as_there_is_news(ray_runtime, tiny):
    """The actor holds the driver's poll open until an event exists, so an iteration reaches the window at once."""
    import ray

    from desktop.engine.runtime import ResourceMonitor

    handle = RunHandle(tiny.replace(iterations=4, checkpoint_freq=0, checkpoint_at_end=False))
    events = collect(handle, lambda ev: len(of(ev, IterationResult)) >= 1)
    handle.pause()
    events += collect(handle, lambda ev: any(getattr(e, "status", "") == "paused" for e in ev))
    events += drain(handle)  # nothing of the handle's is in flight: the polls below are the only ones
    held = handle.actor.poll.remote(3.0)  # paused: held open for 3 s
    time.sleep(0.5)
    workers = {w.pid: w.name for w in ResourceMonitor().sample().workers}
    # The window's process table names the actor by its class, whichever of its methods is running.
    assert workers[ray.get(handle.actor.pid.remote())] == "ray::TrainingRun"
    events += ray.get(held)
    handle.resume()
    while not ended(events):
        asked = time.monotonic()
        news = ray.get(handle.actor.poll.remote(60.0))
        assert news and time.monotonic() - asked < 30  # woken by the event, not by the 60 s limit
        events += news
    asked = time.monotonic()
    assert ray.get(handle.actor.poll.remote(0.5)) == [] and time.monotonic() - asked >= 0.45  # nothing new: it waits
    handle.release()
    assert [r.iteration for r in of(events, IterationResult)] == [1, 2, 3, 4]


def test_pause_continue_and_stop(ray_runtime, tiny):
    settings = tiny.replace(iterations=500, checkpoint_freq=0, checkpoint_at_end=False)
    handle = RunHandle(settings)
    events = collect(handle, lambda ev: len(of(ev, IterationResult)) >= 1)
    handle.pause()
    # The iteration in flight may still finish; after that nothing moves.
    events += collect(handle, lambda ev: any(getattr(e, "status", "") == "paused" for e in ev))
    time.sleep(3)
    events += handle.poll()
    time.sleep(0.5)
    events += handle.poll()
    paused_at = len(of(events, IterationResult))
    time.sleep(3)
    events += handle.poll()
    assert len(of(events, IterationResult)) == paused_at
    handle.resume()
    events += collect(handle, lambda ev: len(of(ev, IterationResult)) > paused_at)
    handle.stop(checkpoint=True)
    events += collect(handle, ended)
    handle.release()
    assert of(events, RunFinished)[0].reason == "stopped"
    last = of(events, IterationResult)[-1].iteration
    assert [c.iteration for c in of(events, CheckpointSaved)] == [last]
    assert last < 500


def test_resume_continues_the_same_run(ray_runtime, tiny):
    store = RunStore()
    record = store.create_run(tiny)
    recorder = RunRecorder(record)
    handle = RunHandle(tiny)
    recorder.handle(collect(handle, ended))
    handle.release()
    plan = plan_resume(store, record.id, iterations=3)
    assert plan.record.id == record.id and plan.start_iteration == 2
    recorder = RunRecorder(plan.record)
    handle = RunHandle(plan.record.settings, plan.start_iteration, plan.archive, plan.time_offset_s)
    events = collect(handle, ended)
    handle.release()
    recorder.handle(events)
    assert not of(events, RunFailed), of(events, RunFailed)[0].traceback
    assert [r.iteration for r in of(events, IterationResult)] == [3]
    metrics = record.metrics()
    assert [m.iteration for m in metrics] == [1, 2, 3]
    assert metrics[2].time_total_s > metrics[1].time_total_s
    assert metrics[2].timesteps > metrics[1].timesteps


def test_the_same_seed_gives_the_same_learning_curve(ray_runtime, tiny):
    curves = []
    for _ in range(2):
        handle = RunHandle(tiny.replace(checkpoint_freq=0, checkpoint_at_end=False, seed=42))
        events = collect(handle, ended)
        handle.release()
        curves.append([(r.timesteps, r.episode_return_mean, r.episodes) for r in of(events, IterationResult)])
    assert len(curves[0]) == 2 and curves[0] == curves[1]


def test_a_standby_prepared_for_the_same_algorithm_starts_without_building(ray_runtime, tiny):
    import ray

    from desktop.core.events import RunStatus
    from desktop.engine.trainer import TrainingRun

    standby = TrainingRun.remote()
    ray.get(standby.prepare.remote(tiny.to_dict()))
    # Only when to stop differs: the prepared algorithm is used as it is.
    handle = RunHandle(tiny.replace(iterations=1, target_return=400.0), standby=standby)
    events = collect(handle, ended)
    handle.release()
    assert of(events, RunFinished)[0].reason == "reached 1 iterations"
    assert "building" not in [e.status for e in of(events, RunStatus)]

    # Another network: the standby's algorithm is dropped and the run builds its own.
    standby = TrainingRun.remote()
    ray.get(standby.prepare.remote(tiny.to_dict()))
    handle = RunHandle(tiny.replace(iterations=1, hidden=(8,)), standby=standby)
    events = collect(handle, ended)
    handle.release()
    assert "building" in [e.status for e in of(events, RunStatus)]
    assert not of(events, RunFailed) and of(events, IterationResult)[0].iteration == 1


def test_waiting_on_a_run_ends_when_its_news_is_in(ray_runtime, tiny):
    """The driver's thread waits on the poll in flight, not a fixed tick: each iteration reaches it at once,
    and a wait never lasts its whole limit, since the actor answers every LONG_POLL_S even without news."""
    handle = RunHandle(tiny.replace(iterations=3, checkpoint_freq=0, checkpoint_at_end=False))
    events, waits = [], []
    deadline = time.monotonic() + 120
    while not ended(events) and time.monotonic() < deadline:
        began = time.monotonic()
        handle.wait(30.0)
        waits.append(time.monotonic() - began)
        events += handle.poll()
    handle.release()
    assert [r.iteration for r in of(events, IterationResult)] == [1, 2, 3]
    assert of(events, RunFinished) and max(waits) < 10, max(waits)
