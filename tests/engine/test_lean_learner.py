"""PPO on a game with buttons learns with the lean learner (a fused Adam, one finiteness check per update),
which moves the weights as RLlib's own PPO learner does, and leaves nan gradients to RLlib's own handling."""

from __future__ import annotations

import numpy as np
import torch
from ray.rllib.algorithms.ppo.torch.ppo_torch_learner import PPOTorchLearner

from desktop.core.settings import preset
from desktop.engine.algorithms import algorithm_config
from desktop.engine.lean_learner import LeanPPOLearner

MODULE = "default_policy"


def weights(learner) -> np.ndarray:
    return np.concatenate([p.detach().numpy().ravel() for p in learner.module[MODULE].parameters()])


def test_the_lean_learner_moves_the_weights_as_rllibs_own(ray_runtime):
    settings = preset("quick", "FrozenLake-v1").replace(seed=5, envs_per_runner=4)
    lean, plain = algorithm_config(settings).build_algo(), algorithm_config(settings, lean=False).build_algo()
    try:
        ours, theirs = lean.learner_group._learner, plain.learner_group._learner
        assert type(ours) is LeanPPOLearner and type(theirs) is PPOTorchLearner
        assert ours.get_optimizer(MODULE).defaults["fused"]
        theirs.module[MODULE].set_state(ours.module[MODULE].get_state())
        # A real batch of walks on the lake through RLlib's learner pipeline (advantages, bootstrap rows, mask).
        episodes = lean.env_runner.sample(num_timesteps=300)
        batch = ours._learner_connector(rl_module=ours.module, batch={}, episodes=episodes, shared_data={}, metrics=ours.metrics)
        batch = {MODULE: batch[MODULE]}
        start = weights(ours)
        for _ in range(6):
            ours._uncompiled_update(batch)
            theirs._uncompiled_update(batch)
        assert np.abs(weights(ours) - start).max() > 1e-3  # the updates moved the weights...
        np.testing.assert_allclose(weights(ours), weights(theirs), atol=2e-5)  # ...as RLlib's own (to rounding)

        # A nan gradient goes RLlib's own way: it warns and zeroes it; the weights stay finite.
        nan = {pid: torch.full_like(p, float("nan")) for pid, p in ours._params.items()}
        ours.apply_gradients(nan)
        assert np.isfinite(weights(ours)).all()
        assert all(torch.count_nonzero(p.grad) == 0 for p in ours._params.values())
    finally:
        lean.stop()
        plain.stop()
