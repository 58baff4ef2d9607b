"""TrainingSettings -> an RLlib PPO config: the one place that speaks RLlib's config API.

Used by the TrainingRun actor, by sweeps and by the benchmark's bare-RLlib baseline,
so the app and the baseline train exactly the same thing.
"""

from __future__ import annotations

import logging
import math
from typing import Any

from desktop.core.metrics import policy_only
from desktop.core.settings import TrainingSettings


def ppo_config(settings: TrainingSettings) -> Any:
    """An RLlib `PPOConfig` for the settings (imports RLlib: call it where training happens)."""
    logging.getLogger("ray.rllib").setLevel(logging.ERROR)
    from ray.rllib.algorithms.ppo import PPOConfig
    from ray.rllib.core.rl_module.default_model_config import DefaultModelConfig

    s = settings
    # RLlib reads a list as a schedule: [[env steps, value], ...], linear in between.
    lr = s.lr if s.lr_end is None else [[0, s.lr], [s.lr_decay_steps, min(s.lr, s.lr_end)]]
    return (
        PPOConfig()
        .environment(s.env)
        .env_runners(num_env_runners=s.env_runners, num_envs_per_env_runner=s.envs_per_runner)
        .training(
            lr=lr,
            train_batch_size=s.train_batch,
            minibatch_size=s.minibatch,
            num_epochs=s.epochs,
            gamma=s.gamma,
            lambda_=s.lambda_,
            entropy_coeff=s.entropy_coeff,
            vf_loss_coeff=s.vf_loss_coeff,
            use_kl_loss=s.kl_loss,
            vf_clip_param=math.inf if s.vf_clip is None else s.vf_clip,
        )
        .rl_module(
            model_config=DefaultModelConfig(
                fcnet_hiddens=list(s.hidden), fcnet_activation="tanh", vf_share_layers=False
            )
        )
        .fault_tolerance(restart_failed_env_runners=True)
        .debugging(log_level="ERROR", seed=s.seed)
    )


def policy_state(algo: Any) -> dict[str, Any]:
    """The policy network's weights as numpy arrays, what a numpy forward pass needs."""
    return policy_only(algo.get_module().get_state())
