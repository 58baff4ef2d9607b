"""`python -m desktop` is the rl-playground command."""

import sys

from desktop.cli import main

sys.exit(main())
