"""The PySide6 window. Talks to the engine only through bridge.py.

(PySide6 6.12.0 dropped a reference to None and to True/False on many calls under
Python 3.11 — the process aborted after some thousands of frames — so pyproject.toml
keeps PySide6 below 6.12.)
"""
