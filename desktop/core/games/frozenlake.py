"""FrozenLake-v1 (4 x 4, not slippery): walk across a frozen lake to the present without falling into a hole."""

from __future__ import annotations

from desktop.core.games.spec import GameSpec, Observation
from desktop.core.i18n import QT_TRANSLATE_NOOP

FROZENLAKE = GameSpec(
    env_id="FrozenLake-v1",
    name=QT_TRANSLATE_NOOP("Games", "Frozen lake"),
    goal=QT_TRANSLATE_NOOP("Games", "Walk from the top-left corner to the present without stepping into a hole in the ice."),
    reward_note=QT_TRANSLATE_NOOP("Games", "one point for reaching the present, nothing otherwise"),
    observations=(Observation(QT_TRANSLATE_NOOP("Games", "Square (0-15)"), "", 15.0, None, 1.0, 0, signed=False),),
    actions=(QT_TRANSLATE_NOOP("Games", "left"), QT_TRANSLATE_NOOP("Games", "down"), QT_TRANSLATE_NOOP("Games", "right"), QT_TRANSLATE_NOOP("Games", "up")),
    max_return=1,
    min_return=0,
    solved_return=0.9,
    max_steps=100,
    fps=4,
    keys=(("Left", 0), ("Down", 1), ("Up", 3), ("Right", 2)),
    slug="frozenlake",
    default_algorithm="PPO",
    # Full-batch updates (8 per iteration) on small batches, played inside the training process by 16
    # boards at once (16 moves per network call): 256 steps per iteration at ~0.05 s; the entropy bonus
    # keeps a seed from settling on walking into the edge (at 0.02 or 0.03 seed 4 never got there).
    # 16 boards and lr 0.01 beat 8 and 0.03 (median of 8 seeds).
    quick=dict(iterations=40, hidden=(32, 32), lr=1e-2, lr_end=None, train_batch=256, minibatch=256, epochs=8,
               env_runners=0, envs_per_runner=16, gamma=0.95, lambda_=0.95, entropy_coeff=0.05),
    quick_note=QT_TRANSLATE_NOOP("Games", "a few seconds"),
    env_config={"is_slippery": False},
    vector_env="desktop.sim.lake_vector:FrozenLakeVectorEnv",  # 16 boards in one numpy step (~0.03 ms, not ~0.15)
    one_hot=16,
    turn_based=True,
    lost_text=QT_TRANSLATE_NOOP("Games", "Fell into a hole"),
    won_text=QT_TRANSLATE_NOOP("Games", "Reached the present!"),
    score_unit=QT_TRANSLATE_NOOP("Games", "points"),
)
