"""The driver's side of a TrainingRun: start it, poll it without blocking, control it."""

from __future__ import annotations

import logging
import time
from typing import Any

import ray
from ray.exceptions import RayActorError, RayError
from ray.util.placement_group import placement_group, remove_placement_group

from desktop.core.events import Event, RunFailed, RunFinished
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.settings import TrainingSettings
from desktop.engine.trainer import TrainingRun

log = logging.getLogger("desktop.engine")

LONG_POLL_S = 0.5  # how long the actor holds a poll open when it has nothing new


class RunHandle:
    """Keeps one `poll` in flight and checks it with `ray.wait(timeout=0)`.

    Every method but `wait` returns at once; the driver's thread calls `wait` between its rounds,
    so an iteration's news reaches it as soon as the actor has it.
    """

    def __init__(
        self,
        settings: TrainingSettings,
        start_iteration: int = 0,
        checkpoint: bytes | None = None,
        time_offset_s: float = 0.0,
        standby: Any = None,
    ):
        self.actor: Any = standby if standby is not None else TrainingRun.remote()  # type: ignore[attr-defined]  # @ray.remote adds it
        # The learner's CPU, reserved for as long as the run lives (the actor itself asks for none).
        self.reservation = placement_group([{"CPU": 1}])
        self.actor.start.remote(settings.to_dict(), start_iteration, checkpoint, time_offset_s)
        self._pending: Any = None
        self.finished = False

    def poll(self) -> list[Event]:
        """Events since the last poll; [] while the answer is still on its way."""
        if self.finished:
            return []
        if self._pending is None:
            # The actor answers as soon as it has news (or after LONG_POLL_S): an iteration reaches
            # the window at once, not one polling period late.
            self._ask()
        try:
            ready, _ = ray.wait([self._pending], timeout=0)
        except (RayError, OSError) as exc:  # this machine's raylet is gone (its Ray processes were killed)
            self.finished = True
            return [RunFailed(f"Lost contact with Ray on this computer ({type(exc).__name__}).", interrupted=True)]
        if not ready:
            return []
        ref, self._pending = self._pending, None
        try:
            events: list[Event] = ray.get(ref)
        except RayActorError:
            self.finished = True
            return [
                RunFailed(
                    QT_TRANSLATE_NOOP("Messages", "The training process stopped unexpectedly; the run is marked interrupted — "
                                                  "choose it under Runs and press Resume to continue from its last checkpoint."),
                    interrupted=True,
                )
            ]
        except RayError as exc:
            self.finished = True
            return [RunFailed(Sentence(QT_TRANSLATE_NOOP("Messages", "Lost contact with the training process ({error})."), error=type(exc).__name__),
                              interrupted=True)]
        if events and not any(isinstance(e, (RunFinished, RunFailed)) for e in events):
            # The next question goes out at once: the actor holds it until its next news, so that
            # news is already on its way while the caller does other things. (No news: the run is
            # still starting, or quiet; the next poll asks again.)
            self._ask()
        return events

    def _ask(self) -> None:
        """Send the next poll; the actor answers it with its next news, or with none after LONG_POLL_S."""
        self._pending = self.actor.poll.remote(LONG_POLL_S)

    def wait(self, timeout_s: float) -> None:
        """Return when the poll in flight has its answer (the next `poll` takes it), at most `timeout_s` later."""
        if self.finished:
            time.sleep(timeout_s)
            return
        if self._pending is None:
            self._ask()
        try:
            ray.wait([self._pending], timeout=timeout_s)
        except Exception:  # Ray itself is gone: the next poll says so
            time.sleep(timeout_s)

    def pause(self) -> None:
        self.actor.pause.remote()

    def resume(self) -> None:
        self.actor.resume.remote()

    def stop(self, checkpoint: bool | None = None) -> None:
        self.actor.stop.remote(checkpoint)

    def release(self) -> None:
        """End the actor's process (after its RunFinished/RunFailed arrived)."""
        self.finished = True
        for end in (lambda: ray.kill(self.actor), lambda: remove_placement_group(self.reservation)):
            try:
                end()
            except Exception:  # already gone with its node or with Ray
                log.debug("the run's actor or reservation was already gone", exc_info=True)
