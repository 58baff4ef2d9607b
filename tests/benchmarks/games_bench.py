"""Per-game benchmark (issue #14): seconds and environment steps from Start to each game's solved line.

    .venv/bin/python tests/benchmarks/games_bench.py                       # every game but LunarLander, 5 seeds
    .venv/bin/python tests/benchmarks/games_bench.py --games Acrobot-v1 --seeds 3 --budget 120
    .venv/bin/python tests/benchmarks/games_bench.py --sb3                 # also Stable-Baselines3 (pip install stable-baselines3)
    .venv/bin/python tests/benchmarks/games_bench.py --no-app --games LunarLander-v3 --entries "LunarLander-v3 PPO" --sb3-jobs 2

The app's side runs each game's Quick demo exactly as the window does (a TrainingRun actor on a local
Ray runtime); the clock starts when the run is started. Two stops are timed: the chart's (the first
iteration whose mean return reaches the solved line: RLlib's mean is over the episodes that ended in
that iteration, and it is where the Quick demo stops), and the rule both sides share, which decides the
ratio: the mean of the last 100 finished episodes (at least 10) reaches the line. The
Stable-Baselines3 side uses rl-baselines3-zoo's published hyperparameters for the same game, on one
core, and stops at that shared rule (SB3's own episode buffer holds the last 100). Not part of the test run.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from itertools import repeat
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"

# rl-baselines3-zoo's hyperparameters (hyperparams/{ppo,dqn,sac}.yml), as numbers: algorithm, settings.
# n_timesteps is the zoo's training budget: its schedules (linear learning rate and clip range, DQN's
# exploration fraction) run over it, as in the zoo; after it they stay at their final values.
ZOO: dict[str, tuple[str, dict]] = {
    "CartPole-v1": ("PPO", dict(n_envs=8, n_steps=32, batch_size=256, gae_lambda=0.8, gamma=0.98, n_epochs=20,
                                ent_coef=0.0, learning_rate=("lin", 1e-3), clip_range=("lin", 0.2),
                                n_timesteps=100_000)),
    "Acrobot-v1": ("DQN", dict(learning_rate=6.3e-4, batch_size=128, buffer_size=50_000, learning_starts=0,
                               gamma=0.99, target_update_interval=250, train_freq=4, gradient_steps=-1,
                               exploration_fraction=0.12, exploration_final_eps=0.1, net_arch=[256, 256],
                               n_timesteps=100_000)),
    "MountainCar-v0": ("DQN", dict(learning_rate=4e-3, batch_size=128, buffer_size=10_000, learning_starts=1000,
                                   gamma=0.98, target_update_interval=600, train_freq=16, gradient_steps=8,
                                   exploration_fraction=0.2, exploration_final_eps=0.07, net_arch=[256, 256],
                                   n_timesteps=120_000)),
    "Pendulum-v1": ("SAC", dict(learning_rate=1e-3, n_timesteps=20_000)),
    "Pendulum-v1 PPO": ("PPO", dict(n_envs=4, n_steps=1024, gae_lambda=0.95, gamma=0.9, n_epochs=10, ent_coef=0.0,
                                    learning_rate=1e-3, clip_range=0.2, use_sde=True, sde_sample_freq=4,
                                    n_timesteps=100_000)),
    "LunarLander-v3": ("DQN", dict(learning_rate=6.3e-4, batch_size=128, buffer_size=50_000, learning_starts=0,
                                   gamma=0.99, target_update_interval=250, train_freq=4, gradient_steps=-1,
                                   exploration_fraction=0.12, exploration_final_eps=0.1, net_arch=[256, 256],
                                   n_timesteps=100_000)),
    "LunarLander-v3 PPO": ("PPO", dict(n_envs=16, n_steps=1024, batch_size=64, gae_lambda=0.98, gamma=0.999,
                                       n_epochs=4, ent_coef=0.01, n_timesteps=1_000_000)),
    "FrozenLake-v1": ("PPO", dict(n_envs=8, n_steps=32, batch_size=256, gamma=0.95, n_epochs=10, learning_rate=1e-3,
                                  n_timesteps=100_000)),
}


def app_time_to_solved(env_id: str, seed: int, budget_s: float) -> dict:
    """A game's Quick demo on a TrainingRun actor, as the window starts it (bench.app_time_to_goal: the
    algorithm is built on a standby actor beforehand, as the app does while the user reads the window and
    as SB3's model is built before its clock starts); Start -> solved line."""
    from desktop.core.games import game
    from desktop.core.settings import preset
    from tests.benchmarks.bench import app_time_to_goal

    settings = preset("quick", env_id).replace(seed=seed, checkpoint_freq=0, checkpoint_at_end=False)
    found = app_time_to_goal(settings, goal=game(env_id).solved_return, budget_s=budget_s, last_100=True)
    return {key: found[key] for key in ("seconds", "steps", "seconds_100", "steps_100")}


SB3 = r"""
import json, math, sys, time
from collections import deque
import gymnasium as gym, torch
from stable_baselines3 import DQN, PPO, SAC
from stable_baselines3.common.callbacks import BaseCallback
from stable_baselines3.common.env_util import make_vec_env
torch.set_num_threads(1)
env_id, algo, params, seed, budget, solved, env_kwargs = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6]), json.loads(sys.argv[7])
class Solved(BaseCallback):
    def __init__(self):
        super().__init__(); self.returns = deque(maxlen=100); self.t0 = time.monotonic(); self.hit = None
    def _on_step(self):
        for info in self.locals.get("infos", []):
            if "episode" in info: self.returns.append(info["episode"]["r"])
        if self.returns and sum(self.returns) / len(self.returns) >= solved and len(self.returns) >= 10:
            self.hit = (time.monotonic() - self.t0, self.num_timesteps); return False
        return time.monotonic() - self.t0 < budget
# learn() runs "forever" (until the callback stops it), but SB3 measures its schedules against the
# total it is given: rescale them so they run over the zoo's budget, as `rl_zoo3 train` does.
FOREVER = 10**8
per_budget = FOREVER / params.pop("n_timesteps")
n_envs = params.pop("n_envs", 1)
kwargs = {}
if "net_arch" in params: kwargs["policy_kwargs"] = {"net_arch": params.pop("net_arch")}
for key in ("learning_rate", "clip_range"):
    if isinstance(params.get(key), list):  # ("lin", start): falls linearly to 0 at the zoo's budget
        start = params[key][1]; params[key] = lambda remaining, s=start: s * max(0.0, 1 - (1 - remaining) * per_budget)
if "exploration_fraction" in params:  # DQN's epsilon falls over this fraction of the zoo's budget
    params["exploration_fraction"] /= per_budget
env = make_vec_env(env_id, n_envs=n_envs, seed=seed, env_kwargs=env_kwargs)
model = {"PPO": PPO, "DQN": DQN, "SAC": SAC}[algo]("MlpPolicy", env, seed=seed, device="cpu", **params, **kwargs)
callback = Solved()
model.learn(total_timesteps=FOREVER, callback=callback)
print(json.dumps({"seconds": callback.hit[0] if callback.hit else None, "steps": callback.hit[1] if callback.hit else None}))
"""


def sb3_time_to_solved(env_id: str, seed: int, budget_s: float, entry: str | None = None) -> dict:
    """SB3 on the game with rl-zoo's settings (`entry`: another of the zoo's entries, e.g. "Pendulum-v1 PPO")."""
    from desktop.core.games import game

    algo, params = ZOO[entry or env_id]
    spec = game(env_id)
    out = subprocess.run(
        [sys.executable, "-c", SB3, env_id, algo, json.dumps(params), str(seed), str(budget_s),
         str(spec.solved_return), json.dumps(spec.env_config)],
        capture_output=True, text=True, timeout=budget_s + 120,
    )
    if out.returncode:
        return {"seconds": None, "steps": None, "error": out.stderr.strip().splitlines()[-1:]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def median(values: list) -> float | None:
    found = [v for v in values if v is not None]
    return statistics.median(found) if found else None


def main() -> None:
    from desktop.core.games import GAMES

    parser = argparse.ArgumentParser()
    parser.add_argument("--games", nargs="*", default=[g for g in GAMES if g != "LunarLander-v3"])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--budget", type=float, default=300, help="seconds per attempt before giving up")
    parser.add_argument("--sb3", action="store_true", help="also Stable-Baselines3 with rl-zoo's hyperparameters")
    parser.add_argument("--no-app", action="store_true", help="only the Stable-Baselines3 side")
    parser.add_argument("--entries", nargs="*", help="only these rl-zoo entries (e.g. 'LunarLander-v3 PPO')")
    parser.add_argument("--sb3-jobs", type=int, default=1, help="SB3 seeds run side by side (one core each)")
    args = parser.parse_args()
    app, sb3 = not args.no_app, args.sb3 or args.no_app

    from desktop.engine import runtime

    if app:
        runtime.start()
    rows = []
    try:
        for env_id in args.games:
            ours = [app_time_to_solved(env_id, seed, args.budget) for seed in range(args.seeds)] if app else []
            print(env_id, "app:", json.dumps(ours), flush=True)
            theirs: list = []
            # Every rl-zoo entry for the game (Pendulum has two); the faster one is the bar.
            entries = [key for key in ZOO if (key == env_id or key.startswith(env_id + " ")) and key in (args.entries or ZOO)]
            for entry in entries if sb3 else []:
                with ThreadPoolExecutor(args.sb3_jobs) as pool:
                    found = list(pool.map(sb3_time_to_solved, repeat(env_id), range(args.seeds), repeat(args.budget), repeat(entry)))
                print(entry, f"SB3 {ZOO[entry][0]}:", json.dumps(found), flush=True)
                if not theirs or (median([r["seconds"] for r in found]) or math.inf) < (median([r["seconds"] for r in theirs]) or math.inf):
                    theirs = found
            rows.append((env_id, ours, theirs))
    finally:
        if app:
            runtime.shutdown()
    print("\n| game | solved at | app: chart crosses, median s | app: last 100, reached | median s | median steps "
          "| SB3 (rl-zoo): last 100, reached | median s | median steps | ratio (last 100) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    fmt = lambda v, d=1: "–" if v is None else f"{v:.{d}f}"  # noqa: E731
    for env_id, ours, theirs in rows:
        chart = median([r["seconds"] for r in ours])
        a_s, a_n = median([r["seconds_100"] for r in ours]), median([r["steps_100"] for r in ours])
        b_s, b_n = median([r["seconds"] for r in theirs]), median([r["steps"] for r in theirs])
        reached_a = sum(r["seconds_100"] is not None for r in ours)
        reached_b = sum(r["seconds"] is not None for r in theirs)
        ratio = f"{a_s / b_s:.2f}" if a_s and b_s else "–"
        print(f"| {env_id} | {GAMES[env_id].solved_return:g} | {fmt(chart)} | {reached_a}/{len(ours)} | {fmt(a_s)} | "
              f"{fmt(a_n, 0)} | {reached_b}/{len(theirs)} | {fmt(b_s)} | {fmt(b_n, 0)} | {ratio} |")


if __name__ == "__main__":
    main()
