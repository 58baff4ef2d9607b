"""EngineBridge: the GUI's only door to the engine. Polls Ray handles on QTimers and emits signals.

The GUI thread never waits on Ray: `ray.init` runs in a plain thread, resources
are sampled in the engine's own thread, a training run is polled with
`ray.wait(timeout=0)`, and a checkpoint's policy is read by a Ray task.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.errors import UserError
from desktop.core.events import Event, RunFailed, RunFinished
from desktop.core.resources import ready_line
from desktop.core.settings import TrainingSettings
from desktop.core.store import ResumePlan, RunRecord, RunRecorder


class EngineBridge(QObject):
    """Owns the Ray runtime, the current training run and the resource monitor for the window."""

    ray_ready = Signal(str)
    ray_failed = Signal(str)
    events_received = Signal(list)
    resources_sampled = Signal(object)
    policy_loaded = Signal(object, str)
    policy_failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.ready = False
        self.handle: Any = None
        self.recorder: RunRecorder | None = None
        self.monitor: Any = None
        self._start_error: str | None = None
        self._start_thread: threading.Thread | None = None
        self._policy_requests: list[tuple[Any, str]] = []
        self._poll_timer = QTimer(self, interval=100)
        self._poll_timer.timeout.connect(self._on_poll_timer)
        self._resource_timer = QTimer(self, interval=1000)
        self._resource_timer.timeout.connect(self._on_resource_timer)
        self._start_timer = QTimer(self, interval=50)
        self._start_timer.timeout.connect(self._on_start_timer)

    # -- runtime ------------------------------------------------------------------
    def start_runtime(self, address: str | None = None) -> None:
        """Start Ray in a thread; `ray_ready` or `ray_failed` follows."""
        from desktop.engine import runtime

        def start() -> None:
            try:
                runtime.start(address=address)
                self.monitor = runtime.ResourceMonitor()
                self.monitor.latest = self.monitor.sample()
            except UserError as exc:
                self._start_error = str(exc)
            except Exception as exc:  # Ray's own failures: one sentence, the rest to the log
                self._start_error = f"Ray could not start ({type(exc).__name__}: {exc})".splitlines()[0]

        self._start_thread = threading.Thread(target=start, name="ray-start", daemon=True)
        self._start_thread.start()
        self._start_timer.start()

    def _on_start_timer(self) -> None:
        if self._start_thread is None or self._start_thread.is_alive():
            return
        self._start_timer.stop()
        if self._start_error:
            self.ray_failed.emit(self._start_error)
            return
        self.ready = True
        self.monitor.start()
        self._resource_timer.start()
        self.ray_ready.emit(ready_line(self.monitor.latest))

    def available_cpus(self) -> float | None:
        snapshot = self.monitor.latest if self.monitor else None
        return None if snapshot is None else snapshot.cpus_total - snapshot.cpus_used

    def _on_resource_timer(self) -> None:
        if self.monitor is not None and self.monitor.latest is not None:
            self.resources_sampled.emit(self.monitor.latest)

    # -- training -----------------------------------------------------------------
    @property
    def training(self) -> bool:
        return self.handle is not None

    def start_training(self, settings: TrainingSettings, record: RunRecord, plan: ResumePlan | None = None) -> None:
        from desktop.engine.session import RunHandle

        self.recorder = RunRecorder(record)
        if plan is not None:
            self.handle = RunHandle(settings, plan.start_iteration, plan.archive, plan.time_offset_s)
        else:
            self.handle = RunHandle(settings)
        self._poll_timer.start()

    def pause(self) -> None:
        if self.handle:
            self.handle.pause()

    def resume(self) -> None:
        if self.handle:
            self.handle.resume()

    def stop(self, checkpoint: bool | None = None) -> None:
        if self.handle:
            self.handle.stop(checkpoint)

    def _on_poll_timer(self) -> None:
        self._poll_policy_requests()
        if self.handle is None:
            return
        events: list[Event] = self.handle.poll()
        if not events:
            return
        if self.recorder is not None:
            try:
                self.recorder.handle(events)
            except OSError as exc:
                events.append(RunFailed(f"Could not write the run to disk ({exc.strerror or exc}); training stopped."))
                self.handle.stop(checkpoint=False)
        if any(isinstance(e, (RunFinished, RunFailed)) for e in events):
            self.handle.release()
            self.handle = None
        self.events_received.emit(events)

    # -- policies for the simulator ------------------------------------------------
    def load_policy(self, checkpoint: str, label: str) -> None:
        """Read a checkpoint's policy in a Ray task; `policy_loaded(weights, label)` follows."""
        from desktop.engine.policy import read_policy_weights_task

        self._policy_requests.append((read_policy_weights_task.remote(checkpoint), label))
        self._poll_timer.start()

    def _poll_policy_requests(self) -> None:
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
                self.policy_loaded.emit(ray.get(ref), label)
            except Exception as exc:
                cause = getattr(exc, "cause", None) or exc
                text = str(cause) if isinstance(cause, UserError) else f"The checkpoint could not be read ({type(cause).__name__})."
                self.policy_failed.emit(text)

    # -- shutdown -----------------------------------------------------------------
    def shutdown(self) -> None:
        """End the run's actor, the monitor and Ray. Call once, when the window closes."""
        self._poll_timer.stop()
        self._resource_timer.stop()
        if self.monitor is not None:
            self.monitor.stop()
        if self.handle is not None:
            self.handle.release()
            self.handle = None
        if self._start_thread is not None:
            self._start_thread.join(timeout=30)
        from desktop.engine import runtime

        runtime.shutdown()
