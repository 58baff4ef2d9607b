"""A checkpoint's policy weights as numpy arrays, for rollouts in a process without torch.

The app's own checkpoints carry `policy.npz`; any other RLlib checkpoint is read
with RLlib (`RLModule.from_checkpoint`), in-process for the CLI or in a Ray task
for the GUI, which never imports torch.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import ray

from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.metrics import policy_only
from desktop.core.store import POLICY_FILE, RLLIB_MODULE_PATH, StoreError, load_policy

FILTER_STATE_PATH = Path("env_runner", "env_to_module_connector", "MeanStdFilter", "state.pkl")


def read_policy_weights(checkpoint: str | Path) -> dict[str, np.ndarray]:
    """Weights of the checkpoint's default policy; StoreError with one sentence if unreadable."""
    folder = Path(checkpoint).expanduser().resolve()
    if (folder / POLICY_FILE).is_file():
        try:
            return load_policy(folder)
        except (OSError, ValueError) as exc:
            raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "The policy file in {folder} is damaged ({error})."), folder=str(folder), error=str(exc))) from None
    module_dir = folder / RLLIB_MODULE_PATH
    if not module_dir.is_dir():
        raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "{folder} is not an RLlib checkpoint (no policy inside)."), folder=str(folder)))
    try:
        from ray.rllib.core.rl_module.rl_module import RLModule

        module = RLModule.from_checkpoint(str(module_dir))
        state: dict[str, Any] = module.get_state()
    except Exception as exc:
        raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "The checkpoint in {folder} could not be read ({error})."), folder=str(folder), error=type(exc).__name__)) from None
    weights = {k: np.asarray(v) for k, v in policy_only(state).items()}
    return weights | _observation_filter(folder)


def _observation_filter(folder: Path) -> dict[str, np.ndarray]:
    """The MeanStdFilter's numbers saved beside the module, if training rescaled observations ({} if not).
    Unpickled like the module itself: only for checkpoints the user chose to trust (issue #15)."""
    import pickle

    from desktop.engine.algorithms import observation_filter

    path = folder / FILTER_STATE_PATH
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as file:
            return observation_filter(pickle.load(file))
    except Exception as exc:
        raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "The checkpoint in {folder} could not be read ({error})."), folder=str(folder), error=type(exc).__name__)) from None


@ray.remote(num_cpus=0)
def read_policy_weights_task(checkpoint: str) -> dict[str, np.ndarray]:
    return read_policy_weights(checkpoint)
