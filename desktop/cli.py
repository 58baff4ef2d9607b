"""The `rl-playground` command: no command opens the window; train, rollout, runs and games work headless.

`UsageError` (cli_numbers) is a bad command line; how `train`'s arguments become settings is cli_train's.

`train --run ALG --env ENV --stop JSON --config JSON` and `rollout CHECKPOINT --run ALG` read as the
classic `rllib train` / `rllib rollout` did. Every training flag comes from the one declaration of
the settings (`desktop.core.settings.FIELDS`). Qt is never imported here: the GUI is loaded only
when no command is given.
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
from desktop.cli_numbers import UsageError, bounded_int, finite_float
from desktop.cli_sweep import add_sweep_parser, cmd_sweep, print_sweeps
from desktop.cli_train import STOP_KEYS, add_setting_flags, settings_from_args
from desktop.core import netmode, trust
from desktop.core import settings as settings_mod
from desktop.core.algorithms import ALGORITHMS
from desktop.core.errors import UserError
from desktop.core.games import DEFAULT_GAME, GAMES
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence
from desktop.core.machine import local_cpus
from desktop.core.resume import plan_resume
from desktop.core.setting_text import parse_field
from desktop.core.settings import FIELDS_BY_NAME
from desktop.core.store import RunStore, StoreError

# The Ray basics steps (desktop.core.lessons.STEPS), spelled out so the parser needs no import.
LESSON_STEPS = ["plain", "one_by_one", "all_at_once", "as_they_arrive", "actor"]
COMMANDS = ("gui", "train", "rollout", "runs", "games", "lesson", "sweep")
MAX_EPISODES = 1000


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("allow_abbrev", False)  # `--env` must never be read as `--env-runners`
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="rl-playground", description="Watch reinforcement learning and Ray at work.")
    parser.add_argument("--version", action="version", version=f"rl-playground {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    train = sub.add_parser("train", help="train an agent on a game (like the classic `rllib train --run PPO --env CartPole-v1`)")
    train.add_argument("--run", metavar="ALG", help=f"the algorithm: {', '.join(ALGORITHMS)} (default: the game's own)")
    train.add_argument("--env", metavar="ENV", help=f"the game, a gymnasium id (default {DEFAULT_GAME}; `rl-playground games` lists them)")
    train.add_argument("--preset", choices=["quick", "standard"], default="quick")
    train.add_argument("--stop", metavar="JSON", help='stop rules as in Tune, e.g. \'{"training_iteration": 20}\' '
                       f"(keys: {', '.join(STOP_KEYS)})")
    train.add_argument("--checkpoint-at-end", action="store_true", default=None, help="save a checkpoint at the end")
    add_setting_flags(train)
    train.add_argument("--resume", metavar="RUN_OR_CHECKPOINT", help="continue a run (or start from a checkpoint)")
    train.add_argument("--address", help="connect to a running Ray cluster at HOST:PORT instead of a local one")
    train.add_argument("--trust", action="store_true", help="allow --resume from a checkpoint outside the data folder")

    rollout = sub.add_parser("rollout", help="watch a checkpoint play (like the classic `rllib rollout`)")
    rollout.add_argument("checkpoint", metavar="RUN_OR_CHECKPOINT")
    rollout.add_argument("--run", metavar="ALG", help="the algorithm that made it (checked against the checkpoint)")
    rollout.add_argument("--env", metavar="ENV", help="the game (default: the run's, or recognised from the policy)")
    rollout.add_argument("--episodes", type=bounded_int(1, MAX_EPISODES), default=10)
    rollout.add_argument("--steps", type=bounded_int(1, 10**7), default=None, help="stop each episode after this many steps")
    rollout.add_argument("--seed", type=bounded_int(0, 2**31 - 1), default=None)
    rollout.add_argument("--trust", action="store_true", help="allow a checkpoint from outside the data folder")
    rollout.add_argument("--video", metavar="OUT.gif", help="also save the episodes as an animated GIF (no window needed)")

    sub.add_parser("games", help="list the games, each with its default algorithm and its solved line")
    sub.add_parser("runs", help="list the runs in the data folder")

    gui = sub.add_parser("gui", help="open the window (the same as no command)")
    gui.add_argument("--start", action="store_true", help="start training as soon as Ray is ready (for demos)")
    gui.add_argument("--env", metavar="ENV", choices=list(GAMES), help="open on this game with its Quick demo")
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


def _row(name: str, status: str, r: Any) -> str:
    reward = "" if math.isnan(r.episode_return_mean) else f"{r.episode_return_mean:.1f}"
    sps = "" if math.isnan(r.steps_per_second) else f"{r.steps_per_second:.0f}"
    return f"| {name:<44} | {status:<10} | {r.iteration:>4} | {r.time_total_s:>8.1f} | {r.timesteps:>7} | {reward:>7} | {sps:>7} |"


def cmd_train(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    store = RunStore()
    plan = None
    if args.resume is not None:
        if not args.resume.strip():
            raise UsageError(QT_TRANSLATE_NOOP("Messages", "--resume needs a run id or a checkpoint folder"))
        require_trust(store, args.resume, args.trust)
        iterations = getattr(args, "set_iterations", None)
        plan = plan_resume(store, args.resume, None if iterations is None else parse_field(FIELDS_BY_NAME["iterations"], iterations))
        settings = plan.record.settings
    # A local runtime gets every CPU of this machine: refuse what cannot fit before starting Ray.
    settings_mod.validate(settings, available_cpus=None if args.address else local_cpus())
    from desktop.engine.algorithms import check_settings
    from desktop.sim.game import check_env_id

    spec = check_env_id(settings.env)
    check_settings(settings)  # RLlib's own word on --config, before Ray starts
    if not spec.has_picture:
        print(f"Note: {settings.env} is not in RL Playground's catalog: it trains here, but the window has no picture for it.")
    store.ensure_writable()

    from desktop.engine import runtime

    runtime.start(address=args.address)
    from desktop.core.events import CheckpointSaved, IterationResult, RunFailed, RunFinished, RunStatus
    from desktop.core.resources import memory_line
    from desktop.core.store import RunRecorder
    from desktop.engine.cluster_watch import ClusterWatch
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
        print(f"Training {settings.algorithm} on {settings.env}.")
        print(f"Result logdir: {record.folder}")
        header = f"| {'Trial name':<44} | {'status':<10} | {'iter':>4} | {'time (s)':>8} | {'ts':>7} | {'reward':>7} | {'steps/s':>7} |"
        print("+" + "-" * (len(header) - 2) + "+")
        print(header)
        print("+" + "-" * (len(header) - 2) + "+", flush=True)
        outcome: Any = None
        interrupted = False
        watch = ClusterWatch(args.address)
        while outcome is None:
            try:
                if watch.lost():
                    _leave_lost_cluster(recorder, args.address)
                events = handle.poll()
                recorder.handle(events)
                for event in events:
                    if isinstance(event, IterationResult):
                        print(_row(name, "RUNNING", event), flush=True)
                    elif isinstance(event, CheckpointSaved):
                        print(f"Checkpoint saved at iteration {event.iteration}.", flush=True)
                    elif isinstance(event, RunStatus) and event.status == "running" and event.message:
                        print(event.message, flush=True)  # e.g. a worker node left the cluster
                    elif isinstance(event, (RunFinished, RunFailed)):
                        outcome = event
                if isinstance(outcome, RunFailed) and watch.lost(now=True):
                    _leave_lost_cluster(recorder, args.address)
                handle.wait(0.05)  # returns as soon as the next news is in
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


def _leave_lost_cluster(recorder: Any, address: str) -> NoReturn:
    """The cluster's head is gone: mark the run interrupted, say so in one sentence, leave at once."""
    from desktop.core.events import RunFailed

    run_id = recorder.record.id
    sentence = (f"The Ray cluster at {address} stopped answering, so run {run_id} is marked interrupted; once the "
                f"cluster is back, continue it with: rl-playground train --resume {run_id} --address {address}")
    recorder.handle([RunFailed(sentence, interrupted=True)])
    print(f"rl-playground: {sentence}", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    # Not ray.shutdown(): without its head, Ray waits 60 s and then ends the process itself. This
    # driver started no Ray process of its own on this machine, so nothing is left behind.
    os._exit(1)


def require_trust(store: RunStore, spec: str, trusted: bool) -> tuple[Any, Any]:
    """RLlib checkpoints are pickles: the one trust rule (desktop.core.trust) or --trust."""
    if not spec.strip():
        raise UsageError(QT_TRANSLATE_NOOP("Messages", "an empty run or checkpoint name was given"))
    run, checkpoint = store.resolve(spec)
    trust.require_trust(checkpoint, store.home, trusted)
    return run, checkpoint


def cmd_rollout(args: argparse.Namespace) -> int:
    if not 1 <= args.episodes <= MAX_EPISODES:
        raise UsageError(Sentence(QT_TRANSLATE_NOOP("Messages", "--episodes must be between 1 and {max_episodes:,}"), max_episodes=MAX_EPISODES))
    if args.steps is not None and not 1 <= args.steps <= 10**7:
        raise UsageError(QT_TRANSLATE_NOOP("Messages", "--steps must be between 1 and 10,000,000"))
    if args.seed is not None and not 0 <= args.seed < 2**31:
        raise UsageError(QT_TRANSLATE_NOOP("Messages", "--seed must be between 0 and 2147483647"))
    if args.video and not args.video.lower().endswith(".gif"):
        raise UsageError(QT_TRANSLATE_NOOP("Messages", "--video must name a .gif file"))
    store = RunStore()
    run, checkpoint = require_trust(store, args.checkpoint, args.trust)
    from desktop.engine.policy import read_policy_weights
    from desktop.sim.game import check_env_id, play
    from desktop.sim.policy import NumpyPolicy, PolicyError, family, recognise_game

    weights = read_policy_weights(checkpoint)
    try:
        algorithm = family(weights)[0]
        if args.run is not None and args.run.strip().upper() != algorithm:
            raise UsageError(Sentence(QT_TRANSLATE_NOOP("Messages", "this checkpoint holds a {algorithm} policy, not {value}"), algorithm=algorithm, value=args.run.strip().upper()[:20]))
        env = args.env or (run.settings.env if run is not None else None)
        spec = check_env_id(env) if env else recognise_game(weights)
        if not spec.has_picture:
            raise UsageError(Sentence(QT_TRANSLATE_NOOP("Messages", "RL Playground cannot play {env_id} yet (it is not in `rl-playground games`)"), env_id=spec.env_id))
        policy = NumpyPolicy(weights, spec)
    except PolicyError as exc:
        raise StoreError(str(exc)) from None
    episodes = play(policy, spec.env_id, args.episodes, seed=args.seed, max_steps=args.steps)
    _print_rewards([e.episode_return for e in episodes])
    if args.video:
        _save_video(episodes, args.video)
    return 0


def _print_rewards(rewards: list[float]) -> None:
    for i, reward in enumerate(rewards):
        print(f"Episode #{i}: reward: {reward:.1f}")
    print(f"Mean reward over {len(rewards)} episodes: {sum(rewards) / len(rewards):.1f}")


def _save_video(episodes: list[Any], path: str) -> None:
    from desktop.sim.export import write_gif

    try:
        frames = write_gif(episodes, path)
    except OSError as exc:
        raise StoreError(Sentence(QT_TRANSLATE_NOOP("Messages", "The video could not be written to {path} ({value})."), path=path, value=exc.strerror or exc)) from None
    print(f"Saved {frames} frames to {path}")


def cmd_games(args: argparse.Namespace) -> int:
    print(f"{'game':<16} {'name':<14} {'algorithm':<9} {'solved at':>9}  goal")
    for spec in GAMES.values():
        print(f"{spec.env_id:<16} {spec.name:<14} {spec.default_algorithm:<9} {spec.solved_return:>9g}  {spec.goal}")
    print("Any other registered gymnasium id trains with `train --env ID`, without a picture in the window.")
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
    print(f"{'run id':<32} {'date':<16} {'game':<14} {'alg':<4} {'status':<10} {'iter':>5} {'best return':>11}  checkpoints")
    for run in runs:
        info = run.info
        date = time.strftime("%Y-%m-%d %H:%M", time.localtime(info.get("created", 0)))
        best = run.best_return()
        best_text = "" if math.isnan(best) else f"{best:.1f}"
        checkpoints = ",".join(str(c.iteration) for c in run.checkpoints()) or "-"
        settings = run.settings
        print(f"{run.id:<32} {date:<16} {settings.env[:14]:<14} {settings.algorithm[:4]:<4} {info.get('status', '?'):<10} {info.get('iteration', 0):>5} {best_text:>11}  {checkpoints}")
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
                    start_sweep=args.start_sweep, presenter=args.presenter, env=args.env)


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
            raise UsageError(QT_TRANSLATE_NOOP("Messages", "--address needs HOST:PORT with a port from 1 to 65535, such as 127.0.0.1:6379"))
        # Before anything imports ray: loopback mode unless the cluster is on another host.
        netmode.configure_for(getattr(args, "address", None))
        handlers = {"gui": cmd_gui, "train": cmd_train, "rollout": cmd_rollout, "runs": cmd_runs, "games": cmd_games,
                    "lesson": cmd_lesson, "sweep": cmd_sweep}
        handler = handlers.get(args.command)
        if handler is None:
            raise UsageError(Sentence(QT_TRANSLATE_NOOP("Messages", "unknown command; choose one of {commands}"), commands=", ".join(COMMANDS)))
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
