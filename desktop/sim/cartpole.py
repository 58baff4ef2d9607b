"""CartPole's own bits that the generic game player does not know: the push and the picture's geometry."""

from __future__ import annotations

from typing import Any

import numpy as np

from desktop.core.games.cartpole import ANGLE_LIMIT, X_LIMIT

__all__ = ["ANGLE_LIMIT", "FRAME_WIDTH", "PUSH_STRENGTH", "X_LIMIT", "cart_pixel_x", "push_pole"]

FRAME_WIDTH, FRAME_HEIGHT = 600, 400  # gymnasium's renderer: the track is +-2.4 m wide on 600 pixels
# A push adds this much angular velocity (rad/s): a trained agent recovers, a random one falls.
PUSH_STRENGTH = 1.0


def push_pole(env: Any, strength: float) -> None:
    """Add to the pole's angular velocity (positive tips it to the right): the next step's physics feel it."""
    state = np.array(env.state, dtype=np.float64)
    state[3] += strength * PUSH_STRENGTH
    env.state = state


def cart_pixel_x(x: float) -> float:
    """Where gymnasium's renderer draws the cart's centre, in pixels of the 600-wide frame."""
    return x * FRAME_WIDTH / (2 * X_LIMIT) + FRAME_WIDTH / 2
