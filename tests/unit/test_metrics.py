from __future__ import annotations

import math

import numpy as np

from desktop.core.metrics import iteration_result

RESULT = {
    "training_iteration": 3,
    "time_this_iter_s": np.float64(0.5),
    "time_total_s": np.float64(1.5),
    "num_env_steps_sampled_lifetime": np.float64(3000),
    "env_runners": {
        "episode_return_mean": np.float64(42.5),
        "episode_return_min": np.float64(10.0),
        "episode_return_max": np.float64(90.0),
        "episode_len_mean": np.float64(42.5),
        "num_episodes": 20,
        "num_env_steps_sampled": 1000,
    },
    "learners": {"default_policy": {"policy_loss": -0.1, "vf_loss": 3.0, "entropy": 0.6, "mean_kl_loss": 0.01}},
}


def test_nested_result_becomes_iteration_result():
    r = iteration_result(RESULT, iteration=7, time_offset_s=10.0)
    assert (r.iteration, r.timesteps, r.episodes) == (7, 3000, 20)
    assert r.episode_return_mean == 42.5 and r.episode_return_min == 10.0 and r.episode_return_max == 90.0
    assert r.time_total_s == 11.5
    assert r.policy_loss == -0.1 and r.vf_loss == 3.0 and r.entropy == 0.6 and r.kl == 0.01
    assert r.steps_per_second == 2000
    assert all(type(v) in (int, float, str) for v in r.to_json().values())


def test_missing_returns_are_nan_and_json_null():
    result = {k: v for k, v in RESULT.items() if k != "env_runners"}
    r = iteration_result(result, iteration=1)
    assert math.isnan(r.episode_return_mean)
    assert r.to_json()["episode_return_mean"] is None
