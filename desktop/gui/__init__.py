"""The PySide6 window. Talks to the engine only through bridge.py."""
