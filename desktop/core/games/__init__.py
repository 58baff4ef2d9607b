"""The catalog of games: one `GameSpec` per game, in one file per game, read by every layer.

Validation, charts (solved line, ranges), gauges, run names, export and the command line
all ask this registry; nothing else names a game. Adding a game is one file here (plus a
renderer in `desktop.sim` only if gymnasium's own picture needs help).
"""

from __future__ import annotations

from desktop.core.games.acrobot import ACROBOT
from desktop.core.games.cartpole import CARTPOLE
from desktop.core.games.frozenlake import FROZENLAKE
from desktop.core.games.lunarlander import LUNARLANDER
from desktop.core.games.mountaincar import MOUNTAINCAR
from desktop.core.games.pendulum import PENDULUM
from desktop.core.games.spec import GameSpec, Observation

GAMES: dict[str, GameSpec] = {
    spec.env_id: spec for spec in (CARTPOLE, ACROBOT, MOUNTAINCAR, PENDULUM, LUNARLANDER, FROZENLAKE)
}
DEFAULT_GAME = CARTPOLE.env_id

__all__ = ["DEFAULT_GAME", "GAMES", "GameSpec", "Observation", "find_game", "game"]


def find_game(env_id: str) -> GameSpec | None:
    """The spec of a game in the catalog (exact id, or its name or slug in any case); None if not there."""
    if env_id in GAMES:
        return GAMES[env_id]
    wanted = env_id.strip().lower()
    for spec in GAMES.values():
        if wanted in (spec.env_id.lower(), spec.slug, spec.name.lower()):
            return spec
    return None


def game(env_id: str) -> GameSpec:
    """The spec of a catalog game; a generic spec (no picture, no gauges) for any other id."""
    return find_game(env_id) or GameSpec.generic(env_id)
