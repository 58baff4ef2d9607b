"""Acrobot-v1: swing a two-link arm, moved only at its elbow, until its end is above the line."""

from __future__ import annotations

import math

from desktop.core.games.spec import GameSpec, Observation

DEGREES = 180 / math.pi

ACROBOT = GameSpec(
    env_id="Acrobot-v1",
    name="Acrobot",
    goal="Swing the two-link arm, pushing only at its elbow, until its end rises above the line.",
    reward_note="minus one point for every step until the arm's end is above the line",
    observations=(
        Observation("Upper link: cos", "", 1.0),
        Observation("Upper link: sin", "", 1.0),
        Observation("Lower link: cos", "", 1.0),
        Observation("Lower link: sin", "", 1.0),
        Observation("Upper link speed", "°/s", 4 * math.pi, None, DEGREES, 0),
        Observation("Lower link speed", "°/s", 9 * math.pi, None, DEGREES, 0),
    ),
    actions=("swing left", "rest", "swing right"),
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
    quick_note="about a minute on a laptop",
    human_speed=1.0,
    lost_text="Out of time",
    won_text="Above the line!",
    score_unit="points",
)
