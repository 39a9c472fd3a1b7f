"""Time to the first interactive widget of each app, stock Voila vs CAIRE's Voila settings, same run.

    .venv/bin/python benchmarks/voila.py [--views 3] [--lang en]

Both servers serve ``apps/`` on 127.0.0.1 and are driven by Debian's chromium (Playwright):
- stock: ``voila apps/`` with Voila's defaults (lab template, a kernel started per page view) except one
  setting without which no page becomes interactive here at all: the extension denylist (nbgrader's,
  notebook's and jupytext's lab extensions throw in the page and the spinner never goes away);
- ours: ``jupyter-config/`` + ``jupyter-data/`` (template without CDN requests, capped kernels) and
  pre-heated kernels (``--preheat_kernel=True --pool_size=1``: each app is already rendered in a
  waiting kernel when the visitor arrives), as ``make apps`` serves them.
For each app, ``--views`` page views are timed from navigation to the first question card's
"check" button being visible and enabled; between views the benchmark waits for the pool to refill.
It also reports the resident memory of one viewer's kernel. Last line: one JSON object
``{"stock_median_s": …, "ours_median_s": …, "ratio": …, "viewer_rss_mb": …}``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(ours: bool, workdir: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = dict(os.environ)
    if ours:
        env["JUPYTER_CONFIG_PATH"] = str(REPO / "jupyter-config")
        env["JUPYTER_PATH"] = str(REPO / "jupyter-data")
        extra = ["--preheat_kernel=True", "--pool_size=1", "--CappedKernelManager.max_kernels=40"]
    else:
        stock = workdir / "stock-config"
        stock.mkdir(exist_ok=True)
        ours_config = json.loads((REPO / "jupyter-config" / "voila.json").read_text())
        denylist = ours_config["VoilaConfiguration"]["extension_denylist"]
        (stock / "voila.json").write_text(json.dumps({"VoilaConfiguration": {"extension_denylist": denylist}}))
        env["JUPYTER_CONFIG_PATH"] = str(stock)
        env.pop("JUPYTER_PATH", None)
        extra = []
    log = open(workdir / f"voila-{'ours' if ours else 'stock'}.log", "w")
    server = subprocess.Popen([str(Path(sys.executable).with_name("voila")), "--no-browser", f"--port={port}",
                               "--Voila.ip=127.0.0.1", *extra, str(REPO / "apps")],
                              cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/voila/tree", timeout=2)
            return server, url
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("voila did not start")


def stop(server: subprocess.Popen) -> None:
    import psutil

    children = psutil.Process(server.pid).children(recursive=True)
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
    for child in psutil.wait_procs(children, timeout=5)[1]:
        child.kill()


def first_widget_s(browser, url: str) -> float:
    context = browser.new_context()
    context.route(re.compile(r"^(?!" + re.escape(url.split("/voila/")[0]) + r"/)https?://"), lambda r: r.abort())
    page = context.new_page()
    started = time.monotonic()
    try:
        page.goto(url, wait_until="commit", timeout=60_000)
        page.locator("[class*='caire-question-'] button").first.wait_for(state="visible", timeout=60_000)
        return time.monotonic() - started
    except Exception:
        page.screenshot(path="/tmp/voila-benchmark-failed.png")
        print(f"no widget within 60 s at {url} (screenshot /tmp/voila-benchmark-failed.png)", file=sys.stderr)
        raise
    finally:
        context.close()


def wait_idle(server: subprocess.Popen, at_most: float = 120.0, kernels_at_least: int = 0) -> float:
    """Wait until the server and its kernels are idle (pools filled, nothing rendering); return the wait."""
    import psutil

    started, calm = time.monotonic(), 0
    while time.monotonic() - started < at_most:
        tree = [psutil.Process(server.pid), *psutil.Process(server.pid).children(recursive=True)]
        kernels = sum("ipykernel" in " ".join(p.cmdline()) for p in tree if p.is_running())
        for process in tree:
            process.cpu_percent(None)
        time.sleep(1.0)
        busy = sum(p.cpu_percent(None) for p in tree if p.is_running())
        calm = calm + 1 if busy < 15 and kernels >= kernels_at_least else 0
        if calm >= 2:
            break
    return time.monotonic() - started


def kernel_rss_mb(server: subprocess.Popen) -> float:
    import psutil

    kernels = [p for p in psutil.Process(server.pid).children(recursive=True) if "ipykernel" in " ".join(p.cmdline())]
    return max((p.memory_info().rss / 2**20 for p in kernels), default=0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--views", type=int, default=3)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--apps", nargs="*", help="only these app files (default: every app of the language)")
    parser.add_argument("--refill-wait", type=float, default=6.0, help="seconds between views (pool refill)")
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if chromium is None:
        print("Debian's chromium is needed: apt-get install chromium", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    apps = [p.name for p in sorted((REPO / "apps" / args.lang).glob("*.ipynb"))
            if p.name != "00-gallery.ipynb" and (not args.apps or p.name in args.apps)]
    figures = {"stock": {}, "ours": {}}
    rss = 0.0
    with tempfile.TemporaryDirectory() as work, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
        for setting in ("stock", "ours"):
            server, base = start(setting == "ours", Path(work))
            try:
                if setting == "ours":  # every notebook of apps/ gets a pool of one rendered kernel
                    pooled = len(list((REPO / "apps").rglob("*.ipynb")))
                    print(f"ours: pools filled in {wait_idle(server, 300, pooled):.0f} s", flush=True)
                for app in apps:
                    url = f"{base}/voila/render/{args.lang}/{app}"
                    times = []
                    for _ in range(args.views):
                        times.append(first_widget_s(browser, url))
                        wait_idle(server, args.refill_wait * 10)
                    figures[setting][app] = times
                    print(f"{setting:5} {app:32} " + " ".join(f"{t:5.2f}" for t in times) + " s", flush=True)
                if setting == "ours":
                    rss = kernel_rss_mb(server)
            finally:
                stop(server)
        browser.close()
    stock = statistics.median(t for times in figures["stock"].values() for t in times)
    ours = statistics.median(t for times in figures["ours"].values() for t in times)
    print(f"median time to first widget: stock {stock:.2f} s, ours {ours:.2f} s, ratio {stock / ours:.1f}x; "
          f"one viewer kernel {rss:.0f} MB")
    print(json.dumps({"stock_median_s": round(stock, 3), "ours_median_s": round(ours, 3),
                      "ratio": round(stock / ours, 2), "viewer_rss_mb": round(rss, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
