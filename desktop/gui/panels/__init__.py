"""One file per panel of the main window."""
