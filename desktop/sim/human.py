"""Play a game yourself: turns key presses (or on-screen buttons) into the game's actions.

A held key repeats its action every step and a short tap lasts a few steps. With no key, a game
with a "do nothing" action (`GameSpec.idle_action`) does nothing; CartPole has none — it always
pushes the cart — so there the pushes alternate left/right, which nearly cancel out: the cart
drifts only as the pole leans. A turn-based game (a grid world) takes one step per key press.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence

LEFT, RIGHT = 0, 1
TAP_STEPS = 2  # one tap of a key pushes for this many steps (a nudge: 0.04 s of game time)


@dataclass
class HumanController:
    """The player's intent, asked for one action per simulation step."""

    held: set[int] = field(default_factory=set)
    queued: list[int] = field(default_factory=list)
    idle_action: int | None = None  # None: alternate LEFT and RIGHT (CartPole)
    turn_based: bool = False  # one step per press; no press, no step
    _last: int = RIGHT

    def press(self, action: int) -> None:
        if self.turn_based:
            self.queued.append(action)
            return
        self.held.add(action)
        self.queued = [action] * TAP_STEPS

    def release(self, action: int) -> None:
        self.held.discard(action)

    def clear(self) -> None:
        self.held.clear()
        self.queued.clear()

    def next_action(self) -> int | None:
        """The action for the next step; None when a turn-based game waits for a key."""
        if self.queued:
            self._last = self.queued.pop(0)
        elif self.turn_based:
            return None
        elif len(self.held) == 1:
            self._last = next(iter(self.held))
        elif self.idle_action is not None:
            return self.idle_action
        else:
            self._last = LEFT if self._last == RIGHT else RIGHT
        return self._last


@dataclass
class Scoreboard:
    """Scores (each game's return): the player's last and best game next to the agent's best."""

    unit: str = "steps"  # CartPole pays one point per step, so its score reads as steps survived
    human_last: float = 0.0
    human_best: float | None = None
    agent_best: float | None = None
    games: int = 0

    def human_finished(self, score: float) -> None:
        self.games += 1
        self.human_last = score
        self.human_best = score if self.human_best is None else max(self.human_best, score)

    def agent_finished(self, score: float) -> None:
        self.agent_best = score if self.agent_best is None else max(self.agent_best, score)

    def _text(self, score: float | None) -> str:
        return "–" if score is None else f"{score:.0f}"

    def line(self, current: float | None = None) -> Sentence:
        """Two lines; a `Sentence`, so the window can show it in its language."""
        now: str
        if current is not None:
            now = Sentence(QT_TRANSLATE_NOOP("Messages", "You: {score:.0f} {unit}"), score=current, unit=self.unit)
        elif self.games:
            now = Sentence(QT_TRANSLATE_NOOP("Messages", "Your last game: {score:.0f} {unit}"), score=self.human_last, unit=self.unit)
        else:
            now = QT_TRANSLATE_NOOP("Messages", "Your turn!")
        return Sentence(QT_TRANSLATE_NOOP("Messages", "{now}\nyour best: {yours} · the agent's best: {agent}"),
                        now=now, yours=self._text(self.human_best), agent=self._text(self.agent_best))
