"""What the app knows about one game: names a non-programmer understands, limits, keys, its quick preset."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Observation:
    """One number the agent sees, as a gauge shows it."""

    name: str
    unit: str = ""
    half_range: float = 1.0  # the gauge spans -half_range..+half_range (0..2*half_range when `centred` is off)
    lost_at: float | None = None  # |value| beyond which the game is lost (drawn red)
    factor: float = 1.0  # shown value = value * factor (e.g. radians shown as degrees)
    decimals: int = 2
    signed: bool = True  # False for a count or an index (a grid world's square)

    def text(self, value: float) -> str:
        unit = f" {self.unit}" if self.unit and self.unit != "°" else self.unit
        sign = "+" if self.signed else ""
        return f"{value * self.factor:{sign}.{self.decimals}f}{unit}"


@dataclass(frozen=True)
class GameSpec:
    """One game of the catalog: a gymnasium environment and everything the app shows about it."""

    env_id: str
    name: str  # plain name
    goal: str  # one line a non-programmer understands
    reward_note: str  # what earns a point
    observations: tuple[Observation, ...]
    actions: tuple[str, ...]  # discrete: one label per action; continuous: one label per action dimension
    max_return: float  # the chart's top (and the highest target allowed)
    min_return: float  # the chart's bottom
    solved_return: float  # the "solved" line; the quick preset stops here
    max_steps: int  # an episode's step limit
    fps: int = 50  # steps per second at normal speed
    continuous: bool = False
    action_low: float = -1.0  # continuous actions only
    action_high: float = 1.0
    keys: tuple[tuple[str, int], ...] = ()  # (Qt key name, action) a person plays with; empty: not playable
    idle_action: int | None = None  # the action when no key is held (None: alternate the keyed actions)
    push: bool = False  # whether "push" applies (a game file in desktop.sim implements it)
    slug: str = ""
    default_algorithm: str = "PPO"
    quick: dict[str, Any] = field(default_factory=dict)  # the Quick demo preset: TrainingSettings values
    quick_note: str = ""  # how long the Quick demo takes, said before it starts
    env_config: dict[str, Any] = field(default_factory=dict)  # keyword arguments for gymnasium.make
    # Training steps many copies at once in one numpy call: True, gymnasium ships such a version (CartPole);
    # "module:Class", ours (a VectorEnv in desktop/sim, registered as the gymnasium id's vector entry point).
    vector_env: bool | str = False
    one_hot: int = 0  # a grid world: the observation is a cell number, seen one-hot over this many cells
    human_speed: float = 1.0  # play-it-yourself starts at this speed
    turn_based: bool = False  # a person plays one step per key press (a grid world)
    lost_text: str = QT_TRANSLATE_NOOP("Games", "Game over")  # the banner when a game ends without reaching the goal
    won_text: str = QT_TRANSLATE_NOOP("Games", "Solved!")  # ... and when it reaches it
    survival: bool = False  # the goal is to last until the step limit (CartPole), not a score
    score_unit: str = QT_TRANSLATE_NOOP("Games", "points")  # what a score counts
    has_picture: bool = True  # False for ids outside the catalog: trained headless only
    ready_policy: bool = False  # the app ships a trained policy (resources/ready/<slug>/policy.npz) to show at once

    @property
    def playable(self) -> bool:
        return bool(self.keys) and not self.continuous

    def won(self, episode_return: float, steps: int) -> bool:
        """Did this episode reach the goal?"""
        return steps >= self.max_steps if self.survival else episode_return >= self.solved_return

    @property
    def obs_size(self) -> int:
        return len(self.observations)

    @classmethod
    def generic(cls, env_id: str) -> GameSpec:
        """A registered gymnasium id outside the catalog: it trains from the command line, with no picture."""
        slug = re.sub(r"[^a-z0-9]+", "-", env_id.lower()).strip("-")[:24] or "env"
        return cls(
            env_id=env_id, name=env_id, goal=QT_TRANSLATE_NOOP("Games", "A gymnasium environment outside RL Playground's catalog."),
            reward_note="", observations=(), actions=(), max_return=float("inf"), min_return=float("-inf"),
            solved_return=float("inf"), max_steps=0, slug=slug, has_picture=False,
        )
