"""Fuzz the reader, the skill engine, `check` and `tailor` for N minutes; report by class.

Generates mutated fixtures and hostile inputs round-robin over every mutation class
(tests/fuzz/mutations.py, tests/fuzz/hostile.py), runs each in a worker process through
read → skills → check (→ tailor for every --tailor-every'th input) and counts, per class:
inputs tried, clean errors (ResumeHelperError), bugs (any other exception, or no result
within --timeout seconds), slow cases (`check` over --budget seconds), the largest `check`
time, and the largest peak memory (RSS) of the worker while it ran one input of the class,
with the input of the class that added the most to the RSS the worker had before it. The peak
is reset before every input (Linux: /proc/self/clear_refs), so it belongs to that input; a
worker is replaced every --recycle inputs (a long-lived process's heap only grows), so the
peak is what checking an input costs on top of the loaded pipelines (each worker loads
them for every language before its first input). After each input the worker gives the memory
it freed back to the system, as a batch worker does after each resume
(resume_helper.memory.release_freed_memory). Bugs are saved to
--save.

    python benchmarks/fuzz.py --minutes 8 [--seed 17] [--save /tmp/fuzz-bugs]

Exit code 1 when any bug, slow case or a peak over --max-mb was seen.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fuzz.hostile import CASES, case  # noqa: E402
from fuzz.mutations import MUTATORS, generate  # noqa: E402


@dataclass
class ClassStats:
    inputs: int = 0
    clean_errors: int = 0
    bugs: Counter[str] = field(default_factory=Counter)
    slow: int = 0
    max_check: float = 0.0
    max_total: float = 0.0
    peak: int = 0  # the worker's highest RSS while it ran one input of this class (MB)
    peak_added: tuple[int, int] = (-1, 0)  # the most one input added to the worker's RSS
    peak_input: str = ""  # that input, and the MB it added to what the worker held before


def _reset_peak() -> bool:
    """Start a new high-water mark of this process's RSS; False where the system cannot."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _rss_mb(field: str = "VmHWM") -> int:
    """This process's peak (VmHWM) or current (VmRSS) resident memory in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def _worker(connection: multiprocessing.connection.Connection) -> None:
    from fuzz.pipeline import FIXTURES, run

    from resume_helper.memory import release_freed_memory

    # Why warm: the pipelines load on first use, and that growth belongs to no input.
    for lang in ("en", "de", "da", "et"):
        run((FIXTURES / f"resume_{lang}.txt").read_bytes(), "resume")
    release_freed_memory()
    while True:
        job = connection.recv()
        if job is None:
            return
        path, kind, stages = job
        data = Path(path).read_bytes()  # as the tool reads a file: no copies through the pipe
        # Why reset: the lifetime peak would name whichever input first crossed an earlier
        # high-water mark, not the input that cost the most.
        own = _reset_peak()
        before, held = _rss_mb(), _rss_mb("VmRSS")
        outcome = run(data, kind, stages=stages)
        peak = _rss_mb()
        release_freed_memory()  # as a batch worker does after each resume
        connection.send((outcome.error, outcome.bug_type, outcome.bug, outcome.seconds, peak,
                         own or peak > before, peak - held))


class Worker:
    """A process that runs inputs one at a time; replaced when it hangs or dies."""

    def __init__(self, context: multiprocessing.context.BaseContext) -> None:
        self.context = context
        self.parent, child = context.Pipe()
        self.process = context.Process(target=_worker, args=(child,), daemon=True)
        self.process.start()
        child.close()

    def run(self, path: Path, kind: str, stages: tuple[str, ...], timeout: float
            ) -> tuple[str | None, str | None, str | None, dict[str, float], int, bool, int
                       ] | None:
        try:
            self.parent.send((str(path), kind, stages))
            if self.parent.poll(timeout):
                return self.parent.recv()
        except (EOFError, OSError):
            pass
        return None

    def stop(self) -> None:
        self.process.kill()
        self.process.join()


def _inputs(seed: int) -> object:
    """Every hostile reproducer once, then mutations round-robin over the classes."""
    for name in sorted(CASES):
        hostile = case(name)
        yield f"hostile.{hostile.klass}", name, hostile.kind, hostile.data
    classes = sorted(MUTATORS)
    number = 0
    while True:
        klass = classes[number % len(classes)]
        rng = random.Random(f"{seed}-{number}")
        try:
            fuzzed = generate(rng, klass)
        except Exception as exc:  # noqa: BLE001 - a broken mutation is reported, not fatal
            print(f"  (mutation {klass} #{number} failed to build: {exc!r})", file=sys.stderr)
        else:
            yield klass, f"{fuzzed.seed}#{number}", fuzzed.kind, fuzzed.data
        number += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--budget", type=float, default=5.0, help="seconds allowed for check")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a hang")
    parser.add_argument("--tailor-every", type=int, default=4)
    parser.add_argument("--max-mb", type=int, default=300)
    parser.add_argument("--recycle", type=int, default=200,
                        help="inputs per worker process, as a batch worker or one CLI run "
                             "would see; 0 keeps one worker")
    parser.add_argument("--save", type=Path, default=None, help="folder for bug reproducers")
    args = parser.parse_args()

    context = multiprocessing.get_context("spawn")
    scratch = Path(tempfile.mkdtemp(prefix="fuzz-")) / "input"
    worker = Worker(context)
    stats: dict[str, ClassStats] = defaultdict(ClassStats)
    examples: dict[str, str] = {}
    peak = 0
    started = time.monotonic()
    deadline = started + args.minutes * 60
    tried = 0
    for klass, label, kind, data in _inputs(args.seed):
        if time.monotonic() > deadline:
            break
        tried += 1
        stages = ("read", "skills", "check", "tailor") if tried % args.tailor_every == 0 \
            else ("read", "skills", "check")
        row = stats[klass]
        row.inputs += 1
        scratch.write_bytes(data)
        if args.recycle and tried % args.recycle == 0:
            worker.stop()
            worker = Worker(context)
        result = worker.run(scratch, kind, stages, args.timeout)
        if result is None:
            worker.stop()
            worker = Worker(context)
            error, bug_type, bug, seconds, rss, own, added = (None, "hang or crash", "no result",
                                                              {}, 0, False, 0)
        else:
            error, bug_type, bug, seconds, rss, own, added = result
        peak = max(peak, rss)
        row.peak = max(row.peak, rss)
        # Why by what it added: a worker's heap stays at its highest, so many later inputs
        # share that peak; the input that raised the worker the most is the costly one.
        if own and (added, rss) > row.peak_added:
            row.peak_added = (added, rss)
            row.peak_input = f"{label}: +{added} MB over the worker's {rss - added} MB"
        row.clean_errors += error is not None
        row.max_total = max(row.max_total, sum(seconds.values()))
        if seconds.get("check", 0.0) > args.budget:
            row.slow += 1
            if seconds["check"] > row.max_check:  # the slowest, where there are several
                examples[f"{klass} slow"] = f"{label}: {seconds['check']:.2f} s"
        row.max_check = max(row.max_check, seconds.get("check", 0.0))
        if bug_type:
            row.bugs[bug_type] += 1
            examples.setdefault(f"{klass} {bug_type}", f"{label}: {(bug or '').strip()[-300:]}")
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                (args.save / f"{klass}-{tried:05d}.{kind}").write_bytes(data)
    worker.stop()
    shutil.rmtree(scratch.parent, ignore_errors=True)
    elapsed = time.monotonic() - started
    peak = max(peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)

    print(f"{'class':24} {'inputs':>7} {'clean':>7} {'bugs':>5} {'slow':>5} "
          f"{'max check s':>11} {'max all s':>9} {'peak MB':>7}")
    for klass in sorted(stats):
        row = stats[klass]
        print(f"{klass:24} {row.inputs:7} {row.clean_errors:7} {sum(row.bugs.values()):5} "
              f"{row.slow:5} {row.max_check:11.2f} {row.max_total:9.2f} "
              f"{row.peak or '':>7}")
    bugs = sum(sum(row.bugs.values()) for row in stats.values())
    slow = sum(row.slow for row in stats.values())
    clean = sum(row.clean_errors for row in stats.values())
    max_check = max((row.max_check for row in stats.values()), default=0.0)
    print(f"\n{tried} inputs in {elapsed / 60:.1f} min: {clean} clean errors, {bugs} exceptions "
          f"other than ResumeHelperError (or hangs), {slow} inputs over {args.budget:g} s in "
          f"check (max {max_check:.2f} s), peak memory {peak} MB (worker RSS)")
    for klass in sorted(stats):
        if stats[klass].peak_input:
            examples[f"{klass} peak"] = stats[klass].peak_input
    for key, example in sorted(examples.items()):
        print(f"  {key}: {example}")
    return 1 if bugs or slow or peak > args.max_mb else 0


if __name__ == "__main__":
    sys.exit(main())
