"""Loopback is decided by resolving the address, not by spelling."""

from __future__ import annotations

import pytest

from desktop.core.netmode import is_loopback


@pytest.mark.parametrize("address", [
    "127.0.0.1:6379", "LOCALHOST:6379", "localhost.:6379", "127.1:6379", "127.8.9.10:1",
    "[::1]:6379", "[::ffff:127.0.0.1]:6379", "ray://localhost:10001",
])
def test_loopback_spellings(address):
    assert is_loopback(address)


@pytest.mark.parametrize("address", ["10.0.0.5:6379", "8.8.8.8:1", "[2001:db8::1]:1", "", ":6379", "x" * 300 + ":1"])
def test_other_hosts_are_not_loopback(address):
    assert not is_loopback(address)
