"""SweepRun: a Ray actor that runs a Ray Tune sweep of PPO trials, and its handle for the driver.

`Tuner.fit` runs in the actor's own thread; a Tune callback turns each trial's
results into the same events a TrainingRun sends (tagged with the trial id), an
RLlib callback adds each trial's latest policy weights to its result, and the
driver polls the actor like a TrainingRun. Ray Tune and RLlib are imported only
inside the actor, so the window's process never loads them.
"""

from __future__ import annotations

import logging
import os
import threading
import traceback
from pathlib import Path
from typing import Any

import ray

from desktop.core.events import Event, PolicyWeights, RunFailed, RunFinished, RunStatus
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.metrics import RETURN_MEAN, iteration_result
from desktop.core.sweep_spec import SweepSpec
from desktop.core.sweep_store import TrialUpdate
from desktop.engine.mailbox import Mailbox
from desktop.engine.session import RunHandle

log = logging.getLogger("desktop.engine")

_ACTIVE: SweepLoop | None = None  # the sweep this process runs; Tune's callback reports to it


class SweepLoop:
    """Runs one Tune experiment in a thread and queues what happens as events."""

    def __init__(self, spec: dict[str, Any], experiment: str, resume: bool = False):
        self.spec = SweepSpec.from_dict(spec)
        self.experiment = Path(experiment)
        self.resume = resume
        self._mailbox = Mailbox()  # events, and each trial's newest weights, for the driver's next poll
        self._status: dict[str, str] = {}
        self._located: set[str] = set()
        self._interrupt = threading.Event()
        self._thread = threading.Thread(target=self._run, name="tune-fit", daemon=True)
        self._thread.start()

    def poll(self, wait_s: float = 0.0) -> list[Event | TrialUpdate]:
        """Events since the last poll; only each trial's newest weights (they are the big part).
        With `wait_s`, waits that long for news if there is none yet."""
        return self._mailbox.take(wait_s)

    def stop(self) -> None:
        """Interrupt like Ctrl-C does for Tune: running trials are saved as unfinished, so restore resumes them."""
        self._interrupt.set()
        self._emit(RunStatus("stopping", QT_TRANSLATE_NOOP("Messages", "Stopping the sweep; it can be resumed later.")))

    def done(self) -> bool:
        return not self._thread.is_alive()

    def _emit(self, event: Event | TrialUpdate) -> None:
        self._mailbox.put(event)

    # -- called by the Tune callback, in the tune-fit thread ------------------------------
    def _update(self, trial: Any, status: str, result: dict | None = None, **fields: Any) -> TrialUpdate:
        last = result or trial.last_result or {}
        location = last.get("node_ip") and f"{last.get('node_ip')}:{last.get('pid')}"
        from desktop.engine.sweep_tune import trial_params

        return TrialUpdate(
            trial.trial_id, str(trial), status, trial_params(self.spec, trial), location or "",
            int(last.get("training_iteration") or 0), **fields,
        )

    def trial_seen(self, trial: Any, status: str | None = None) -> None:
        status = status or trial.status
        if self._status.get(trial.trial_id) == status:
            return
        self._status[trial.trial_id] = status
        update = self._update(trial, status)
        if status == "TERMINATED":
            target = self.spec.base.target_return
            reached = target is not None and (trial.last_result or {}).get(RETURN_MEAN, float("nan")) >= target
            early = update.iteration < self.spec.base.iterations and not reached
            update = self._update(trial, status, early_stopped=early)
        elif status == "ERROR":
            error = trial.get_error() if hasattr(trial, "get_error") else None
            update = self._update(trial, status, error=str(error or "the trial failed").splitlines()[0][:200])
        self._emit(update)

    def trial_result(self, trial: Any, result: dict, weights: dict | None) -> None:
        self.trial_seen(trial, "RUNNING")
        iteration = int(result.get("training_iteration") or 0)
        if trial.trial_id not in self._located and result.get("node_ip"):
            self._located.add(trial.trial_id)
            self._emit(self._update(trial, "RUNNING", result))
        self._emit(iteration_result(result, iteration, trial_id=trial.trial_id))
        if weights:
            self._mailbox.put_latest(trial.trial_id, PolicyWeights(iteration, weights, trial.trial_id))

    def trial_checkpointed(self, trial: Any, path: str) -> None:
        iteration = int((trial.last_result or {}).get("training_iteration") or 0)
        status = self._status.get(trial.trial_id, trial.status)
        self._emit(self._update(trial, status, checkpoint=str(path), checkpoint_iteration=iteration))

    # -- the tune-fit thread ----------------------------------------------------------------
    def _run(self) -> None:
        global _ACTIVE
        _ACTIVE = self
        try:
            self._emit(RunStatus("building", QT_TRANSLATE_NOOP("Messages", "Starting Ray Tune…")))
            from desktop.engine.sweep_tune import make_tuner

            tuner = make_tuner(self.spec, self.experiment, self.resume, self._interrupt)
            self._emit(RunStatus("running"))
            tuner.fit()
            # Tune creates trials as it has room for them: count the ended ones against the sweep's size.
            ended = sum(s in ("TERMINATED", "ERROR") for s in self._status.values())
            interrupted = self._interrupt.is_set() and ended < self.spec.trials
            self._emit(RunFinished("stopped" if interrupted else "all trials finished"))
        except Exception as exc:
            self._emit(RunFailed(Sentence(QT_TRANSLATE_NOOP("Messages", "The sweep failed: {error}"), error=str(exc).splitlines()[0] if str(exc) else ""), traceback.format_exc()))
        finally:
            _ACTIVE = None


@ray.remote(num_cpus=0, max_concurrency=4, max_restarts=0)
class SweepRun:
    """The Ray actor hosting a SweepLoop: Tune's driver runs here, the trials are its own actors."""

    def __init__(self) -> None:
        os.environ.setdefault("TUNE_GLOBAL_CHECKPOINT_S", "5")  # a killed sweep loses at most ~5 s of state
        # An iteration in which no game ended (Pendulum's 200 steps over 20 copies, a small batch) reports no
        # mean return; Tune's strict check would end the whole sweep over it. The trial goes on until one does.
        os.environ["TUNE_DISABLE_STRICT_METRIC_CHECKING"] = "1"
        self._loop: SweepLoop | None = None

    def start(self, spec: dict[str, Any], experiment: str, resume: bool = False) -> None:
        self._loop = SweepLoop(spec, experiment, resume)

    def poll(self, wait_s: float = 0.0) -> list[Event | TrialUpdate]:
        return self._loop.poll(wait_s) if self._loop else []

    def stop(self) -> None:
        if self._loop:
            self._loop.stop()


class SweepHandle(RunHandle):
    """The driver's side of a SweepRun: one `poll` in flight, checked with `ray.wait(timeout=0)` (as a run's)."""

    def __init__(self, spec: SweepSpec, experiment: Path, resume: bool = False):
        # No placement group here (unlike a run's): Tune reserves each trial's CPU itself.
        self.actor: Any = SweepRun.remote()  # type: ignore[attr-defined]  # @ray.remote adds it
        self.actor.start.remote(spec.to_dict(), str(experiment), resume)
        self._pending: Any = None
        self.finished = False

    def poll(self) -> list[Event | TrialUpdate]:  # type: ignore[override]
        lost = QT_TRANSLATE_NOOP("Messages", "The sweep's process stopped; resume the sweep to finish its trials.")
        # Only the actor's own loss is reworded; Tune's failure inside it keeps its sentence.
        return [RunFailed(lost, e.traceback, interrupted=True) if isinstance(e, RunFailed) and e.interrupted else e
                for e in super().poll()]

    def stop(self, checkpoint: bool | None = None) -> None:
        self.actor.stop.remote()

    def release(self) -> None:
        """End the actor (and with it every trial it started)."""
        self.finished = True
        try:
            ray.kill(self.actor)
        except Exception:  # already gone with Ray
            log.debug("the sweep's actor was already gone", exc_info=True)


def ended(events: list[Any]) -> bool:
    return any(isinstance(e, (RunFinished, RunFailed)) and not e.trial_id for e in events)

