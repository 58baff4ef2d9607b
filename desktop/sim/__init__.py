"""CartPole physics, pygame rendering and numpy policies: no Qt, no Ray."""
