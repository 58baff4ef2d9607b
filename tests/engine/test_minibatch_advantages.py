"""PPO standardising advantages per minibatch (`minibatch_advantages`, LunarLander's Quick demo), as SB3's PPO does."""

from __future__ import annotations

from ray.rllib.evaluation.postprocessing import Postprocessing

from desktop.core.settings import preset
from desktop.engine.advantages import MinibatchAdvantagesPPOLearner
from desktop.engine.algorithms import algorithm_config


def _loss(learner, batch, advantages):
    module = learner.module["default_policy"]
    batch = {**batch, Postprocessing.ADVANTAGES: advantages}
    return float(learner.compute_loss_for_module(
        module_id="default_policy", config=learner.config.get_config_for_module("default_policy"),
        batch=batch, fwd_out=module.forward_train(batch),
    ))


def test_each_minibatchs_loss_sees_standardised_advantages_whatever_their_scale(ray_runtime):
    settings = preset("quick", "LunarLander-v3")
    assert settings.minibatch_advantages  # its Quick demo learns with it
    tiny = settings.replace(train_batch=400, minibatch=64, epochs=1, envs_per_runner=2, seed=2)
    plain = algorithm_config(tiny.replace(minibatch_advantages=False)).build_algo()
    algo = algorithm_config(tiny).build_algo()
    try:
        learner = algo.learner_group._learner
        assert isinstance(learner, MinibatchAdvantagesPPOLearner)
        assert not isinstance(plain.learner_group._learner, MinibatchAdvantagesPPOLearner)

        # A real batch of landings, through RLlib's own learner pipeline (GAE, bootstrap steps and their mask).
        episodes = algo.env_runner.sample(num_timesteps=200)
        batch = learner._learner_connector(rl_module=learner.module, batch={}, episodes=episodes, shared_data={}, metrics=learner.metrics)["default_policy"]
        advantages = batch[Postprocessing.ADVANTAGES]
        rescaled = 7.0 * advantages + 3.0  # a minibatch whose advantages have another mean and spread
        assert abs(_loss(learner, batch, advantages) - _loss(learner, batch, rescaled)) < 1e-4
        # RLlib's own loss takes them as they come: the two minibatches' losses differ.
        plain_learner = plain.learner_group._learner
        assert abs(_loss(plain_learner, batch, advantages) - _loss(plain_learner, batch, rescaled)) > 1e-2

        assert algo.train()["env_runners"]["num_env_steps_sampled"] >= 400  # and PPO trains with it
    finally:
        algo.stop()
        plain.stop()


def test_it_is_off_unless_asked_so_old_runs_train_as_before():
    assert not preset("quick", "CartPole-v1").minibatch_advantages
    assert algorithm_config(preset("quick", "CartPole-v1")).learner_class is not MinibatchAdvantagesPPOLearner
