"""FrozenLake's numpy vector version plays exactly as gymnasium's FrozenLake boards side by side."""

from __future__ import annotations

import gymnasium as gym
import numpy as np
import pytest

from desktop.sim.lake_vector import FrozenLakeVectorEnv


@pytest.mark.parametrize("kwargs", [{"is_slippery": False}, {"is_slippery": True}, {"map_name": "8x8", "is_slippery": True}])
def test_the_boards_play_exactly_as_gymnasiums_own(kwargs):
    gymnasiums = gym.make_vec("FrozenLake-v1", num_envs=8, vectorization_mode="sync", **kwargs)
    ours = FrozenLakeVectorEnv(num_envs=8, max_episode_steps=gymnasiums.envs[0].spec.max_episode_steps, **kwargs)
    theirs_first, _ = gymnasiums.reset(seed=7)
    ours_first, _ = ours.reset(seed=7)
    np.testing.assert_array_equal(ours_first, theirs_first)
    moves = np.random.default_rng(0).integers(0, 4, (2000, 8))
    ends = {"terminated": 0, "truncated": 0}
    for step, move in enumerate(moves):
        theirs, mine = gymnasiums.step(move), ours.step(move)
        for name, a, b in zip(("cells", "rewards", "terminated", "truncated"), mine[:4], theirs[:4], strict=True):
            np.testing.assert_array_equal(a, b, err_msg=f"{name} at step {step}")
            assert a.dtype == b.dtype, name
        ends["terminated"] += int(theirs[2].sum())
        ends["truncated"] += int(theirs[3].sum())
    # The walk met every kind of step: holes and presents, the time limit (on the big map), resets.
    assert ends["terminated"] > 50 and (ends["truncated"] > 0 or kwargs.get("map_name") != "8x8")
    assert ours.single_observation_space == gymnasiums.single_observation_space and ours.num_envs == 8
