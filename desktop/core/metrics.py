"""RLlib's result dict -> IterationResult: the only place that knows RLlib's result keys."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from desktop.core.events import IterationResult

LEARNER = "learners/default_policy/"
# The mean return of the last 100 episodes: what sweeps rank trials by and stop on.
RETURN_MEAN = "env_runners/episode_return_mean"


def _number(result: Mapping[str, Any], key: str) -> float:
    value = result.get(key)
    if value is None:
        return math.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _flatten(result: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in result.items():
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{prefix}{key}/"))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def iteration_result(
    result: Mapping[str, Any], iteration: int, time_offset_s: float = 0.0, trial_id: str = ""
) -> IterationResult:
    """Turn one `Algorithm.train()` result (nested or flattened) into an IterationResult.

    `iteration` is the run's own count (it survives restores); `time_offset_s` is
    the run's time before the last restore, since RLlib's clock restarts there.
    """
    flat = _flatten(result)
    timesteps = _number(flat, "num_env_steps_sampled_lifetime")
    if math.isnan(timesteps):
        timesteps = _number(flat, "env_runners/num_env_steps_sampled_lifetime")
    this_iter = _number(flat, "env_runners/num_env_steps_sampled")
    episodes = _number(flat, "env_runners/num_episodes")
    return IterationResult(
        iteration=iteration,
        timesteps=0 if math.isnan(timesteps) else int(timesteps),
        episode_return_mean=_number(flat, RETURN_MEAN),
        episode_return_min=_number(flat, "env_runners/episode_return_min"),
        episode_return_max=_number(flat, "env_runners/episode_return_max"),
        episode_len_mean=_number(flat, "env_runners/episode_len_mean"),
        episodes=0 if math.isnan(episodes) else int(episodes),
        time_this_iter_s=_number(flat, "time_this_iter_s"),
        time_total_s=_number(flat, "time_total_s") + time_offset_s,
        policy_loss=_number(flat, LEARNER + "policy_loss"),
        vf_loss=_number(flat, LEARNER + "vf_loss"),
        entropy=_number(flat, LEARNER + "entropy"),
        kl=_number(flat, LEARNER + "mean_kl_loss"),
        timesteps_this_iter=0 if math.isnan(this_iter) else int(this_iter),
        trial_id=trial_id,
    )


# The RLModule state entries a greedy forward pass needs: the actor's encoder (PPO's own or shared one,
# DQN's, SAC's) and the policy head (PPO/SAC `pi`, DQN `af`/`qf`); value functions and critics are left out.
POLICY_PREFIXES = ("encoder.actor_encoder.", "encoder.encoder.", "encoder.net.", "pi_encoder.", "pi.", "af.", "qf.")


# When training rescaled observations (RLlib's MeanStdFilter), a policy carries what its network saw:
# clip((obs - shift) / scale, -clip, clip), with these arrays beside its weights.
OBS_SHIFT, OBS_SCALE, OBS_CLIP = "obs_filter.shift", "obs_filter.scale", "obs_filter.clip"


def policy_only(state: Mapping[str, Any]) -> dict[str, Any]:
    """The policy's weight arrays out of an RLModule state dict."""
    return {
        k: v for k, v in state.items() if k.startswith(POLICY_PREFIXES) and getattr(v, "ndim", 0) >= 1
    }
