"""What a long-lived worker holds as it checks damaged document after damaged document.

Runs --docs fuzzed inputs (tests/fuzz/mutations.py, every class in turn) through read →
skills → check in this one process, as a batch worker would, after loading the pipelines of
every language. Every --every inputs it prints the process's RSS, the RSS once the memory
freed so far is given back (resume_helper.memory.release_freed_memory, as a batch worker does
after each resume), and the size of every cache that grows with new words: spaCy's
vocabulary (strings, lexemes) and the engine's word analyses and token data, per language,
beside their bounds. Growth of the first column that the second does not show is memory
freed and kept by the allocator, not held. With --garbage each input is instead a text of
random words (about 30,000 characters, every language in turn) given to extract_skills: the
worst case for the vocabulary, every word new.

    python benchmarks/worker_memory.py [--docs 150] [--seed 611] [--every 25] [--garbage]
"""

from __future__ import annotations

import argparse
import gc
import random
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fuzz.mutations import MUTATORS, generate  # noqa: E402
from fuzz.pipeline import FIXTURES, run  # noqa: E402

from resume_helper.memory import release_freed_memory  # noqa: E402
from resume_helper.nlp import analysis, tokens  # noqa: E402

LANGS = ("en", "de", "da", "et")


def _rss_mb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
    return 0


def _garbage(rng: random.Random, words: int = 4_000) -> str:
    letters = string.ascii_lowercase + "äöüõæøå"
    return " ".join("".join(rng.choices(letters, k=rng.randint(3, 12))) for _ in range(words))


def _caches() -> str:
    from resume_helper.nlp.pipeline import get_pipeline

    parts = []
    for lang in LANGS:
        nlp = get_pipeline(lang)
        words = len(getattr(analysis.analyzer(lang), "_cache", ()))
        data = sum(map(len, tokens.known_token_data(lang)))
        parts.append(f"{lang} {len(nlp.vocab.strings):6} {len(nlp.vocab):6} {words:5} {data:5}")
    return " | ".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--seed", type=int, default=611)
    parser.add_argument("--every", type=int, default=25)
    parser.add_argument("--garbage", action="store_true", help="texts of random words")
    args = parser.parse_args()

    from resume_helper import extract_skills, skills
    from resume_helper.nlp.pipeline import get_pipeline

    for lang in LANGS:
        run((FIXTURES / f"resume_{lang}.txt").read_bytes(), "resume")
    print(f"bounds: vocabulary kept for good until {skills.VOCAB_WORDS:,} strings "
          f"(then each document in a memory zone), pipeline built anew after "
          f"{skills.MAX_LEXEMES_MADE:,} lexemes made, word analyses {analysis.CACHED_WORDS:,}, "
          f"token data {tokens.CACHED_TEXTS:,} per following space, spaCy's tokenizer cache "
          f"{get_pipeline('en').tokenizer.max_cache_size:,} chunks (none in a memory zone)")
    print(f"{'docs':>5} {'RSS MB':>6} {'released':>8}  "
          "per language: strings, lexemes, word analyses, token data")
    gc.collect()
    print(f"{0:5} {_rss_mb():6} {'':8}  {_caches()}", flush=True)
    classes = sorted(MUTATORS)
    for number in range(args.docs):
        rng = random.Random(f"{args.seed}-{number}")
        if args.garbage:
            extract_skills(_garbage(rng), LANGS[number % len(LANGS)])
        else:
            fuzzed = generate(rng, classes[number % len(classes)])
            run(fuzzed.data, fuzzed.kind, stages=("read", "skills", "check"))
        if (number + 1) % args.every == 0:
            gc.collect()
            rss = _rss_mb()
            release_freed_memory()
            print(f"{number + 1:5} {rss:6} {_rss_mb():8}  {_caches()}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
