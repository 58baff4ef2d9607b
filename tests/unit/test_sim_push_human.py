"""Pushes go through the environment's physics; the player's keys become CartPole actions."""

from __future__ import annotations

import numpy as np

from desktop.sim.cartpole import PUSH_STRENGTH, cart_pixel_x
from desktop.sim.export import render_frames
from desktop.sim.game import GameSim
from desktop.sim.human import LEFT, RIGHT, TAP_STEPS, HumanController, Scoreboard


def test_a_push_changes_the_environments_state_and_its_future():
    pushed, calm = GameSim("CartPole-v1", render=False), GameSim("CartPole-v1", render=False)
    pushed.reset(seed=3)
    calm.reset(seed=3)
    before = np.array(pushed.env.unwrapped.state)
    pushed.push(1.0)
    after = np.array(pushed.env.unwrapped.state)  # gymnasium's own state, not a copy
    assert np.allclose(after[:3], before[:3]) and np.isclose(after[3], before[3] + PUSH_STRENGTH)
    assert np.isclose(pushed.obs[3], after[3])  # what the agent sees next
    for _ in range(5):
        pushed.step(RIGHT)
        calm.step(RIGHT)
    assert pushed.obs[2] > calm.obs[2] + 0.05  # the pole swung further to the right
    assert pushed.episode.pushes == {0: 1.0}


def test_a_hard_push_makes_the_pole_fall_and_a_finished_game_ignores_pushes():
    sim = GameSim("CartPole-v1", render=False)
    sim.reset(seed=0)
    sim.push(4.0)
    while not sim.done:
        sim.step(LEFT)
    assert sim.steps < 20 and sim.obs[2] > 0.2
    state = np.array(sim.env.unwrapped.state)
    sim.push(1.0)
    assert np.allclose(sim.env.unwrapped.state, state)


def test_a_recorded_episode_replays_exactly_pushes_included():
    sim = GameSim("CartPole-v1")
    sim.reset(seed=1)
    for i in range(10):
        if i == 4:
            sim.push(-1.5)
        sim.step(i % 2)
    assert sim.episode.steps == 10 and sim.episode.pushes == {4: -1.5}
    frames = render_frames(sim.episode, width=600)
    assert len(frames) == 11 and frames[0].size == (600, 400)
    last = np.asarray(frames[-1])[50:]  # below the step label, the same picture as the live game
    assert np.array_equal(last, sim.frame()[50:])
    assert not np.array_equal(np.asarray(frames[0])[50:], last)
    assert cart_pixel_x(0.0) == 300 and cart_pixel_x(2.4) == 600
    sim.close()


def test_keys_become_actions():
    player = HumanController()
    idle = [player.next_action() for _ in range(4)]
    assert idle in ([LEFT, RIGHT, LEFT, RIGHT], [RIGHT, LEFT, RIGHT, LEFT])  # no key: pushes cancel out
    player.press(RIGHT)
    player.release(RIGHT)  # a tap
    assert [player.next_action() for _ in range(TAP_STEPS)] == [RIGHT] * TAP_STEPS
    player.press(LEFT)  # held
    assert all(player.next_action() == LEFT for _ in range(3 * TAP_STEPS))
    player.release(LEFT)
    player.queued.clear()
    assert player.next_action() != player.next_action()


def test_scoreboard():
    scores = Scoreboard()
    scores.agent_finished(500)
    scores.human_finished(31)
    scores.human_finished(12)
    assert (scores.human_last, scores.human_best, scores.agent_best, scores.games) == (12, 31, 500, 2)
    assert "You: 7 steps" in scores.line(7) and "the agent's best: 500" in scores.line()
