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
# CartPole-v1's geometry (gymnasium's renderer): the track is +-2.4 m wide on a 600-pixel frame.
X_LIMIT = 2.4
ANGLE_LIMIT = 12 * 2 * np.pi / 360
FRAME_WIDTH, FRAME_HEIGHT = 600, 400
# A push adds this much angular velocity (rad/s): a trained agent recovers, a random one falls.
PUSH_STRENGTH = 1.0
OBSERVATION_NAMES = ("cart position", "cart velocity", "pole angle", "pole angular velocity")


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
        self.states: list[np.ndarray] = []  # the episode so far: enough to draw it again (export)
        self.pushes = 0

    def reset(self, seed: int | None = None) -> np.ndarray:
        self.obs, _ = self.env.reset(seed=seed)
        self.steps = 0
        self.episode_return = 0.0
        self.done = False
        self.pushes = 0
        self.states = [self.state]
        return self.obs

    def step(self, action: int) -> StepInfo:
        obs, reward, terminated, truncated, _ = self.env.step(int(action))
        self.obs = obs
        self.steps += 1
        self.episode_return += float(reward)
        self.done = bool(terminated or truncated)
        self.states.append(self.state)
        return StepInfo(obs, int(action), float(reward), self.done)

    @property
    def state(self) -> np.ndarray:
        """The physics state (x, x_dot, theta, theta_dot) as float64, a copy."""
        return np.array(self.env.unwrapped.state, dtype=np.float64)

    def set_state(self, state: np.ndarray) -> None:
        self.env.unwrapped.state = np.array(state, dtype=np.float64)
        self.obs = np.array(state, dtype=np.float32)

    def push(self, angular_velocity: float = PUSH_STRENGTH) -> np.ndarray:
        """Nudge the pole: add to its angular velocity (positive tips it to the right). Returns the new state.

        This changes the environment itself, so the next step's physics (and the agent) feel the push.
        """
        if self.done:
            return self.state
        state = self.state
        state[3] += angular_velocity
        self.set_state(state)
        self.pushes += 1
        return state

    def frame(self) -> np.ndarray:
        return self.env.render()

    def frame_of(self, state: np.ndarray) -> np.ndarray:
        """Draw any state with the same renderer (the live state is put back afterwards)."""
        live = self.env.unwrapped.state
        self.env.unwrapped.state = np.asarray(state, dtype=np.float64)
        try:
            return self.env.render()
        finally:
            self.env.unwrapped.state = live

    def close(self) -> None:
        self.env.close()


def cart_pixel_x(x: float) -> float:
    """Where gymnasium's renderer draws the cart's centre, in pixels of the 600-wide frame."""
    return x * FRAME_WIDTH / (2 * X_LIMIT) + FRAME_WIDTH / 2


def record_episodes(policy: Policy, episodes: int, seed: int | None = None) -> list[list[np.ndarray]]:
    """Play whole episodes without drawing; returns each episode's states (its first state included)."""
    sim = CartPoleSim(render=False)
    played = []
    try:
        for i in range(episodes):
            sim.reset(seed=None if seed is None else seed + i)
            while not sim.done:
                sim.step(policy.act(sim.obs))
            played.append(list(sim.states))
    finally:
        sim.close()
    return played


def play_episodes(policy: Policy, episodes: int, seed: int | None = None) -> list[float]:
    """Play whole episodes without drawing; returns each episode's reward (1 per step in CartPole)."""
    return [float(len(states) - 1) for states in record_episodes(policy, episodes, seed)]
