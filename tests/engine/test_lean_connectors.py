"""PPO on a game with buttons plays through the lean connector pieces, and they play exactly as RLlib's
default pieces do: the same seed gives the same moves, observations, log-probabilities and logits."""

from __future__ import annotations

import numpy as np
import pytest
from ray.rllib.core.columns import Columns
from ray.rllib.env.single_agent_env_runner import SingleAgentEnvRunner

from desktop.core.settings import preset
from desktop.engine.algorithms import algorithm_config


def runner(env_id: str, lean: bool = True, **changes) -> SingleAgentEnvRunner:
    config = algorithm_config(preset("quick", env_id).replace(seed=3, envs_per_runner=4, **changes), lean=lean)
    config.validate()
    return SingleAgentEnvRunner(config=config)


def pieces(pipeline) -> list[str]:
    return [type(piece).__name__ for piece in pipeline.connectors]


def played(env_runner: SingleAgentEnvRunner, steps: int, explore: bool = True) -> dict[str, np.ndarray]:
    try:
        episodes = env_runner.sample(num_timesteps=steps, explore=explore)
    finally:
        env_runner.stop()
    return {
        "observations": np.concatenate([e.get_observations()[:-1] for e in episodes]),
        "moves": np.concatenate([e.get_actions() for e in episodes]),
        "logits": np.concatenate([e.get_extra_model_outputs(Columns.ACTION_DIST_INPUTS) for e in episodes]),
        "logp": np.concatenate([e.get_extra_model_outputs(Columns.ACTION_LOGP) for e in episodes]),
    }


@pytest.mark.parametrize("env_id, lean_pieces", [
    ("CartPole-v1", ["LatestObservations"]),
    ("FrozenLake-v1", ["OneHotCells", "LatestObservations"]),  # a grid world's cells, one-hot
])
def test_the_lean_pieces_play_exactly_as_rllibs_own(ray_runtime, env_id, lean_pieces):
    # One after the other: building an EnvRunner seeds torch's global generator, which draws the moves.
    lean = runner(env_id)
    assert pieces(lean._env_to_module) == lean_pieces and pieces(lean._module_to_env) == ["DrawButtons"]
    ours = played(lean, 400)
    rllib = runner(env_id, lean=False)
    assert "LatestObservations" not in pieces(rllib._env_to_module)
    theirs = played(rllib, 400)
    for column in ("observations", "moves", "logits", "logp"):
        np.testing.assert_array_equal(ours[column], theirs[column], err_msg=column)
    # Drawn, not picked: both buttons pressed, each log-probability the drawn button's.
    assert len(ours["moves"]) >= 400 and len(np.unique(ours["moves"])) > 1
    logits = ours["logits"] - ours["logits"].max(axis=1, keepdims=True)
    log_probs = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    np.testing.assert_allclose(ours["logp"], np.take_along_axis(log_probs, ours["moves"][:, None], 1)[:, 0], atol=1e-5)
    if env_id == "FrozenLake-v1":
        np.testing.assert_array_equal(ours["observations"].sum(axis=1), 1.0)


def test_not_exploring_presses_the_likeliest_button(ray_runtime):
    seen = played(runner("CartPole-v1"), 200, explore=False)
    np.testing.assert_array_equal(seen["moves"], seen["logits"].argmax(axis=1))


@pytest.mark.parametrize("env_id, algorithm", [("Pendulum-v1", "PPO"), ("CartPole-v1", "DQN")])
def test_continuous_games_and_other_algorithms_keep_rllibs_pieces(env_id, algorithm):
    config = algorithm_config(preset("quick", env_id).replace(algorithm=algorithm))
    assert config.add_default_connectors_to_env_to_module_pipeline
    assert config.add_default_connectors_to_module_to_env_pipeline
