"""RL Playground's performance benchmark (issue #8). Not part of the test run.

    .venv/bin/python tests/benchmarks/bench.py            # full: 10 repeats of time-to-475
    .venv/bin/python tests/benchmarks/bench.py --quick    # a few minutes

Measures, on this machine:
 1. Quick demo: seconds (and env steps) from pressing Start to mean return >= 475, Ray already
    running and the warm standby ready, as the app does it; how many repeats got there.
 2. The app's engine vs a bare RLlib loop with the identical config and seed, alternating A/B:
    seconds per iteration (RLlib's time_this_iter_s) and time to 475 (wall clock).
 3. The real window offscreen, training (Quick demo, no early stop) + 50-fps rollout together: longest Qt event-loop stall,
    its p99, and the frames per second the rollout view holds.
 4. Launch -> window visible, launch -> "Ray ready" (the app notes both via RL_PLAYGROUND_TIMINGS).
 5. PSS of the GUI process and all its Ray processes during Quick demo.
First, how fast this machine is today (raw CartPole steps, a PPO minibatch update on one core):
the same seed takes the same steps on any day, but the seconds follow the machine.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
GOAL = 475.0
MAX_SECONDS = 90.0


def stats(values: list[float]) -> str:
    if not values:
        return "n/a"
    return f"median {statistics.median(values):.2f}  min {min(values):.2f}  max {max(values):.2f}  (n={len(values)})"


def bench_machine() -> str:
    """Two yardsticks for comparing runs across days: what one core does on its own."""
    import gymnasium as gym
    import torch

    torch.set_num_threads(1)
    env = gym.make("CartPole-v1").unwrapped
    env.reset(seed=0)
    steps, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < 2:
        for _ in range(1000):
            if env.step(steps & 1)[2]:
                env.reset()
            steps += 1
    cartpole = steps / (time.perf_counter() - t0)
    net = torch.nn.Sequential(torch.nn.Linear(4, 64), torch.nn.Tanh(), torch.nn.Linear(64, 64), torch.nn.Tanh(),
                              torch.nn.Linear(64, 3))
    optimizer = torch.optim.Adam(net.parameters())
    batch = torch.randn(250, 4)
    updates, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < 2:
        optimizer.zero_grad()
        net(batch).square().mean().backward()
        optimizer.step()
        updates += 1
    update_ms = 1000 * (time.perf_counter() - t0) / updates
    return (f"0. This machine, one core: raw CartPole {cartpole / 1000:.0f}k steps/s;"
            f" a [64,64] net's update on a 250-sample minibatch {update_ms:.2f} ms")


# -- 1 and 2: the engine --------------------------------------------------------------------
def app_time_to_goal(settings, extra_iterations: int = 0, goal: float = GOAL, budget_s: float = MAX_SECONDS,
                     last_100: bool = False) -> dict:
    """Start a run on a warm standby exactly as the desktop's driver does; time Start -> goal (475 for CartPole).

    The goal is met when an iteration's mean return (RLlib's: the episodes that ended in that iteration,
    what the chart draws and where the Quick demo stops) reaches it. With `last_100`, training also goes on
    until the mean of the last 100 finished episodes (at least 10) reaches it, the rule the Stable-Baselines3
    side of games_bench uses: `seconds_100`/`steps_100`."""
    import ray

    from desktop.core.events import IterationResult, PolicyWeights, RunFailed, RunFinished
    from desktop.engine.session import RunHandle
    from desktop.engine.trainer import TrainingRun
    from desktop.sim.game import play_returns
    from desktop.sim.policy import policy_for

    standby = TrainingRun.remote()
    ray.get(standby.prepare.remote(settings.to_dict()))  # the app prepares while the user reads the window
    t0 = time.monotonic()
    handle = RunHandle(settings.replace(target_return=None, iterations=10_000), standby=standby)
    reached, results, after, weights, reached_100 = None, [], [], None, None
    try:
        while time.monotonic() - t0 < budget_s:
            for event in handle.poll():
                if isinstance(event, IterationResult):
                    results.append(event)
                    if last_100 and reached_100 is None and mean_of_last(results, 100) >= goal:
                        reached_100 = (time.monotonic() - t0, event.timesteps)
                    if reached is None and event.episode_return_mean >= goal:
                        reached = (time.monotonic() - t0, event.timesteps, event.iteration,
                                   sum(r.time_this_iter_s for r in results))
                    elif reached is not None and event.episodes and math.isfinite(event.episode_return_mean):
                        after.append((event.episode_return_mean, event.episodes))
                elif isinstance(event, PolicyWeights) and reached is not None and weights is None:
                    weights = event.weights  # the policy at 475: where the app's Quick demo stops
                elif isinstance(event, (RunFinished, RunFailed)):
                    raise RuntimeError(f"run ended early: {event}")
            if reached is not None and len(results) >= reached[2] + extra_iterations and (reached_100 or not last_100):
                break
            handle.wait(0.05)  # as the app's driver thread waits between its rounds
    finally:
        handle.release()
    return {
        "seconds": reached[0] if reached else None,
        "steps": reached[1] if reached else None,
        "seconds_100": reached_100[0] if reached_100 else None,
        "steps_100": reached_100[1] if reached_100 else None,
        "iterations": reached[2] if reached else None,
        "in_train": reached[3] if reached else None,  # of the seconds, those inside RLlib's train()
        # Every episode that ended in the iterations after 475: does the pole stay up?
        "after": round(sum(r * n for r, n in after) / sum(n for _, n in after), 1) if after else None,
        # The agent the user then watches plays greedily, as the window does.
        "greedy": statistics.mean(play_returns(policy_for(weights), settings.env, 10, seed=0)) if weights else None,
        # RLlib's own clock, as for the bare loop: arrivals are quantised by the 50 ms polling.
        "s_per_iter": statistics.median(r.time_this_iter_s for r in results) if results else None,
    }


def mean_of_last(results: list, episodes: int, at_least: int = 10) -> float:
    """The mean return of the last `episodes` finished episodes (nan below `at_least`), from per-iteration
    means and counts: an iteration's episodes are taken as all scoring its mean (RLlib keeps at most 100)."""
    total, count = 0.0, 0
    for r in reversed(results):
        if r.episodes and math.isfinite(r.episode_return_mean):
            take = min(r.episodes, 100, episodes - count)
            total, count = total + take * r.episode_return_mean, count + take
            if count >= episodes:
                break
    return total / count if count >= at_least else math.nan


BARE = r"""
import json, os, sys, time
os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
sys.path.insert(0, sys.argv[2])
import ray
from desktop.core.settings import TrainingSettings
from desktop.engine.algorithms import algorithm_config
settings = TrainingSettings.from_dict(json.loads(sys.argv[1]))

@ray.remote(num_cpus=1)
def bare():
    import torch
    torch.set_num_threads(1)
    algo = algorithm_config(settings).build_algo()
    t0 = time.monotonic(); times = []; reached = steps = in_train = None
    while time.monotonic() - t0 < 90:
        result = algo.train()
        times.append(result["time_this_iter_s"])
        ret = result["env_runners"].get("episode_return_mean", float("nan"))
        if ret >= 475:
            reached, steps = time.monotonic() - t0, result["num_env_steps_sampled_lifetime"]
            in_train = sum(times)
            break
    algo.stop()
    return {"seconds": reached, "steps": steps, "in_train": in_train, "s_per_iter": sorted(times)[len(times) // 2] if times else None}

ray.init(address=sys.argv[3])
print(json.dumps(ray.get(bare.remote())))
"""


def bare_time_to_goal(settings, address: str) -> dict:
    """The same config in a plain RLlib loop (a Ray task, build excluded from the clock)."""
    out = subprocess.run(
        [sys.executable, "-c", BARE, json.dumps(settings.to_dict()), str(ROOT), address],
        capture_output=True, text=True, timeout=300,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_engine(repeats: int, ab_pairs: int) -> list[str]:
    import ray

    from desktop.core.settings import QUICK
    from desktop.engine import runtime

    runtime.start()
    address = ray.get_runtime_context().gcs_address
    lines = []
    try:
        runs = []
        for i in range(repeats):
            seeded = QUICK.replace(seed=1000 + i)
            runs.append(app_time_to_goal(seeded, extra_iterations=10))
            r = runs[-1]
            print(f"  quick #{i}: {r['seconds']} s, {r['steps']} steps, {r['iterations']} it, then {r['after']},"
                  f" greedy {r['greedy']}", flush=True)
        hit = [r for r in runs if r["seconds"] is not None]
        if runs:
            lines.append(f"1. Quick demo, Start -> mean return 475: {len(hit)}/{len(runs)} repeats reached it")
            lines.append(f"   seconds: {stats([r['seconds'] for r in hit])}")
            lines.append(f"   env steps: {stats([float(r['steps']) for r in hit])}")
            held = [r["after"] for r in hit if r["after"] is not None]
            lines.append(f"   mean return of all episodes in the 10 iterations after: {stats(held)}")
            greedy = [r["greedy"] for r in hit if r["greedy"] is not None]
            lines.append(f"   the policy at 475 playing greedily as the window shows it (10 episodes): {stats(greedy)}")

        app, bare = [], []
        for i in range(ab_pairs):
            seeded = QUICK.replace(seed=2000 + i)
            if i % 2 == 0:  # alternate which goes first, so neither always follows the other
                app.append(app_time_to_goal(seeded))
                bare.append(bare_time_to_goal(seeded, address))
            else:
                bare.append(bare_time_to_goal(seeded, address))
                app.append(app_time_to_goal(seeded))
            print(f"  A/B #{i}: app {app[-1]['s_per_iter']:.3f} s/it {app[-1]['seconds']} s {app[-1]['steps']} steps;"
                  f" bare {bare[-1]['s_per_iter']:.3f} s/it {bare[-1]['seconds']} s {bare[-1]['steps']} steps", flush=True)
        if ab_pairs:
            a_it = statistics.median([r["s_per_iter"] for r in app])
            b_it = statistics.median([r["s_per_iter"] for r in bare])
            a_goal = [r["seconds"] for r in app if r["seconds"]]
            b_goal = [r["seconds"] for r in bare if r["seconds"]]
            lines.append(f"2. Engine vs bare RLlib (same config and seeds, {ab_pairs} A/B pairs)")
            lines.append(f"   s/iteration: app {a_it:.3f}, bare {b_it:.3f}, ratio {a_it / b_it:.3f}")
            if a_goal and b_goal:
                ratio = statistics.median(a_goal) / statistics.median(b_goal)
                lines.append(f"   time to 475: app {stats(a_goal)}; bare {stats(b_goal)}; ratio of medians {ratio:.3f}")
                # The same seed takes the same steps in both: the pair's ratio is the engine's cost.
                paired = [a["seconds"] / b["seconds"] for a, b in zip(app, bare, strict=True) if a["seconds"] and b["seconds"]]
                lines.append(f"   time to 475, ratio per seed: {stats(paired)}")
                # What the engine itself adds: the time to 475 spent outside RLlib's train().
                outside = [(r["seconds"] - r["in_train"], r["seconds"]) for r in app if r["seconds"]]
                bare_out = [r["seconds"] - r["in_train"] for r in bare if r["seconds"]]
                lines.append(f"   outside train(): app {stats([o for o, _ in outside])} s"
                             f" = {100 * sum(o for o, _ in outside) / sum(t for _, t in outside):.1f} % of its time to 475;"
                             f" bare {stats(bare_out)} s")
    finally:
        runtime.shutdown()
    return lines


# -- 3, 4, 5: the real app ------------------------------------------------------------------
WINDOW = r"""
import os, sys, time, json
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.gui.main_window import MainWindow
from desktop.gui.app import _start_engine
w = MainWindow(); w.show()
QTimer.singleShot(50, lambda: _start_engine(w))
gaps, frames, state = [], [], {"last": None, "on": False}
def beat():
    now = time.monotonic()
    if state["on"] and state["last"] is not None:
        gaps.append(now - state["last"])
    state["last"] = now
hb = QTimer(interval=5); hb.timeout.connect(beat); hb.start()
view = w.simulator.view
original = view.set_frame
def counted(frame, *args, **kwargs):
    if state["on"]:
        frames.append(time.monotonic())
    return original(frame, *args, **kwargs)
view.set_frame = counted
from desktop.core.settings import QUICK
# The Quick demo without its early stop, so training goes on for the whole measurement.
w.training.load(QUICK.replace(iterations=1000, target_return=None))
def ready(*_):
    QTimer.singleShot(4000, w.training.start_button.click)  # let the standby prepare, as a user would read
w.bridge.ray_ready.connect(ready)
def iteration_finished(_result):
    if not state.get("closing"):
        state["on"] = True
w.bridge.iteration_finished.connect(iteration_finished)
pid_file = sys.argv[2]
open(pid_file, "w").write(str(os.getpid()))
def close():
    state["on"], state["closing"] = False, True  # closing joins Ray's shutdown with the window already hidden: not a stall anyone sees
    w.request_close(ask=False)
QTimer.singleShot(int(sys.argv[3]) * 1000, close)
app.exec()
intervals = [b - a for a, b in zip(frames, frames[1:], strict=False) if b - a < 0.2]  # pauses between episodes excluded
print(json.dumps({"gaps": gaps, "intervals": intervals}))
"""


def bench_window(seconds: int) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        pid_file = Path(tmp) / "pid"
        env = {**os.environ, "RL_PLAYGROUND_HOME": tmp}
        proc = subprocess.Popen([sys.executable, "-c", WINDOW, str(ROOT), str(pid_file), str(seconds)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        pss = []
        time.sleep(seconds * 0.6)
        try:
            root = psutil.Process(proc.pid)
            for p in [root, *root.children(recursive=True)]:
                try:
                    pss.append((p.name(), p.memory_full_info().pss))
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        out, _ = proc.communicate(timeout=seconds + 120)
    data = json.loads(out.strip().splitlines()[-1])
    gaps = sorted(data["gaps"])
    intervals = data["intervals"]
    lines = ["3. Window offscreen, training + rollout together"]
    if gaps:
        lines.append(f"   longest Qt event-loop stall {gaps[-1] * 1000:.0f} ms, p99 {gaps[int(len(gaps) * 0.99)] * 1000:.0f} ms"
                     f" (5 ms heartbeat, {len(gaps)} ticks)")
    if intervals:
        lines.append(f"   rollout view: {1 / statistics.median(intervals):.1f} fps median,"
                     f" {len(intervals) / sum(intervals):.1f} fps mean while playing")
    total = sum(v for _, v in pss)
    gui = pss[0][1] if pss else 0
    lines.append(f"5. PSS during Quick demo: GUI process {gui / 2**20:.0f} MiB, all {len(pss)} processes {total / 2**30:.2f} GiB")
    return lines


def bench_launch(repeats: int) -> list[str]:
    window, ready = [], []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as tmp:
            marks = Path(tmp) / "marks"
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RL_PLAYGROUND_HOME": tmp,
                   "RL_PLAYGROUND_TIMINGS": str(marks)}
            t0 = time.time()
            proc = subprocess.Popen([sys.executable, "-m", "desktop", "gui"], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and "ray_ready" not in (marks.read_text() if marks.exists() else ""):
                time.sleep(0.05)
            proc.terminate()
            proc.wait(timeout=60)
            seen = {json.loads(line)["event"]: json.loads(line)["t"] for line in marks.read_text().splitlines()}
            window.append(seen["window_shown"] - t0)
            ready.append(seen["ray_ready"] - t0)
    return [f"4. Launch -> window visible: {stats(window)} s", f"   Launch -> Ray ready: {stats(ready)} s"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats: a few minutes")
    parser.add_argument("--only", choices=["engine", "window", "launch"])
    parser.add_argument("--repeats", type=int, help="Quick demo repeats (default 10, --quick 3)")
    parser.add_argument("--pairs", type=int, help="A/B pairs, app vs bare RLlib (default 6, --quick 2)")
    args = parser.parse_args()
    repeats, pairs, launches = (3, 2, 2) if args.quick else (10, 6, 5)
    repeats = repeats if args.repeats is None else args.repeats
    pairs = pairs if args.pairs is None else args.pairs
    machine = f"{psutil.cpu_count()} CPUs, {psutil.virtual_memory().total / 2**30:.1f} GiB, Python {sys.version.split()[0]}"
    lines = [f"RL Playground benchmark — {time.strftime('%Y-%m-%d %H:%M')} — {machine}", bench_machine()]
    if args.only in (None, "engine"):
        lines += bench_engine(repeats, pairs)
    if args.only in (None, "window"):
        lines += bench_window(45)
    if args.only in (None, "launch"):
        lines += bench_launch(launches)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
