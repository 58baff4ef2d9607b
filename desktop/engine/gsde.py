"""PPO with state-dependent exploration (gSDE, Raffin et al. 2021), as Stable-Baselines3's `use_sde` explores.

RLlib's PPO explores an amount (a continuous action) with fresh Gaussian noise at every step, so a
pendulum's motor jitters and seldom swings it up. gSDE draws a noise matrix W every few steps
(per game copy) and plays mean + latent · W, where `latent` is the policy network's last hidden
layer: the same situation gets the same push until W is drawn again, a smooth, deliberate kind of
trying. Its spread is learnt: a parameter `sde_log_std` (latent size x actions); the action's
probability is a Gaussian with variance (latent²) · exp(sde_log_std)², so PPO's loss is unchanged.

The module keeps RLlib's PPO network as it is (the policy head's first half is the mean, as the
window's numpy player reads it; its second half goes unused), adding only that parameter.
"""

from __future__ import annotations

from typing import Any

import torch
from ray.rllib.algorithms.ppo.torch.default_ppo_torch_rl_module import DefaultPPOTorchRLModule
from ray.rllib.core.columns import Columns
from ray.rllib.core.models.base import ACTOR, CRITIC, ENCODER_OUT

SAMPLE_EVERY = 4  # steps between new noise matrices (Stable-Baselines3's rl-zoo setting for Pendulum)
LOG_STD_START = -2.0  # the spread's starting log (per latent unit); latents are tanh's, so ~exp(-2)·sqrt(units)
EPSILON = 1e-6  # keeps the variance above zero


class StateDependentPPO(DefaultPPOTorchRLModule):
    """RLlib's default PPO module, exploring by gSDE (amounts only)."""

    def setup(self) -> None:
        super().setup()
        latent = self.model_config["fcnet_hiddens"][-1]
        self.actions = int(self.action_space.shape[0])
        self.sde_log_std = torch.nn.Parameter(torch.full((latent, self.actions), LOG_STD_START))
        self._noise: torch.Tensor | None = None  # one matrix per game copy, drawn every SAMPLE_EVERY steps
        self._steps = 0

    def _mean_and_log_std(self, latent: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        mean = self.pi(latent)[..., : self.actions]
        # The spread follows the situation but is not a way for the loss to move the policy's layers.
        variance = (latent.detach() ** 2) @ torch.exp(2 * self.sde_log_std)
        return mean, 0.5 * torch.log(variance + EPSILON)

    def _forward(self, batch: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        latent = self.encoder(batch)[ENCODER_OUT][ACTOR]
        return {Columns.ACTION_DIST_INPUTS: torch.cat(self._mean_and_log_std(latent), -1)}

    def _forward_train(self, batch: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        encoded = self.encoder(batch)[ENCODER_OUT]
        return {
            Columns.EMBEDDINGS: encoded[CRITIC],
            Columns.ACTION_DIST_INPUTS: torch.cat(self._mean_and_log_std(encoded[ACTOR]), -1),
        }

    def _forward_exploration(self, batch: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        with torch.no_grad():
            latent = self.encoder(batch)[ENCODER_OUT][ACTOR]
            mean, log_std = self._mean_and_log_std(latent)
            copies = latent.shape[0]
            if self._noise is None or self._noise.shape[0] != copies or self._steps % SAMPLE_EVERY == 0:
                self._noise = torch.randn((copies, *self.sde_log_std.shape)) * torch.exp(self.sde_log_std)
            self._steps += 1
            actions = mean + torch.bmm(latent.unsqueeze(1), self._noise).squeeze(1)
            logp = torch.distributions.Normal(mean, torch.exp(log_std)).log_prob(actions).sum(-1)
        return {Columns.ACTION_DIST_INPUTS: torch.cat((mean, log_std), -1), Columns.ACTIONS: actions, Columns.ACTION_LOGP: logp}
