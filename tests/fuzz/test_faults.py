"""Faults around the files: unwritable places, a worker that fails, interrupts, a full disk
and concurrent runs. Every one ends in a one-line error or exit code 130/143, never a
traceback, a half-written output set or a leftover worker or temporary file."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from resume_helper import files
from resume_helper.cli import main
from resume_helper.workshop import run_batch
from resume_helper.workshop.demo import sample_paths

from .hostile import FIXTURES, json_nested_array

POSTING = sample_paths("en")["posting"]


@pytest.fixture
def room(tmp_path: Path) -> Path:
    folder = tmp_path / "resumes"
    folder.mkdir()
    shutil.copy(FIXTURES / "resume_en.txt", folder / "dana.txt")
    shutil.copy(FIXTURES / "resume_de.txt", folder / "jonas.txt")
    (folder / "nested.json").write_bytes(json_nested_array())
    return folder


def test_batch_into_a_place_that_cannot_be_written(room: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    out = blocker / "out"
    result = CliRunner().invoke(main, ["batch", str(room), str(POSTING), "-o", str(out)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot write to {out}: ")
    assert result.output.count("\n") == 1


def test_every_file_gets_a_row_whatever_happens_in_a_worker(
        room: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from resume_helper.workshop import batch

    real = batch.analyse

    def buggy(source: object, kind: str, **kwargs: object) -> object:
        if str(source).endswith("jonas.txt"):
            raise RuntimeError("a bug of ours")
        return real(source, kind, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "analyse", buggy)
    rows = run_batch(room, POSTING, tmp_path / "out", jobs=1).rows
    assert [row.file for row in rows] == ["dana.txt", "jonas.txt", "nested.json"]
    assert rows[0].error is None
    assert rows[0].score is not None
    assert rows[1].error == ("could not be checked (RuntimeError); please send this file to "
                             "the developers")
    assert "nested too deeply" in (rows[2].error or "")
    assert (tmp_path / "out" / "summary.csv").read_text(encoding="utf-8-sig").count("\n") == 4


def _group_gone(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_batch_stops_promptly_and_cleans_up(signum: int, code: int,
                                                           tmp_path: Path) -> None:
    folder = tmp_path / "resumes"
    folder.mkdir()
    for number in range(60):
        shutil.copy(FIXTURES / ("resume_en.txt", "resume_de.txt", "resume_da.txt")[number % 3],
                    folder / f"cv-{number:02d}.txt")
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "resume_helper", "batch", str(folder), str(POSTING), "-o",
         str(out), "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list((out / "reports").glob("*.html")):
        time.sleep(0.05)
    os.killpg(process.pid, signum)  # as the terminal does: to the whole process group
    stopped = time.monotonic()
    _, stderr = process.communicate(timeout=30)
    assert time.monotonic() - stopped < 10  # not after the remaining resumes
    assert process.returncode == code, stderr.decode()
    assert b"Traceback" not in stderr
    assert b"Exception ignored" not in stderr
    time.sleep(0.5)
    assert _group_gone(process.pid)  # no worker left behind
    assert not [p.name for p in out.rglob("*.tmp")]
    assert not (out / "summary.csv").exists()


@pytest.mark.parametrize("delay", [0.5, 1.5, 2.5])
def test_an_interrupted_tailor_ends_quietly_with_all_outputs_or_none(delay: float,
                                                                     tmp_path: Path) -> None:
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "resume_helper", "tailor", str(FIXTURES / "resume_en.docx"),
         str(POSTING), "-o", str(out), "--no-page-check"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(delay)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert b"Traceback" not in stderr
    assert b"Exception ignored" not in stderr
    written = sorted(out.iterdir()) if out.exists() else []
    # -SIGINT: the interrupt came after the outputs, while Python was shutting down
    assert process.returncode in (0, 130, -signal.SIGINT), stderr.decode()
    assert len(written) == (3 if process.returncode in (0, -signal.SIGINT) else 0), written


def _set(tag: str, folder: Path) -> dict[Path, bytes | str]:
    return {folder / f"cv-{kind}": f"{tag} {kind}" for kind in ("resume", "letter", "report")}


def test_a_full_disk_leaves_no_output_and_keeps_the_old_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files.write_all(_set("old", tmp_path), force=True)
    real = files._write_temporary
    calls = []

    def full(target: Path, data: bytes | str) -> Path:
        calls.append(target)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(target, data)

    monkeypatch.setattr(files, "_write_temporary", full)
    with pytest.raises(files.ResumeHelperError, match="No space left on device"):
        files.write_all(_set("new", tmp_path), force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cv-letter", "cv-report", "cv-resume"]
    assert {p.read_text(encoding="utf-8").split()[0] for p in tmp_path.iterdir()} == {"old"}


def test_an_interrupt_while_writing_leaves_nothing(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    real = Path.replace
    calls = []

    def interrupted(self: Path, target: Path) -> Path:
        calls.append(target)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(self, target)

    monkeypatch.setattr(Path, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        files.write_all(_set("new", tmp_path / "out"))
    assert sorted((tmp_path / "out").iterdir()) == []


def test_concurrent_runs_into_one_folder_never_mix_their_outputs(tmp_path: Path) -> None:
    with files.folder_lock(tmp_path):
        writer = threading.Thread(target=files.write_all,
                                  args=(_set("second", tmp_path),), kwargs={"force": True})
        writer.start()
        time.sleep(0.3)
        assert not list(tmp_path.glob("cv-*"))  # waits while another run writes
    writer.join(timeout=10)
    assert not writer.is_alive()

    def run(tag: str) -> None:
        for _ in range(30):
            files.write_all(_set(tag, tmp_path), force=True)

    runners = [threading.Thread(target=run, args=(tag,)) for tag in ("a", "b", "c")]
    for runner in runners:
        runner.start()
    for runner in runners:
        runner.join(timeout=30)
    tags = {p.read_text(encoding="utf-8").split()[0] for p in tmp_path.iterdir()}
    assert len(tags) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cv-letter", "cv-report", "cv-resume"]
