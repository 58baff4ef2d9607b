"""RL Playground: watch reinforcement learning and Ray work on your own computer."""

__version__ = "0.1.0"
