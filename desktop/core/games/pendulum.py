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
    default_algorithm="PPO",
    # RLlib's own tuned PPO example for Pendulum (20 pendulums, 4 000-step batches, a short advantage
    # horizon) with lambda 0.2 and no cap on the value loss: the chart crossed -200 in 47-172 s in 5 of 5
    # benchmark seeds (lambda 0.1 with RLlib's cap of 10: 1 of 3 within 250 s). A [64, 64] network did not
    # learn it. RLlib's SAC needs ~40 ms per replayed batch here (~15 minutes) and is one choice away.
    quick=dict(iterations=200, hidden=(256, 256), lr=3e-4, lr_end=None, train_batch=4000, minibatch=128, epochs=6,
               env_runners=0, envs_per_runner=20, gamma=0.99, lambda_=0.2, vf_clip=None),
    quick_note=QT_TRANSLATE_NOOP("Games", "two or three minutes on a 2-core laptop"),
    lost_text=QT_TRANSLATE_NOOP("Games", "Not upright yet"),
    won_text=QT_TRANSLATE_NOOP("Games", "Held it up!"),
    score_unit=QT_TRANSLATE_NOOP("Games", "points"),
)
