"""Time and memory of the pre/post test's analysis for a simulated cohort of the programme's size.

    .venv/bin/python benchmarks/prepost.py                 # 28,000 learners, both tests, both forms
    .venv/bin/python benchmarks/prepost.py --learners 5000

Simulates the cohort (autograder.simulate: Rasch answers, 40 items, two forms with 8 anchors, 10 % who take the
pre-test only, 5 % who do not consent), then runs the whole analysis (autograder.prepost.analyse: Rasch
calibration with mirt, abilities, bootstrap intervals, item fit, Mantel-Haenszel DIF, groups). Prints the
analysis time, the process's peak memory, their ratio to the targets (60 s and 2 GB on this machine), and, as
the baseline measured in the same run, the analysis of a 2,000-learner cohort (what the tests analyse). The last
line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from autograder.prepost import analyse
from autograder.simulate import simulate

TARGET_SECONDS = 60
TARGET_MB = 2048


def timed(learners: int) -> tuple[float, int, dict]:
    cohort = simulate(learners=learners, seed=11)
    start = time.perf_counter()
    analysis = analyse(cohort.responses)
    return time.perf_counter() - start, len(cohort.responses), analysis.summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=28_000, help="learners in the cohort (default: 28,000)")
    args = parser.parse_args(argv)
    analyse(simulate(learners=60, seed=1).responses, resamples=10)  # imports and first calls out of the timings
    base_seconds, base_rows, _ = timed(2_000)
    seconds, rows, summary = timed(args.learners)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"baseline: 2,000 learners ({base_rows:,} answers) analysed in {base_seconds:.1f} s")
    print(
        f"{args.learners:,} learners ({rows:,} answers) analysed in {seconds:.1f} s "
        f"({seconds / base_seconds:.1f}x the baseline; {seconds / TARGET_SECONDS:.0%} of the {TARGET_SECONDS} s target), "
        f"peak memory {peak_mb:.0f} MB ({peak_mb / TARGET_MB:.0%} of {TARGET_MB} MB)"
    )
    print(
        json.dumps(
            {
                "learners": args.learners,
                "answers": rows,
                "seconds": round(seconds, 2),
                "baseline_seconds": round(base_seconds, 2),
                "peak_mb": round(peak_mb),
                "mean_ability_gain": round(summary["mean_ability_gain"], 3),
            }
        )
    )
    return 0 if seconds <= TARGET_SECONDS and peak_mb <= TARGET_MB else 1


if __name__ == "__main__":
    sys.exit(main())
