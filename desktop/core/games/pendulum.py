"""Pendulum-v1: swing a pendulum up and hold it upright with a motor of limited torque (an amount, not a move)."""

from __future__ import annotations

from desktop.core.games.spec import GameSpec, Observation
from desktop.core.i18n import QT_TRANSLATE_NOOP

PENDULUM = GameSpec(
    env_id="Pendulum-v1",
    name=QT_TRANSLATE_NOOP("Games", "Pendulum"),
    goal=QT_TRANSLATE_NOOP("Games", "Swing the pendulum up and hold it upright, using as little motor force as possible."),
    reward_note=QT_TRANSLATE_NOOP("Games", "a penalty each step for being away from upright, for speed and for motor force"),
    observations=(
        Observation(QT_TRANSLATE_NOOP("Games", "Angle: cos"), "", 1.0),
        Observation(QT_TRANSLATE_NOOP("Games", "Angle: sin"), "", 1.0),
        Observation(QT_TRANSLATE_NOOP("Games", "Spin"), QT_TRANSLATE_NOOP("Games", "rad/s"), 8.0),
    ),
    actions=(QT_TRANSLATE_NOOP("Games", "motor torque"),),
    continuous=True,
    action_low=-2.0,
    action_high=2.0,
    max_return=0,
    min_return=-1600,
    solved_return=-200,
    max_steps=200,
    fps=30,
    slug="pendulum",
    default_algorithm="SAC",
    # RLlib's own tuned Pendulum example: a slower actor than critic and alpha, n-step returns of 2 to 5.
    quick=dict(iterations=100, hidden=(256, 256), lr=2e-4, train_batch=256, gamma=0.99, steps_per_iteration=1000,
               replay_buffer=100_000, learning_starts=256, tau=0.005, initial_alpha=1.001, envs_per_runner=1,
               extra={"critic_lr": 8e-4, "alpha_lr": 9e-4, "n_step": [2, 5], "target_network_update_freq": 1}),
    quick_note=QT_TRANSLATE_NOOP("Games", "long — about 15 minutes on a 2-core laptop (RLlib's SAC learns after every single step)"),
    lost_text=QT_TRANSLATE_NOOP("Games", "Not upright yet"),
    won_text=QT_TRANSLATE_NOOP("Games", "Held it up!"),
    score_unit=QT_TRANSLATE_NOOP("Games", "points"),
)
