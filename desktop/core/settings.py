"""Training settings: each field declared once, its presets per game, and validation in plain sentences
(what a person types for a field, and how the form shows it, is `desktop.core.setting_text`).

`FIELDS` is the one declaration of every setting: its label and tooltip (the window's form), its
command-line flag (argparse), its bounds (validation), its RLlib argument (the config mapping in
`desktop.engine.algorithms`) and whether a sweep can vary it (`desktop.core.sweep_spec`). Fields
that belong to one algorithm (DQN's replay buffer, SAC's tau) appear only for that algorithm.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any

from desktop.core.algorithms import ALGORITHMS, find_algorithm
from desktop.core.errors import UserError
from desktop.core.games import DEFAULT_GAME, find_game, game
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence, quoted


class SettingsError(UserError, ValueError):
    """A setting the user chose cannot work; the message is one sentence for them."""


# What reading back a damaged or hand-edited settings record (a run's settings, a sweep's spec) can raise:
# the record is skipped and listed, never fatal. Anything else is a bug and is left to surface.
DAMAGED_RECORD_ERRORS = (UserError, TypeError, ValueError, KeyError, AttributeError, OverflowError, RecursionError)


@dataclass(frozen=True)
class TrainingSettings:
    """What one training run needs to know. The defaults are CartPole's Quick demo with PPO."""

    preset: str = "quick"
    env: str = DEFAULT_GAME
    algorithm: str = "PPO"
    iterations: int = 40
    target_return: float | None = 475.0
    checkpoint_freq: int = 5
    checkpoint_at_end: bool = True
    hidden: tuple[int, ...] = (64, 64)
    lr: float = 8e-3
    lr_end: float | None = 1e-4  # the learning rate falls linearly from `lr` to this (None: constant)...
    lr_decay_steps: int = 80_000  # ...over this many environment steps, then stays there
    train_batch: int = 4000
    minibatch: int = 2000
    epochs: int = 10
    env_runners: int = 0
    envs_per_runner: int = 32
    gamma: float = 0.99
    lambda_: float = 0.95
    entropy_coeff: float = 0.0
    vf_loss_coeff: float = 1.0
    kl_loss: bool = False  # PPO's adaptive KL penalty on top of clipping (RLlib's default: on)
    vf_clip: float | None = None  # cap on the value loss per step (RLlib's default 10; None: no cap)
    obs_filter: bool = False  # observations rescaled by their running mean and spread (RLlib's MeanStdFilter)
    orthogonal_init: bool = False  # PPO starts as Stable-Baselines3's does: orthogonal weights, Adam's epsilon 1e-5
    gsde: bool = False  # PPO explores an amount by state-dependent noise (gSDE), as Stable-Baselines3's use_sde
    minibatch_advantages: bool = False  # PPO standardises advantages in every minibatch too, as Stable-Baselines3 does
    clip_param: float = 0.3  # PPO's clip range (RLlib's default)
    grad_clip: float | None = None  # a cap on the gradient's norm per update (RLlib's default: none)
    # DQN and SAC (off-policy): RLlib's defaults unless a game's preset says otherwise.
    steps_per_iteration: int = 1000
    replay_buffer: int = 50_000
    learning_starts: int = 1000
    epsilon_end: float = 0.05
    epsilon_steps: int = 10_000
    target_update: int = 500
    tau: float = 0.005
    initial_alpha: float = 1.0
    max_timesteps: int | None = None  # stop once this many environment steps were played (None: no limit)
    max_time_s: float | None = None  # stop once training took this long (None: no limit)
    seed: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # RLlib config keys set as they are (`--config`)

    def replace(self, **changes: Any) -> TrainingSettings:
        return dataclasses.replace(self, **changes)

    def same_algorithm(self, other: TrainingSettings) -> bool:
        """True if both build the same RLlib algorithm: they may differ only in when the run stops or saves."""
        run_only = {"preset": "", "iterations": 0, "target_return": None, "checkpoint_freq": 0, "checkpoint_at_end": False}
        return self.replace(**run_only) == other.replace(**run_only)

    def cpus_needed(self) -> int:
        """CPUs Ray must have free: one for the run (it hosts the learner) plus one per EnvRunner."""
        return 1 + self.env_runners

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["hidden"] = list(self.hidden)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainingSettings:
        """Settings saved by any version: a run from before the catalog is CartPole with PPO."""
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "hidden" in values:
            values["hidden"] = tuple(int(h) for h in values["hidden"])
        return cls(**values)


@dataclass(frozen=True)
class Field:
    """One setting, declared once for the form, the command line, validation, RLlib and sweeps."""

    name: str  # the TrainingSettings attribute
    label: str  # in the window's form
    tip: str  # the tooltip, in plain words
    kind: type = float  # int, float, tuple (layer sizes) or bool
    low: float | None = None  # inclusive bounds
    high: float | None = None
    optional: bool = False  # empty means None
    what: str = ""  # how a sentence names it: "The learning rate"
    message: str = ""  # the sentence when it is out of bounds (default: "{what} must be between …")
    rllib: str | None = None  # the argument of RLlib's `.training()` it maps to, as it is
    sweep: str | None = None  # the name a sweep varies it by (None: not sweepable)
    log_scale: bool = False  # a random sweep draws it log-uniformly
    algorithms: tuple[str, ...] = ()  # the algorithms it belongs to (empty: every one)
    topic: str | None = None  # the "?" help topic of its label
    form: bool = True  # shown in the window's form
    cli: bool = True  # has a command-line flag

    @property
    def flag(self) -> str:
        return "--" + self.name.rstrip("_").replace("_", "-")

    def applies_to(self, algorithm: str) -> bool:
        return not self.algorithms or algorithm in self.algorithms

    def sentence(self) -> Sentence:
        """What is wrong when a value is out of bounds (`message` may name {what}, {low} and {high})."""
        template = self.message or QT_TRANSLATE_NOOP("Messages", "{what} must be between {low:g} and {high:g}.")
        return Sentence(template, what=self.what or self.label, low=self.low, high=self.high)


PPO, DQN, SAC = ("PPO",), ("DQN",), ("SAC",)
OFF_POLICY = ("DQN", "SAC")
MAX_ITERATIONS = 100_000
MAX_LAYER_WIDTH = 4096
MAX_LAYERS = 8
MAX_BATCH = 1_000_000
MAX_ENV_RUNNERS = 256

FIELDS: tuple[Field, ...] = (
    Field("iterations", QT_TRANSLATE_NOOP("Settings", "Stop after iterations"), QT_TRANSLATE_NOOP("Settings", "Training stops at this iteration. One iteration = collect a batch of games, then learn from it."),
          int, 1, MAX_ITERATIONS, what=QT_TRANSLATE_NOOP("Settings", "Iterations"), message=QT_TRANSLATE_NOOP("Settings", "Iterations must be between 1 and {high:,.0f}."), topic="iteration"),
    Field("target_return", QT_TRANSLATE_NOOP("Settings", "Stop at mean return"), QT_TRANSLATE_NOOP("Settings", "Stop early once the average score of recent games reaches this (the game's 'solved' line). Leave empty to never stop early."),
          float, optional=True, what=QT_TRANSLATE_NOOP("Settings", "The target return"), topic="return"),
    Field("checkpoint_freq", QT_TRANSLATE_NOOP("Settings", "Checkpoint every"), QT_TRANSLATE_NOOP("Settings", "Save the agent every this many iterations (0 = never), so you can replay or resume it later."),
          int, 0, MAX_ITERATIONS, what=QT_TRANSLATE_NOOP("Settings", "Checkpoint frequency"), message=QT_TRANSLATE_NOOP("Settings", "Checkpoint frequency must be 0 (never) or a positive number of iterations."), topic="checkpoint"),
    Field("hidden", QT_TRANSLATE_NOOP("Settings", "Hidden layers"), QT_TRANSLATE_NOOP("Settings", "Size of the agent's neural network: one number per layer, e.g. 64,64. Bigger is not always better."),
          tuple, what=QT_TRANSLATE_NOOP("Settings", "Hidden layers"), sweep="hidden"),
    Field("lr", QT_TRANSLATE_NOOP("Settings", "Learning rate"), QT_TRANSLATE_NOOP("Settings", "How big a step the agent takes when it learns. Too big: unstable; too small: slow. The Quick demo lowers it as the agent learns."),
          float, 1e-12, 1, what=QT_TRANSLATE_NOOP("Settings", "The learning rate"), message=QT_TRANSLATE_NOOP("Settings", "The learning rate must be above 0 and at most 1 (try 0.0003)."), rllib="lr", sweep="lr", log_scale=True),
    Field("lr_end", QT_TRANSLATE_NOOP("Settings", "Final learning rate"), QT_TRANSLATE_NOOP("Settings", "The learning rate falls linearly to this (empty: it stays constant)."),
          float, 1e-12, 1, optional=True, what=QT_TRANSLATE_NOOP("Settings", "The final learning rate"), message=QT_TRANSLATE_NOOP("Settings", "The final learning rate must be above 0 and at most 1."), algorithms=("PPO", "DQN"), form=False),
    Field("lr_decay_steps", QT_TRANSLATE_NOOP("Settings", "Learning rate decay steps"), QT_TRANSLATE_NOOP("Settings", "Over how many environment steps the learning rate falls to its final value."),
          int, 1, 10**9, what=QT_TRANSLATE_NOOP("Settings", "The learning rate's decay"), message=QT_TRANSLATE_NOOP("Settings", "The learning rate's decay must last between 1 and 1,000,000,000 steps."), algorithms=("PPO", "DQN"), form=False),
    Field("train_batch", QT_TRANSLATE_NOOP("Settings", "Train batch size"), QT_TRANSLATE_NOOP("Settings", "PPO: how many moves (environment steps) the agent plays before each learning step. DQN/SAC: how many remembered moves each learning step looks at."),
          int, 8, MAX_BATCH, what=QT_TRANSLATE_NOOP("Settings", "The train batch size"), message=QT_TRANSLATE_NOOP("Settings", "The train batch size must be between 8 and {high:,.0f} steps."), rllib="train_batch_size", sweep="train_batch"),
    Field("minibatch", QT_TRANSLATE_NOOP("Settings", "Minibatch size"), QT_TRANSLATE_NOOP("Settings", "The batch is cut into pieces of this size for each update."),
          int, 8, MAX_BATCH, what=QT_TRANSLATE_NOOP("Settings", "The minibatch size"), rllib="minibatch_size", sweep="minibatch", algorithms=PPO),
    Field("epochs", QT_TRANSLATE_NOOP("Settings", "Epochs"), QT_TRANSLATE_NOOP("Settings", "How many times the agent learns from the same batch."),
          int, 1, 100, what=QT_TRANSLATE_NOOP("Settings", "Epochs"), message=QT_TRANSLATE_NOOP("Settings", "Epochs must be between 1 and 100."), rllib="num_epochs", sweep="epochs", algorithms=PPO),
    Field("steps_per_iteration", QT_TRANSLATE_NOOP("Settings", "Steps per iteration"), QT_TRANSLATE_NOOP("Settings", "How many moves the agent plays per iteration, learning as it goes."),
          int, 1, MAX_BATCH, what=QT_TRANSLATE_NOOP("Settings", "Steps per iteration"), rllib="min_sample_timesteps_per_iteration", algorithms=OFF_POLICY),
    Field("replay_buffer", QT_TRANSLATE_NOOP("Settings", "Replay memory"), QT_TRANSLATE_NOOP("Settings", "How many past moves the agent remembers and learns from again."),
          int, 100, 10**7, what=QT_TRANSLATE_NOOP("Settings", "The replay memory"), algorithms=OFF_POLICY),
    Field("learning_starts", QT_TRANSLATE_NOOP("Settings", "Learning starts after"), QT_TRANSLATE_NOOP("Settings", "Moves played at random before the agent starts learning."),
          int, 0, 10**7, what=QT_TRANSLATE_NOOP("Settings", "Learning starts after"), rllib="num_steps_sampled_before_learning_starts", algorithms=OFF_POLICY),
    Field("epsilon_end", QT_TRANSLATE_NOOP("Settings", "Final exploration"), QT_TRANSLATE_NOOP("Settings", "DQN tries a random move this often (0.05 = 5%) once exploration has wound down."),
          float, 0, 1, what=QT_TRANSLATE_NOOP("Settings", "The final exploration rate"), algorithms=DQN),
    Field("epsilon_steps", QT_TRANSLATE_NOOP("Settings", "Exploration steps"), QT_TRANSLATE_NOOP("Settings", "Over how many moves DQN's random tries fall from 100% to the final exploration."),
          int, 1, 10**9, what=QT_TRANSLATE_NOOP("Settings", "Exploration steps"), algorithms=DQN),
    Field("target_update", QT_TRANSLATE_NOOP("Settings", "Target update every"), QT_TRANSLATE_NOOP("Settings", "DQN copies its network to a slow 'target' copy every this many moves, which steadies learning."),
          int, 1, 10**7, what=QT_TRANSLATE_NOOP("Settings", "The target update"), rllib="target_network_update_freq", sweep="target_update", algorithms=DQN),
    Field("tau", QT_TRANSLATE_NOOP("Settings", "Tau"), QT_TRANSLATE_NOOP("Settings", "SAC's target networks follow the learning ones by this fraction per update."),
          float, 1e-6, 1, what=QT_TRANSLATE_NOOP("Settings", "Tau"), rllib="tau", sweep="tau", algorithms=SAC),
    Field("initial_alpha", QT_TRANSLATE_NOOP("Settings", "Initial alpha"), QT_TRANSLATE_NOOP("Settings", "How much SAC values trying things at first (it then tunes this itself)."),
          float, 1e-6, 100, what=QT_TRANSLATE_NOOP("Settings", "The initial alpha"), rllib="initial_alpha", algorithms=SAC),
    Field("env_runners", QT_TRANSLATE_NOOP("Settings", "EnvRunners"), QT_TRANSLATE_NOOP("Settings", "Extra Ray actors that play games in parallel (0 = play inside the training process). Each needs one CPU."),
          int, 0, MAX_ENV_RUNNERS, what=QT_TRANSLATE_NOOP("Settings", "EnvRunners"), message=QT_TRANSLATE_NOOP("Settings", "EnvRunners must be between 0 and {high:.0f}."), topic="envrunner"),
    Field("envs_per_runner", QT_TRANSLATE_NOOP("Settings", "Games per EnvRunner"), QT_TRANSLATE_NOOP("Settings", "How many copies of the game each EnvRunner (or the run itself) plays side by side."),
          int, 1, 64, what=QT_TRANSLATE_NOOP("Settings", "Environments per EnvRunner"), message=QT_TRANSLATE_NOOP("Settings", "Environments per EnvRunner must be between 1 and 64."), form=False),
    Field("gamma", QT_TRANSLATE_NOOP("Settings", "Gamma"), QT_TRANSLATE_NOOP("Settings", "How much the agent cares about later rewards (0.99: a lot)."),
          float, 1e-6, 1, what=QT_TRANSLATE_NOOP("Settings", "Gamma"), message=QT_TRANSLATE_NOOP("Settings", "Gamma must be in (0, 1]."), rllib="gamma", sweep="gamma", form=False),
    Field("lambda_", QT_TRANSLATE_NOOP("Settings", "Lambda"), QT_TRANSLATE_NOOP("Settings", "PPO's trade-off between quick, noisy and slow, steady estimates of how good a move was."),
          float, 0, 1, what=QT_TRANSLATE_NOOP("Settings", "Lambda"), message=QT_TRANSLATE_NOOP("Settings", "Lambda must be in [0, 1]."), rllib="lambda_", sweep="lambda", algorithms=PPO, form=False),
    Field("entropy_coeff", QT_TRANSLATE_NOOP("Settings", "Entropy coefficient"), QT_TRANSLATE_NOOP("Settings", "A bonus for keeping some randomness in PPO's moves."),
          float, 0, 1, what=QT_TRANSLATE_NOOP("Settings", "The entropy coefficient"), message=QT_TRANSLATE_NOOP("Settings", "The entropy coefficient must be between 0 and 1."), rllib="entropy_coeff", sweep="entropy_coeff", algorithms=PPO, form=False),
    Field("vf_loss_coeff", QT_TRANSLATE_NOOP("Settings", "Value loss coefficient"), QT_TRANSLATE_NOOP("Settings", "How much PPO's critic counts in each update."),
          float, 0, 1000, what=QT_TRANSLATE_NOOP("Settings", "The value loss coefficient"), rllib="vf_loss_coeff", sweep="vf_loss_coeff", algorithms=PPO, form=False),
    Field("kl_loss", QT_TRANSLATE_NOOP("Settings", "KL penalty"), QT_TRANSLATE_NOOP("Settings", "PPO's adaptive KL penalty on top of clipping."), bool, rllib="use_kl_loss", algorithms=PPO, form=False),
    Field("vf_clip", QT_TRANSLATE_NOOP("Settings", "Value loss cap"), QT_TRANSLATE_NOOP("Settings", "A cap on PPO's value loss per step (empty: no cap)."),
          float, 1e-9, 1e9, optional=True, what=QT_TRANSLATE_NOOP("Settings", "The value loss cap"), message=QT_TRANSLATE_NOOP("Settings", "The value loss cap must be a positive number (or none)."), algorithms=PPO, form=False),
    Field("obs_filter", QT_TRANSLATE_NOOP("Settings", "Normalise observations"),
          QT_TRANSLATE_NOOP("Settings", "Rescale each observation by its running mean and spread (RLlib's MeanStdFilter), so that tiny and large numbers count alike."),
          bool, what=QT_TRANSLATE_NOOP("Settings", "Normalise observations"), form=False),
    Field("orthogonal_init", QT_TRANSLATE_NOOP("Settings", "Orthogonal start"),
          QT_TRANSLATE_NOOP("Settings", "Start PPO's networks as Stable-Baselines3 does: orthogonal weights, nearly even first moves, and Adam's epsilon 1e-5."),
          bool, what=QT_TRANSLATE_NOOP("Settings", "Orthogonal start"), algorithms=PPO, form=False),
    Field("gsde", QT_TRANSLATE_NOOP("Settings", "State-dependent exploration"),
          QT_TRANSLATE_NOOP("Settings", "PPO tries amounts by a push that follows the situation and changes every few steps (gSDE), not fresh noise at every step: smoother, more deliberate trying."),
          bool, what=QT_TRANSLATE_NOOP("Settings", "State-dependent exploration"), algorithms=PPO, form=False),
    Field("minibatch_advantages", QT_TRANSLATE_NOOP("Settings", "Advantages per minibatch"),
          QT_TRANSLATE_NOOP("Settings", "PPO rescales how much better than expected each move went within every minibatch, as Stable-Baselines3 does, not only once per batch."),
          bool, what=QT_TRANSLATE_NOOP("Settings", "Advantages per minibatch"), algorithms=PPO, form=False),
    Field("clip_param", QT_TRANSLATE_NOOP("Settings", "Clip range"), QT_TRANSLATE_NOOP("Settings", "How far one PPO update may move the policy from the one that played (0.2: 20%)."),
          float, 1e-6, 10, what=QT_TRANSLATE_NOOP("Settings", "The clip range"), rllib="clip_param", sweep="clip_param", algorithms=PPO, form=False),
    Field("grad_clip", QT_TRANSLATE_NOOP("Settings", "Gradient cap"), QT_TRANSLATE_NOOP("Settings", "A cap on how big each update's step may be (empty: no cap)."),
          float, 1e-9, 1e9, optional=True, what=QT_TRANSLATE_NOOP("Settings", "The gradient cap"), message=QT_TRANSLATE_NOOP("Settings", "The gradient cap must be a positive number (or none)."), rllib="grad_clip", form=False),
    Field("max_timesteps", QT_TRANSLATE_NOOP("Settings", "Stop after steps"), QT_TRANSLATE_NOOP("Settings", "Training stops once the agent has played this many moves in all."),
          int, 1, 10**12, optional=True, what=QT_TRANSLATE_NOOP("Settings", "The step limit"), form=False),
    Field("max_time_s", QT_TRANSLATE_NOOP("Settings", "Stop after seconds"), QT_TRANSLATE_NOOP("Settings", "Training stops once it has run this many seconds."),
          float, 1e-3, 10**9, optional=True, what=QT_TRANSLATE_NOOP("Settings", "The time limit"), form=False),
    Field("seed", QT_TRANSLATE_NOOP("Settings", "Seed"), QT_TRANSLATE_NOOP("Settings", "A number that makes a run repeatable. Leave empty for a different run each time."),
          int, 0, 2**31 - 1, optional=True, what=QT_TRANSLATE_NOOP("Settings", "The seed"), message=QT_TRANSLATE_NOOP("Settings", "The seed must be a whole number between 0 and 2147483647.")),
)
FIELDS_BY_NAME = {f.name: f for f in FIELDS}


def fields_for(algorithm: str) -> list[Field]:
    """The settings that mean something for this algorithm, in the form's order."""
    return [f for f in FIELDS if f.applies_to(algorithm)]


# "Standard": RLlib 2.60's own defaults for each algorithm, what the tutorial's `rllib train` ran.
STANDARD_BY_ALGORITHM: dict[str, dict[str, Any]] = {
    "PPO": dict(iterations=20, checkpoint_freq=10, hidden=(256, 256), lr=5e-5, lr_end=None, train_batch=4000,
                minibatch=128, epochs=30, env_runners=0, envs_per_runner=1, gamma=0.99, lambda_=1.0,
                entropy_coeff=0.0, vf_loss_coeff=1.0, kl_loss=True, vf_clip=10.0),
    "DQN": dict(iterations=20, checkpoint_freq=10, hidden=(256, 256), lr=5e-4, lr_end=None, train_batch=32,
                env_runners=0, envs_per_runner=1, gamma=0.99, steps_per_iteration=1000, replay_buffer=50_000,
                learning_starts=1000, epsilon_end=0.05, epsilon_steps=10_000, target_update=500),
    "SAC": dict(iterations=20, checkpoint_freq=10, hidden=(256, 256), lr=3e-4, lr_end=None, train_batch=256,
                env_runners=0, envs_per_runner=1, gamma=0.99, steps_per_iteration=100, replay_buffer=1_000_000,
                learning_starts=1500, tau=0.005, initial_alpha=1.0),
}

# "Quick demo" on CartPole: the fastest reliable way to a balanced pole on a 2-core laptop (issue #8's
# search, retuned in #14 against the last-100 rule). Sampling runs next to the learner (no EnvRunner
# actors), 32 carts side by side (a forward pass costs about the same for 8 carts or 32); 2 minibatches
# of 2000 per epoch at a higher rate, since RLlib's fixed cost per update dominates small ones; no KL penalty (clipping
# suffices, and it costs time per update); no cap on the value loss (RLlib's cap of 10 stalls the value
# function once returns grow); a learning rate that anneals, so the pole stays up once it is.
QUICK = TrainingSettings()
STANDARD = QUICK.replace(preset="standard", **STANDARD_BY_ALGORITHM["PPO"])
PRESETS: dict[str, TrainingSettings] = {"quick": QUICK, "standard": STANDARD}
PRESET_LABELS = {"quick": QT_TRANSLATE_NOOP("Settings", "Quick demo"), "standard": QT_TRANSLATE_NOOP("Settings", "Standard"),
                 "custom": QT_TRANSLATE_NOOP("Settings", "Custom")}


def preset(name: str, env: str = DEFAULT_GAME, algorithm: str | None = None) -> TrainingSettings:
    """A named preset ("quick" or "standard") for a game; `algorithm` other than the game's own gets RLlib's defaults."""
    spec = game(env)
    default = spec.default_algorithm
    algorithm = (algorithm or default).upper()
    if name not in PRESETS:
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "Unknown preset {name}; choose quick or standard."), name=quoted(name)))
    if algorithm not in ALGORITHMS:
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "Unknown algorithm {name}; choose one of {choices}."), name=quoted(algorithm), choices=", ".join(ALGORITHMS)))
    solved = spec.solved_return if math.isfinite(spec.solved_return) else None
    base = QUICK.replace(env=spec.env_id, algorithm=algorithm, target_return=solved)
    if name == "quick" and algorithm == default:
        return base.replace(**spec.quick)
    return base.replace(preset=name, **STANDARD_BY_ALGORITHM[algorithm])


def _in_bounds(f: Field, value: Any) -> bool:
    if f.kind is float and not math.isfinite(value):
        return False
    return (f.low is None or value >= f.low) and (f.high is None or value <= f.high)


def validate(settings: TrainingSettings, available_cpus: float | None = None) -> TrainingSettings:
    """Return the settings unchanged if they can work, else raise SettingsError with one sentence.

    `available_cpus` is what Ray has; a run needing more would wait forever, so it is refused.
    """
    s = settings
    algorithm = find_algorithm(s.algorithm)
    if algorithm is None:
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "Unknown algorithm {name}; choose one of {choices}."), name=quoted(s.algorithm), choices=", ".join(ALGORITHMS)))
    spec = find_game(s.env)
    if spec is not None and not algorithm.plays(spec.continuous):
        template = (QT_TRANSLATE_NOOP("Messages", "{algorithm} cannot play {game}, whose action is an amount (a continuous action); use {able}.")
                    if spec.continuous else
                    QT_TRANSLATE_NOOP("Messages", "{algorithm} cannot play {game}, whose action is one of a few moves; use {able}."))
        able = " / ".join(a.name for a in ALGORITHMS.values() if a.plays(spec.continuous))
        raise SettingsError(Sentence(template, algorithm=algorithm.name, game=spec.name, able=able))
    if s.gsde and algorithm.name == "PPO" and spec is not None and not spec.continuous:
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "State-dependent exploration tries amounts, but {game}'s action is one of a few moves; turn it off."), game=spec.name))
    for f in FIELDS:
        value = getattr(s, f.name)
        if value is None or f.kind in (tuple, bool) or f.name == "target_return":
            continue
        if not _in_bounds(f, value):
            raise SettingsError(f.sentence())
    if not 1 <= len(s.hidden) <= MAX_LAYERS:
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "The network needs between 1 and {layers} hidden layers."), layers=MAX_LAYERS))
    if any(not 1 <= h <= MAX_LAYER_WIDTH for h in s.hidden):
        raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "Each hidden layer must have between 1 and {width} units."), width=MAX_LAYER_WIDTH))
    _validate_target(s)
    if algorithm.name == "PPO" and not (32 <= s.train_batch and s.minibatch <= s.train_batch):
        if s.train_batch < 32:
            raise SettingsError(Sentence(QT_TRANSLATE_NOOP("Messages", "The train batch size must be between 32 and {high:,} steps."), high=MAX_BATCH))
        raise SettingsError(QT_TRANSLATE_NOOP("Messages", "The minibatch must be at least 8 steps and no larger than the train batch."))
    if not isinstance(s.extra, dict):
        raise SettingsError(QT_TRANSLATE_NOOP("Messages", "Extra RLlib settings must be a JSON object such as {\"lr\": 0.001}."))
    if available_cpus is not None and s.cpus_needed() > available_cpus + 1e-9:
        raise SettingsError(Sentence(
            QT_TRANSLATE_NOOP("Messages", "These settings need {needed} CPUs (1 for the run + {runners} EnvRunners) "
                              "but Ray has {free:g} free; use at most {most} EnvRunners."),
            needed=s.cpus_needed(), runners=s.env_runners, free=available_cpus, most=max(int(available_cpus) - 1, 0)))
    return s


def _validate_target(s: TrainingSettings) -> None:
    target = s.target_return
    if target is None:
        return
    if not math.isfinite(target):
        raise SettingsError(QT_TRANSLATE_NOOP("Messages", "The target mean return must be a finite number (or empty: never stop early)."))
    spec = find_game(s.env)
    if spec is not None and not spec.min_return < target <= spec.max_return:
        raise SettingsError(Sentence(
            QT_TRANSLATE_NOOP("Messages", "The target mean return must be above {low:g} and at most {high:g} ({game}'s maximum)."),
            low=spec.min_return, high=spec.max_return, game=spec.name))
