"""LunarLander-v3: land a small craft softly between the flags, with a main engine and two side engines."""

from __future__ import annotations

from desktop.core.games.spec import GameSpec, Observation
from desktop.core.i18n import QT_TRANSLATE_NOOP

LUNARLANDER = GameSpec(
    env_id="LunarLander-v3",
    name=QT_TRANSLATE_NOOP("Games", "Lunar lander"),
    goal=QT_TRANSLATE_NOOP("Games", "Land the craft softly between the two flags, firing the main and side engines as little as possible."),
    reward_note=QT_TRANSLATE_NOOP("Games", "points for getting close and landing gently, minus points for crashing and for fuel"),
    observations=(
        Observation(QT_TRANSLATE_NOOP("Games", "Position x"), "", 1.5),
        Observation(QT_TRANSLATE_NOOP("Games", "Height"), "", 1.5),
        Observation(QT_TRANSLATE_NOOP("Games", "Speed x"), "", 2.0),
        Observation(QT_TRANSLATE_NOOP("Games", "Speed down/up"), "", 2.0),
        Observation(QT_TRANSLATE_NOOP("Games", "Tilt"), QT_TRANSLATE_NOOP("Games", "rad"), 1.0),
        Observation(QT_TRANSLATE_NOOP("Games", "Turning"), QT_TRANSLATE_NOOP("Games", "rad/s"), 2.0),
        Observation(QT_TRANSLATE_NOOP("Games", "Left leg down"), "", 1.0, None, 1.0, 0),
        Observation(QT_TRANSLATE_NOOP("Games", "Right leg down"), "", 1.0, None, 1.0, 0),
    ),
    actions=(QT_TRANSLATE_NOOP("Games", "nothing"), QT_TRANSLATE_NOOP("Games", "left engine"), QT_TRANSLATE_NOOP("Games", "main engine"), QT_TRANSLATE_NOOP("Games", "right engine")),
    max_return=320,
    min_return=-400,
    solved_return=200,
    max_steps=1000,
    fps=50,
    keys=(("Left", 3), ("Up", 2), ("Right", 1)),
    idle_action=0,
    slug="lunarlander",
    default_algorithm="PPO",
    # rl-baselines3-zoo's PPO settings (16 landers side by side, gamma 0.999, lambda 0.98, a little entropy,
    # minibatches of 64, clip 0.2, gradient cap 0.5, value weight 0.5), started as Stable-Baselines3 starts PPO
    # (orthogonal weights, Adam's epsilon 1e-5) and with SB3's advantages standardised in every minibatch
    # (RLlib standardises them once per batch). Without that last one every seed levelled off near 150-165
    # (or took 11-19 minutes); with it the last 100 episodes reach 200 in about 0.7-0.9M steps (README benchmark).
    quick=dict(iterations=300, hidden=(64, 64), lr=3e-4, lr_end=None, train_batch=16_000, minibatch=64, epochs=4,
               envs_per_runner=16, gamma=0.999, lambda_=0.98, entropy_coeff=0.01, orthogonal_init=True,
               clip_param=0.2, grad_clip=0.5, vf_loss_coeff=0.5, minibatch_advantages=True),
    quick_note=QT_TRANSLATE_NOOP("Games", "a few minutes — usually 3 to 6 on a 2-core laptop to reach the line (press 'Watch a trained one' to see a landing at once)"),
    human_speed=0.5,
    ready_policy=True,  # trained with the earlier Quick demo (no minibatch advantages; seed 0, iteration 105, 1.7M steps): 20/20 greedy landings
    lost_text=QT_TRANSLATE_NOOP("Games", "Crashed or drifted off"),
    won_text=QT_TRANSLATE_NOOP("Games", "Landed!"),
    score_unit=QT_TRANSLATE_NOOP("Games", "points"),
)
