"""The PPO config the settings become (RLlib's config object; no Ray runtime needed)."""

from __future__ import annotations

import math

from desktop.core.settings import QUICK, STANDARD, preset
from desktop.engine.algorithms import algorithm_config


def test_quick_demo_anneals_the_learning_rate_without_kl_penalty_or_value_cap():
    config = algorithm_config(QUICK)
    assert config.lr == [[0, QUICK.lr], [QUICK.lr_decay_steps, QUICK.lr_end]]
    assert config.use_kl_loss is False
    assert config.vf_clip_param == math.inf
    # A starting rate below the final one never makes the schedule climb.
    low = algorithm_config(QUICK.replace(lr=1e-5))
    assert low.lr == [[0, 1e-5], [QUICK.lr_decay_steps, 1e-5]]


def test_standard_keeps_rllib_defaults():
    config = algorithm_config(STANDARD)
    assert config.lr == STANDARD.lr
    assert config.use_kl_loss is True and config.vf_clip_param == 10.0


def test_only_games_with_a_range_of_actions_get_them_rescaled():
    assert algorithm_config(QUICK).normalize_actions is False  # CartPole: two buttons
    assert algorithm_config(preset("quick", "Pendulum-v1")).normalize_actions is True
    # A gymnasium id outside the catalog keeps RLlib's default: its actions are not known here.
    assert algorithm_config(QUICK.replace(env="MountainCarContinuous-v0")).normalize_actions is True


def test_cartpole_trains_on_gymnasiums_numpy_vector_env_and_other_games_on_copies():
    assert algorithm_config(QUICK).gym_env_vectorize_mode == "vector_entry_point"  # 32 carts in one step
    assert algorithm_config(preset("quick", "Acrobot-v1")).gym_env_vectorize_mode == "sync"
    # Our numpy FrozenLake (desktop/sim/lake_vector.py) is gymnasium's vector entry point for FrozenLake-v1.
    import gymnasium as gym

    from desktop.sim.lake_vector import FrozenLakeVectorEnv

    assert algorithm_config(preset("quick", "FrozenLake-v1")).gym_env_vectorize_mode == "vector_entry_point"
    boards = gym.make_vec("FrozenLake-v1", num_envs=4, vectorization_mode="vector_entry_point", is_slippery=False)
    assert isinstance(boards, FrozenLakeVectorEnv) and boards.max_episode_steps == 100 and boards.num_envs == 4
    assert algorithm_config(QUICK.replace(env="MountainCarContinuous-v0")).gym_env_vectorize_mode == "sync"


def test_a_minibatch_as_big_as_the_batch_means_one_update_per_epoch_over_every_row():
    frozen = preset("quick", "FrozenLake-v1")
    assert frozen.minibatch == frozen.train_batch and algorithm_config(frozen).minibatch_size is None
    assert algorithm_config(QUICK).minibatch_size == QUICK.minibatch  # CartPole: 2 minibatches


def test_ppo_pressing_buttons_learns_with_the_lean_learner():
    from ray.rllib.algorithms.ppo.torch.ppo_torch_learner import PPOTorchLearner

    from desktop.engine.advantages import MinibatchAdvantagesPPOLearner
    from desktop.engine.lean_learner import LeanPPOLearner

    assert algorithm_config(QUICK).learner_class is LeanPPOLearner
    assert algorithm_config(QUICK, lean=False).learner_class is PPOTorchLearner
    # LunarLander's minibatch advantages keep their own learner; Pendulum's PPO moves a joint, not buttons.
    assert algorithm_config(preset("quick", "LunarLander-v3")).learner_class is MinibatchAdvantagesPPOLearner
    assert algorithm_config(preset("quick", "Pendulum-v1").replace(algorithm="PPO")).learner_class is PPOTorchLearner
