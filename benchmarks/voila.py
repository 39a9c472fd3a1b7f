"""Time to the first interactive widget of each app, stock Voila vs CAIRE's Voila settings, same run.

    .venv/bin/python benchmarks/voila.py [--views 3] [--lang en] [--apps 01-rules-vs-learning.ipynb ...]
                                         [--with-voila-page]

Each server serves ``apps/`` on 127.0.0.1 and is driven by Debian's chromium (Playwright):
- stock: ``voila apps/`` with Voila's defaults (lab template and Voila's JupyterLab front end, a kernel
  started per page view) except one setting without which no page becomes interactive here at all: the
  extension denylist (nbgrader's, notebook's and jupytext's lab extensions throw in the page and the spinner
  never goes away);
- ours: ``jupyter-config/`` + ``jupyter-data/`` (the caire template and its page script, capped kernels) and
  pre-heated kernels (``--preheat_kernel=True --pool_size=1``: each app is already rendered in a waiting
  kernel when the visitor arrives), as README.md ("Serving the apps to many people") serves them;
- with ``--with-voila-page``, also voila-page: our settings but Voila's own page (the lab template), to tell
  what the server settings give from what the page script gives.
For each app, ``--views`` page views are timed, each in a fresh browser context (nothing cached), from
navigation to the first question card's "check" button being visible and enabled, by the page's own clock
(checked on every animation frame). Between views the benchmark waits until the app's pool has a rendered
kernel again and the machine is idle, so that no view competes with the rendering of the next one.
It also reports the resident memory of the largest viewer kernel. Last line: one JSON object
``{"stock_median_s": …, "ours_median_s": …, "ratio": …, "viewer_rss_mb": …}`` (and
``"voila_page_median_s"`` with ``--with-voila-page``).
"""

from __future__ import annotations

import argparse
import contextlib
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
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


#: Our server: the course's configuration and pre-heated kernels (README.md, "Serving the apps to many people"),
#: with room under the kernel cap for every view of the run (Voila's own page leaves its kernel behind).
POOLED = ("--preheat_kernel=True", "--pool_size=1", "--CappedKernelManager.max_kernels=120")


def start(setting: str, workdir: Path, ours_options: tuple[str, ...] = ()) -> tuple[subprocess.Popen, str]:
    """Start Voila on ``apps/`` with a setting: "stock", "ours" or "voila-page" (ours with Voila's own page)."""
    port = free_port()
    env = dict(os.environ)
    if setting == "stock":
        stock = workdir / "stock-config"
        stock.mkdir(exist_ok=True)
        ours_config = json.loads((REPO / "jupyter-config" / "voila.json").read_text())
        denylist = ours_config["VoilaConfiguration"]["extension_denylist"]
        (stock / "voila.json").write_text(json.dumps({"VoilaConfiguration": {"extension_denylist": denylist}}))
        env["JUPYTER_CONFIG_PATH"] = str(stock)
        env.pop("JUPYTER_PATH", None)
        extra = []
    else:
        env["JUPYTER_CONFIG_PATH"] = str(REPO / "jupyter-config")
        env["JUPYTER_PATH"] = str(REPO / "jupyter-data")
        extra = [*POOLED, *ours_options]
        if setting == "voila-page":
            extra.append("--VoilaConfiguration.template=lab")
    log = open(workdir / f"voila-{setting}.log", "w")  # noqa: SIM115 - the server writes to it while it runs
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("voila")),
            "--no-browser",
            f"--port={port}",
            "--Voila.ip=127.0.0.1",
            *extra,
            str(REPO / "apps"),
        ],
        cwd=workdir,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/voila/tree", timeout=2)
            return server, url
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"voila did not start (log: {log.name})")


def pool_refills(log: Path, notebook: str) -> int:
    """How many times the server has started the pooled kernel of ``notebook`` (e.g. "en/01-....ipynb")."""
    return log.read_text(errors="replace").count(f"Kernel pool of {notebook} is filled")


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


#: Runs in the page before its own scripts: on every animation frame, until it is there, look for the first
#: question's "check" button, visible and enabled, and note when (ms since navigation started, the page's
#: clock). Playwright's own wait polls at growing intervals (up to 500 ms apart), too coarse to time a page
#: that takes about a second.
WATCH_FIRST_WIDGET = """
(() => {
  const look = () => {
    const button = document.querySelector("[class*='caire-question-'] button");
    if (button && !button.disabled) {
      const box = button.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && getComputedStyle(button).visibility !== "hidden") {
        window.__caireFirstWidgetMs = performance.now();
        return;
      }
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();
"""


def first_widget_s(browser, url: str) -> float:
    """Seconds from navigation to the first interactive widget, in a fresh browser context (cold cache)."""
    context = browser.new_context()
    context.route(re.compile(r"^(?!" + re.escape(url.split("/voila/")[0]) + r"/)https?://"), lambda r: r.abort())
    context.add_init_script(WATCH_FIRST_WIDGET)
    page = context.new_page()
    try:
        page.goto(url, wait_until="commit", timeout=60_000)
        page.wait_for_function("window.__caireFirstWidgetMs !== undefined", timeout=60_000, polling=200)
        return page.evaluate("window.__caireFirstWidgetMs") / 1000
    except Exception:
        page.screenshot(path="/tmp/voila-benchmark-failed.png")
        print(f"no widget within 60 s at {url} (screenshot /tmp/voila-benchmark-failed.png)", file=sys.stderr)
        raise
    finally:
        context.close()


def server_tree(server: subprocess.Popen) -> list:
    """The Voila server and its live child processes (kernels that just exited are left out)."""
    import psutil

    root = psutil.Process(server.pid)
    return [p for p in (root, *root.children(recursive=True)) if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]


def is_kernel(process) -> bool:
    import psutil

    try:
        return "ipykernel" in " ".join(process.cmdline())
    except psutil.Error:  # gone since it was listed
        return False


def cpu_percent(processes) -> float:
    import psutil

    total = 0.0
    for process in processes:
        with contextlib.suppress(psutil.Error):
            total += process.cpu_percent(None)
    return total


def wait_idle(server: subprocess.Popen, at_most: float = 120.0, kernels_at_least: int = 0) -> float:
    """Wait until the server and its kernels are idle (pools filled, nothing rendering); return the wait."""
    started, calm = time.monotonic(), 0
    while time.monotonic() - started < at_most:
        tree = server_tree(server)
        kernels = sum(map(is_kernel, tree))
        cpu_percent(tree)
        time.sleep(1.0)
        busy = cpu_percent(tree)
        calm = calm + 1 if busy < 15 and kernels >= kernels_at_least else 0
        if calm >= 2:
            break
    return time.monotonic() - started


def kernel_rss_mb(server: subprocess.Popen) -> float:
    """Resident memory of the largest viewer kernel, in MB."""
    import psutil

    sizes = []
    for process in filter(is_kernel, server_tree(server)):
        with contextlib.suppress(psutil.Error):
            sizes.append(process.memory_info().rss / 2**20)
    return max(sizes, default=0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--views", type=int, default=3)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--apps", nargs="*", help="only these app files (default: every app of the language)")
    parser.add_argument(
        "--with-voila-page",
        action="store_true",
        help="also time our server settings with Voila's own page (the lab template)",
    )
    parser.add_argument(
        "--ours-option",
        action="append",
        default=[],
        metavar="=--Class.trait=value",
        help="one more option for our server, to try a setting: --ours-option=--Class.trait=value (repeatable)",
    )
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if chromium is None:
        print("Debian's chromium is needed: apt-get install chromium", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    apps = [
        p.name
        for p in sorted((REPO / "apps" / args.lang).glob("*.ipynb"))
        if not p.name.startswith("00-") and (not args.apps or p.name in args.apps)
    ]
    settings = ["stock", *(["voila-page"] if args.with_voila_page else []), "ours"]
    figures: dict[str, dict[str, list[float]]] = {setting: {} for setting in settings}
    rss = 0.0
    with tempfile.TemporaryDirectory() as work, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=ARGS)
        for setting in settings:
            server, base = start(setting, Path(work), tuple(args.ours_option))
            log = Path(work) / f"voila-{setting}.log"
            try:
                if setting != "stock":  # every notebook of apps/ gets a pool of one rendered kernel
                    pooled = len(list((REPO / "apps").rglob("*.ipynb")))
                    print(f"{setting}: pools filled in {wait_idle(server, 300, pooled):.0f} s", flush=True)
                for app in apps:
                    notebook = f"{args.lang}/{app}"
                    times = []
                    for _ in range(args.views):
                        refills = pool_refills(log, notebook)
                        times.append(first_widget_s(browser, f"{base}/voila/render/{notebook}"))
                        deadline = time.monotonic() + 60
                        while (
                            setting != "stock"
                            and pool_refills(log, notebook) == refills
                            and time.monotonic() < deadline
                        ):
                            time.sleep(0.2)  # the pool starts its next kernel a second after giving one out
                        wait_idle(server, 120)
                    figures[setting][app] = times
                    print(f"{setting:10} {app:32} " + " ".join(f"{t:5.2f}" for t in times) + " s", flush=True)
                if setting == "ours":
                    rss = kernel_rss_mb(server)
            finally:
                stop(server)
        browser.close()
    medians = {
        setting: statistics.median(t for times in figures[setting].values() for t in times) for setting in settings
    }
    stock, ours = medians["stock"], medians["ours"]
    said = f"median time to first widget: stock {stock:.2f} s, ours {ours:.2f} s, ratio {stock / ours:.1f}x"
    if "voila-page" in medians:
        said += f" (our settings with Voila's own page: {medians['voila-page']:.2f} s)"
    print(f"{said}; largest viewer kernel {rss:.0f} MB")
    result = {
        "stock_median_s": round(stock, 3),
        "ours_median_s": round(ours, 3),
        "ratio": round(stock / ours, 2),
        "viewer_rss_mb": round(rss, 1),
    }
    if "voila-page" in medians:
        result["voila_page_median_s"] = round(medians["voila-page"], 3)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
