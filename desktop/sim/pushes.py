"""The games a person can push, one entry per game; the physics of each push lives in that game's file."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from desktop.sim import cartpole

# env id -> push(unwrapped env, strength): changes the environment's own state.
PUSHES: dict[str, Callable[[Any, float], None]] = {"CartPole-v1": cartpole.push_pole}


def click_direction(env_id: str, frame_x: float, obs: np.ndarray) -> int:
    """A click on the picture pushes away from where it lands: left of CartPole's cart tips the pole right."""
    if env_id == "CartPole-v1":
        return 1 if frame_x < cartpole.cart_pixel_x(float(obs[0])) else -1
    return 1


def drag_push(frame_dx: float) -> tuple[int, float]:
    """A drag across the picture pushes its way, harder the longer it is: (direction, strength)."""
    return (1 if frame_dx > 0 else -1), float(np.clip(abs(frame_dx) / 150, 0.3, 2.5))


def observation(env: Any, obs: np.ndarray) -> np.ndarray:
    """What the agent sees after a push (the games above observe their raw state)."""
    return np.asarray(env.state, dtype=np.float32)
