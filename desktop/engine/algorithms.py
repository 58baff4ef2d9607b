"""TrainingSettings -> an RLlib AlgorithmConfig, one builder per algorithm: the one place that speaks RLlib's config API.

Used by the TrainingRun actor, by sweeps and by the benchmark's bare-RLlib baseline, so the app
and the baseline train exactly the same thing. Plain settings reach RLlib through each field's
declared `rllib` attribute (`desktop.core.settings.FIELDS`); what needs more than a name
(schedules, replay buffers, the network) is spelled out here, once per algorithm.
"""

from __future__ import annotations

import functools
import logging
import math
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from desktop.core.games import find_game, game
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.metrics import OBS_CLIP, OBS_SCALE, OBS_SHIFT, policy_only
from desktop.core.settings import SettingsError, TrainingSettings, fields_for


def register_vector_games() -> None:
    """Make our numpy vector versions (`GameSpec.vector_env = "module:Class"`) the vector entry points of their
    gymnasium ids. Run on import: every process that builds an EnvRunner from these configs (the TrainingRun
    actor, remote EnvRunners, Tune's trials) unpickles a connector of this module, so it imports it first."""
    import gymnasium as gym

    from desktop.core.games import GAMES

    for spec in GAMES.values():
        if isinstance(spec.vector_env, str):
            gym.spec(spec.env_id).vector_entry_point = spec.vector_env


register_vector_games()


def _lr(s: TrainingSettings) -> Any:
    # RLlib reads a list as a schedule: [[env steps, value], ...], linear in between.
    return s.lr if s.lr_end is None else [[0, s.lr], [s.lr_decay_steps, min(s.lr, s.lr_end)]]


def _ppo(s: TrainingSettings) -> tuple[Any, dict[str, Any]]:
    from ray.rllib.algorithms.ppo import PPOConfig

    extra = {"lr": _lr(s), "vf_clip_param": math.inf if s.vf_clip is None else s.vf_clip}
    config = PPOConfig()
    if s.orthogonal_init:
        config = config.callbacks(on_algorithm_init=_orthogonal_start)
    if s.gsde:
        from ray.rllib.core.rl_module.rl_module import RLModuleSpec

        from desktop.engine.gsde import StateDependentPPO

        config = config.rl_module(rl_module_spec=RLModuleSpec(module_class=StateDependentPPO))
    if s.minibatch_advantages:
        from desktop.engine.advantages import MinibatchAdvantagesPPOLearner

        config = config.learners(learner_class=MinibatchAdvantagesPPOLearner)
    if s.minibatch >= s.train_batch:
        # Full-batch updates: one per epoch over every row. RLlib's cyclic minibatches of the batch's
        # size would also count the rows it appends to cut episodes (FrozenLake: "8 epochs" made ~10 updates).
        extra["minibatch_size"] = None
    return config, extra


def _orthogonal_start(algorithm: Any, **_: Any) -> None:
    """Re-initialise a new PPO as Stable-Baselines3 starts one, then hand the weights to the EnvRunners."""
    algorithm.learner_group.foreach_learner(_orthogonal_learner)
    algorithm.env_runner_group.sync_weights(from_worker_or_learner_group=algorithm.learner_group, inference_only=True)


def _orthogonal_learner(learner: Any, **_: Any) -> None:
    """Orthogonal weights with gain sqrt(2) in the hidden layers, 0.01 in the policy's output (the first moves
    are nearly even) and 1 in the value's, zero biases; Adam's epsilon 1e-5 instead of torch's 1e-8."""
    import torch

    for module_id, module in learner.module.items():
        for part, gain in ((module.encoder, math.sqrt(2)), (module.pi, 0.01), (module.vf, 1.0)):
            for layer in part.modules():
                if isinstance(layer, torch.nn.Linear):
                    torch.nn.init.orthogonal_(layer.weight, gain)
                    torch.nn.init.zeros_(layer.bias)
        for _name, optimizer in learner.get_optimizers_for_module(module_id):
            for group in optimizer.param_groups:
                group["eps"] = 1e-5


def _dqn(s: TrainingSettings) -> tuple[Any, dict[str, Any]]:
    from ray.rllib.algorithms.dqn import DQNConfig

    extra = {
        "lr": _lr(s),
        "epsilon": [[0, 1.0], [s.epsilon_steps, s.epsilon_end]],
        "replay_buffer_config": {"type": "PrioritizedEpisodeReplayBuffer", "capacity": s.replay_buffer},
    }
    return DQNConfig(), extra


def _sac(s: TrainingSettings) -> tuple[Any, dict[str, Any]]:
    from ray.rllib.algorithms.sac import SACConfig

    extra = {
        "lr": None, "actor_lr": s.lr, "critic_lr": s.lr, "alpha_lr": s.lr,  # SAC has one rate per network
        "replay_buffer_config": {"type": "PrioritizedEpisodeReplayBuffer", "capacity": s.replay_buffer},
    }
    return SACConfig(), extra


BUILDERS: dict[str, Callable[[TrainingSettings], tuple[Any, dict[str, Any]]]] = {"PPO": _ppo, "DQN": _dqn, "SAC": _sac}


def _connectors(env: Any = None, spaces: Any = None, device: Any = None, *, one_hot: bool, obs_filter: bool, lean: bool = False) -> list[Any]:
    """The env-to-module connectors the settings ask for: observations rescaled by their running mean and
    spread (kept per EnvRunner, merged by RLlib), then a grid world's cell number as a one-hot vector;
    with `lean`, the piece that batches them for the policy in place of RLlib's defaults."""
    from ray.rllib.connectors.env_to_module import FlattenObservations, MeanStdFilter

    from desktop.engine.lean_connectors import LatestObservations, OneHotCells

    pieces = [MeanStdFilter()] if obs_filter else []
    if one_hot:
        pieces.append(OneHotCells() if lean else FlattenObservations())
    if lean:
        pieces.append(LatestObservations())
    return pieces


def _draw_buttons(env: Any = None, spaces: Any = None, device: Any = None) -> Any:
    from desktop.engine.lean_connectors import DrawButtons

    return DrawButtons()


def algorithm_config(settings: TrainingSettings, lean: bool = True) -> Any:
    """An RLlib AlgorithmConfig for the settings (imports RLlib: call it where training happens); `lean=False`
    keeps RLlib's own connector pieces where the lean ones would apply (a test compares the two)."""
    logging.getLogger("ray.rllib").setLevel(logging.ERROR)
    from ray.rllib.core.rl_module.default_model_config import DefaultModelConfig

    s = settings
    spec = game(s.env)
    config, extra = BUILDERS[s.algorithm](s)
    mapped = {f.rllib: getattr(s, f.name) for f in fields_for(s.algorithm) if f.rllib}
    # RLlib copies and rescales every action to the game's range at each step (12-20 % of CartPole's
    # sampling time); a catalog game played with buttons has no range to rescale.
    buttons = find_game(s.env) is not None and not spec.continuous
    config = (
        config.environment(s.env, env_config=dict(spec.env_config), normalize_actions=not buttons)
        .env_runners(num_env_runners=s.env_runners, num_envs_per_env_runner=s.envs_per_runner,
                     gym_env_vectorize_mode="vector_entry_point" if spec.vector_env else "sync")
        .rl_module(
            model_config=DefaultModelConfig(
                fcnet_hiddens=list(s.hidden), fcnet_activation="tanh", vf_share_layers=False
            )
        )
        # A lost EnvRunner comes back when a node has room; until then each iteration's look for it
        # waits at most 1 s (RLlib's default, 30 s, would stall training after a node left the cluster).
        .fault_tolerance(restart_failed_env_runners=True, env_runner_health_probe_timeout_s=1)
        .debugging(log_level="ERROR", seed=s.seed)
    )
    # PPO pressing buttons (with the feed-forward network every setting builds): two lean connector pieces
    # instead of RLlib's general ones, a fifth of CartPole's iteration (desktop/engine/lean_connectors.py),
    # and a learner with less overhead per update (desktop/engine/lean_learner.py).
    lean = lean and s.algorithm == "PPO" and buttons
    if lean:
        config = config.env_runners(
            add_default_connectors_to_env_to_module_pipeline=False,
            add_default_connectors_to_module_to_env_pipeline=False,
            module_to_env_connector=_draw_buttons,
        )
        if not s.minibatch_advantages:
            from desktop.engine.lean_learner import LeanPPOLearner

            config = config.learners(learner_class=LeanPPOLearner)
    if spec.one_hot or s.obs_filter or lean:
        config = config.env_runners(env_to_module_connector=functools.partial(
            _connectors, one_hot=bool(spec.one_hot), obs_filter=s.obs_filter, lean=lean))
    config.update_from_dict({**mapped, **extra})
    if s.extra:
        check_config_keys(config, s.extra)
        # JSON (run.json, --config) has no tuples; RLlib wants its n-step range as one.
        extra = {k: tuple(v) if k == "n_step" and isinstance(v, list) else v for k, v in s.extra.items()}
        config.update_from_dict(extra)
    return config


def check_config_keys(config: Any, overrides: dict[str, Any]) -> None:
    """Refuse, in one sentence, a `--config` key this algorithm's RLlib config does not have."""
    known = config.to_dict()
    unknown = [key for key in overrides if key not in known and not hasattr(config, key)]
    if unknown:
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "RLlib's {name} has no setting named '{value}'."), name=type(config).__name__, value=unknown[0]))


def check_settings(settings: TrainingSettings) -> None:
    """Build the config without building the algorithm: a bad `--config` value is refused before Ray starts."""
    config = algorithm_config(settings)
    # validate() warns "You are running PPO on the new API stack!" on stderr: not news for our users.
    logging.getLogger("ray.rllib.algorithms.algorithm_config").setLevel(logging.ERROR)
    try:
        config.validate()
    except Exception as exc:  # RLlib says what is wrong in its own words
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "RLlib refused these settings: {value}"), value=str(exc).splitlines()[0][:200])) from None


def trainable(settings: TrainingSettings) -> Any:
    """The RLlib Algorithm class (what Tune runs) for the settings' algorithm."""
    return algorithm_config(settings).algo_class


def policy_state(algo: Any) -> dict[str, Any]:
    """The policy network's weights as numpy arrays, what a numpy forward pass needs (with the
    observation filter's numbers when training rescaled observations: RLlib merges every EnvRunner's
    into the local one after each iteration)."""
    weights = policy_only(algo.get_module().get_state())
    if getattr(algo, "env_runner", None) is not None:
        state = algo.env_runner.get_state(components="env_to_module_connector").get("env_to_module_connector", {})
        weights.update(observation_filter(state.get("MeanStdFilter") or {}))
    return weights


def observation_filter(filter_state: Mapping[Any, Any]) -> dict[str, np.ndarray]:
    """Shift, scale and clip of a MeanStdFilter's state (its running statistics), as the numpy player applies them."""
    from ray.rllib.utils.filter import RunningStat
    from ray.rllib.utils.numpy import SMALL_NUMBER

    for agent in filter_state.values():
        stats = agent.get("running_stats") or []
        if len(stats) != 1:  # a single Box observation: the catalog's games
            continue
        stat = RunningStat.from_state(stats[0])
        if not stat.shape:
            continue
        shift = np.asarray(stat.mean, np.float64) if agent.get("de_mean_to_zero", True) else np.zeros(stat.shape)
        scale = np.asarray(stat.std, np.float64) + SMALL_NUMBER if agent.get("de_std_to_one", True) else np.ones(stat.shape)
        clip = agent.get("clip_by_value") or math.inf
        return {OBS_SHIFT: shift, OBS_SCALE: scale, OBS_CLIP: np.asarray([clip], np.float64)}
    return {}
