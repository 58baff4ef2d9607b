"""Policies that play CartPole without torch: a numpy forward pass of RLlib's small MLP.

The weights are RLlib's RLModule state (numpy arrays): the encoder's tanh layers
`encoder.actor_encoder.net.mlp.{0,2,…}` (or `encoder.encoder…` when the value
function shares them) and the policy head `pi.net.mlp.{0,…}` giving action logits.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Protocol

import numpy as np

_LAYER = re.compile(r"^(?P<stack>.+)\.net\.mlp\.(?P<index>\d+)\.weight$")


class Policy(Protocol):
    def probabilities(self, obs: np.ndarray) -> np.ndarray: ...

    def act(self, obs: np.ndarray) -> int: ...


class PolicyError(ValueError):
    """The weights are not a CartPole policy this app can run; the message is one sentence."""


def _stack(weights: Mapping[str, np.ndarray], prefix: str) -> list[tuple[np.ndarray, np.ndarray]]:
    layers = []
    for key in weights:
        match = _LAYER.match(key)
        if match and match["stack"] == prefix:
            index = int(match["index"])
            bias_key = key[: -len("weight")] + "bias"
            layers.append((index, np.asarray(weights[key], np.float64), np.asarray(weights[bias_key], np.float64)))
    return [(w, b) for _, w, b in sorted(layers, key=lambda layer: layer[0])]


class NumpyPolicy:
    """Greedy (argmax) play from RLlib PPO weights."""

    def __init__(self, weights: Mapping[str, np.ndarray], obs_size: int = 4, actions: int = 2):
        encoder_prefix = "encoder.actor_encoder" if any(k.startswith("encoder.actor_encoder.") for k in weights) else "encoder.encoder"
        self.encoder = _stack(weights, encoder_prefix)
        self.head = _stack(weights, "pi")
        if not self.encoder or not self.head:
            raise PolicyError("These weights are not an RLlib PPO policy with a fully connected network.")
        if self.encoder[0][0].shape[1] != obs_size or self.head[-1][0].shape[0] != actions:
            raise PolicyError(
                f"This policy expects {self.encoder[0][0].shape[1]} observations and "
                f"{self.head[-1][0].shape[0]} actions, but CartPole has {obs_size} and {actions}."
            )
        self.hidden = tuple(w.shape[0] for w, _ in self.encoder)

    def logits(self, obs: np.ndarray) -> np.ndarray:
        x = np.asarray(obs, np.float64)
        for w, b in self.encoder:
            x = np.tanh(w @ x + b)
        for i, (w, b) in enumerate(self.head):
            x = w @ x + b
            if i < len(self.head) - 1:
                x = np.maximum(x, 0.0)
        return x

    def probabilities(self, obs: np.ndarray) -> np.ndarray:
        z = self.logits(obs)
        e = np.exp(z - z.max())
        return e / e.sum()

    def act(self, obs: np.ndarray) -> int:
        return int(np.argmax(self.logits(obs)))


class RandomPolicy:
    """Coin flips: what an untrained agent looks like."""

    def __init__(self, seed: int | None = None, actions: int = 2):
        self.rng = np.random.default_rng(seed)
        self.actions = actions

    def probabilities(self, obs: np.ndarray) -> np.ndarray:
        return np.full(self.actions, 1.0 / self.actions)

    def act(self, obs: np.ndarray) -> int:
        return int(self.rng.integers(self.actions))
