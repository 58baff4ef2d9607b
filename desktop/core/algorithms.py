"""The catalog of algorithms: what each is called, which games it can play, and its own settings.

How each maps to RLlib's config lives in `desktop.engine.algorithms`; how its policy is played
greedily without torch lives in `desktop.sim.policy`. Both are keyed by `AlgorithmSpec.name`.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class AlgorithmSpec:
    name: str  # RLlib's name: PPO, DQN, SAC
    label: str  # in plain words
    discrete: bool  # plays games with a few actions (push left / right)
    continuous: bool  # plays games with an amount (a torque between -2 and 2)

    def plays(self, continuous: bool) -> bool:
        return self.continuous if continuous else self.discrete


ALGORITHMS: dict[str, AlgorithmSpec] = {
    spec.name: spec
    for spec in (
        AlgorithmSpec("PPO", QT_TRANSLATE_NOOP("Algorithms", "PPO (proximal policy optimization)"), True, True),
        AlgorithmSpec("DQN", QT_TRANSLATE_NOOP("Algorithms", "DQN (deep Q-network)"), True, False),
        AlgorithmSpec("SAC", QT_TRANSLATE_NOOP("Algorithms", "SAC (soft actor-critic)"), False, True),
    )
}


def find_algorithm(name: str) -> AlgorithmSpec | None:
    return ALGORITHMS.get(str(name).strip().upper())
