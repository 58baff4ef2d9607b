"""CartPole-v1 from gymnasium, stepped one frame at a time and drawn by its pygame renderer."""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import gymnasium as gym  # noqa: E402

from desktop.sim.policy import Policy  # noqa: E402

MAX_STEPS = 500
FPS = 50


@dataclass
class StepInfo:
    obs: np.ndarray
    action: int
    reward: float
    done: bool


class CartPoleSim:
    """One CartPole episode at a time, with frames as (400, 600, 3) uint8 arrays."""

    def __init__(self, render: bool = True):
        self.env = gym.make("CartPole-v1", render_mode="rgb_array" if render else None)
        self.obs: np.ndarray = np.zeros(4)
        self.steps = 0
        self.episode_return = 0.0
        self.done = True

    def reset(self, seed: int | None = None) -> np.ndarray:
        self.obs, _ = self.env.reset(seed=seed)
        self.steps = 0
        self.episode_return = 0.0
        self.done = False
        return self.obs

    def step(self, action: int) -> StepInfo:
        obs, reward, terminated, truncated, _ = self.env.step(int(action))
        self.obs = obs
        self.steps += 1
        self.episode_return += float(reward)
        self.done = bool(terminated or truncated)
        return StepInfo(obs, int(action), float(reward), self.done)

    def frame(self) -> np.ndarray:
        return self.env.render()

    def close(self) -> None:
        self.env.close()


def play_episodes(policy: Policy, episodes: int, seed: int | None = None) -> list[float]:
    """Play whole episodes without drawing; returns each episode's reward."""
    sim = CartPoleSim(render=False)
    rewards = []
    try:
        for i in range(episodes):
            sim.reset(seed=None if seed is None else seed + i)
            while not sim.done:
                sim.step(policy.act(sim.obs))
            rewards.append(sim.episode_return)
    finally:
        sim.close()
    return rewards
