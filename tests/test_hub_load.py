"""The hub's load test, small: three simulated learners at once on the real hub (benchmarks/load_hub.py, Locust).

Each logs in, starts a server, runs module 01's lesson in a kernel, submits the module 01 app's answers and logs
out, while the trainer collects and root grades. Every learner's visit must succeed and every submission be
graded. The figures at 10, 20 and 40 learners come from the benchmark itself (docs/hub.md).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import REPO

pytestmark = pytest.mark.slow


def test_three_learners_at_once_are_all_served_and_graded():
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("the load test creates Unix accounts and runs the hub: run it as root")
    if shutil.which("npm") is None and not (REPO / "hub/node_modules/.bin/configurable-http-proxy").exists():
        pytest.skip("npm is missing: configurable-http-proxy cannot be installed")
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "load_hub.py"), "--learners", "3", "--ramp", "2",
         "--grade-every", "30", "--timeout", "400", "--json"],
        capture_output=True, text=True, timeout=900, cwd=REPO,
    )  # fmt: skip
    if done.returncode != 0 and "no Python 3.11" in done.stderr:
        pytest.skip(done.stderr.strip()[-500:])
    result = json.loads(done.stdout.strip().splitlines()[-1])["runs"][0]
    assert result["failures"] == [], result
    assert (result["visits succeeded"], result["submissions graded"], result["success rate"]) == (3, 3, 1.0), result
    assert result["login to first executed cell"]["median (s)"] > 0 and result["app submission"]["median (s)"] > 0
    assert result["peak memory per learner, median (MB)"] > 100, "the learners' processes were not measured"
    assert done.returncode == 0, done.stderr[-3000:]
    print("\nsmall load test:", json.dumps(result))
