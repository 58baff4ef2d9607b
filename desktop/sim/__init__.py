"""The games (gymnasium), their pictures (gymnasium's pygame renderers), pushes, human play and numpy policies: no Qt, no Ray."""
