"""The Ray Tune side of a sweep: search spaces on the algorithm's config, the scheduler, the Tuner, Tune's callback.

Imported only inside the SweepRun actor (it loads Ray Tune and RLlib). Everything Tune
pickles with the experiment (the callback, the RLlib callback function) lives at module
level, so a restored experiment finds it by name and reports to the sweep now running.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import Any

from ray import tune
from ray.tune import Callback, CheckpointConfig, RunConfig, TuneConfig, Tuner
from ray.tune.schedulers import ASHAScheduler, FIFOScheduler

from desktop.core.metrics import RETURN_MEAN
from desktop.core.settings import FIELDS
from desktop.core.sweep_spec import PARAMS, SweepParam, SweepSpec
from desktop.engine import sweep

POLICY_KEY = "playground_policy"  # the weights ride in the trial's result; the Tune callback takes them out
# How a swept parameter is set on the algorithm's config, and its key in Tune's flattened trial config.
TRAINING_ARGS = {f.sweep: f.rllib for f in FIELDS if f.sweep is not None and f.rllib is not None}
CONFIG_KEYS = {**TRAINING_ARGS, "lambda": "lambda", "hidden": "_model_config/fcnet_hiddens"}


def add_policy_to_result(*, algorithm: Any, result: dict, **_: Any) -> None:
    """RLlib's on_train_result, inside each trial: put the policy's numpy weights into the result."""
    from desktop.engine.algorithms import policy_state

    result[POLICY_KEY] = policy_state(algorithm)


def trial_params(spec: SweepSpec, trial: Any) -> dict[str, Any]:
    """The swept parameters' values of one trial, by our names."""
    flat = getattr(trial, "evaluated_params", {}) or {}
    return {p.name: flat[CONFIG_KEYS[p.name]] for p in spec.params if CONFIG_KEYS[p.name] in flat}


def _domain(param: SweepParam) -> Any:
    kind = PARAMS[param.name]
    values = [list(v) if isinstance(v, tuple) else v for v in param.values]
    if param.mode == "grid":
        return tune.grid_search(values)
    if param.low is None or param.high is None:  # not a range
        return tune.choice(values)
    if kind.log_scale:
        return tune.loguniform(param.low, param.high)
    if kind.kind is int:
        return tune.randint(int(param.low or 0), int(param.high or 0) + 1)
    return tune.uniform(param.low, param.high)


def param_space(spec: SweepSpec) -> Any:
    """The algorithm's config of the base settings with Tune search spaces where the sweep varies something."""
    from desktop.engine.algorithms import algorithm_config

    config = algorithm_config(spec.base).callbacks(on_train_result=add_policy_to_result)
    training = {TRAINING_ARGS[p.name]: _domain(p) for p in spec.params if p.name in TRAINING_ARGS}
    if training:
        config = config.training(**training)
    for p in spec.params:
        if p.name == "hidden":  # a plain dict: DefaultModelConfig silently ignores a grid
            model = {"fcnet_hiddens": _domain(p), "fcnet_activation": "tanh", "vf_share_layers": False}
            config = config.rl_module(model_config=model)
    return config


class TrialReporter(Callback):
    """Tune's news about trials -> the running SweepLoop. Holds no state: Tune pickles it with the experiment."""

    def on_step_begin(self, iteration: int, trials: list, **info: Any) -> None:
        if sweep._ACTIVE is not None:
            for trial in trials:
                sweep._ACTIVE.trial_seen(trial)

    def on_trial_result(self, iteration: int, trials: list, trial: Any, result: dict, **info: Any) -> None:
        weights = result.pop(POLICY_KEY, None)  # before Tune's loggers write the result
        if sweep._ACTIVE is not None:
            sweep._ACTIVE.trial_result(trial, result, weights)

    def on_trial_complete(self, iteration: int, trials: list, trial: Any, **info: Any) -> None:
        if sweep._ACTIVE is not None:
            sweep._ACTIVE.trial_seen(trial, "TERMINATED")

    def on_trial_error(self, iteration: int, trials: list, trial: Any, **info: Any) -> None:
        if sweep._ACTIVE is not None:
            sweep._ACTIVE.trial_seen(trial, "ERROR")

    def on_checkpoint(self, iteration: int, trials: list, trial: Any, checkpoint: Any, **info: Any) -> None:
        if sweep._ACTIVE is not None:
            sweep._ACTIVE.trial_checkpointed(trial, checkpoint.path)


def make_tuner(spec: SweepSpec, experiment: Path, resume: bool, interrupt: threading.Event) -> Any:
    """A Tuner for a new sweep, or one restored from `experiment` (finished trials are not run again)."""
    # Tune ends `fit` early, saving the experiment so it can be restored, only on SIGINT, which a
    # thread of an actor never gets: hand it our own interrupt instead of its signal handler.
    tune_module: Any = importlib.import_module("ray.tune.tune")
    tune_module._setup_signal_catching = lambda: interrupt
    from desktop.engine.algorithms import trainable

    algorithm = trainable(spec.base)
    space = param_space(spec)
    if resume:
        return Tuner.restore(
            str(experiment), trainable=algorithm, resume_unfinished=True, resume_errored=True, param_space=space
        )
    base = spec.base
    scheduler = (
        ASHAScheduler(
            time_attr="training_iteration", max_t=base.iterations, grace_period=spec.asha_grace_period(),
            reduction_factor=spec.reduction_factor,
        )
        if spec.scheduler == "asha"
        else FIFOScheduler()
    )
    stop: dict[str, float] = {"training_iteration": base.iterations}
    if base.target_return is not None:
        stop[RETURN_MEAN] = base.target_return
    return Tuner(
        algorithm,
        param_space=space,
        tune_config=TuneConfig(
            metric=RETURN_MEAN, mode="max", scheduler=scheduler, num_samples=spec.samples,
            max_concurrent_trials=spec.max_concurrent, reuse_actors=False,
        ),
        run_config=RunConfig(
            name=experiment.name, storage_path=str(experiment.parent), stop=stop, verbose=0,
            callbacks=[TrialReporter()],
            checkpoint_config=CheckpointConfig(
                checkpoint_frequency=base.checkpoint_freq, checkpoint_at_end=True, num_to_keep=2
            ),
        ),
    )
