"""Execute every module's lesson and app notebook in a fresh kernel and report what it costs a learner.

    .venv/bin/python benchmarks/modules.py                  # English notebooks, one run each
    .venv/bin/python benchmarks/modules.py --lang fr --repeat 5
    .venv/bin/python benchmarks/modules.py --module 09-fairness

The modules are those of the course's registry (``caire/registry.toml``), in course order: for each, its
lesson ``modules/<lang>/NN-slug.ipynb`` and its app ``apps/<lang>/NN-slug.ipynb``, then the gallery app. It starts a new
kernel (the ``python3`` kernelspec, which jupyter_client launches with this interpreter, so run the
script with the venv's python), runs every cell with the notebook's folder as working directory, then
runs one extra probe cell in the same kernel and prints:

- ``wall_s``: seconds from launching the kernel to the end of the notebook's last cell (kernel start
  included: it is what a learner waits for after "Restart kernel and run all"; probe and shutdown
  excluded). ``start_s`` in the table is the kernel-start part of it.
- ``train_s``: ``sum(caire.core.timing.TRAINING_SECONDS)`` read by the probe; 0 when the notebook never
  imported a caire trainer (the probe reads ``sys.modules`` and imports nothing itself); ``trainings``: how
  many trainings the notebook ran; ``longest_s``: the longest of them. The course's target is per training:
  at most 2 s each (``TRAINING_TARGET_S``); a notebook with a longer one is marked in the table
  (``over``) and in the JSON (``over_target``).
- ``peak_rss_mb``: the kernel process's own peak resident memory, ``VmHWM`` of ``/proc/self/status``
  read by the probe (MiB). Why not ``ru_maxrss``: on Linux a process inherits in ``ru_maxrss`` the
  high-water mark of the memory it was forked or vforked from (``exec`` keeps the larger of the two),
  so a kernel launched by a 70 MB benchmark process never reads below 70 MB, whatever it uses. VmHWM
  belongs to the kernel's own address space since ``exec``, and, unlike sampling, catches short peaks.
  ``ru_maxrss`` is still printed (column ``maxrss``), and so is a psutil sample of the kernel and its
  child processes every 20 ms (children listed every 0.2 s; column ``sampled``), which sees memory in
  workers the kernel starts (joblib, multiprocessing) that VmHWM does not count. Where VmHWM is
  missing (not Linux), ``peak_rss_mb`` falls back to ``ru_maxrss``. MB here are MiB (2**20 bytes).
- ``torch``: whether ``torch`` is in the kernel's ``sys.modules`` at the end; a warning if that disagrees with
  the module's registry entry (whose ``torch`` sets its memory target: 512 MB with torch, 256 MB without).

A baseline is measured in the same run, the same way: an empty notebook, i.e. a fresh kernel running
one trivial cell. Its wall time and peak memory are printed, and each notebook's ratio to them.
With ``--repeat N`` every notebook (and the baseline) runs N times, each in a fresh kernel, and each
figure is the median of the N runs (``torch``: true if any run imported it).

The last line printed is one JSON object::

    {"modules": {"<notebook stem>": {"wall_s": ..., "train_s": ..., "trainings": ..., "longest_s": ...,
                                     "over_target": false, "peak_rss_mb": ..., "torch": false}, ...},
     "apps": {...}}

A notebook whose cell raises, runs past ``--timeout`` (120 s a cell) or kills its kernel is reported on
stderr and in the table, left out of the JSON, and makes the script exit 1 after the JSON line.
Only the standard library, nbclient, nbformat and psutil are needed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import nbformat
import psutil
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from caire.registry import MODULES, module  # noqa: E402 - the registry of the checkout being measured

#: The course's target for one live training, in seconds.
TRAINING_TARGET_S = 2.0
KERNEL_NAME = "python3"
MARKER = "__CAIRE_BENCHMARK__"
SAMPLE_SECONDS = 0.02
CHILDREN_EVERY = 10  # samples
MIB = 1024 * 1024

# Run in the notebook's kernel after its last cell. It must not import caire (that would load pandas
# and change the memory it measures): it only looks in sys.modules.
PROBE = f"""\
import json as _bench_json, os as _bench_os, resource as _bench_resource, sys as _bench_sys
_bench_models = _bench_sys.modules.get("caire.core.timing")
_bench_hwm_kb = None
try:
    with open("/proc/self/status") as _bench_status:
        for _bench_line in _bench_status:
            if _bench_line.startswith("VmHWM:"):
                _bench_hwm_kb = int(_bench_line.split()[1])
except OSError:
    pass
print({MARKER!r} + _bench_json.dumps({{
    "train_s": float(sum(_bench_models.TRAINING_SECONDS)) if _bench_models is not None else 0.0,
    "trainings": len(_bench_models.TRAINING_SECONDS) if _bench_models is not None else 0,
    "longest_s": float(max(_bench_models.TRAINING_SECONDS, default=0.0)) if _bench_models is not None else 0.0,
    "vmhwm_kb": _bench_hwm_kb,
    "maxrss_kb": _bench_resource.getrusage(_bench_resource.RUSAGE_SELF).ru_maxrss,
    "torch": "torch" in _bench_sys.modules,
    "executable": _bench_sys.executable,
    "pid": _bench_os.getpid(),
    "cwd": _bench_os.getcwd(),
}}))
"""


@dataclass
class Run:
    """One execution of one notebook in a fresh kernel."""

    wall_s: float
    start_s: float
    train_s: float
    trainings: int
    longest_s: float
    peak_rss_mb: float
    maxrss_mb: float
    sampled_mb: float
    torch: bool
    executable: str
    cwd: str


class MemorySampler(threading.Thread):
    """Polls the RSS of a process and its children; keeps the largest total seen."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.process = psutil.Process(pid)
        self.peak = 0
        self.done = threading.Event()

    def total_rss(self, children: list[psutil.Process]) -> int:
        total = self.process.memory_info().rss
        for child in children:
            with contextlib.suppress(psutil.Error):  # a child that ended since it was listed
                total += child.memory_info().rss
        return total

    def run(self) -> None:
        children: list[psutil.Process] = []
        tick = 0
        while not self.done.is_set():
            try:
                if tick % CHILDREN_EVERY == 0:  # listing children scans every process: not at each tick
                    children = self.process.children(recursive=True)
                self.peak = max(self.peak, self.total_rss(children))
            except psutil.Error:  # the kernel itself is gone
                return
            tick += 1
            self.done.wait(SAMPLE_SECONDS)

    def stop(self) -> int:
        self.done.set()
        self.join()
        return self.peak


#: Packages the development venv has but a learner's environment (requirements.txt, Binder) has not.
#: pandas imports pyarrow whenever it is installed (+34 MB measured): kernels here run as learners' do.
NOT_IN_LEARNER_ENV = ("pyarrow",)


def learner_env() -> dict[str, str]:
    """The kernel's environment: this one, with development-only packages made unimportable."""
    import os
    import tempfile

    shadow = Path(tempfile.mkdtemp(prefix="caire-learner-env-"))
    for package in NOT_IN_LEARNER_ENV:
        (shadow / package).mkdir()
        (shadow / package / "__init__.py").write_text(
            f"raise ImportError('{package} is not in a learner environment (benchmarks/modules.py)')\n"
        )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(shadow), env.get("PYTHONPATH", "")]))
    return env


def run_once(path: Path, timeout: int) -> Run:
    """Execute the notebook at ``path`` in a new kernel, then the probe cell; return the figures."""
    notebook = nbformat.read(path, as_version=4)
    probe_index = len(notebook.cells)
    notebook.cells.append(nbformat.v4.new_code_cell(PROBE))
    marks: dict[str, float] = {}
    sampler: list[MemorySampler] = []

    def on_notebook_start(**_) -> None:
        marks["started"] = time.perf_counter()
        sampler.append(MemorySampler(client.km.provisioner.pid))
        sampler[0].start()

    def on_cell_start(cell_index: int, **_) -> None:  # called for every cell, markdown included
        if cell_index == probe_index:  # the notebook's own cells are done
            marks["done"] = time.perf_counter()
            sampler[0].stop()

    client = NotebookClient(
        notebook,
        kernel_name=KERNEL_NAME,
        timeout=timeout,
        resources={"metadata": {"path": str(path.parent)}},
        on_notebook_start=on_notebook_start,
        on_cell_start=on_cell_start,
    )
    launched = time.perf_counter()
    try:
        client.execute(env=learner_env())
    finally:
        if sampler:
            sampler[0].stop()
    probe = _probe_result(notebook.cells[-1])
    if Path(probe["cwd"]).resolve() != path.parent.resolve():
        raise RuntimeError(f"{path} ran in {probe['cwd']}, not in its own folder")
    maxrss_mb = probe["maxrss_kb"] / 1024
    return Run(
        wall_s=marks["done"] - launched,
        start_s=marks["started"] - launched,
        train_s=probe["train_s"],
        trainings=probe["trainings"],
        longest_s=probe["longest_s"],
        peak_rss_mb=probe["vmhwm_kb"] / 1024 if probe["vmhwm_kb"] is not None else maxrss_mb,
        maxrss_mb=maxrss_mb,
        sampled_mb=sampler[0].peak / MIB,
        torch=probe["torch"],
        executable=probe["executable"],
        cwd=probe["cwd"],
    )


def _probe_result(cell) -> dict:
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream" and output.get("name") == "stdout":
            for line in output["text"].splitlines():
                if line.startswith(MARKER):
                    return json.loads(line[len(MARKER) :])
    raise RuntimeError(f"the probe cell printed no result; its outputs: {cell.get('outputs')}")


def measure(path: Path, repeat: int, timeout: int) -> dict:
    """Median figures of ``repeat`` runs of the notebook at ``path``, each in a fresh kernel."""
    runs = [run_once(path, timeout) for _ in range(repeat)]

    def median(name: str) -> float:
        return statistics.median(getattr(run, name) for run in runs)

    return {
        "wall_s": median("wall_s"),
        "start_s": median("start_s"),
        "train_s": median("train_s"),
        "trainings": median("trainings"),
        "longest_s": median("longest_s"),
        "peak_rss_mb": median("peak_rss_mb"),
        "maxrss_mb": median("maxrss_mb"),
        "sampled_mb": median("sampled_mb"),
        "torch": any(run.torch for run in runs),
        "executable": runs[0].executable,
        "cwd": runs[0].cwd,
    }


def baseline_notebook(folder: Path) -> Path:
    """An empty notebook: one trivial cell, the smallest thing a fresh kernel can be asked to run."""
    notebook = nbformat.v4.new_notebook()
    notebook.cells.append(nbformat.v4.new_code_cell("1 + 1"))
    notebook.metadata["kernelspec"] = {"name": KERNEL_NAME, "display_name": "Python 3", "language": "python"}
    path = folder / "baseline.ipynb"
    nbformat.write(notebook, path)
    return path


HEADER = (
    f"{'notebook':<40} {'wall_s':>7} {'x base':>6} {'start_s':>7} {'train_s':>8} {'trains':>6} {'longest':>7} "
    f"{'peak_MB':>7} {'x base':>6} {'maxrss':>7} {'sampled':>7} {'torch':>5}"
)


def row(name: str, figures: dict, base: dict | None) -> str:
    wall_ratio = figures["wall_s"] / base["wall_s"] if base else 1.0
    rss_ratio = figures["peak_rss_mb"] / base["peak_rss_mb"] if base else 1.0
    return (
        f"{name:<40} {figures['wall_s']:7.2f} {wall_ratio:6.2f} {figures['start_s']:7.2f} "
        f"{figures['train_s']:8.4f} {figures['trainings']:6g} {figures['longest_s']:7.3f} {figures['peak_rss_mb']:7.1f} "
        f"{rss_ratio:6.2f} {figures['maxrss_mb']:7.1f} {figures['sampled_mb']:7.1f} "
        f"{str(figures['torch']).lower():>5}" + ("  over" if figures["longest_s"] > TRAINING_TARGET_S else "")
    )


def notebooks(root: Path, language: str, names: list[str] | None) -> dict[str, list[Path]]:
    """The lessons and apps to run: those of the registry's modules (or of ``names``), then the gallery app."""
    chosen = [module(name) for name in names] if names else list(MODULES)
    lessons = [root / "modules" / language / f"{one.name}.ipynb" for one in chosen]
    apps = [root / "apps" / language / f"{one.name}.ipynb" for one in chosen]
    if not names:
        apps.append(root / "apps" / language / "00-gallery.ipynb")
    return {"modules": lessons, "apps": apps}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--lang", default="en", help="language folder to run: modules/<lang>, apps/<lang> (default: en)"
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="N",
        help="run each notebook N times, each in a fresh kernel, and report medians (default: 1)",
    )
    parser.add_argument(
        "--timeout",
        type=int,
        default=120,
        help="seconds one cell may run before the notebook counts as failed (default: 120)",
    )
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="repository root (default: this script's parent folder)"
    )
    parser.add_argument(
        "--module",
        action="append",
        metavar="NN-slug",
        help="run only this module's lesson and app (repeatable; default: every module of the registry)",
    )
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    try:
        groups = notebooks(args.root, args.lang, args.module)
    except KeyError as unknown:
        parser.error(str(unknown))
    missing = [path for paths in groups.values() for path in paths if not path.exists()]
    if missing:
        print(f"error: not built: {', '.join(str(path) for path in missing)} (run make notebooks)", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="caire-benchmark-") as scratch:
        base = measure(baseline_notebook(Path(scratch)), args.repeat, args.timeout)
    print(
        f"# kernel: {KERNEL_NAME} -> {base['executable']}; {psutil.cpu_count()} CPUs; "
        f"repeat {args.repeat} (medians); language {args.lang}"
    )
    if Path(base["executable"]).resolve() != Path(sys.executable).resolve():
        print(f"warning: the kernel runs {base['executable']}, not this interpreter {sys.executable}", file=sys.stderr)
    print(
        "# wall_s: kernel launch to end of last cell; start_s: kernel launch; peak_MB: kernel VmHWM; "
        "maxrss: ru_maxrss (inherits the launcher's peak); sampled: psutil, kernel + children"
    )
    print(
        f"# baseline (empty notebook, one trivial cell): wall {base['wall_s']:.2f} s, peak {base['peak_rss_mb']:.1f} MB"
    )
    print(HEADER)
    print(row("(baseline: empty notebook)", base, None))

    result: dict[str, dict] = {}
    failed = []
    for kind, paths in groups.items():
        result[kind] = {}
        for path in paths:
            name = f"{kind}/{path.stem}"
            try:
                figures = measure(path, args.repeat, args.timeout)
            except (CellExecutionError, CellTimeoutError, DeadKernelError) as error:
                failed.append(name)
                text = re.sub(r"\x1b\[[0-9;]*m", "", str(error)).strip()  # tracebacks come coloured
                lines = text.splitlines() or [type(error).__name__]
                summary = lines[-1] if isinstance(error, CellExecutionError) else lines[0]  # the exception / the why
                print(f"{name:<40} FAILED: {summary}")
                print(f"error: {path} raised while executing:\n{text}", file=sys.stderr)
                continue
            print(row(name, figures, base))
            expected_torch = next((one.torch for one in MODULES if one.name == path.stem), None)
            if expected_torch is not None and figures["torch"] and not expected_torch:
                print(f"warning: {name} imported torch, but caire/registry.toml says torch = false", file=sys.stderr)
            result[kind][path.stem] = {
                "wall_s": round(figures["wall_s"], 3),
                "train_s": round(figures["train_s"], 4),
                "trainings": figures["trainings"],
                "longest_s": round(figures["longest_s"], 4),
                "over_target": figures["longest_s"] > TRAINING_TARGET_S,
                "peak_rss_mb": round(figures["peak_rss_mb"], 1),
                "torch": figures["torch"],
            }
    print(json.dumps(result))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
