"""Play CartPole yourself: turns key presses (or on-screen buttons) into CartPole's two actions.

CartPole always pushes the cart, left (action 0) or right (action 1); there is no "do nothing".
So a held key pushes that way every step, a short tap pushes for a few steps, and with no key
the pushes alternate left/right, which nearly cancel out: the cart drifts only as the pole leans.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LEFT, RIGHT = 0, 1
TAP_STEPS = 2  # one tap of a key pushes for this many steps (a nudge: 0.04 s of game time)


@dataclass
class HumanController:
    """The player's intent, asked for one action per simulation step."""

    held: set[int] = field(default_factory=set)
    queued: list[int] = field(default_factory=list)
    _last: int = RIGHT

    def press(self, action: int) -> None:
        self.held.add(action)
        self.queued = [action] * TAP_STEPS

    def release(self, action: int) -> None:
        self.held.discard(action)

    def clear(self) -> None:
        self.held.clear()
        self.queued.clear()

    def next_action(self) -> int:
        if self.queued:
            self._last = self.queued.pop(0)
        elif len(self.held) == 1:
            self._last = next(iter(self.held))
        else:
            self._last = LEFT if self._last == RIGHT else RIGHT
        return self._last


@dataclass
class Scoreboard:
    """Steps survived: the player's last and best game next to the agent's best."""

    human_last: int = 0
    human_best: int = 0
    agent_best: int = 0
    games: int = 0

    def human_finished(self, steps: int) -> None:
        self.games += 1
        self.human_last = steps
        self.human_best = max(self.human_best, steps)

    def agent_finished(self, steps: int) -> None:
        self.agent_best = max(self.agent_best, steps)

    def line(self, current: int | None = None) -> str:
        if current is not None:
            now = f"You: {current} steps"
        else:
            now = f"Your last game: {self.human_last} steps" if self.games else "Your turn!"
        return f"{now}\nyour best: {self.human_best} · the agent's best: {self.agent_best}"
