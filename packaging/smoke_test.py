"""Smoke test of the packaged app: runs the built .run file, never the development environment.

    python3 packaging/smoke_test.py [dist/rl-playground-<version>-linux-x86_64.run]

In a fresh temporary HOME, from another folder, under `env -i` (PATH=/usr/bin:/bin, Qt offscreen):
  1. the .run unpacks itself, adds the desktop entry and opens the window with `gui --start`; Ray starts,
     a PPO iteration completes (a line in metrics.jsonl), then SIGTERM closes the app as a user's logout
     would: it must exit 0 and leave no process of the package behind;
  2. the installed launcher runs `train --iterations 1` (the command line through the package);
  3. the installed launcher opens the window again (a second launch: the time a user waits every day).
Any process whose executable lies inside the unpacked package counts as ours; Ray's workers must have
run with the package's own Python. Uses only the standard library. Exit status 0 means it all passed.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEP_TIMEOUT_S = float(os.environ.get("RL_SMOKE_TIMEOUT_S", "300"))


class SmokeFailure(Exception):
    pass


def version() -> str:
    for line in (ROOT / "desktop" / "__init__.py").read_text().splitlines():
        if line.startswith("__version__"):
            return line.split('"')[1]
    raise SmokeFailure("no __version__ in desktop/__init__.py")


def package_processes(folder: Path) -> dict[int, str]:
    """PID -> command line of every process whose executable lies inside `folder`."""
    found = {}
    prefix = str(folder) + os.sep
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            exe = os.readlink(f"/proc/{entry}/exe")
            if exe.startswith(prefix):
                cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                found[int(entry)] = cmdline.strip()
        except OSError:
            continue
    return found


def wait_gone(folder: Path, seen: dict[int, str], timeout_s: float = 15.0) -> dict[int, str]:
    """Wait for every process of the package to end; return (and then kill) the ones left."""
    deadline = time.time() + timeout_s
    left = package_processes(folder)
    while left and time.time() < deadline:
        time.sleep(0.5)
        left = package_processes(folder)
    for pid in left:  # ours by construction: their executable is inside our temporary folder
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return left


class Step:
    """One run of the package: a process started under `env -i`, watched until it exits."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], cwd: Path, log: Path):
        self.name, self.log = name, log
        self.t0 = time.time()
        with open(log, "wb") as out:
            self.proc = subprocess.Popen(
                ["env", "-i", *[f"{k}={v}" for k, v in env.items()], *argv],
                cwd=cwd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
            )

    def wait(self, folder: Path, seen: dict[int, str], until=None) -> int:
        """Wait for the exit, noting every process of the package; `until(seen)` may act meanwhile."""
        deadline = self.t0 + STEP_TIMEOUT_S
        while self.proc.poll() is None:
            seen.update(package_processes(folder))
            if until:
                until(seen)
            if time.time() > deadline:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
                wait_gone(folder, seen, 0)
                raise SmokeFailure(f"{self.name}: still running after {STEP_TIMEOUT_S} s\n{self.tail()}")
            time.sleep(0.2)
        return self.proc.returncode

    def tail(self, lines: int = 30) -> str:
        text = self.log.read_text(errors="replace").splitlines()
        return "\n".join(f"    {line}" for line in text[-lines:])


def read_marks(path: Path) -> dict[str, float]:
    marks: dict[str, float] = {}
    if path.exists():
        for line in path.read_text().splitlines():
            item = json.loads(line)
            marks.setdefault(item["event"], item["t"])
    return marks


def gui_step(name: str, argv: list[str], env: dict[str, str], cwd: Path, tmp: Path, install: Path,
             train: bool) -> dict[str, float]:
    """Open the window offscreen; SIGTERM it once Ray is ready (and, with `train`, an iteration is done)."""
    timings = tmp / f"timings-{name}.jsonl"
    env = {**env, "RL_PLAYGROUND_TIMINGS": str(timings)}
    data = Path(env["RL_PLAYGROUND_HOME"])
    seen: dict[int, str] = {}
    step = Step(name, argv, env, cwd, tmp / f"{name}.log")
    sent: list[float] = []

    def iteration_done() -> bool:
        return any(p.read_text().strip() for p in data.glob("runs/*/metrics.jsonl"))

    def app_pid(procs: dict[int, str]) -> int | None:
        return next((pid for pid, cmd in procs.items() if "-m desktop" in cmd), None)

    def close_when_done(procs: dict[int, str]) -> None:
        marks = read_marks(timings)
        if sent or "ray_ready" not in marks or (train and not iteration_done()):
            return
        pid = app_pid(package_processes(install))
        if pid:
            os.kill(pid, signal.SIGTERM)  # the app's own process, found by its executable in our folder
            sent.append(time.time())

    rc = step.wait(install, seen, close_when_done)
    left = wait_gone(install, seen)
    marks = read_marks(timings)
    if rc != 0:
        raise SmokeFailure(f"{name}: exit status {rc}\n{step.tail()}")
    if "window_shown" not in marks:
        raise SmokeFailure(f"{name}: the window never showed\n{step.tail()}")
    if "ray_ready" not in marks:
        raise SmokeFailure(f"{name}: Ray never became ready\n{step.tail()}")
    if not sent:
        raise SmokeFailure(f"{name}: the app exited before it was asked to\n{step.tail()}")
    if left:
        raise SmokeFailure(f"{name}: processes left after the app exited: {left}")
    result = {
        "launch_to_window_s": marks["window_shown"] - step.t0,
        "launch_to_ray_ready_s": marks["ray_ready"] - step.t0,
        "close_s": time.time() - sent[0],
    }
    if train:
        workers = {pid: cmd for pid, cmd in seen.items() if "ray::" in cmd or "default_worker.py" in cmd}
        if not workers:
            raise SmokeFailure(f"{name}: no Ray worker ran with the package's Python; seen: {seen}")
        if not iteration_done():
            raise SmokeFailure(f"{name}: no PPO iteration was recorded\n{step.tail()}")
        result["ray_workers_seen"] = len(workers)
        result["package_processes_seen"] = len(seen)
    return result


def main() -> int:
    ver = version()
    artifact = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / f"rl-playground-{ver}-linux-x86_64.run")
    artifact = artifact.resolve()
    if not artifact.is_file():
        print(f"smoke test: no artifact at {artifact}; build it with packaging/build.sh", file=sys.stderr)
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="rl-playground-smoke-"))
    home, elsewhere = tmp / "home", tmp / "elsewhere"
    home.mkdir()
    elsewhere.mkdir()
    install = home / ".local" / "opt" / "rl-playground" / ver
    env = {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "QT_QPA_PLATFORM": "offscreen",
        "RL_PLAYGROUND_HOME": str(tmp / "data"),
    }
    report: dict[str, object] = {"artifact": str(artifact), "artifact_mb": round(artifact.stat().st_size / 2**20)}
    ok = False
    passed = 0
    try:
        # 1. The .run: unpack, add the desktop entry, open the window, train one iteration, close on SIGTERM.
        t0 = time.time()
        first = gui_step("run-file", ["sh", str(artifact), "--", "gui", "--start"], env, elsewhere, tmp, install, True)
        report["first_launch_from_run"] = first
        report["unpacked_mb"] = round(
            sum(f.stat().st_size for f in install.rglob("*") if f.is_file() and not f.is_symlink()) / 2**20)
        launcher = install / "rl-playground"
        entry = home / ".local" / "share" / "applications" / "rl-playground.desktop"
        if not entry.is_file():
            raise SmokeFailure("the .run did not add the desktop entry")
        text = entry.read_text()
        for needed in ("Name=RL Playground", "Comment=", f"Icon={install}/icon.png", "Categories=Education;Science;",
                       f'Exec="{launcher}"', f"X-RL-Playground-Version={ver}"):
            if needed not in text:
                raise SmokeFailure(f"desktop entry lacks {needed!r}:\n{text}")
        if shutil.which("desktop-file-validate"):
            check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
            if check.returncode != 0 or "error:" in check.stdout:
                raise SmokeFailure(f"desktop-file-validate: {check.stdout}{check.stderr}")
        if not (install / "icon.png").is_file():
            raise SmokeFailure("no icon in the package")
        if os.readlink(home / ".local" / "bin" / "rl-playground") != str(launcher):
            raise SmokeFailure("~/.local/bin/rl-playground does not point at the launcher")
        report["run_file_total_s"] = round(time.time() - t0, 1)
        passed += 1

        # 2. The command line through the installed package.
        out = subprocess.run(["env", "-i", *[f"{k}={v}" for k, v in env.items()], str(launcher), "--version"],
                             cwd=elsewhere, capture_output=True, text=True, timeout=60)
        if out.stdout.strip() != f"rl-playground {ver}":
            raise SmokeFailure(f"--version printed {out.stdout!r} {out.stderr!r}")
        seen: dict[int, str] = {}
        t0 = time.time()
        step = Step("cli-train", [str(launcher), "train", "--iterations", "1"], env, elsewhere, tmp / "cli-train.log")
        rc = step.wait(install, seen)
        left = wait_gone(install, seen)
        log = step.log.read_text(errors="replace")
        if rc != 0 or "finished" not in log or "RUNNING" not in log:
            raise SmokeFailure(f"train --iterations 1: exit status {rc}\n{step.tail()}")
        if left:
            raise SmokeFailure(f"train: processes left after it exited: {left}")
        if not any("ray::" in cmd or "default_worker.py" in cmd for cmd in seen.values()):
            raise SmokeFailure(f"train: no Ray worker ran with the package's Python; seen: {seen}")
        report["cli_train_1_iteration_s"] = round(time.time() - t0, 1)
        passed += 1

        # 3. A second launch of the window, as a user does every day (from the menu entry's command).
        report["second_launch"] = gui_step("launcher", [str(launcher)], env, elsewhere, tmp, install, False)
        passed += 1
        ok = True
    except (SmokeFailure, subprocess.TimeoutExpired) as exc:
        print(f"smoke test FAILED: {exc}", file=sys.stderr)
    finally:
        wait_gone(install, {}, 0)
        for name in ("first_launch_from_run", "second_launch"):
            if isinstance(report.get(name), dict):
                report[name] = {k: round(v, 2) if isinstance(v, float) else v for k, v in report[name].items()}
        print(json.dumps(report, indent=2))
        if ok or os.environ.get("CI"):
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print(f"smoke test: logs kept in {tmp}", file=sys.stderr)
    if ok:
        print("smoke test passed: the packaged app opened its window, started Ray, trained and exited cleanly")
    print(f"smoke: {passed} passed, {3 - passed} failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
