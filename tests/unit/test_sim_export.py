"""GIF export (Pillow, the pygame renderer, no Qt) and metrics as CSV."""

from __future__ import annotations

import csv
import math

from PIL import Image

from desktop.core.events import IterationResult
from desktop.core.export import COLUMNS, metrics_csv
from desktop.sim.export import END_HOLD_MS, write_gif
from desktop.sim.game import Episode, play
from desktop.sim.policy import RandomPolicy


def test_gif_has_one_frame_per_state_and_plays_at_50_fps(tmp_path):
    episodes = play(RandomPolicy(seed=0), "CartPole-v1", episodes=2, seed=5)
    total = sum(e.steps + 1 for e in episodes)  # the start and every step
    assert all(e.steps == e.episode_return for e in episodes)  # CartPole pays one point a step
    path = tmp_path / "rollout.gif"
    assert write_gif(episodes, path) == total
    with Image.open(path) as gif:
        assert gif.format == "GIF" and gif.is_animated and gif.n_frames == total
        assert gif.size == (300, 200) and gif.info["loop"] == 0
        durations = []
        for i in range(gif.n_frames):
            gif.seek(i)
            durations.append(gif.info["duration"])
    assert durations[0] == 20 and durations[episodes[0].steps] == END_HOLD_MS and durations[-1] == END_HOLD_MS


def test_nothing_to_save_is_one_clear_sentence(tmp_path):
    try:
        write_gif([Episode("CartPole-v1", 0)], tmp_path / "empty.gif")
    except ValueError as exc:
        assert "nothing to save" in str(exc)
    else:
        raise AssertionError("an empty GIF was written")


def test_metrics_csv_has_a_header_and_empty_cells_for_missing_values():
    rows = [
        IterationResult(1, 1000, math.nan, math.nan, math.nan, math.nan, 0, 1.0, 1.0),
        IterationResult(2, 2000, 21.5, 9.0, 40.0, 21.5, 47, 1.0, 2.0, policy_loss=0.1),
    ]
    table = list(csv.reader(metrics_csv(rows).splitlines()))
    assert table[0] == COLUMNS and len(table) == 3
    record = dict(zip(table[0], table[2], strict=True))
    assert record["iteration"] == "2" and float(record["episode_return_mean"]) == 21.5
    assert dict(zip(table[0], table[1], strict=True))["episode_return_mean"] == ""
