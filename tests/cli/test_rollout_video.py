"""`rl-playground rollout RUN --video out.gif`: a real process, headless, no Qt and no Ray runtime."""

from __future__ import annotations

import os
import subprocess
import sys

from PIL import Image

from desktop.core.store import RunStore, save_policy
from tests.unit.test_sim import mlp_weights


def test_rollout_writes_an_animated_gif(data_home, tiny, tmp_path):
    run = RunStore().create_run(tiny)
    folder = run.folder / "checkpoints" / "2"
    folder.mkdir(parents=True)
    save_policy(folder, mlp_weights(seed=2))
    out = tmp_path / "out.gif"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "rollout", run.id, "--episodes", "1", "--seed", "4", "--video", str(out)],
        capture_output=True, text=True, timeout=240, env=env,
    )
    assert result.returncode == 0, result.stderr
    reward = float(result.stdout.split("Episode #0: reward: ")[1].split()[0])
    frames = int(result.stdout.split("Saved ")[1].split()[0])
    assert frames == reward + 1  # the start and one frame per step
    with Image.open(out) as gif:
        assert gif.is_animated and gif.n_frames == frames and gif.size == (300, 200)


def test_a_video_that_is_not_a_gif_is_refused_in_one_line(data_home):
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "rollout", "some-run", "--video", "out.mp4"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2 and result.stderr.strip() == "rl-playground: error: --video must name a .gif file"
