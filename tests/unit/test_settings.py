from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import setting_text
from desktop.core import settings as s
from desktop.core.settings import SettingsError, validate


def test_presets_are_valid_and_standard_is_rllib_defaults():
    for preset in s.PRESETS.values():
        assert validate(preset, available_cpus=2) is preset
    std = s.preset("standard")
    assert (std.train_batch, std.hidden, std.lr, std.epochs) == (4000, (256, 256), 5e-5, 30)
    assert (std.lr_end, std.kl_loss, std.vf_clip) == (None, True, 10.0)


@pytest.mark.parametrize(
    "changes, fragment",
    [
        ({"lr": 0}, "learning rate"),
        ({"lr": -1e-3}, "learning rate"),
        ({"iterations": 0}, "Iterations"),
        ({"minibatch": 2000, "train_batch": 1000}, "minibatch"),
        ({"hidden": (64, 0)}, "hidden layer"),
        ({"hidden": ()}, "hidden layers"),
        ({"train_batch": 10**9}, "train batch"),
        ({"target_return": 600.0}, "target"),
        ({"env_runners": -1}, "EnvRunners"),
        ({"lr_end": 0.0}, "final learning rate"),
        ({"lr_decay_steps": 0}, "decay"),
        ({"vf_clip": -1.0}, "value loss cap"),
        ({"clip_param": 0.0}, "clip range"),
        ({"grad_clip": -0.5}, "gradient cap"),
        ({"gsde": True}, "tries amounts, but CartPole's action is one of a few moves"),
    ],
)
def test_bad_values_are_refused_with_one_sentence(changes, fragment):
    with pytest.raises(SettingsError) as info:
        validate(s.QUICK.replace(**changes))
    message = str(info.value)
    assert fragment.lower() in message.lower()
    assert message.endswith(".") and "\n" not in message


def test_more_cpus_than_ray_has_is_refused():
    with pytest.raises(SettingsError, match="need 4 CPUs"):
        validate(s.QUICK.replace(env_runners=3), available_cpus=2)
    assert validate(s.QUICK.replace(env_runners=1), available_cpus=2)


def test_parse_hidden():
    assert setting_text.parse_hidden("256, 256") == (256, 256)
    assert setting_text.parse_hidden("64") == (64,)
    for bad in ("abc", "", "1.5,2", "-3"):
        with pytest.raises(SettingsError):
            setting_text.parse_hidden(bad)


def test_round_trip_through_dict():
    std = s.preset("standard").replace(seed=7)
    assert s.TrainingSettings.from_dict(std.to_dict()) == std


@given(st.text(max_size=30))
def test_parsers_never_crash(text):
    for parse in (setting_text.parse_hidden, lambda t: setting_text.parse_number("x", t), lambda t: setting_text.parse_number("x", t, int)):
        try:
            parse(text)
        except SettingsError as exc:
            assert str(exc) and "\n" not in str(exc)


@given(
    lr=st.floats(allow_nan=True, allow_infinity=True),
    batch=st.integers(-10, 10**7),
    minibatch=st.integers(-10, 10**7),
    hidden=st.lists(st.integers(-5, 10**5), max_size=10),
)
def test_validate_either_accepts_or_explains(lr, batch, minibatch, hidden):
    candidate = s.QUICK.replace(lr=lr, train_batch=batch, minibatch=minibatch, hidden=tuple(hidden))
    try:
        validate(candidate)
    except SettingsError as exc:
        assert str(exc).endswith(".")


def test_same_algorithm_ignores_only_when_a_run_stops_or_saves():
    quick = s.QUICK
    assert quick.same_algorithm(quick.replace(iterations=500, target_return=None, checkpoint_freq=0, preset="custom"))
    assert not quick.same_algorithm(quick.replace(seed=3))
    assert not quick.same_algorithm(quick.replace(lr=1e-4))
