"""PPO exploring by state-dependent noise (gSDE, Pendulum's Quick demo): what the EnvRunner plays, what PPO learns."""

from __future__ import annotations

import numpy as np
import torch
from ray.rllib.core.columns import Columns
from ray.rllib.models.torch.torch_distributions import TorchDiagGaussian

from desktop.core.games import game
from desktop.core.settings import preset
from desktop.engine.algorithms import algorithm_config, policy_state
from desktop.engine.gsde import LOG_STD_START, SAMPLE_EVERY, StateDependentPPO
from desktop.sim.policy import NumpyPolicy


def test_state_dependent_exploration_holds_its_push_learns_its_spread_and_plays_in_the_window(ray_runtime):
    spec = game("Pendulum-v1")
    settings = preset("quick", spec.env_id).replace(train_batch=400, minibatch=200, epochs=2, envs_per_runner=4, seed=3)
    assert settings.gsde
    algo = algorithm_config(settings).build_algo()
    try:
        learner_module = algo.learner_group._learner.module["default_policy"]
        player = algo.env_runner.module
        assert isinstance(learner_module, StateDependentPPO) and isinstance(player, StateDependentPPO)
        assert torch.all(player.sde_log_std == LOG_STD_START)

        # The same situation gets the same push until the noise is drawn again, SAMPLE_EVERY steps later.
        obs = torch.tensor(np.random.default_rng(0).uniform(-1, 1, (5, spec.obs_size)), dtype=torch.float32)
        player._steps, player._noise = 0, None
        played = [player.forward_exploration({Columns.OBS: obs}) for _ in range(SAMPLE_EVERY + 1)]
        actions = [out[Columns.ACTIONS] for out in played]
        assert all(torch.equal(actions[0], a) for a in actions[1:SAMPLE_EVERY])
        assert not torch.allclose(actions[0], actions[SAMPLE_EVERY])
        assert not torch.allclose(actions[0][0], actions[0][1])  # each game copy has its own push
        # PPO's ratio needs the played move's probability under the distribution the loss rebuilds.
        rebuilt = TorchDiagGaussian.from_logits(played[0][Columns.ACTION_DIST_INPUTS]).logp(actions[0])
        assert torch.allclose(rebuilt, played[0][Columns.ACTION_LOGP], atol=1e-4)

        result = algo.train()
        assert result["env_runners"]["num_env_steps_sampled"] >= settings.train_batch * 0.9
        learnt = learner_module.sde_log_std.detach()
        assert not torch.all(learnt == LOG_STD_START)  # the spread is learnt...
        assert torch.allclose(player.sde_log_std, learnt)  # ...and the EnvRunner plays with it

        # The window's numpy player plays the policy's mean, as RLlib's greedy play does.
        numpy_player = NumpyPolicy(policy_state(algo), spec)
        greedy = player.forward_inference({Columns.OBS: obs})[Columns.ACTION_DIST_INPUTS][:, :1].numpy()
        for row, mean in zip(obs.numpy(), greedy, strict=True):
            expected = spec.action_low + (np.clip(mean, -1, 1) + 1) * (spec.action_high - spec.action_low) / 2
            assert np.allclose(numpy_player.act(row), expected, atol=1e-4)
    finally:
        algo.stop()
