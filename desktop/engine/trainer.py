"""TrainingRun: a Ray actor that owns the RLlib Algorithm and loops `train()` in its own thread.

It is a threaded actor, so `poll`, `pause`, `resume` and `stop` are answered while an
iteration runs. Everything it reports is an event from `desktop.core.events`;
checkpoints travel as bytes, so a run on a remote node lands on the user's disk.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ray

from desktop.core.errors import UserError
from desktop.core.events import (
    CheckpointSaved,
    Event,
    IterationResult,
    PolicyWeights,
    RunFailed,
    RunFinished,
    RunStatus,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.metrics import iteration_result
from desktop.core.settings import TrainingSettings
from desktop.core.store import pack_folder, unpack_archive
from desktop.engine.mailbox import Mailbox

log = logging.getLogger("desktop.engine")


class TrainingLoop:
    """The loop itself, free of Ray's actor machinery (the actor below hosts it)."""

    def __init__(
        self,
        settings: dict[str, Any],
        start_iteration: int = 0,
        checkpoint: bytes | None = None,
        time_offset_s: float = 0.0,
        prebuilt: Any = None,
    ):
        self.settings = TrainingSettings.from_dict(settings)
        self._prebuilt = prebuilt
        self.iteration = start_iteration
        self.time_offset_s = time_offset_s
        self._checkpoint = checkpoint
        self._mailbox = Mailbox()  # the events for the driver's next poll
        self._running = threading.Event()
        self._running.set()
        self._stop = threading.Event()
        self._checkpoint_on_stop = self.settings.checkpoint_at_end
        self._healthy_env_runners = self.settings.env_runners
        self._env_runner_restarts = 0
        self._alive_nodes: dict[str, str] = {}
        self._workdir = Path(tempfile.mkdtemp(prefix="rl-playground-run-"))
        self._thread = threading.Thread(target=self._run, name="training-loop", daemon=True)
        self._thread.start()

    # -- called from the driver (through the actor) --------------------------------
    def poll(self, wait_s: float = 0.0) -> list[Event]:
        """The events since the last poll; with `wait_s`, waits that long for one if there are none yet."""
        return self._mailbox.take(wait_s)

    def pause(self) -> None:
        self._running.clear()
        self._emit(RunStatus("paused"))

    def resume(self) -> None:
        self._running.set()
        self._emit(RunStatus("running"))

    def stop(self, checkpoint: bool | None = None) -> None:
        """End after the current iteration; `checkpoint` overrides the run's checkpoint-at-end."""
        if checkpoint is not None:
            self._checkpoint_on_stop = checkpoint
        self._stop.set()
        self._running.set()
        self._emit(RunStatus("stopping"))

    def done(self) -> bool:
        return not self._thread.is_alive()

    # -- the training thread -------------------------------------------------------
    def _emit(self, *events: Event) -> None:
        self._mailbox.put(*events)

    def _run(self) -> None:
        algo = None
        try:
            from desktop.engine.algorithms import algorithm_config, policy_state

            algo, self._prebuilt = self._prebuilt, None
            if algo is None:  # no standby built it in advance
                self._emit(RunStatus("building", Sentence(QT_TRANSLATE_NOOP("Messages", "Building the {algorithm} algorithm…"), algorithm=self.settings.algorithm)))
                algo = algorithm_config(self.settings).build_algo()
            if self._checkpoint is not None:
                folder = self._workdir / "restore"
                unpack_archive(self._checkpoint, folder)
                algo.restore_from_path(str(folder))
                self._checkpoint = None
            self._emit(PolicyWeights(self.iteration, policy_state(algo)))
            self._emit(RunStatus("running"))
            reason = self._loop(algo, policy_state)
            self._emit(RunFinished(reason))
        except Exception as exc:
            error = exc.args[0] if isinstance(exc, UserError) and exc.args else (str(exc).splitlines() or [""])[0]
            self._emit(RunFailed(Sentence(QT_TRANSLATE_NOOP("Messages", "Training failed: {error}"), error=error), traceback.format_exc()))
        finally:
            if algo is not None:
                try:
                    algo.stop()
                except Exception:  # the run's outcome is already reported; this only goes to the actor's log
                    log.warning("stopping the algorithm failed", exc_info=True)
            shutil.rmtree(self._workdir, ignore_errors=True)

    def _loop(self, algo: Any, policy_state: Any) -> str:
        s = self.settings
        last_saved = -1
        reason: str = Sentence(QT_TRANSLATE_NOOP("Messages", "reached {n} iterations"), n=s.iterations)
        while self.iteration < s.iterations:
            while not self._running.wait(0.2):
                pass
            if self._stop.is_set():
                reason = QT_TRANSLATE_NOOP("Messages", "stopped")
                break
            raw = algo.train()
            self._report_env_runner_restarts(algo)
            self.iteration += 1
            result = iteration_result(raw, self.iteration, self.time_offset_s)
            # One poll gets both: the window shows an iteration's numbers and its policy together.
            self._emit(result, PolicyWeights(self.iteration, policy_state(algo)))
            if s.checkpoint_freq and self.iteration % s.checkpoint_freq == 0:
                self._save(algo, policy_state)
                last_saved = self.iteration
            if self._reached_target(result):
                reason = Sentence(QT_TRANSLATE_NOOP("Messages", "reached mean return {target:g}"), target=s.target_return)
                break
            if s.max_timesteps is not None and result.timesteps >= s.max_timesteps:
                reason = Sentence(QT_TRANSLATE_NOOP("Messages", "reached {steps:,} environment steps"), steps=s.max_timesteps)
                break
            if s.max_time_s is not None and result.time_total_s >= s.max_time_s:
                reason = Sentence(QT_TRANSLATE_NOOP("Messages", "reached {seconds:g} seconds of training"), seconds=s.max_time_s)
                break
            if self._stop.is_set():
                reason = QT_TRANSLATE_NOOP("Messages", "stopped")
                break
        at_end = self._checkpoint_on_stop if self._stop.is_set() else s.checkpoint_at_end
        if at_end and last_saved != self.iteration and self.iteration > 0:
            self._save(algo, policy_state)
        return reason

    def _report_env_runner_restarts(self, algo: Any) -> None:
        """RLlib restarts a failed EnvRunner by itself; say so, since the user may wonder at the pause.

        When a node of the cluster went away with its EnvRunners, say that, and with how many
        EnvRunners training goes on (the lost ones come back when a node has room for them)."""
        group = getattr(algo, "env_runner_group", None)
        if group is None or not self.settings.env_runners:
            return
        healthy = group.num_healthy_remote_workers()
        left = self._nodes_left()
        # A restart within one iteration leaves the healthy count as it was: RLlib's counter tells.
        restarts = group.num_remote_worker_restarts()
        restarted, self._env_runner_restarts = restarts > self._env_runner_restarts, restarts
        if left or restarted or healthy != self._healthy_env_runners:
            if left:
                where = ", ".join(sorted(left))
                self._emit(RunStatus("running", Sentence(QT_TRANSLATE_NOOP(
                    "Messages", "A worker node ({where}) left the cluster; training goes on with {count} EnvRunner(s)."),
                    where=where, count=healthy)))
            elif healthy < self._healthy_env_runners:
                self._emit(RunStatus("running", Sentence(QT_TRANSLATE_NOOP(
                    "Messages", "An EnvRunner stopped; training goes on with {count} EnvRunner(s)."), count=healthy)))
            else:
                self._emit(RunStatus("running", Sentence(QT_TRANSLATE_NOOP(
                    "Messages", "RLlib restarted an EnvRunner; training goes on with {count} EnvRunner(s)."), count=healthy)))
            self._healthy_env_runners = healthy

    def _nodes_left(self) -> set[str]:
        """Addresses of nodes that were alive at the last look and are not now (the first look sees none leave)."""
        try:
            alive = {n["NodeID"]: n.get("NodeManagerAddress", "?") for n in ray.nodes() if n.get("Alive")}
        except Exception:  # the GCS itself is gone: the driver reports that
            return set()
        left = {address for node, address in self._alive_nodes.items() if node not in alive}
        self._alive_nodes = alive
        return left

    def _reached_target(self, result: IterationResult) -> bool:
        target = self.settings.target_return
        return target is not None and result.episode_return_mean >= target

    def _save(self, algo: Any, policy_state: Any) -> None:
        folder = self._workdir / f"checkpoint-{self.iteration}"
        algo.save_to_path(str(folder))
        archive = pack_folder(folder)
        shutil.rmtree(folder, ignore_errors=True)
        self._emit(CheckpointSaved(self.iteration, archive, policy_state(algo)))


def _import_rllib() -> None:
    """The slow part of starting a run (~4 s): torch and RLlib, imported once per process."""
    import torch

    torch.set_num_threads(1)  # one core for the learner: the other one keeps the window smooth
    from ray.rllib.algorithms.ppo import PPOConfig  # noqa: F401


# num_cpus=0: a standby actor must not hold a CPU while the user runs Ray lessons; the
# driver reserves the learner's CPU with a placement group for the length of a run.
@ray.remote(num_cpus=0, max_concurrency=4, max_restarts=0)
class TrainingRun:
    """The Ray actor hosting a TrainingLoop; the learner runs here.

    Created in advance as a standby, it imports torch and RLlib (and can build the
    algorithm for likely settings) before the user presses Start.
    """

    def __init__(self) -> None:
        self._loop: TrainingLoop | None = None
        self._prebuilt: tuple[TrainingSettings, Any] | None = None
        self._building = threading.Lock()  # start() waits for a build in progress instead of building twice
        # Pause/Stop pressed while start() still waits for the build: applied once the loop exists.
        self._control = threading.Lock()
        self._early: list[Callable[[TrainingLoop], None]] = []
        self._started = threading.Event()  # the loop exists: polls are answered by it
        self._warm = threading.Thread(target=_import_rllib, name="warm-up", daemon=True)
        self._warm.start()

    def prepare(self, settings: dict[str, Any]) -> None:
        """Build the algorithm for `settings` now, in case the next run uses exactly these."""
        self._warm.join()
        from desktop.engine.algorithms import algorithm_config

        with self._building:
            if self._loop is None and self._prebuilt is None:
                prepared = TrainingSettings.from_dict(settings)
                self._prebuilt = (prepared, algorithm_config(prepared).build_algo())

    def start(self, settings: dict[str, Any], start_iteration: int = 0, checkpoint: bytes | None = None,
              time_offset_s: float = 0.0) -> None:
        self._warm.join()
        with self._building:
            prebuilt = None
            wanted = TrainingSettings.from_dict(settings)
            if self._prebuilt is not None and checkpoint is None and wanted.same_algorithm(self._prebuilt[0]):
                prebuilt = self._prebuilt[1]
            elif self._prebuilt is not None:
                self._prebuilt[1].stop()
            self._prebuilt = None
            loop = TrainingLoop(settings, start_iteration, checkpoint, time_offset_s, prebuilt)
        with self._control:
            self._loop = loop
            for control in self._early:
                control(loop)
        self._started.set()

    def poll(self, wait_s: float = 0.0) -> list[Event]:
        """As TrainingLoop.poll; while the run is still starting, the poll is held as long (then: no news)."""
        if not self._started.wait(wait_s):
            return []
        return self._loop.poll(wait_s) if self._loop else []

    def _apply(self, control: Callable[[TrainingLoop], None]) -> None:
        with self._control:
            if self._loop is None:
                self._early.append(control)
                return
        control(self._loop)

    def pause(self) -> None:
        self._apply(TrainingLoop.pause)

    def resume(self) -> None:
        self._apply(TrainingLoop.resume)

    def stop(self, checkpoint: bool | None = None) -> None:
        self._apply(lambda loop: loop.stop(checkpoint))

    def pid(self) -> int:
        return os.getpid()
