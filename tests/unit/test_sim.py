from __future__ import annotations

import numpy as np
import pytest

from desktop.sim.game import GameSim, play_returns
from desktop.sim.policy import NumpyPolicy, PolicyError, RandomPolicy


def mlp_weights(hidden=(8, 8), obs=4, actions=2, seed=0):
    rng = np.random.default_rng(seed)
    weights, size = {}, obs
    for i, h in enumerate(hidden):
        weights[f"encoder.actor_encoder.net.mlp.{2 * i}.weight"] = rng.normal(size=(h, size))
        weights[f"encoder.actor_encoder.net.mlp.{2 * i}.bias"] = rng.normal(size=h)
        size = h
    weights["pi.net.mlp.0.weight"] = rng.normal(size=(actions, size))
    weights["pi.net.mlp.0.bias"] = rng.normal(size=actions)
    return weights


def test_numpy_policy_matches_a_hand_computed_forward_pass():
    w = mlp_weights()
    policy = NumpyPolicy(w)
    obs = np.array([0.1, -0.2, 0.03, 0.4])
    x = np.tanh(w["encoder.actor_encoder.net.mlp.0.weight"] @ obs + w["encoder.actor_encoder.net.mlp.0.bias"])
    x = np.tanh(w["encoder.actor_encoder.net.mlp.2.weight"] @ x + w["encoder.actor_encoder.net.mlp.2.bias"])
    logits = w["pi.net.mlp.0.weight"] @ x + w["pi.net.mlp.0.bias"]
    assert np.allclose(policy.logits(obs), logits)
    assert policy.act(obs) == int(np.argmax(logits))
    assert np.isclose(policy.probabilities(obs).sum(), 1.0)
    assert policy.hidden == (8, 8)


def test_a_policy_for_another_environment_is_refused():
    with pytest.raises(PolicyError, match="expects 8 observations.*CartPole needs 4"):
        NumpyPolicy(mlp_weights(obs=8))
    with pytest.raises(PolicyError):
        NumpyPolicy({"something": np.zeros(3)})


def test_frames_are_rgb_images_and_episodes_end():
    sim = GameSim("CartPole-v1")
    sim.reset(seed=0)
    frame = sim.frame()
    assert frame.shape == (400, 600, 3) and frame.dtype == np.uint8 and frame.std() > 0
    rewards = play_returns(RandomPolicy(seed=0), "CartPole-v1", episodes=3, seed=0)
    assert len(rewards) == 3 and all(5 <= r < 200 for r in rewards)
    sim.close()
