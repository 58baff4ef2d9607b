"""A checkpoint on disk: how it travels (a tar archive's bytes) and the app's plain-array policy.npz beside RLlib's files."""

from __future__ import annotations

import io
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

POLICY_FILE = "policy.npz"
RLLIB_MODULE_PATH = Path("learner_group", "learner", "rl_module", "default_policy")


def pack_folder(folder: Path) -> bytes:
    """A folder as the bytes of an uncompressed tar archive (how checkpoints travel)."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for item in sorted(Path(folder).iterdir()):
            tar.add(item, arcname=item.name)
    return buffer.getvalue()


def unpack_archive(archive: bytes, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive), mode="r") as tar:
        tar.extractall(folder, filter="data")


def save_policy(folder: Path, weights: dict[str, Any]) -> None:
    arrays: dict[str, Any] = {k: np.asarray(v) for k, v in weights.items()}
    np.savez(folder / POLICY_FILE, **arrays)


def load_policy(folder: Path) -> dict[str, np.ndarray]:
    with np.load(folder / POLICY_FILE) as data:
        return {k: data[k] for k in data.files}


@dataclass
class Checkpoint:
    iteration: int
    path: Path

    @property
    def has_policy(self) -> bool:
        return (self.path / POLICY_FILE).is_file()
