"""`rl-playground sweep`: a Ray Tune sweep from the command line, with Tune's live status table.

    rl-playground sweep --grid hidden=64,64:256,256 --grid lr=0.0001:0.0003 --iterations 15 --scheduler asha
    rl-playground sweep --random lr=0.00001..0.001 --samples 8
    rl-playground sweep --resume SWEEP_ID

Ray is imported only once the arguments are known to be good.
"""

from __future__ import annotations

import argparse
import math
import time
from pathlib import Path
from typing import Any

from desktop.cli_numbers import UsageError, bounded_int
from desktop.cli_train import add_setting_flags, setting_changes
from desktop.core import settings as settings_mod
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.machine import local_cpus
from desktop.core.sweep_spec import PARAMS, SweepSpec, build_spec, validate_spec
from desktop.core.sweep_store import SweepRecord, SweepStore, params_text
from desktop.core.sweep_table import SweepTable

DEFAULT_ITERATIONS = 15
TABLE_EVERY_S = 2.0


def add_sweep_parser(sub: Any) -> None:
    sweep = sub.add_parser("sweep", help="try several settings at once with Ray Tune (grid or random search)")
    names = ", ".join(PARAMS)
    sweep.add_argument("--grid", action="append", default=[], metavar="NAME=V1:V2",
                       help=f"try every value (a colon separates values, a comma a list value); NAME is one of {names}")
    sweep.add_argument("--random", action="append", default=[], metavar="NAME=LOW..HIGH",
                       help="draw from a range (log-uniform for lr) or among V1:V2")
    sweep.add_argument("--samples", type=bounded_int(1, 10**4), help="how many times to draw (random search; default 4)")
    sweep.add_argument("--scheduler", default="fifo", help="fifo (every trial runs to the end) or asha (stop losers early)")
    sweep.add_argument("--grace-period", type=bounded_int(1, 10**9), help="ASHA: iterations each trial gets before it can be stopped")
    sweep.add_argument("--max-concurrent", type=bounded_int(1, 10**4), help="trials at once (default: as many as Ray has CPUs)")
    sweep.add_argument("--run", metavar="ALG", help="the algorithm every trial trains (default: the game's own)")
    sweep.add_argument("--env", metavar="ENV", help="the game (default CartPole-v1)")
    sweep.add_argument("--preset", choices=["quick", "standard"], default="quick", help="the settings every trial starts from")
    add_setting_flags(sweep)  # every trial starts from these: --iterations (DEFAULT_ITERATIONS unless given), --lr, --gsde, --config, …
    sweep.add_argument("--resume", metavar="SWEEP_ID", help="finish an interrupted sweep (finished trials are not run again)")
    sweep.add_argument("--trust", action="store_true", help="allow --adopt/--resume of a sweep whose files this app did not write")
    sweep.add_argument("--adopt", metavar="SWEEP_ID", help="copy the sweep's best trial into the runs, to watch it or train it on")
    sweep.add_argument("--address", help="connect to a running Ray cluster at HOST:PORT (needs storage all nodes share)")
    sweep.add_argument("--storage", metavar="FOLDER",
                       help="Tune's experiment folder on storage every node mounts at the same path (default: the data "
                            "folder, right for one machine); checked on every node before a trial starts")


def spec_from_args(args: argparse.Namespace) -> SweepSpec:
    env = "CartPole-v1"
    if args.env is not None:
        from desktop.sim.game import check_env_id  # gymnasium: only when a game is named

        env = check_env_id(args.env).env_id
    base = settings_mod.preset(args.preset, env, args.run).replace(iterations=DEFAULT_ITERATIONS)
    return build_spec(
        base.replace(**setting_changes(args, base)), args.grid, args.random, args.samples, args.scheduler,
        grace_period=args.grace_period, max_concurrent=args.max_concurrent,
    )


def cmd_sweep(args: argparse.Namespace) -> int:
    store = SweepStore()
    if args.adopt:
        return _adopt_best(store, args.adopt, args.trust)
    record: SweepRecord | None = None
    storage = Path(args.storage).expanduser().absolute() if args.storage else None
    if args.resume:
        if args.grid or args.random or storage:
            raise UsageError(QT_TRANSLATE_NOOP("Messages", "--resume continues a saved sweep; leave out --grid, --random and --storage"))
        record = store.resumable(args.resume, args.trust)
        spec = record.spec
        storage = record.tune_path.parent if record.info.get("storage") else None
    else:
        spec = spec_from_args(args)
        validate_spec(spec, available_cpus=None if args.address else local_cpus())
        if spec.base.extra:
            from desktop.engine.algorithms import check_settings

            check_settings(spec.base)  # RLlib's own word on --config, before Ray starts
    from desktop.engine import shared_storage

    if storage is not None:
        shared_storage.check_local_folder(storage)
    from desktop.engine import runtime

    runtime.start(address=args.address)
    try:
        if storage is not None:
            shared_storage.check_shared_folder(storage)  # every node, before any trial starts
        if record is None:
            record = store.create(spec, engine=args.address or "local", storage=storage)
        return _watch(record, spec, args)
    finally:
        runtime.shutdown()


def _watch(record: SweepRecord, spec: SweepSpec, args: argparse.Namespace) -> int:
    from desktop.core.events import RunFailed, RunFinished
    from desktop.core.resources import memory_line
    from desktop.core.sweep_store import SweepRecorder
    from desktop.engine.runtime import ResourceMonitor
    from desktop.engine.sweep import SweepHandle

    snapshot = ResourceMonitor().sample()
    table = SweepTable.from_record(record) if args.resume else SweepTable([p.name for p in spec.params])
    recorder = SweepRecorder(record)
    handle = SweepHandle(spec, record.tune_path, resume=bool(args.resume))
    at_once = min(spec.max_concurrent or spec.trials, int(snapshot.cpus_total // spec.base.cpus_needed()) or 1)
    header = [
        "== Status ==",
        memory_line(snapshot),
        f"Sweep {record.id}: {spec.describe()}",
        f"Resources requested: {at_once * spec.base.cpus_needed()}/{snapshot.cpus_total:g} CPUs "
        f"({at_once} trials at once, {spec.base.cpus_needed()} CPU each)",
        f"Result logdir: {record.tune_path}",
    ]
    if args.address and not record.info.get("storage"):
        header.append("On a cluster of several machines, Tune needs this folder on storage every node shares (--storage).")
    outcome: Any = None
    interrupted = False
    shown = 0.0
    dirty = True
    while outcome is None:
        try:
            events = handle.poll()
            recorder.handle(events)
            dirty = table.apply(events) or dirty
            outcome = next((e for e in events if isinstance(e, (RunFinished, RunFailed)) and not e.trial_id), None)
            if (dirty and time.monotonic() - shown >= TABLE_EVERY_S) or outcome is not None:
                print("\n".join([*header, table.counts(), *table.text()]), flush=True)
                shown, dirty = time.monotonic(), False
            time.sleep(0.1)
        except KeyboardInterrupt:
            if interrupted:
                raise
            interrupted = True
            print("Stopping the sweep (it can be resumed); Ctrl-C again to quit now.", flush=True)
            handle.stop()
    handle.release()
    if isinstance(outcome, RunFailed):
        print(f"rl-playground: {outcome.reason}", flush=True)
        return 1
    _print_best(record, table)
    if outcome.reason == "stopped":
        print(f"Sweep {record.id} was interrupted; finish it with: rl-playground sweep --resume {record.id}")
    return 0


def _print_best(record: SweepRecord, table: SweepTable) -> None:
    best = table.best()
    if best is None:
        print(f"Sweep {record.id}: no trial reported a mean return.")
        return
    checkpoint = record.trials().get(best.trial_id, {}).get("checkpoint") or "none yet"
    print(f"Best trial: {best.name} ({params_text(best.params)}) with mean return {best.reward:.1f} "
          f"after {best.iteration} iterations.")
    print(f"Best trial's checkpoint: {checkpoint}")
    print(f"Keep it as a run (to watch it or train it on): rl-playground sweep --adopt {record.id}")


def _adopt_best(store: SweepStore, sweep_id: str, trust: bool = False) -> int:
    from desktop.core.store import RunStore, StoreError

    record = store.get(sweep_id) if "/" not in sweep_id else None
    best = record.best_trial() if record is not None else None
    if record is None or best is None:
        raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "No sweep called '{sweep_id}' with a finished iteration was found."), sweep_id=sweep_id))
    run = record.adopt_trial(RunStore(), best[0], trusted_by_user=trust)
    print(f"Run {run.id} holds the best trial of sweep {record.id} (mean return {best[1]:.1f}).")
    print(f"Watch it: rl-playground rollout {run.id}; train it on: rl-playground train --resume {run.id} --iterations N")
    return 0


def print_sweeps(store: SweepStore | None = None) -> None:
    """The sweeps beside the runs, for `rl-playground runs`."""
    sweeps = (store or SweepStore()).sweeps()
    if not sweeps:
        return
    print()
    print(f"{'sweep id':<32} {'date':<16} {'status':<11} {'trials':>6} {'best return':>11}  what")
    for sweep in sweeps:
        info = sweep.info
        date = time.strftime("%Y-%m-%d %H:%M", time.localtime(info.get("created", 0)))
        best = sweep.best_trial()
        best_text = "" if best is None or math.isnan(best[1]) else f"{best[1]:.1f}"
        print(f"{sweep.id:<32} {date:<16} {info.get('status', '?'):<11} {len(sweep.trials()):>6} {best_text:>11}  "
              f"{info.get('description', '')}")
