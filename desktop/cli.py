"""The `rl-playground` command: no command opens the window; train, rollout and runs work headless.

Qt is never imported here: the GUI is loaded only when no command is given.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from collections.abc import Sequence
from typing import Any, NoReturn

from desktop import __version__
from desktop.cli_numbers import bounded_int, finite_float
from desktop.cli_sweep import add_sweep_parser, cmd_sweep, print_sweeps
from desktop.core import netmode, signals, trust
from desktop.core import settings as settings_mod
from desktop.core.errors import UserError
from desktop.core.resume import plan_resume
from desktop.core.settings import QUICK, TrainingSettings
from desktop.core.store import RunStore, StoreError

# The Ray basics steps (desktop.core.lessons.STEPS), spelled out so the parser needs no import.
LESSON_STEPS = ["plain", "one_by_one", "all_at_once", "as_they_arrive", "actor"]
MAX_ROLLOUT_EPISODES = 1000
COMMANDS = ("gui", "train", "rollout", "runs", "lesson", "sweep")


class UsageError(Exception):
    """Bad command-line input: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="rl-playground", description="Watch reinforcement learning and Ray at work.")
    parser.add_argument("--version", action="version", version=f"rl-playground {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    train = sub.add_parser("train", help="train PPO on CartPole-v1 (like the classic `rllib train`)")
    train.add_argument("--preset", choices=["quick", "standard"], default="quick")
    train.add_argument("--iterations", type=bounded_int(1, 10**9), help="the iteration number at which the run stops")
    train.add_argument("--target-return", type=finite_float, help="stop once the mean return reaches this (0 = never)")
    train.add_argument("--checkpoint-freq", type=bounded_int(0, 10**9), help="save a checkpoint every N iterations (0 = never)")
    train.add_argument("--checkpoint-at-end", action="store_true", default=None, help="save a checkpoint at the end")
    train.add_argument("--hidden", help="hidden layer sizes, e.g. 256,256")
    train.add_argument("--lr", type=finite_float, help=f"learning rate (Quick demo: where it starts; it then falls linearly to {QUICK.lr_end:g} over {QUICK.lr_decay_steps:,} steps)")
    train.add_argument("--train-batch", type=bounded_int(1, 10**9), help="environment steps per iteration")
    train.add_argument("--minibatch", type=bounded_int(1, 10**9), help="steps per gradient step")
    train.add_argument("--epochs", type=bounded_int(1, 10**6), help="passes over each batch")
    train.add_argument("--env-runners", type=bounded_int(0, 10**4), help="EnvRunner actors sampling in parallel (0 = in the run itself)")
    train.add_argument("--seed", type=bounded_int(0, 2**31 - 1), help="random seed for a reproducible run")
    train.add_argument("--resume", metavar="RUN_OR_CHECKPOINT", help="continue a run (or start from a checkpoint)")
    train.add_argument("--address", help="connect to a running Ray cluster at HOST:PORT instead of a local one")
    train.add_argument("--trust", action="store_true", help="allow --resume from a checkpoint outside the data folder")

    rollout = sub.add_parser("rollout", help="watch a checkpoint play (like the classic `rllib rollout`)")
    rollout.add_argument("checkpoint", metavar="RUN_OR_CHECKPOINT")
    rollout.add_argument("--episodes", type=bounded_int(1, MAX_ROLLOUT_EPISODES), default=10)
    rollout.add_argument("--seed", type=bounded_int(0, 2**31 - 1), default=None)
    rollout.add_argument("--trust", action="store_true", help="allow a checkpoint from outside the data folder")
    rollout.add_argument("--video", metavar="OUT.gif", help="also save the episodes as an animated GIF (no window needed)")

    sub.add_parser("runs", help="list the runs in the data folder")

    gui = sub.add_parser("gui", help="open the window (the same as no command)")
    gui.add_argument("--start", action="store_true", help="start training as soon as Ray is ready (for demos)")
    gui.add_argument("--presenter", action="store_true", help="open in presenter mode (full screen, big; F5 leaves)")
    gui.add_argument("--view", choices=["watch", "play", "compare"], help="the simulator's view: the agent, you, or before / after")
    gui.add_argument("--page", choices=["train", "basics", "sweep"], help="the page to open on (basics: the Ray lessons)")
    gui.add_argument("--start-sweep", action="store_true", help="open the Sweep tab and start its sweep once Ray is ready")
    gui.add_argument("--lesson", choices=LESSON_STEPS, help="open the Ray basics page and run this step once Ray is ready")

    lesson = sub.add_parser("lesson", help="Ray's basics, from the classic tutorial's DNS example: tasks or actors")
    lesson.add_argument("topic", choices=["tasks", "actors"])
    lesson.add_argument("--names", type=bounded_int(1, 1000), default=3, help="how many names to look up (tasks only)")
    lesson.add_argument("--delay", type=finite_float, default=0.5, help="seconds each look-up takes")
    lesson.add_argument("--cpus", type=finite_float, default=1.0, help="CPUs each task asks Ray for")
    add_sweep_parser(sub)
    return parser


def settings_from_args(args: argparse.Namespace) -> TrainingSettings:
    s = settings_mod.preset(args.preset)
    changes: dict[str, Any] = {}
    names = {
        "iterations": "iterations",
        "checkpoint_freq": "checkpoint_freq",
        "lr": "lr",
        "train_batch": "train_batch",
        "minibatch": "minibatch",
        "epochs": "epochs",
        "env_runners": "env_runners",
        "seed": "seed",
    }
    for arg, field in names.items():
        value = getattr(args, arg)
        if value is not None:
            changes[field] = value
    if args.hidden is not None:
        if len(args.hidden) > 200:
            raise UsageError("--hidden is too long; give a few layer sizes such as 256,256")
        changes["hidden"] = settings_mod.parse_hidden(args.hidden)
    if args.target_return is not None:
        changes["target_return"] = args.target_return if args.target_return > 0 else None
    if args.checkpoint_at_end:
        changes["checkpoint_at_end"] = True
    return s.replace(**changes)


def _row(name: str, status: str, r: Any) -> str:
    reward = "" if math.isnan(r.episode_return_mean) else f"{r.episode_return_mean:.1f}"
    sps = "" if math.isnan(r.steps_per_second) else f"{r.steps_per_second:.0f}"
    return f"| {name:<44} | {status:<10} | {r.iteration:>4} | {r.time_total_s:>8.1f} | {r.timesteps:>7} | {reward:>7} | {sps:>7} |"


def cmd_train(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    store = RunStore()
    plan = None
    if args.resume is not None:
        require_trust(store, args.resume, args.trust)
        plan = plan_resume(store, args.resume, args.iterations)
        settings = plan.record.settings
    # A local runtime gets every CPU of this machine: refuse what cannot fit before starting Ray.
    settings_mod.validate(settings, available_cpus=None if args.address else os.cpu_count())
    store.ensure_writable()

    from desktop.engine import runtime

    runtime.start(address=args.address)
    from desktop.core.events import CheckpointSaved, IterationResult, RunFailed, RunFinished
    from desktop.core.resources import memory_line
    from desktop.core.store import RunRecorder
    from desktop.engine.session import RunHandle

    try:
        snapshot = runtime.ResourceMonitor().sample()
        settings_mod.validate(settings, available_cpus=snapshot.cpus_total - snapshot.cpus_used)
        record = plan.record if plan else store.create_run(settings, engine=args.address or "local")
        recorder = RunRecorder(record, resume_from=plan.start_iteration if plan else None)
        handle = (
            RunHandle(settings, plan.start_iteration, plan.archive, plan.time_offset_s)
            if plan
            else RunHandle(settings)
        )
        name = record.info.get("name", record.id)
        print("== Status ==")
        print(memory_line(snapshot))
        print(f"Resources requested: {settings.cpus_needed()}/{snapshot.cpus_total:g} CPUs, 0/{snapshot.gpus_total:g} GPUs")
        print(f"Result logdir: {record.folder}")
        header = f"| {'Trial name':<44} | {'status':<10} | {'iter':>4} | {'time (s)':>8} | {'ts':>7} | {'reward':>7} | {'steps/s':>7} |"
        print("+" + "-" * (len(header) - 2) + "+")
        print(header)
        print("+" + "-" * (len(header) - 2) + "+", flush=True)
        outcome: Any = None
        interrupted = False
        while outcome is None:
            try:
                events = handle.poll()
                recorder.handle(events)
                for event in events:
                    if isinstance(event, IterationResult):
                        print(_row(name, "RUNNING", event), flush=True)
                    elif isinstance(event, CheckpointSaved):
                        print(f"Checkpoint saved at iteration {event.iteration}.", flush=True)
                    elif isinstance(event, (RunFinished, RunFailed)):
                        outcome = event
                time.sleep(0.05)
            except KeyboardInterrupt:
                if interrupted:
                    raise
                interrupted = True
                print("Stopping after this iteration (and saving a checkpoint); Ctrl-C again to quit now.", flush=True)
                handle.stop(checkpoint=True)
        handle.release()
        if isinstance(outcome, RunFailed):
            recorder.handle([outcome])
            print(f"rl-playground: {outcome.reason}", file=sys.stderr)
            return 1
        print(f"Run {record.id} finished: {outcome.reason}.")
        for checkpoint in record.checkpoints():
            print(f"Checkpoint: {checkpoint.path}")
        return 0
    finally:
        runtime.shutdown()


def require_trust(store: RunStore, spec: str, trusted: bool) -> tuple[Any, Any]:
    """RLlib checkpoints are pickles: the one trust rule (desktop.core.trust) or --trust."""
    if not spec.strip():
        raise UsageError("an empty run or checkpoint name was given")
    run, checkpoint = store.resolve(spec)
    trust.require_trust(checkpoint, store.home, trusted)
    return run, checkpoint


def cmd_rollout(args: argparse.Namespace) -> int:
    if args.episodes < 1:
        raise UsageError("--episodes must be at least 1")
    if args.video and not args.video.lower().endswith(".gif"):
        raise UsageError("--video must name a .gif file")
    store = RunStore()
    _, checkpoint = require_trust(store, args.checkpoint, args.trust)
    from desktop.engine.policy import read_policy_weights
    from desktop.sim.cartpole import play_episodes
    from desktop.sim.policy import NumpyPolicy, PolicyError

    try:
        policy = NumpyPolicy(read_policy_weights(checkpoint))
    except PolicyError as exc:
        raise StoreError(str(exc)) from None
    if args.video:
        return _rollout_video(policy, args)
    rewards = play_episodes(policy, args.episodes, seed=args.seed)
    _print_rewards(rewards)
    return 0


def _print_rewards(rewards: list[float]) -> None:
    for i, reward in enumerate(rewards):
        print(f"Episode #{i}: reward: {reward:.1f}")
    print(f"Mean reward over {len(rewards)} episodes: {sum(rewards) / len(rewards):.1f}")


def _rollout_video(policy: Any, args: argparse.Namespace) -> int:
    from desktop.sim.export import episode_return, record_episodes, write_gif

    episodes = record_episodes(policy, args.episodes, seed=args.seed)
    _print_rewards([episode_return(states) for states in episodes])
    try:
        frames = write_gif(episodes, args.video)
    except OSError as exc:
        raise StoreError(f"The video could not be written to {args.video} ({exc.strerror or exc}).") from None
    print(f"Saved {frames} frames to {args.video}")
    return 0


def cmd_runs(args: argparse.Namespace) -> int:
    store = RunStore()
    store.mark_interrupted()  # runs left 'running' by a process that died
    for line in store.skipped():
        print(f"skipped (damaged): {line}")
    runs = store.runs()
    if not runs:
        print(f"No runs yet in {store.runs_dir}.")
        print_sweeps()
        return 0
    print(f"{'run id':<32} {'date':<16} {'status':<10} {'iter':>5} {'best return':>11}  checkpoints")
    for run in runs:
        info = run.info
        date = time.strftime("%Y-%m-%d %H:%M", time.localtime(info.get("created", 0)))
        best = run.best_return()
        best_text = "" if math.isnan(best) else f"{best:.1f}"
        checkpoints = ",".join(str(c.iteration) for c in run.checkpoints()) or "-"
        print(f"{run.id:<32} {date:<16} {info.get('status', '?'):<10} {info.get('iteration', 0):>5} {best_text:>11}  {checkpoints}")
    print_sweeps()
    return 0


def cmd_lesson(args: argparse.Namespace) -> int:
    from desktop.core.lessons import STEPS, TITLES, LessonSettings

    steps = [s for s in STEPS if s != "actor"] if args.topic == "tasks" else ["actor"]
    settings = LessonSettings(args.names, args.delay, args.cpus).validate()
    from desktop.engine import basics, runtime

    runtime.start()
    try:
        basics.wait_for_cpus(settings.cpus_per_task)  # say at once when a task could never run
        totals = {}
        for step in steps:
            result = basics.run_lesson(step, settings)
            totals[step] = result.total_s
            print(f"== {TITLES[step]} ==")
            print("\n".join(result.lines), flush=True)
            print()
        if args.topic == "tasks":
            print(f"Plain Python: {totals['plain']:.3f} s; all at once with Ray: {totals['all_at_once']:.3f} s.")
        return 0
    finally:
        runtime.shutdown()


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.gui.app import main as gui_main

    return gui_main(start_training=args.start, page=args.page, lesson=args.lesson, view=args.view,
                    start_sweep=args.start_sweep, presenter=args.presenter)


def _plain_address(address: str) -> bool:
    host, _, port = address.strip().rpartition(":")
    return (bool(host) and len(address) <= 300 and port.isascii() and port.isdigit() and len(port) <= 5
            and 1 <= int(port) <= 65535)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        from desktop.gui.app import main as gui_main

        return gui_main()
    try:
        args = build_parser().parse_args(argv)
        address = getattr(args, "address", None)
        if address is not None and not _plain_address(address):
            raise UsageError("--address needs HOST:PORT with a port from 1 to 65535, such as 127.0.0.1:6379")
        # Before anything imports ray: loopback mode unless the cluster is on another host.
        netmode.configure_for(address)
        signals.hang_up_like_terminate()
        handlers = {"gui": cmd_gui, "train": cmd_train, "rollout": cmd_rollout, "runs": cmd_runs, "lesson": cmd_lesson,
                    "sweep": cmd_sweep}
        handler = handlers.get(args.command)
        if handler is None:
            raise UsageError(f"unknown command; choose one of {', '.join(COMMANDS)}")
        return handler(args)
    except UsageError as exc:
        print(f"rl-playground: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        # A second Ctrl-C: leave at once, without a traceback; runtime.shutdown ran in the finally blocks.
        print("rl-playground: stopped.", file=sys.stderr)
        return 130
    except UserError as exc:
        print(f"rl-playground: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
