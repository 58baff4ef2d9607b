"""MountainCar-v0: an underpowered car must rock back and forth to drive up to the flag."""

from __future__ import annotations

from desktop.core.games.spec import GameSpec, Observation
from desktop.core.i18n import QT_TRANSLATE_NOOP

MOUNTAINCAR = GameSpec(
    env_id="MountainCar-v0",
    name=QT_TRANSLATE_NOOP("Games", "Mountain car"),
    goal=QT_TRANSLATE_NOOP("Games", "Drive the weak car up the right-hand hill to the flag: rock back and forth to gain speed."),
    reward_note=QT_TRANSLATE_NOOP("Games", "minus one point for every step until the car reaches the flag"),
    observations=(
        Observation(QT_TRANSLATE_NOOP("Games", "Car position"), QT_TRANSLATE_NOOP("Games", "m"), 0.9, None),
        Observation(QT_TRANSLATE_NOOP("Games", "Car speed"), QT_TRANSLATE_NOOP("Games", "m/s"), 0.07, None, 1.0, 3),
    ),
    actions=(QT_TRANSLATE_NOOP("Games", "push left"), QT_TRANSLATE_NOOP("Games", "no push"), QT_TRANSLATE_NOOP("Games", "push right")),
    max_return=0,
    min_return=-200,
    solved_return=-110,
    max_steps=200,
    fps=30,
    keys=(("Left", 0), ("Right", 2)),
    idle_action=1,
    slug="mountaincar",
    default_algorithm="PPO",
    # rl-baselines3-zoo's PPO setup (their observations are normalised too: here RLlib's MeanStdFilter),
    # with 64 cars at once so that some stumble on the flag early, 2 048 steps per update and a rate of
    # 0.001 (3e-4 took ~1.6x as long). RLlib's DQN (rl-zoo's settings) costs ~40 ms per replayed batch
    # here and had not found the flag in 20 minutes.
    quick=dict(iterations=600, hidden=(64, 64), lr=1e-3, lr_end=None, train_batch=2048, minibatch=256, epochs=4,
               env_runners=0, envs_per_runner=64, gamma=0.99, lambda_=0.98, obs_filter=True),
    quick_note=QT_TRANSLATE_NOOP("Games", "a minute or two: the flag pays only once the car gets there, so the agent must find it first"),
    human_speed=1.0,
    lost_text=QT_TRANSLATE_NOOP("Games", "Out of time"),
    won_text=QT_TRANSLATE_NOOP("Games", "Reached the flag!"),
    score_unit=QT_TRANSLATE_NOOP("Games", "points"),
)
