"""Connector pieces that stand in for RLlib's default ones when PPO plays a game with buttons.

Between every step of the games, RLlib's EnvRunner passes the observations to the policy and the
policy's answer back to the games through two connector pipelines. By default each is five or six
general pieces (for many agents, recurrent networks, continuous actions) and each piece is timed:
for CartPole that is ~0.7 ms of a ~1.5 ms step of 32 games, about a fifth of a training iteration.
A feed-forward policy that picks one of a few buttons needs much less: stack the latest observations
into one tensor, then draw a button from the policy's logits. `LatestObservations` and `DrawButtons` do
that and nothing more (a grid world's cells become one-hot in `OneHotCells` first); RLlib's EnvRunner,
episodes, metrics and learner are unchanged, and the pieces play bit for bit as RLlib's own (a test
compares them). `algorithm_config` uses them only where they apply: PPO on a catalog game with buttons.
"""

from __future__ import annotations

from typing import Any

import gymnasium as gym
import numpy as np
import torch
from ray.rllib.connectors.connector_v2 import ConnectorV2
from ray.rllib.core.columns import Columns


class OneHotCells(ConnectorV2):
    """A grid world's cell number seen as a one-hot vector, written back into the episodes the learner reads.

    What RLlib's FlattenObservations does for a Discrete observation (same output space, same vectors),
    without its general machinery for nested spaces and many agents."""

    def recompute_output_observation_space(self, input_observation_space: Any, input_action_space: Any) -> Any:
        self._cells = np.eye(int(input_observation_space.n), dtype=np.float32)
        return gym.spaces.Box(float("-inf"), float("inf"), (int(input_observation_space.n),), np.float32)

    def __call__(self, *, rl_module: Any, batch: dict[str, Any], episodes: list[Any], **kwargs: Any) -> Any:
        for episode in episodes:
            episode.set_observations(at_indices=-1, new_data=self._cells[episode.get_observations(-1)])
            episode.observation_space = self.observation_space
        return batch


class LatestObservations(ConnectorV2):
    """The games' latest observations (after any earlier piece, such as one-hot), as one float tensor."""

    def __call__(self, *, rl_module: Any, batch: dict[str, Any], episodes: list[Any], **kwargs: Any) -> Any:
        observations = np.stack([episode.get_observations(-1) for episode in episodes])
        batch[Columns.OBS] = torch.from_numpy(observations).float()
        return batch


class DrawButtons(ConnectorV2):
    """A button per game drawn from the policy's logits (the likeliest when not exploring), with its log-probability.

    As RLlib's GetActions with a categorical distribution, but straight to numpy arrays the vector env
    and the episodes take (RLlib's own pieces also unbatch to per-game lists and batch them again)."""

    def __call__(self, *, rl_module: Any, batch: dict[str, Any], episodes: list[Any], explore: bool | None = None, **kwargs: Any) -> Any:
        logits = batch[Columns.ACTION_DIST_INPUTS]
        # The very draw torch's Categorical makes (RLlib's sampler): the same buttons for the same seed.
        log_probs = logits - logits.logsumexp(dim=-1, keepdim=True)
        buttons = torch.multinomial(torch.softmax(log_probs, dim=-1), 1, True).squeeze(-1) if explore else logits.argmax(dim=-1)
        out = {key: value.detach().numpy() if isinstance(value, torch.Tensor) else value for key, value in batch.items()}
        out[Columns.ACTIONS] = buttons.numpy()
        out[Columns.ACTION_LOGP] = log_probs.gather(-1, buttons.unsqueeze(-1)).squeeze(-1).numpy()
        return out
