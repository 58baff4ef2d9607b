"""Acrobot-v1: swing a two-link arm, moved only at its elbow, until its end is above the line."""

from __future__ import annotations

import math

from desktop.core.games.spec import GameSpec, Observation
from desktop.core.i18n import QT_TRANSLATE_NOOP

DEGREES = 180 / math.pi

ACROBOT = GameSpec(
    env_id="Acrobot-v1",
    name=QT_TRANSLATE_NOOP("Games", "Acrobot"),
    goal=QT_TRANSLATE_NOOP("Games", "Swing the two-link arm, pushing only at its elbow, until its end rises above the line."),
    reward_note=QT_TRANSLATE_NOOP("Games", "minus one point for every step until the arm's end is above the line"),
    observations=(
        Observation(QT_TRANSLATE_NOOP("Games", "Upper link: cos"), "", 1.0),
        Observation(QT_TRANSLATE_NOOP("Games", "Upper link: sin"), "", 1.0),
        Observation(QT_TRANSLATE_NOOP("Games", "Lower link: cos"), "", 1.0),
        Observation(QT_TRANSLATE_NOOP("Games", "Lower link: sin"), "", 1.0),
        Observation(QT_TRANSLATE_NOOP("Games", "Upper link speed"), QT_TRANSLATE_NOOP("Games", "°/s"), 4 * math.pi, None, DEGREES, 0),
        Observation(QT_TRANSLATE_NOOP("Games", "Lower link speed"), QT_TRANSLATE_NOOP("Games", "°/s"), 9 * math.pi, None, DEGREES, 0),
    ),
    actions=(QT_TRANSLATE_NOOP("Games", "swing left"), QT_TRANSLATE_NOOP("Games", "rest"), QT_TRANSLATE_NOOP("Games", "swing right")),
    max_return=0,
    min_return=-500,
    solved_return=-100,
    max_steps=500,
    fps=15,
    keys=(("Left", 0), ("Right", 2)),
    idle_action=1,
    slug="acrobot",
    default_algorithm="PPO",
    quick=dict(iterations=60, hidden=(64, 64), lr=2e-3, lr_end=1e-4, lr_decay_steps=150_000, train_batch=2000,
               minibatch=500, epochs=6, envs_per_runner=8, gamma=0.99, lambda_=0.95, entropy_coeff=0.0),
    quick_note=QT_TRANSLATE_NOOP("Games", "about a minute on a laptop"),
    human_speed=1.0,
    lost_text=QT_TRANSLATE_NOOP("Games", "Out of time"),
    won_text=QT_TRANSLATE_NOOP("Games", "Above the line!"),
    score_unit=QT_TRANSLATE_NOOP("Games", "points"),
)
