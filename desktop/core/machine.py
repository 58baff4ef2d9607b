"""How many CPUs the embedded Ray runtime gets: the machine's, or what RL_PLAYGROUND_NUM_CPUS says.

The variable lets a teacher (or the test suite) try the app as a machine of another size would see it;
nothing in the app or its tests assumes this machine's shape.
"""

from __future__ import annotations

import os

from desktop.core.errors import UserError
from desktop.core.i18n import QT_TRANSLATE_NOOP, Sentence

CPUS_VARIABLE = "RL_PLAYGROUND_NUM_CPUS"


def cpus_override() -> int | None:
    """The CPU count RL_PLAYGROUND_NUM_CPUS asks for (None: let Ray count the machine's)."""
    text = os.environ.get(CPUS_VARIABLE, "").strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit() and 1 <= len(text) <= 4 and int(text) >= 1):
        raise UserError(Sentence(QT_TRANSLATE_NOOP("Messages", "{cpus_variable} must be a whole number of CPUs such as 4, not '{value}'."), cpus_variable=CPUS_VARIABLE, value=text[:20]))
    return int(text)


def local_cpus() -> int:
    """CPUs a local runtime will have: the override, else the machine's."""
    return cpus_override() or os.cpu_count() or 1
