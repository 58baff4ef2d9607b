"""Random bytes and JSON shapes in every file the store reads: readers skip or default, never raise."""

from __future__ import annotations

import dataclasses
import json
import shutil

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.preferences import Preferences
from desktop.core.settings import TrainingSettings
from desktop.core.store import RunStore
from desktop.core.sweep_store import SweepStore

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=12,
)
KEYS = st.sampled_from(["id", "status", "created", "iteration", "label", "checkpoints", "settings", "spec", "pid",
                        "provenance", "hidden", "lr", "iterations", "checkpoint", "params", "keep_checkpoints"])
SHAPED = st.dictionaries(KEYS, JSON, max_size=6)
CONTENT = st.one_of(st.binary(max_size=200), JSON.map(json.dumps), SHAPED.map(json.dumps),
                    st.lists(SHAPED.map(json.dumps), max_size=4).map("\n".join))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(run_json=CONTENT, metrics=CONTENT, prefs=CONTENT, sweep_json=CONTENT, trials=CONTENT,
       checkpoint_name=st.text(min_size=1, max_size=30).filter(lambda n: "/" not in n and n not in (".", "..")))
def test_readers_survive_any_content(tmp_path_factory, run_json, metrics, prefs, sweep_json, trials, checkpoint_name):
    home = tmp_path_factory.mktemp("home")
    try:
        run = home / "runs" / "r"
        (run / "checkpoints").mkdir(parents=True)
        for name, content in (("run.json", run_json), ("metrics.jsonl", metrics)):
            data = content if isinstance(content, bytes) else content.encode()
            (run / name).write_bytes(data)
        try:
            (run / "checkpoints" / checkpoint_name).mkdir()
        except (OSError, ValueError):
            pass
        sweep = home / "sweeps" / "s"
        sweep.mkdir(parents=True)
        for path, content in ((sweep / "sweep.json", sweep_json), (sweep / "trials.json", trials),
                              (home / "preferences.json", prefs)):
            path.write_bytes(content if isinstance(content, bytes) else content.encode())

        store = RunStore(home)
        store.mark_interrupted()
        for record in store.runs():
            record.metrics(), record.best_return(), record.checkpoints(), record.label, record.settings
        store.skipped(), store.get("r")
        sweeps = SweepStore(home)
        sweeps.mark_interrupted()
        for record in sweeps.sweeps():
            record.trials(), record.spec
        sweeps.skipped()
        Preferences.load_reporting(home)
    finally:
        shutil.rmtree(home, ignore_errors=True)


# Settings and sweep specs shaped like the real thing, with any values: the readers name the fields they know.
SETTINGS = st.dictionaries(st.sampled_from([f.name for f in dataclasses.fields(TrainingSettings)]), JSON, max_size=6)
PARAM = st.dictionaries(st.sampled_from(["name", "mode", "values", "low", "high"]), JSON, max_size=5)
SPEC = st.dictionaries(st.sampled_from(["samples", "scheduler", "grace_period", "reduction_factor", "max_concurrent"]),
                       JSON, max_size=3).flatmap(
    lambda rest: st.fixed_dictionaries({"base": SETTINGS, "params": st.lists(PARAM, max_size=3)}).map(lambda d: {**d, **rest}))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(run_settings=SETTINGS, spec=SPEC)
def test_damaged_settings_and_specs_are_skipped_not_raised(tmp_path_factory, run_settings, spec):
    home = tmp_path_factory.mktemp("home")
    try:
        (home / "runs" / "r").mkdir(parents=True)
        (home / "runs" / "r" / "run.json").write_text(json.dumps({"id": "r", "settings": run_settings}))
        (home / "sweeps" / "s").mkdir(parents=True)
        (home / "sweeps" / "s" / "sweep.json").write_text(json.dumps({"id": "s", "spec": spec}))
        store, sweeps = RunStore(home), SweepStore(home)
        assert len(store.runs()) + len(store.skipped()) == 1
        assert len(sweeps.sweeps()) + len(sweeps.skipped()) == 1
    finally:
        shutil.rmtree(home, ignore_errors=True)
