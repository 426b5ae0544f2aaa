"""Output paths: a feed or a site is written whole or not at all, to the file the user meant.

Every kind of target (missing folder, folder, symlink, device, FIFO, read-only or executable
file) gets a correct write or one line naming the user's path, never a temporary file.
"""

from __future__ import annotations

import os
import stat
import threading
from datetime import date
from pathlib import Path

import pytest

import childdays.output
from childdays.cli import main
from childdays.errors import OutputError
from childdays.output import staged_folder, write_file
from childdays.site import build_site

FEED = ["ics", "--country", "KH", "--from", "2024", "--to", "2024"]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_new_file_gets_the_umask_mode(tmp_path):
    umask = os.umask(0o027)
    try:
        write_file(tmp_path / "kh.ics", b"x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "kh.ics").stat().st_mode) == 0o640


@pytest.mark.parametrize("mode", [0o600, 0o644, 0o664, 0o755])
def test_an_existing_file_keeps_its_mode(tmp_path, mode):
    target = tmp_path / "kh.ics"
    target.write_bytes(b"old")
    target.chmod(mode)
    assert main([*FEED, "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert stat.S_IMODE(target.stat().st_mode) == mode


def test_writing_never_reads_or_changes_the_umask(tmp_path, monkeypatch):
    def refuse(mask):
        raise AssertionError("os.umask called")

    monkeypatch.setattr(os, "umask", refuse)
    threads = [
        threading.Thread(target=write_file, args=(tmp_path / f"f{n}.ics", b"x" * n))
        for n in range(16)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"f{n}.ics" for n in range(16))
    assert [(tmp_path / f"f{n}.ics").stat().st_size for n in range(16)] == list(range(16))


def test_a_symlink_is_followed_to_its_file(tmp_path):
    real = tmp_path / "real.ics"
    real.write_bytes(b"old")
    real.chmod(0o640)
    link = tmp_path / "link.ics"
    link.symlink_to(real)
    assert main([*FEED, "-o", str(link)]) == 0
    assert link.is_symlink()
    assert real.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert leftovers(tmp_path) == []


def test_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.ics"
    link.symlink_to(tmp_path / "made.ics")
    assert main([*FEED, "-o", str(link)]) == 0
    assert link.is_symlink()
    assert (tmp_path / "made.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_a_device_is_written_through_not_replaced(tmp_path):
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    assert main([*FEED, "-o", str(null)]) == 0
    assert stat.S_ISCHR(null.stat().st_mode)


def test_a_full_device_gives_exit_1_and_stays_a_device(tmp_path, capsys):
    full = tmp_path / "full"
    os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
    assert main([*FEED, "-o", str(full)]) == 1
    assert capsys.readouterr().err == (f"childdays: cannot write {full}: No space left on device\n")
    assert stat.S_ISCHR(full.stat().st_mode)
    assert leftovers(tmp_path) == []


def test_a_fifo_is_written_through(tmp_path):
    fifo = tmp_path / "feed.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert main([*FEED, "-o", str(fifo)]) == 0
    reader.join()
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received[0].startswith(b"BEGIN:VCALENDAR")


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: None, "the folder does not exist"),
        (lambda p: p.mkdir(parents=True), "is a folder"),
        (lambda p: (p.write_bytes(b"keep"), p.chmod(0o444)), "is read-only"),
    ],
    ids=["missing-folder", "folder", "read-only"],
)
def test_an_unwritable_target_gives_one_line_with_the_users_path(tmp_path, capsys, make, reason):
    target = tmp_path / "nodir" / "kh.ics" if reason.startswith("the folder") else tmp_path / "kh"
    make(target)
    before = target.read_bytes() if target.is_file() else None
    assert main([*FEED, "-o", str(target)]) == 1
    assert capsys.readouterr().err == f"childdays: cannot write {target}: {reason}\n"
    assert (target.read_bytes() if target.is_file() else None) == before
    assert leftovers(tmp_path) == []


def test_an_unwritable_folder_names_the_users_path(tmp_path, monkeypatch, capsys):
    def fail(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path / ".kh.ics.abcd.tmp"))

    monkeypatch.setattr(childdays.output.os, "open", fail)
    assert main([*FEED, "-o", str(tmp_path / "kh.ics")]) == 1
    assert capsys.readouterr().err == (
        f"childdays: cannot write {tmp_path / 'kh.ics'}: Permission denied\n"
    )


def test_a_relative_path_is_named_as_given(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main([*FEED, "-o", "nodir/kh.ics"]) == 1
    assert capsys.readouterr().err == (
        "childdays: cannot write nodir/kh.ics: the folder does not exist\n"
    )


def test_a_path_with_control_characters_is_printed_escaped(tmp_path, capsys):
    target = tmp_path / "no\x1b[2Jdir" / "kh\n.ics"
    assert main([*FEED, "-o", str(target)]) == 1
    err = capsys.readouterr().err
    shown = f"{tmp_path}/no\\x1b[2Jdir/kh\\n.ics"
    assert err == f"childdays: cannot write {shown}: the folder does not exist\n"


def test_write_file_raises_output_error(tmp_path):
    with pytest.raises(OutputError, match=r"cannot write .*missing/x: the folder does not exist"):
        write_file(tmp_path / "missing" / "x", b"")


# --- the static site: the old one or the new one, never a mixture -------------------------

OPTIONS = {"first_year": 2024, "last_year": 2024, "today": date(2024, 5, 1)}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_build_that_fails_midway_leaves_the_old_site_whole(tmp_path, monkeypatch):
    site = tmp_path / "site"
    build_site(site, **OPTIONS)
    before = snapshot(site)
    calls = []

    def failing_feed(*args, **kwargs):
        calls.append(1)
        if len(calls) > 40:
            raise KeyboardInterrupt
        return (b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",)

    monkeypatch.setattr("childdays.site._feed", failing_feed)
    with pytest.raises(KeyboardInterrupt):
        build_site(site, first_year=2025, last_year=2025, today=date(2025, 5, 1))
    assert snapshot(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_killed_builds_leftovers_are_removed_by_the_next_build(tmp_path):
    site = tmp_path / "site"
    (tmp_path / ".site.0badf00d.tmp" / "feeds").mkdir(parents=True)
    (tmp_path / ".site.0badf00d.tmp" / "feeds" / "KH.ics").write_bytes(b"half")
    (tmp_path / ".index.html.12345678.tmp").write_bytes(b"half")
    build_site(site, **OPTIONS)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    assert leftovers(site / "feeds") == []


def test_a_rebuild_swaps_the_whole_site_and_keeps_other_files(tmp_path):
    site = tmp_path / "site"
    build_site(site, **OPTIONS)
    (site / "CNAME").write_text("days.example\n")
    (site / "feeds" / "gone.ics").write_bytes(b"stale")
    summary = build_site(site, first_year=2025, last_year=2025, today=date(2025, 5, 1))
    assert (site / "CNAME").read_text() == "days.example\n"
    assert not (site / "feeds" / "gone.ics").exists()
    assert summary.removed == 1
    assert b"DTSTART;VALUE=DATE:2025" in (site / "feeds" / "KH.ics").read_bytes()
    assert b"DTSTART;VALUE=DATE:2024" not in (site / "feeds" / "KH.ics").read_bytes()


def test_a_site_folder_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "site").write_text("not a folder")
    with pytest.raises(OutputError, match="site: is not a folder"):
        build_site(tmp_path / "site", **OPTIONS)
    assert (tmp_path / "site").read_text() == "not a folder"


def test_a_staged_folder_is_removed_when_the_block_fails(tmp_path):
    def fill_then_fail() -> None:
        with staged_folder(tmp_path / "out") as staging:
            (staging / "a").write_text("x")
            raise RuntimeError

    with pytest.raises(RuntimeError):
        fill_then_fail()
    assert list(tmp_path.iterdir()) == []


def test_dev_stdout_is_written_through_and_stays_a_symlink():
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "childdays", *FEED, "-o", "/dev/stdout"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"BEGIN:VCALENDAR\r\n")
    assert Path("/dev/stdout").is_symlink()


def test_the_root_folder_is_refused_as_a_site():
    with pytest.raises(OutputError, match="cannot write /: is the root folder"):
        build_site("/", **OPTIONS)
