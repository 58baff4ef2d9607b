"""PPO whose advantages are standardised per minibatch, as Stable-Baselines3's PPO does.

RLlib 2.60's PPO standardises the advantages (how much better than expected each move went)
once over the whole training batch; Stable-Baselines3 standardises them again inside every
minibatch, just before the loss. With small minibatches (64 moves) that keeps every update's
step the same size whatever the minibatch holds. On LunarLander it is the difference between a
mean return stuck near 150-160 and SB3's pace (README, benchmark). This learner does the same:
it rescales the minibatch's advantages over its played moves (RLlib's appended bootstrap steps
are masked out of the loss, so they are left out of the mean and spread too), then calls RLlib's
own PPO loss.
"""

from __future__ import annotations

from typing import Any

from ray.rllib.algorithms.ppo.torch.ppo_torch_learner import PPOTorchLearner
from ray.rllib.core.columns import Columns
from ray.rllib.evaluation.postprocessing import Postprocessing

EPSILON = 1e-8  # Stable-Baselines3's: keeps a minibatch of equal advantages finite


class MinibatchAdvantagesPPOLearner(PPOTorchLearner):
    """RLlib's PPO learner, standardising the advantages of each minibatch before its loss."""

    def compute_loss_for_module(self, *, module_id: Any, config: Any, batch: dict[str, Any], fwd_out: dict[str, Any]) -> Any:
        advantages = batch[Postprocessing.ADVANTAGES]
        mask = batch.get(Columns.LOSS_MASK)
        played = advantages if mask is None else advantages[mask.bool()]
        if played.numel() > 1:
            batch = {**batch, Postprocessing.ADVANTAGES: (advantages - played.mean()) / (played.std() + EPSILON)}
        return super().compute_loss_for_module(module_id=module_id, config=config, batch=batch, fwd_out=fwd_out)
