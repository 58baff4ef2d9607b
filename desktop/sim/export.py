"""Rollouts as animated GIFs, drawn with the same pygame renderer as the window (no Qt, works headless).

An episode is kept as its list of physics states (four numbers a step), not as pictures:
the frames are drawn again only when a GIF is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from desktop.sim.cartpole import FPS, CartPoleSim, record_episodes

GIF_SCALE = 0.5  # 300 x 200 pixels: small files, still easy to read
END_HOLD_MS = 600  # the last frame of an episode stays this long


__all__ = ["END_HOLD_MS", "episode_return", "record_episodes", "render_frames", "write_gif"]


def episode_return(states: Sequence[np.ndarray]) -> float:
    """CartPole pays 1 per step, so an episode's return is its number of steps."""
    return float(len(states) - 1)


def render_frames(states: Iterable[np.ndarray], scale: float = GIF_SCALE, steps: Iterable[int] | None = None) -> list[Image.Image]:
    """Frames of the given states; with `steps`, each frame shows its step number as the window does."""
    sim = CartPoleSim()
    sim.reset(seed=0)
    font = ImageFont.load_default(size=max(10, round(28 * scale)))
    labels = iter(steps) if steps is not None else None
    images = []
    try:
        for state in states:
            image = Image.fromarray(sim.frame_of(state))
            if scale == 0.5:
                image = image.reduce(2)  # a fast 2x2 box filter
            elif scale != 1:
                image = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.BILINEAR)
            if labels is not None:
                ImageDraw.Draw(image).text((8, 6), f"step {next(labels)}", fill=(34, 34, 34), font=font)
            images.append(image)
    finally:
        sim.close()
    return images


def _palette() -> Image.Image:
    """The renderer's few colours (white, black, the pole's tan, the axle's blue) and their blends.

    A fixed palette is ~20x faster than computing one per frame.
    """
    base = [(255, 255, 255), (0, 0, 0), (202, 152, 101), (129, 132, 203), (34, 34, 34)]
    colours = list(base)
    for a in base[1:]:
        for b in ((255, 255, 255), (0, 0, 0)):
            for t in (0.25, 0.5, 0.75):
                colours.append(tuple(round(x * t + y * (1 - t)) for x, y in zip(a, b, strict=True)))
    palette = Image.new("P", (1, 1))
    palette.putpalette([c for colour in colours for c in colour] + [0] * (3 * (256 - len(colours))))
    return palette


def write_gif(episodes: Sequence[Sequence[np.ndarray]], path: str | Path, fps: int = FPS, scale: float = GIF_SCALE) -> int:
    """Write one frame per state of each episode as a looping animated GIF; returns the number of frames.

    The last frame of each episode is held a moment longer, so one sees how it ended.
    """
    states = [state for episode in episodes for state in episode]
    if not states:
        raise ValueError("There is nothing to save yet: no episode has been played.")
    frame_ms = round(1000 / fps)
    durations = []
    for episode in episodes:
        durations += [frame_ms] * len(episode)
        if episode:
            durations[-1] = END_HOLD_MS
    # The step number on each frame also keeps Pillow from merging two frames that look the same.
    steps = [step for episode in episodes for step in range(len(episode))]
    images = render_frames(states, scale, steps)
    palette = _palette()
    frames = [image.quantize(palette=palette, dither=Image.Dither.NONE) for image in images]
    frames[0].save(Path(path), save_all=True, append_images=frames[1:], duration=durations, loop=0)
    return len(frames)
