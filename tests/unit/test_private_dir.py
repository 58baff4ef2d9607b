"""The runtime folder is private: created 0700, a wrong mode fixed, a link or a stranger's folder refused."""

from __future__ import annotations

import os
import stat

import pytest

from desktop.core.private_dir import UnsafeFolder, ensure_private_dir, write_private_file


def mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_created_private_and_a_wrong_mode_is_fixed(tmp_path):
    folder = ensure_private_dir(tmp_path / "rlp")
    assert mode(folder) == 0o700
    os.chmod(folder, 0o777)
    ensure_private_dir(folder)
    assert mode(folder) == 0o700


def test_a_planted_link_or_file_is_refused(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(UnsafeFolder, match="not a plain folder"):
        ensure_private_dir(tmp_path / "link")
    (tmp_path / "file").write_text("x")
    with pytest.raises(UnsafeFolder, match="not a plain folder"):
        ensure_private_dir(tmp_path / "file")


def test_a_folder_owned_by_someone_else_is_refused(tmp_path):
    folder = tmp_path / "theirs"
    folder.mkdir(mode=0o777)
    if os.getuid() != 0:
        pytest.skip("only root can give a folder to another user")
    os.chown(folder, 65534, 65534)
    with pytest.raises(UnsafeFolder, match="belongs to another user"):
        ensure_private_dir(folder)


def test_a_private_file_never_follows_a_link_and_starts_0600(tmp_path):
    target = tmp_path / "target"
    target.write_text("keep")
    (tmp_path / "token").symlink_to(target)
    write_private_file(tmp_path / "token", "secret")  # the link is replaced, its target untouched
    assert target.read_text() == "keep" and mode(tmp_path / "token") == 0o600
    assert (tmp_path / "token").read_text() == "secret"
