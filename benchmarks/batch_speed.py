"""Speed of `resume-helper batch` on generated text resumes (target: 1,000 in <= 60 s).

Generates --count plain-text resumes from realistic pieces (names, jobs, bullets, skills in
all four languages), checks them against the English sample posting with all cores, and
prints the wall time, resumes per second and the ratio to the target.

    python benchmarks/batch_speed.py [--count 1000] [--jobs N]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from resume_helper.workshop import run_batch
from resume_helper.workshop.demo import sample_paths

TARGET_SECONDS_PER_1000 = 60.0
NAMES = ["Dana Morales", "Chris Walker", "Priya Shah", "Tom Becker", "Jürgen Weiß",
         "Camilla Østergaard", "Mari Tamm", "Ayşe Demir"]
JOBS = [("Customer Service Representative", "Lakeside Outfitters Inc."),
        ("Call Center Agent", "Brightline Telecom LLC"), ("Sales Associate", "Northwind Retail"),
        ("Help Desk Agent", "Summit Health Group"), ("Cashier", "Harbor Foods Market")]
BULLETS = ["Answered 70 calls a day about orders and returns",
           "Handled complaints and escalated complex cases to team leads",
           "Kept a 95% customer satisfaction score in Salesforce",
           "Processed refunds and exchanges in Zendesk", "Chatted with customers on live chat",
           "Recommended products and upsold accessories", "Trained 4 new agents",
           "Kept accurate records of every interaction", "Stocked shelves and helped shoppers"]
SKILLS = ["Zendesk", "Salesforce", "Microsoft Office", "conflict resolution", "patience",
          "typing 60 wpm", "teamwork", "active listening", "data entry", "Spanish (B2)"]


def resume(rng: random.Random, number: int) -> str:
    name = rng.choice(NAMES)
    lines = [name, f"Columbus, OH 43215 | (614) 555-{number % 10000:04d} | "
                   f"applicant{number}@example.com", "", "SUMMARY",
             "Friendly customer service professional.", "", "EXPERIENCE"]
    year = 2024
    for title, employer in rng.sample(JOBS, k=rng.randint(1, 3)):
        start = year - rng.randint(1, 4)
        lines.append(f"{title} | {employer} | Jan {start} - Dec {year}")
        lines += [f"- {b}" for b in rng.sample(BULLETS, k=rng.randint(2, 4))]
        year = start - 1
    lines += ["", "EDUCATION", "High school diploma, Central High School, 2012", "", "SKILLS",
              ", ".join(rng.sample(SKILLS, k=rng.randint(3, 6)))]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args()
    rng = random.Random(20261202)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "resumes"
        folder.mkdir()
        for number in range(args.count):
            (folder / f"resume-{number:04d}.txt").write_text(resume(rng, number), "utf-8")
        start = time.perf_counter()
        rows = run_batch(folder, sample_paths("en")["posting"], Path(tmp) / "out",
                         jobs=args.jobs).rows
        seconds = time.perf_counter() - start
    failed = sum(1 for row in rows if row.error)
    target = TARGET_SECONDS_PER_1000 * args.count / 1000
    print(f"{args.count} resumes ({failed} failed) in {seconds:.1f} s: "
          f"{args.count / seconds:.0f} resumes/s; target {target:.0f} s, "
          f"ratio {seconds / target:.2f}")


if __name__ == "__main__":
    main()
