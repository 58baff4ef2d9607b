"""Errors a user can cause; each message is one sentence meant for them, never a traceback."""

from __future__ import annotations


class UserError(Exception):
    """Base of every error whose message is shown to the user as it is."""


class RayUnavailable(UserError):
    """Ray could not be started or the cluster could not be reached."""


class StoreError(UserError):
    """A problem with the data folder or a checkpoint; the message is one sentence."""
