"""CartPole-v1: balance a pole on a cart. The app's first game and its default."""

from __future__ import annotations

import math

from desktop.core.games.spec import GameSpec, Observation
from desktop.core.i18n import QT_TRANSLATE_NOOP

ANGLE_LIMIT = 12 * 2 * math.pi / 360  # gymnasium ends the episode beyond 12 degrees
X_LIMIT = 2.4  # ... or when the cart leaves the +-2.4 m track
DEGREES = 180 / math.pi

CARTPOLE = GameSpec(
    env_id="CartPole-v1",
    name=QT_TRANSLATE_NOOP("Games", "CartPole"),
    goal=QT_TRANSLATE_NOOP("Games", "Keep the pole upright by pushing the cart left or right."),
    reward_note=QT_TRANSLATE_NOOP("Games", "one point for every step the pole stays up"),
    observations=(
        Observation(QT_TRANSLATE_NOOP("Games", "Cart position"), QT_TRANSLATE_NOOP("Games", "m"), X_LIMIT * 1.1, X_LIMIT),
        Observation(QT_TRANSLATE_NOOP("Games", "Cart speed"), QT_TRANSLATE_NOOP("Games", "m/s"), 3.0),
        Observation(QT_TRANSLATE_NOOP("Games", "Pole angle"), QT_TRANSLATE_NOOP("Games", "°"), ANGLE_LIMIT * 1.25, ANGLE_LIMIT, DEGREES, 1),
        Observation(QT_TRANSLATE_NOOP("Games", "Pole tipping speed"), QT_TRANSLATE_NOOP("Games", "°/s"), 3.5, None, DEGREES, 0),
    ),
    actions=(QT_TRANSLATE_NOOP("Games", "left"), QT_TRANSLATE_NOOP("Games", "right")),
    max_return=500,
    min_return=0,
    solved_return=475,
    max_steps=500,
    fps=50,
    keys=(("Left", 0), ("Right", 1)),
    push=True,
    slug="cartpole",
    default_algorithm="PPO",
    quick={},  # TrainingSettings' own defaults are CartPole's Quick demo (issues #8 and #14)
    quick_note=QT_TRANSLATE_NOOP("Games", "about 10 seconds on a laptop"),
    vector_env=True,  # gymnasium's CartPoleVectorEnv: 32 carts in one numpy step
    human_speed=0.25,  # CartPole at real speed is too fast for people
    lost_text=QT_TRANSLATE_NOOP("Games", "The pole fell"),
    won_text=QT_TRANSLATE_NOOP("Games", "Kept it up!"),
    survival=True,
    score_unit=QT_TRANSLATE_NOOP("Games", "steps"),
)
