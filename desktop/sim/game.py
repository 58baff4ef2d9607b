"""Any catalog game from gymnasium, stepped one frame at a time and drawn by gymnasium's own renderer.

An episode is remembered as what makes it happen again exactly — its seed, the actions and the
pushes — not as pictures: a GIF or a replay steps the same game again and draws it then.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import numpy as np

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import gymnasium as gym  # noqa: E402

from desktop.core.errors import UserError  # noqa: E402
from desktop.core.games import GameSpec, game  # noqa: E402
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.sim import pushes  # noqa: E402


class GameError(UserError):
    """The environment cannot be made here; the message is one sentence."""


def check_env_id(env_id: str) -> GameSpec:
    """The game's spec if gymnasium knows the id (a catalog game or any registered one), else one sentence."""
    spec = game(env_id)
    if spec.env_id not in gym.registry:
        raise GameError(Sentence(QT_TRANSLATE_NOOP("Messages", "Gymnasium has no environment named '{value}'; `rl-playground games` lists RL Playground's."), value=env_id[:60]))
    return spec


def make_env(spec: GameSpec, render: bool) -> Any:
    try:
        return gym.make(spec.env_id, render_mode="rgb_array" if render else None, **spec.env_config)
    except (gym.error.Error, ImportError, ModuleNotFoundError) as exc:
        raise GameError(Sentence(QT_TRANSLATE_NOOP("Messages", "{name} cannot start here ({value})."), name=spec.name, value=str(exc).splitlines()[0][:120])) from None


@dataclass
class Episode:
    """One episode, replayable: the same seed, actions and pushes give the same game."""

    env_id: str
    seed: int | None
    actions: list[Any] = field(default_factory=list)
    pushes: dict[int, float] = field(default_factory=dict)  # step index -> push strength before that step
    episode_return: float = 0.0

    @property
    def steps(self) -> int:
        return len(self.actions)


@dataclass
class StepInfo:
    obs: np.ndarray
    action: Any
    reward: float
    done: bool


class GameSim:
    """One episode at a time of a game, with frames as (height, width, 3) uint8 arrays."""

    def __init__(self, env_id: str, render: bool = True):
        self.spec = game(env_id)
        self.env = make_env(self.spec, render)
        self.obs: np.ndarray = np.zeros(max(self.spec.obs_size, 1))
        self.steps = 0
        self.episode_return = 0.0
        self.done = True
        self.episode = Episode(self.spec.env_id, None)
        self.push_count = 0  # pushes this episode (two in one step share one entry of `episode.pushes`)

    def reset(self, seed: int | None = None) -> np.ndarray:
        obs, _ = self.env.reset(seed=seed)
        self.obs = np.asarray(obs)
        self.steps = 0
        self.episode_return = 0.0
        self.done = False
        self.episode = Episode(self.spec.env_id, seed)
        self.push_count = 0
        return self.obs

    def step(self, action: Any) -> StepInfo:
        action = self._valid(action)
        obs, reward, terminated, truncated, _ = self.env.step(action)
        self.obs = np.asarray(obs)
        self.steps += 1
        self.episode_return += float(reward)
        self.done = bool(terminated or truncated)
        self.episode.actions.append(action.tolist() if isinstance(action, np.ndarray) else action)
        self.episode.episode_return = self.episode_return
        return StepInfo(self.obs, action, float(reward), self.done)

    def _valid(self, action: Any) -> Any:
        if self.spec.continuous or isinstance(action, (list, tuple, np.ndarray)) and np.ndim(action) > 0:
            space = self.env.action_space
            return np.clip(np.asarray(action, np.float32).reshape(space.shape), space.low, space.high)
        return int(action)

    @property
    def can_push(self) -> bool:
        return self.spec.env_id in pushes.PUSHES

    def push(self, strength: float) -> None:
        """Nudge the game (CartPole: the pole) through its physics; the agent feels it at the next step."""
        if self.done or not self.can_push:
            return
        pushes.PUSHES[self.spec.env_id](self.env.unwrapped, strength)
        self.obs = np.asarray(pushes.observation(self.env.unwrapped, self.obs))
        self.episode.pushes[self.steps] = self.episode.pushes.get(self.steps, 0.0) + strength
        self.push_count += 1

    def frame(self) -> np.ndarray:
        return self.env.render()

    def close(self) -> None:
        self.env.close()


@dataclass
class GameClock:
    """Real-time pacing for a game shown to people: how many steps are due, at the game's own pace times `speed`.

    The clock follows real time, not timer ticks, so a late tick never costs a step; after a stall longer
    than `max_catch_up_s` the game resumes instead of jumping ahead.
    """

    fps: float
    speed: float = 1.0
    max_catch_up_s: float = 0.1
    _budget: float = 0.0

    def due(self, elapsed_s: float) -> int:
        self._budget += min(elapsed_s, self.max_catch_up_s) * self.fps * self.speed
        steps = int(self._budget)
        self._budget -= steps
        return steps

    def reset(self) -> None:
        self._budget = 0.0


def replay(episode: Episode, render: bool = True) -> Any:
    """Yield (sim, step) after the reset and after each step of a recorded episode, the same game again."""
    sim = GameSim(episode.env_id, render=render)
    try:
        sim.reset(seed=episode.seed)
        yield sim, 0
        for i, action in enumerate(episode.actions):
            if i in episode.pushes:
                sim.push(episode.pushes[i])
            sim.step(action)
            yield sim, i + 1
    finally:
        sim.close()


def play(policy: Any, env_id: str, episodes: int, seed: int | None = None, max_steps: int | None = None) -> list[Episode]:
    """Play whole episodes without drawing (or stop each after `max_steps`); returns them, replayable."""
    sim = GameSim(env_id, render=False)
    played = []
    try:
        for i in range(episodes):
            sim.reset(seed=None if seed is None else seed + i)
            while not sim.done and (max_steps is None or sim.steps < max_steps):
                sim.step(policy.act(sim.obs))
            played.append(sim.episode)
    finally:
        sim.close()
    return played


def play_returns(policy: Any, env_id: str, episodes: int, seed: int | None = None) -> list[float]:
    return [e.episode_return for e in play(policy, env_id, episodes, seed)]
