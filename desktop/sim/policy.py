"""Policies that play any catalog game without torch: a numpy forward pass of RLlib's small networks.

RLlib's RLModule state (numpy arrays) names its layers `<stack>.net.mlp.{0,2,…}.weight|bias`.
Which stacks are there says which algorithm made it, so a checkpoint needs no label:
- PPO: encoder `encoder.actor_encoder` (or `encoder.encoder` when the value function shares it),
  head `pi` -> action logits (argmax), or for an amount [mean, log std] (the mean is played);
- DQN: encoder `encoder`, head `af` (dueling advantages) or `qf` (Q-values) -> argmax;
- SAC: encoder `pi_encoder`, head `pi` -> [mean, log std]; the played amount is tanh(mean).
Encoders use tanh (RLlib's default network, as the app configures it); heads use relu between layers.
Amounts come out in [-1, 1] and are stretched to the game's range, as RLlib's `normalize_actions` does.
A policy trained on rescaled observations (RLlib's MeanStdFilter) carries the filter's numbers beside
its weights (`desktop.core.metrics.OBS_*`) and sees observations through them, frozen.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol

import numpy as np

from desktop.core.games import GameSpec, game
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.metrics import OBS_CLIP, OBS_SCALE, OBS_SHIFT

_LAYER = re.compile(r"^(?P<stack>.+)\.net\.mlp\.(?P<index>\d+)\.weight$")


class Policy(Protocol):
    def probabilities(self, obs: np.ndarray) -> np.ndarray: ...

    def act(self, obs: np.ndarray) -> Any: ...


class PolicyError(ValueError):
    """The weights are not a policy this app can run for this game; the message is one sentence."""


Layers = list[tuple[np.ndarray, np.ndarray]]


def _stack(weights: Mapping[str, np.ndarray], prefix: str) -> Layers:
    layers = []
    for key in weights:
        match = _LAYER.match(key)
        if match and match["stack"] == prefix:
            index = int(match["index"])
            bias_key = key[: -len("weight")] + "bias"
            layers.append((index, np.asarray(weights[key], np.float64), np.asarray(weights[bias_key], np.float64)))
    return [(w, b) for _, w, b in sorted(layers, key=lambda layer: layer[0])]


def family(weights: Mapping[str, Any]) -> tuple[str, str, str]:
    """(algorithm, encoder stack, head stack) that made these weights; PolicyError if none did."""
    stacks = {m["stack"] for m in map(_LAYER.match, weights) if m}
    for algorithm, encoder, head in (
        ("SAC", "pi_encoder", "pi"),
        ("PPO", "encoder.actor_encoder", "pi"),
        ("PPO", "encoder.encoder", "pi"),
        ("DQN", "encoder", "af"),
        ("DQN", "encoder", "qf"),
    ):
        if encoder in stacks and head in stacks:
            return algorithm, encoder, head
    raise PolicyError(QT_TRANSLATE_NOOP("Messages", "These weights are not an RLlib PPO, DQN or SAC policy with a fully connected network."))


def one_hot(obs: Any, size: int) -> np.ndarray:
    x = np.zeros(size)
    x[int(np.asarray(obs).reshape(-1)[0]) % size] = 1.0
    return x


class NumpyPolicy:
    """Greedy play from RLlib weights: the most likely move, or the mean amount."""

    def __init__(self, weights: Mapping[str, np.ndarray], spec: GameSpec | None = None):
        self.spec = spec or game("CartPole-v1")
        self.algorithm, encoder, head = family(weights)
        self.encoder = _stack(weights, encoder)
        self.head = _stack(weights, head)
        inputs = self.spec.one_hot or self.spec.obs_size
        outputs = 2 * len(self.spec.actions) if self.spec.continuous else len(self.spec.actions)
        if self.encoder[0][0].shape[1] != inputs or self.head[-1][0].shape[0] != outputs:
            raise PolicyError(Sentence(
                QT_TRANSLATE_NOOP("Messages", "This policy expects {got_in} observations and gives {got_out} outputs, but {game} needs {inputs} and {outputs}."),
                got_in=self.encoder[0][0].shape[1], got_out=self.head[-1][0].shape[0], game=self.spec.name, inputs=inputs, outputs=outputs,
            ))
        self.hidden = tuple(w.shape[0] for w, _ in self.encoder)
        # Trained on rescaled observations (RLlib's MeanStdFilter): the same numbers, frozen.
        self.obs_filter = None
        if OBS_SHIFT in weights and np.shape(weights[OBS_SHIFT]) == (self.spec.obs_size,) and not self.spec.one_hot:
            self.obs_filter = tuple(np.asarray(weights[k], np.float64).reshape(-1) for k in (OBS_SHIFT, OBS_SCALE, OBS_CLIP))

    def outputs(self, obs: np.ndarray) -> np.ndarray:
        x = one_hot(obs, self.spec.one_hot) if self.spec.one_hot else np.asarray(obs, np.float64).reshape(-1)
        if self.obs_filter is not None:
            shift, scale, clip = self.obs_filter
            x = np.clip((x - shift) / scale, -clip[0], clip[0])
        for w, b in self.encoder:
            x = np.tanh(w @ x + b)
        for i, (w, b) in enumerate(self.head):
            x = w @ x + b
            if i < len(self.head) - 1:
                x = np.maximum(x, 0.0)
        return x

    logits = outputs  # a discrete PPO policy's outputs are its action logits

    def probabilities(self, obs: np.ndarray) -> np.ndarray:
        """Discrete: how strongly the policy favours each move (softmax); continuous: the amount in [0, 1] per dimension."""
        z = self.outputs(obs)
        if self.spec.continuous:
            return (self._unit_amount(z) + 1) / 2
        e = np.exp(z - z.max())
        return e / e.sum()

    def _unit_amount(self, z: np.ndarray) -> np.ndarray:
        mean = z[: len(self.spec.actions)]
        return np.tanh(mean) if self.algorithm == "SAC" else np.clip(mean, -1.0, 1.0)

    def act(self, obs: np.ndarray) -> Any:
        z = self.outputs(obs)
        if not self.spec.continuous:
            return int(np.argmax(z))
        low, high = self.spec.action_low, self.spec.action_high
        return (low + (self._unit_amount(z) + 1) * (high - low) / 2).astype(np.float32)


class RandomPolicy:
    """Random moves: what an untrained agent looks like."""

    def __init__(self, seed: int | None = None, actions: int = 2, spec: GameSpec | None = None):
        self.rng = np.random.default_rng(seed)
        self.spec = spec
        self.actions = len(spec.actions) if spec is not None else actions

    def probabilities(self, obs: np.ndarray) -> np.ndarray:
        return np.full(self.actions, 1.0 / self.actions) if not self._continuous else np.full(self.actions, 0.5)

    @property
    def _continuous(self) -> bool:
        return self.spec is not None and self.spec.continuous

    def act(self, obs: np.ndarray) -> Any:
        if self._continuous:
            assert self.spec is not None
            return self.rng.uniform(self.spec.action_low, self.spec.action_high, self.actions).astype(np.float32)
        return int(self.rng.integers(self.actions))


def recognise_game(weights: Mapping[str, np.ndarray]) -> GameSpec:
    """The catalog game a policy was trained on, told by its inputs and outputs (each game's differ)."""
    from desktop.core.games import GAMES

    for spec in GAMES.values():
        try:
            NumpyPolicy(weights, spec)
        except PolicyError:
            continue
        return spec
    family(weights)  # says so if these are no policy at all
    raise PolicyError(QT_TRANSLATE_NOOP("Messages", "This policy fits none of RL Playground's games; name its game with --env."))


def policy_for(weights: Mapping[str, np.ndarray], env_id: str | None = None) -> NumpyPolicy:
    """A greedy policy for the named game, or for the catalog game its weights fit."""
    return NumpyPolicy(weights, game(env_id) if env_id else recognise_game(weights))
