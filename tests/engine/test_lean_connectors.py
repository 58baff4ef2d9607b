"""PPO on a game with buttons plays through the two lean connector pieces, and its episodes hold what
RLlib's default pieces would have put there: the move, its log-probability and the policy's logits."""

from __future__ import annotations

import numpy as np
import pytest
from ray.rllib.core.columns import Columns
from ray.rllib.env.single_agent_env_runner import SingleAgentEnvRunner

from desktop.core.settings import preset
from desktop.engine.algorithms import algorithm_config


def runner(env_id: str, **changes) -> SingleAgentEnvRunner:
    config = algorithm_config(preset("quick", env_id).replace(seed=3, envs_per_runner=4, **changes))
    config.validate()
    return SingleAgentEnvRunner(config=config)


def pieces(pipeline) -> list[str]:
    return [type(piece).__name__ for piece in pipeline.connectors]


def played(episodes) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    observations = np.concatenate([e.get_observations()[:-1] for e in episodes])
    moves = np.concatenate([e.get_actions() for e in episodes])
    logits = np.concatenate([e.get_extra_model_outputs(Columns.ACTION_DIST_INPUTS) for e in episodes])
    logp = np.concatenate([e.get_extra_model_outputs(Columns.ACTION_LOGP) for e in episodes])
    return observations, moves, logits, logp


def log_softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def test_exploring_draws_each_move_with_the_policys_probability_and_records_it(ray_runtime):
    env_runner = runner("CartPole-v1")
    try:
        assert pieces(env_runner._env_to_module) == ["LatestObservations"]
        assert pieces(env_runner._module_to_env) == ["DrawButtons"]
        episodes = env_runner.sample(num_timesteps=4000, explore=True)
        observations, moves, logits, logp = played(episodes)
        assert observations.shape[1:] == (4,) and observations.dtype == np.float32
        assert len(moves) == len(logits) == len(logp) >= 4000
        assert set(np.unique(moves)) <= {0, 1} and logits.shape[1:] == (2,)
        chosen = np.take_along_axis(log_softmax(logits), moves[:, None], axis=1)[:, 0]
        np.testing.assert_allclose(logp, chosen, atol=1e-5)
        # Drawn, not picked: how often the right button was pressed matches how likely the policy made it.
        p_right = np.exp(log_softmax(logits))[:, 1]
        assert 0.02 < p_right.mean() < 0.98
        assert abs((moves == 1).mean() - p_right.mean()) < 0.05
        # RLlib's own episode bookkeeping and metrics run as before.
        assert env_runner.get_metrics()["num_episodes"].peek() > 0
    finally:
        env_runner.stop()


def test_not_exploring_presses_the_likeliest_button(ray_runtime):
    env_runner = runner("CartPole-v1")
    try:
        _, moves, logits, _ = played(env_runner.sample(num_timesteps=200, explore=False))
        np.testing.assert_array_equal(moves, logits.argmax(axis=1))
    finally:
        env_runner.stop()


def test_a_grid_world_is_seen_one_hot_in_the_episodes_the_learner_reads(ray_runtime):
    env_runner = runner("FrozenLake-v1")
    try:
        assert pieces(env_runner._env_to_module) == ["OneHotCells", "LatestObservations"]
        observations, moves, logits, _ = played(env_runner.sample(num_timesteps=64, explore=True))
        assert observations.shape[1:] == (16,)
        np.testing.assert_array_equal(observations.sum(axis=1), 1.0)
        assert set(np.unique(moves)) <= {0, 1, 2, 3} and logits.shape[1:] == (4,)
    finally:
        env_runner.stop()


@pytest.mark.parametrize("env_id, algorithm", [("Pendulum-v1", "PPO"), ("CartPole-v1", "DQN")])
def test_continuous_games_and_other_algorithms_keep_rllibs_pieces(ray_runtime, env_id, algorithm):
    config = algorithm_config(preset("quick", env_id).replace(algorithm=algorithm))
    assert config.add_default_connectors_to_env_to_module_pipeline
    assert config.add_default_connectors_to_module_to_env_pipeline
