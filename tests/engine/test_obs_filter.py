"""Observations rescaled in training (RLlib's MeanStdFilter): the numpy player sees what the network saw."""

from __future__ import annotations

import numpy as np
import torch

from desktop.core.games import game
from desktop.core.metrics import OBS_CLIP, OBS_SCALE, OBS_SHIFT
from desktop.core.settings import preset
from desktop.engine.algorithms import algorithm_config, policy_state
from desktop.engine.policy import read_policy_weights
from desktop.sim.policy import NumpyPolicy


def test_a_policy_trained_on_rescaled_observations_carries_the_filter(ray_runtime, tmp_path):
    settings = preset("quick", "MountainCar-v0").replace(train_batch=256, minibatch=128, epochs=1, envs_per_runner=4, seed=3)
    assert settings.obs_filter  # Mountain car's Quick demo rescales: its speed is a hundredth of its position
    algo = algorithm_config(settings).build_algo()
    try:
        algo.train()
        weights = policy_state(algo)
        shift, scale = weights[OBS_SHIFT], weights[OBS_SCALE]
        assert shift.shape == scale.shape == (2,) and -1.2 <= shift[0] <= 0.6 and (scale > 0).all()
        assert weights[OBS_CLIP][0] == 10.0

        # RLlib's own filter (frozen) and its own network, against the numpy player, on raw observations.
        [rllib_filter] = [c for c in algo.env_runner._env_to_module.connectors if type(c).__name__ == "MeanStdFilter"]
        player = NumpyPolicy(weights, game("MountainCar-v0"))
        for obs in ([-0.5, 0.0], [-1.1, -0.06], [0.4, 0.05]):
            seen = rllib_filter._filters[None](np.asarray(obs, np.float32), update=False)
            out = algo.get_module().forward_inference({"obs": torch.tensor(seen[None], dtype=torch.float32)})
            assert np.allclose(player.outputs(np.asarray(obs)), out["action_dist_inputs"][0].detach().numpy(), atol=1e-4)

        # A checkpoint as plain RLlib writes it holds the same numbers (read once the user trusts it).
        algo.save(str(tmp_path / "plain"))
        plain = read_policy_weights(tmp_path / "plain")
        assert np.allclose(plain[OBS_SHIFT], shift) and np.allclose(plain[OBS_SCALE], scale)
    finally:
        algo.stop()
