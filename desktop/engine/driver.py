"""EngineDriver: one thread that makes every Ray call of a desktop session.

Ray's driver API deadlocked when the GUI thread and a resource-sampling thread
called into the GCS at the same time (ActorClass.remote vs cluster_resources),
so a single thread owns all of it: starting Ray, the training run's handle, the
resource samples, reading checkpoints and shutting down. Callers enqueue
commands and drain `outbox`; nothing here ever blocks the caller.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import UserError
from desktop.core.events import Event, RunFailed, RunFinished
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.resources import ResourceSnapshot, ready_line
from desktop.core.resume import ResumePlan
from desktop.core.settings import TrainingSettings
from desktop.core.store import RunRecord, RunRecorder
from desktop.engine.cluster_watch import ClusterWatch, lost_cluster_sentence
from desktop.engine.sweep_driver import SweepDriver

log = logging.getLogger("desktop.engine")
TICK_S = 0.05
RESOURCES_EVERY_S = 1.0


@dataclass(frozen=True)
class DriverMessage:
    """What the driver thread reports: kind is ready, failed, events, resources, policy, policy_failed, job, stopped."""

    kind: str
    payload: Any = None
    label: str = ""


class EngineDriver:
    def __init__(self) -> None:
        self.outbox: queue.Queue[DriverMessage] = queue.Queue()
        self._commands: queue.Queue[Callable[[], None]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.ready = False
        self.training = False
        self.latest: ResourceSnapshot | None = None
        self._handle: Any = None
        self._standby: Any = None
        self._recorder: RunRecorder | None = None
        self._policy_requests: list[tuple[Any, str]] = []
        self._address: str | None = None
        self._lock = threading.Lock()  # the recorder: the driver thread's, and the head watch's once the head is lost
        self.lost_cluster = False
        self.sweeps = SweepDriver(self._commands, self.outbox)  # a Ray Tune sweep beside the training run

    # -- called from any thread ------------------------------------------------------
    def start(self, address: str | None = None) -> None:
        self._thread = threading.Thread(target=self._main, args=(address,), name="ray-driver", daemon=True)
        self._thread.start()

    def start_training(
        self, settings: TrainingSettings, record: RunRecord, plan: ResumePlan | None = None, keep_checkpoints: int = 0
    ) -> None:
        self.training = True
        self._commands.put(lambda: self._start_training(settings, record, plan, keep_checkpoints))

    def pause(self) -> None:
        self._commands.put(lambda: self._handle and self._handle.pause())

    def resume(self) -> None:
        self._commands.put(lambda: self._handle and self._handle.resume())

    def stop_training(self, checkpoint: bool | None = None) -> None:
        self._commands.put(lambda: self._handle and self._handle.stop(checkpoint))

    def abandon_training(self) -> None:
        """Forget the run without waiting for it (its actor is ended)."""
        self._commands.put(self._release)

    def load_policy(self, checkpoint: str, label: str) -> None:
        self._commands.put(lambda: self._request_policy(checkpoint, label))

    def run_job(self, tag: str, job: Callable[[], Any]) -> None:
        """Run `job` in the driver thread (Ray calls are safe there; keep it to a few seconds).

        Its return value, or the exception it raised, comes back as DriverMessage("job", result, tag).
        """

        def wrapped() -> None:
            try:
                result = job()
            except Exception as exc:  # handed to the caller, who turns it into a sentence
                result = exc
            self.outbox.put(DriverMessage("job", result, tag))

        self._commands.put(wrapped)

    def shutdown(self, timeout_s: float = 30.0) -> None:
        """End the run's actor and Ray, then the thread; waits at most `timeout_s`."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout_s)

    def available_cpus(self) -> float | None:
        s = self.latest
        return None if s is None else s.cpus_total - s.cpus_used

    # -- the driver thread -------------------------------------------------------------
    def _main(self, address: str | None) -> None:
        from desktop.engine import runtime

        runtime.lower_this_thread(runtime.RAY_NICENESS)  # the window's thread keeps priority over Ray
        try:
            runtime.start(address=address)
            monitor = runtime.ResourceMonitor()
            self.latest = monitor.sample()
        except UserError as exc:
            self.outbox.put(DriverMessage("failed", exc.args[0] if exc.args else str(exc)))  # a Sentence stays one
            return
        except Exception as exc:  # Ray's own failures: one sentence, the log keeps why
            log.warning("Ray could not start", exc_info=True)
            reason = f"{type(exc).__name__}: {exc}".splitlines()[0]
            self.outbox.put(DriverMessage("failed", Sentence(QT_TRANSLATE_NOOP("Messages", "Ray could not start ({reason})"), reason=reason)))
            return
        self.ready = True
        self.outbox.put(DriverMessage("ready", ready_line(self.latest)))
        self._make_standby()
        self.outbox.put(DriverMessage("resources", self.latest))
        next_sample = time.monotonic() + RESOURCES_EVERY_S
        if address:
            self._address = address
            threading.Thread(target=self._watch_head, args=(address,), name="ray-head-watch", daemon=True).start()
        try:
            while not self._stop.is_set():
                self._run_commands()
                self._poll_run()
                self.sweeps.poll()
                self._poll_policies()
                if time.monotonic() >= next_sample:
                    next_sample = time.monotonic() + RESOURCES_EVERY_S
                    try:
                        self.latest = monitor.sample()
                        self.outbox.put(DriverMessage("resources", self.latest))
                    except Exception:  # a node going away mid-sample: try again next second
                        log.debug("a resource sample failed", exc_info=True)
                if self._handle is not None:
                    self._handle.wait(TICK_S)  # back at once when the run has news
                else:
                    self._stop.wait(TICK_S)
        finally:
            if not self.lost_cluster:  # else the head watch disconnects: Ray's calls would wait 60 s each
                self._release(standby=False)
                self.sweeps.close()
                runtime.shutdown()
            self.ready = False
            self.outbox.put(DriverMessage("stopped"))

    def _run_commands(self) -> None:
        while True:
            try:
                command = self._commands.get_nowait()
            except queue.Empty:
                return
            try:
                command()
            except Exception as exc:  # the driver thread's last resort: the run ends with a sentence, the log keeps why
                refused = Sentence(QT_TRANSLATE_NOOP("Messages", "The engine refused that: {error}"), error=(str(exc).splitlines() or [""])[0])
                self.outbox.put(DriverMessage("events", [RunFailed(refused, traceback.format_exc())]))

    def _start_training(
        self, settings: TrainingSettings, record: RunRecord, plan: ResumePlan | None, keep_checkpoints: int
    ) -> None:
        from desktop.engine.session import RunHandle

        self._recorder = RunRecorder(record, keep_checkpoints, plan.start_iteration if plan else None)
        standby, self._standby = self._standby, None
        if plan is not None:
            self._handle = RunHandle(settings, plan.start_iteration, plan.archive, plan.time_offset_s, standby)
        else:
            self._handle = RunHandle(settings, standby=standby)

    def _poll_run(self) -> None:
        if self._handle is None:
            return
        try:
            events: list[Event] = self._handle.poll()
        except Exception as exc:  # last resort (RunHandle turns a lost actor into RunFailed itself): the window hears why
            log.warning("polling the run failed", exc_info=True)
            events = [RunFailed(f"Training stopped: {type(exc).__name__}: {exc}".splitlines()[0], traceback.format_exc())]
        if not events:
            return
        if self._address and any(isinstance(e, RunFailed) for e in events) and ClusterWatch(self._address).lost(now=True):
            self._leave_lost_cluster()  # the run failed because the head is gone: say that
            return
        with self._lock:
            if self.lost_cluster:
                return
            if self._recorder is not None:
                try:
                    self._recorder.handle(events)
                except OSError as exc:
                    reason = Sentence(QT_TRANSLATE_NOOP("Messages", "Could not write the run to disk ({error}); training stopped."), error=str(exc.strerror or exc))
                    events.append(RunFailed(reason))
                    self._handle.stop(checkpoint=False)
        if any(isinstance(e, (RunFinished, RunFailed)) for e in events):
            self._release()
        self.outbox.put(DriverMessage("events", events))

    def _watch_head(self, address: str) -> None:
        """The head watch's own thread: the driver thread may be waiting in a Ray call that the lost head
        never answers. Once the head is gone: one sentence, then Ray is disconnected (~5 s) before Ray's
        60 s timeout ends this whole process."""
        from desktop.engine import runtime

        watch = ClusterWatch(address)
        while not self._stop.wait(watch.EVERY_S / 4):
            if watch.lost():
                self._leave_lost_cluster()
        if self.lost_cluster:
            runtime.shutdown()

    def _leave_lost_cluster(self) -> None:
        """The cluster's head stopped answering: the run is marked interrupted (resumable) and the window hears
        one sentence. Its actor and the standby are forgotten, not ended: that would be a Ray call."""
        with self._lock:
            if self.lost_cluster:
                return
            self.lost_cluster = True
            sentence = lost_cluster_sentence(str(self._address))
            log.warning("%s", sentence)
            if self._recorder is not None:
                failed = RunFailed(sentence, interrupted=True)
                try:
                    self._recorder.handle([failed])
                except OSError:
                    log.warning("could not mark the run interrupted", exc_info=True)
                self.outbox.put(DriverMessage("events", [failed]))
            self._handle = self._recorder = self._standby = None
            self.training = self.ready = False
            self._stop.set()
            self.outbox.put(DriverMessage("failed", sentence))

    def _release(self, standby: bool = True) -> None:
        """End the run's actor; keep (or end) a warm standby for the next run."""
        if self._handle is not None:
            self._handle.release()
        self._handle = None
        self._recorder = None
        self.training = False
        if standby:
            self._make_standby()
        elif self._standby is not None:
            import ray

            ray.kill(self._standby)
            self._standby = None

    def _make_standby(self) -> None:
        """A TrainingRun that imports torch and RLlib (and builds the Quick demo) before Start is pressed."""
        if self._standby is not None or self._stop.is_set():
            return
        from desktop.core.settings import QUICK
        from desktop.engine.trainer import TrainingRun

        self._standby = TrainingRun.remote()  # type: ignore[attr-defined]  # @ray.remote adds it
        self._standby.prepare.remote(QUICK.to_dict())

    def _request_policy(self, checkpoint: str, label: str) -> None:
        from desktop.engine.policy import read_policy_weights_task

        self._policy_requests.append((read_policy_weights_task.remote(checkpoint), label))

    def _poll_policies(self) -> None:
        if not self._policy_requests:
            return
        import ray

        for request in list(self._policy_requests):
            ref, label = request
            ready, _ = ray.wait([ref], timeout=0)
            if not ready:
                continue
            self._policy_requests.remove(request)
            try:
                self.outbox.put(DriverMessage("policy", ray.get(ref), label))
            except Exception as exc:  # whatever the task met reading the checkpoint: one sentence, the log keeps why
                log.warning("reading the checkpoint for %s failed", label, exc_info=True)
                cause = getattr(exc, "cause", None) or exc
                text = (cause.args[0] if cause.args else str(cause)) if isinstance(cause, UserError) else Sentence(
                    QT_TRANSLATE_NOOP("Messages", "The checkpoint could not be read ({error})."), error=type(cause).__name__)
                self.outbox.put(DriverMessage("policy_failed", text))
