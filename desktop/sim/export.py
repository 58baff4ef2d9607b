"""Rollouts as animated GIFs, drawn with the same gymnasium renderer as the window (no Qt, works headless).

An episode is kept as what makes it happen again (`desktop.sim.game.Episode`): the frames are
drawn only when a GIF is written, by stepping the same game again.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from desktop.core.games import game
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.sim.game import Episode, replay

GIF_WIDTH = 300  # small files, still easy to read
END_HOLD_MS = 600  # the last frame of an episode stays this long
MIN_GIF_STEPS = 25  # a game that just began is too short to save: the previous one is saved instead

__all__ = ["END_HOLD_MS", "episode_to_save", "render_frames", "write_gif"]


def episode_to_save(current: Episode, previous: Episode | None) -> Episode:
    """The game on screen, or the previous one if this one has only just begun."""
    if current.steps < MIN_GIF_STEPS and previous is not None and previous.steps > current.steps:
        return previous
    return current


def render_frames(episode: Episode, width: int = GIF_WIDTH) -> list[Image.Image]:
    """One labelled frame per step of the episode (its start included), drawn as the window draws them."""
    images = []
    font = None
    for sim, step in replay(episode):
        image = Image.fromarray(sim.frame())
        if image.width != width:
            height = round(image.height * width / image.width)
            image = image.reduce(2) if image.width == 2 * width else image.resize((width, height), Image.Resampling.BILINEAR)
        font = font or ImageFont.load_default(size=max(10, round(image.width / 21)))
        # The step number on each frame also keeps Pillow from merging two frames that look the same.
        ImageDraw.Draw(image).text((8, 6), f"step {step}", fill=(34, 34, 34), font=font)
        images.append(image)
    return images


def write_gif(episodes: Sequence[Episode], path: str | Path, width: int = GIF_WIDTH) -> int:
    """Write one frame per step of each episode as a looping animated GIF; returns the number of frames.

    The last frame of each episode is held a moment longer, so one sees how it ended.
    """
    if not episodes or all(e.steps == 0 for e in episodes):
        raise ValueError(QT_TRANSLATE_NOOP("Messages", "There is nothing to save yet: no episode has been played."))
    images: list[Image.Image] = []
    durations: list[int] = []
    for episode in episodes:
        frames = render_frames(episode, width)
        frame_ms = round(1000 / game(episode.env_id).fps)
        durations += [frame_ms] * (len(frames) - 1) + [END_HOLD_MS]
        images += frames
    # One palette from the first frame for all: ~20x faster than one per frame, and no flicker.
    palette = images[0].quantize(colors=255, method=Image.Quantize.FASTOCTREE)
    frames = [image.quantize(palette=palette, dither=Image.Dither.NONE) for image in images]
    frames[0].save(Path(path), save_all=True, append_images=frames[1:], duration=durations, loop=0)
    return len(frames)
