"""PPO started as Stable-Baselines3 starts it (LunarLander's Quick demo): what the learner and the EnvRunner hold."""

from __future__ import annotations

import math

import numpy as np

from desktop.core.settings import preset
from desktop.engine.algorithms import algorithm_config, policy_state


def test_orthogonal_start_reaches_the_learner_the_envrunner_and_adam(ray_runtime):
    settings = preset("quick", "LunarLander-v3").replace(train_batch=256, minibatch=128, epochs=1, envs_per_runner=2, seed=1)
    assert settings.orthogonal_init
    algo = algorithm_config(settings).build_algo()
    try:
        learner = algo.learner_group._learner
        module = learner.module["default_policy"]
        layers = {name: p.detach().numpy() for name, p in module.named_parameters()}
        hidden = [w for name, w in layers.items() if name.startswith("encoder") and name.endswith("weight")]
        assert len(hidden) == 2 * len(settings.hidden)  # the policy's and the value's own layers
        for w in hidden:  # orthogonal, gain sqrt(2): the rows (or columns) are orthogonal with length sqrt(2)
            gram = w @ w.T if w.shape[0] <= w.shape[1] else w.T @ w
            assert np.allclose(gram, 2 * np.eye(len(gram)), atol=1e-4)
        [pi] = [w for name, w in layers.items() if name.startswith("pi") and name.endswith("weight")]
        [vf] = [w for name, w in layers.items() if name.startswith("vf") and name.endswith("weight")]
        assert np.allclose(np.linalg.norm(pi, axis=1), 0.01, atol=1e-5)  # nearly even first moves
        assert math.isclose(float(np.linalg.norm(vf)), 1.0, rel_tol=1e-4)
        assert all(not p.any() for name, p in layers.items() if name.endswith("bias"))
        [(_, adam)] = learner.get_optimizers_for_module("default_policy")
        assert all(group["eps"] == 1e-5 for group in adam.param_groups)

        # The EnvRunner plays with the same weights as the learner, and the window's player gets them too.
        played = algo.env_runner.module.get_state()
        acting = {name for name in layers if name.startswith(("pi", "encoder.actor"))}
        assert len(acting) == 2 * len(settings.hidden) + 2 and acting <= set(played)  # it plays without the critic
        for name in acting:
            assert np.allclose(played[name], layers[name]), name
        assert np.allclose(policy_state(algo)[[k for k in played if k.startswith("pi") and k.endswith("weight")][0]], pi)
        assert algo.train()["env_runners"]["num_env_steps_sampled"] >= settings.train_batch * 0.9

        plain = algorithm_config(settings.replace(orthogonal_init=False)).build_algo()
        try:  # without it: torch's own start, whose policy layer is far from even
            first = {n: p.detach().numpy() for n, p in plain.learner_group._learner.module["default_policy"].named_parameters()}
            assert np.linalg.norm([w for n, w in first.items() if n.startswith("pi") and n.endswith("weight")][0]) > 0.1
        finally:
            plain.stop()
    finally:
        algo.stop()
