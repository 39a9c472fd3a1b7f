"""Run a student's notebook code in a throwaway sandbox and hand back plain data only.

A *zygote* process imports the heavy libraries once, then forks one sandbox per submission, so a
submission costs a fork instead of a kernel start and the imports (the stock grader pays ~2.7 s).
Each sandbox, before any student code runs:

- gets new mount, network, PID, IPC and UTS namespaces: no network at all, no other process visible;
- sees a new root made of read-only bind mounts of what Python needs (system libraries, the Python
  installation, the virtual environment, the ``caire`` package) plus a private ``/tmp`` and an empty
  working folder, ``/submission`` (tmpfs, size-limited). The course directory (gradebook, other
  students' work, sources with solutions and hidden tests) and the repository are simply not there;
- drops to an unprivileged uid of its own (one per job slot), with ``no_new_privs``;
- gets resource limits: address space (memory), CPU seconds, processes, file size, open files.

The sandbox runs the student's code cells in order (test cells are *not* run there). Where a test cell
stands, it snapshots the variables that test reads, encoded as JSON-safe data: numbers, text, lists,
tuples, sets and dicts of those. Objects of any other type come back as "unanswerable". Whatever the
student's code does to its own process (patching checks, objects whose ``__eq__`` is always true, input
transformers, exiting early, printing "passed"), it can only change that data, which a clean process
then judges (``autograder.judge``). A monitor outside the sandbox enforces wall-clock limits per cell
(an interrupt, then the next cell runs, as nbgrader does) and per notebook (kill).

Linux only, and the grader must run as root (to create namespaces and switch uid).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import resource
import select
import signal
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x00020000, 0x04000000, 0x08000000
CLONE_NEWPID, CLONE_NEWNET = 0x20000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 1, 2, 4, 32, 4096, 16384, 1 << 18
PR_SET_PDEATHSIG, PR_SET_NO_NEW_PRIVS = 1, 38
#: First uid of the sandboxes; job slot N runs as SANDBOX_UID + N (no passwd entry needed).
SANDBOX_UID = 2_000_000

_libc = ctypes.CDLL(None, use_errno=True)


class SandboxUnavailable(RuntimeError):
    """This machine or user cannot build the sandbox (not Linux, not root, namespaces refused)."""


@dataclass(frozen=True)
class Limits:
    """Resource limits of one sandbox."""

    memory_mb: int = 1024
    cell_seconds: float = 30.0
    notebook_seconds: float = 120.0
    cpu_seconds: int = 120
    processes: int = 32
    file_mb: int = 64
    output_kb: int = 256


@dataclass
class Job:
    """One submission to run: its code cells in order, and what to snapshot at each test cell."""

    key: str
    slot: int
    steps: list  # [{"code": str} | {"snapshot": grade_id, "names": [str]}]


def _check(result: int, what: str) -> None:
    if result != 0:
        errno = ctypes.get_errno()
        raise SandboxUnavailable(f"{what} failed: {os.strerror(errno)}")


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    encode = lambda text: None if text is None else text.encode()  # noqa: E731
    _check(_libc.mount(encode(source), encode(target), encode(fstype), flags, encode(data)), f"mount {target}")


def readable_paths() -> list[str]:
    """What the sandbox may read: system files, the Python installation and virtual environment, caire."""
    import caire

    paths = [
        "/usr",
        "/etc",
        "/lib",
        "/lib64",
        "/bin",
        "/sbin",
        sys.base_prefix,
        sys.prefix,
        str(Path(caire.__file__).resolve().parent),
    ]
    seen, kept = set(), []
    for path in paths:
        real = os.path.realpath(path)
        if os.path.exists(real) and real not in seen:
            seen.add(real)
            kept.append(real)
    return kept


def _build_root(root: str, work_mb: int) -> None:
    """Mount a fresh root in ``root`` (inside a new mount namespace): read-only binds, tmpfs /tmp and /submission."""
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    _mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, "size=16m,mode=755")
    # The private /tmp first: a checkout that lives under /tmp (as a CI clone may) is then bound inside it,
    # instead of being hidden by it.
    for folder, size in (("/tmp", 64), ("/submission", work_mb)):
        os.makedirs(root + folder, exist_ok=True)
        _mount("tmpfs", root + folder, "tmpfs", MS_NOSUID | MS_NODEV, f"size={size}m,mode=1777")
    for path in readable_paths():
        target = root + path
        if os.path.islink(path):
            continue
        os.makedirs(target, exist_ok=True)
        _mount(path, target, None, MS_BIND | MS_REC)
        _mount(None, target, None, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_REC)
    for link in ("/bin", "/sbin", "/lib", "/lib64"):  # merged-/usr systems: these are symlinks
        if os.path.islink(link) and not os.path.exists(root + link):
            os.symlink(os.readlink(link), root + link)
    os.makedirs(root + "/dev", exist_ok=True)
    _mount("tmpfs", root + "/dev", "tmpfs", MS_NOSUID, "size=1m,mode=755")
    for device in ("null", "zero", "urandom", "random"):
        open(root + "/dev/" + device, "w").close()
        _mount("/dev/" + device, root + "/dev/" + device, None, MS_BIND)
    os.makedirs(root + "/proc", exist_ok=True)


def _drop_privileges(uid: int, limits: Limits) -> None:
    budget = limits.memory_mb * 2**20
    # Address space: what the warm zygote already maps, plus the budget (a forked child starts there).
    with open("/proc/self/statm") as statm:
        mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    resource.setrlimit(resource.RLIMIT_AS, (mapped + budget, mapped + budget))
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 5))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_mb * 2**20,) * 2)
    resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    resource.setrlimit(resource.RLIMIT_NPROC, (limits.processes, limits.processes))
    _check(_libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")


# --- inside the sandbox -------------------------------------------------------------------------------


def encode_answer(value, depth: int = 0, budget: list | None = None):
    """Plain JSON for a student's value; anything that is not plain data becomes {"__unanswerable__": type}."""
    budget = budget if budget is not None else [20_000]
    budget[0] -= 1
    if budget[0] < 0 or depth > 20:
        return {"__unanswerable__": "too large"}
    kind = type(value)
    if value is None or kind in (bool, int, str):
        return value if kind is not str or len(value) <= 100_000 else {"__unanswerable__": "text too long"}
    if kind is float:
        return value if value == value and value not in (float("inf"), float("-inf")) else {"__float__": repr(value)}
    if kind in (list, tuple, set, frozenset):
        items = [encode_answer(item, depth + 1, budget) for item in value]
        if kind is list:
            return items
        return {"__tuple__": items} if kind is tuple else {"__set__": items}
    if kind is dict and all(type(key) is str for key in value):
        return {"__dict__": {key: encode_answer(item, depth + 1, budget) for key, item in value.items()}}
    module = getattr(kind, "__module__", "")
    if module == "numpy" and hasattr(value, "tolist") and type(value).__name__ != "ndarray":
        try:
            return encode_answer(kind.tolist(value), depth + 1, budget)  # a numpy scalar: its Python value
        except Exception:
            pass
    return {"__unanswerable__": f"{module}.{kind.__qualname__}"[:100]}


class _Channel:
    """Messages from the sandbox to its monitor: one JSON object per line, on a pipe."""

    def __init__(self, fd: int):
        self.fd = fd

    def send(self, message: dict) -> None:
        data = (json.dumps(message) + "\n").encode()
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view) :]


def _limited_outputs(captured, limit: int) -> list[dict]:
    outputs, used = [], 0

    def room(text: str) -> str:
        nonlocal used
        keep = text[: max(0, limit - used)]
        used += len(keep)
        return keep if len(keep) == len(text) else keep + "\n[output truncated]\n"

    if captured.stdout:
        outputs.append({"output_type": "stream", "name": "stdout", "text": room(captured.stdout)})
    if captured.stderr:
        outputs.append({"output_type": "stream", "name": "stderr", "text": room(captured.stderr)})
    for rich in captured.outputs:
        text = rich.data.get("text/plain")
        if text is not None:
            outputs.append({"output_type": "display_data", "metadata": {}, "data": {"text/plain": room(str(text))}})
    return outputs


def _run_steps(job: Job, limits: Limits, channel: _Channel) -> None:
    """Run the student's cells in one IPython shell, snapshot answers at test cells."""
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.utils.capture import capture_output

    shell = InteractiveShell.instance()
    shell.ask_exit = lambda: setattr(shell, "exit_now", True)  # what exit() calls in a Jupyter kernel's shell
    for index, step in enumerate(job.steps):
        if "snapshot" in step:
            answers = {}
            for name in step["names"]:
                if name in shell.user_ns:
                    try:
                        answers[name] = encode_answer(shell.user_ns[name])
                    except Exception as problem:
                        answers[name] = {"__unanswerable__": type(problem).__name__}
            channel.send({"step": index, "snapshot": step["snapshot"], "answers": answers})
            continue
        channel.send({"step": index, "started": True})
        error = None
        try:
            with capture_output() as captured:
                result = shell.run_cell(step["code"], store_history=False, silent=False)
            if result.error_before_exec or result.error_in_exec:
                problem = result.error_before_exec or result.error_in_exec
                error = {
                    "output_type": "error",
                    "ename": type(problem).__name__,
                    "evalue": str(problem)[:2000],
                    "traceback": [],
                }
            outputs = _limited_outputs(captured, limits.output_kb * 1024)
        except BaseException as problem:
            outputs = []
            error = {
                "output_type": "error",
                "ename": type(problem).__name__,
                "evalue": str(problem)[:2000],
                "traceback": [],
            }
        channel.send({"step": index, "outputs": outputs + ([error] if error else [])})
        if shell.exit_now:  # exit() or quit(): a Jupyter kernel stops here, so does the notebook
            return
    channel.send({"done": True})


def _sandbox_main(job: Job, limits: Limits, root: str, write_fd: int) -> None:
    """In the forked child (root, in new namespaces): pid 1 of a new PID namespace (a trusted init, root) and its
    child, the student's process (unprivileged), which runs the job."""
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    # The interrupt that stops a cell at its time limit is a SIGINT, raised as KeyboardInterrupt: a grader
    # started in the background by a shell (CI, `nohup`, `cmd &`) inherits SIGINT ignored, and every looping
    # cell then cost the rest of its notebook. Restore Python's handler for the student's code.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    # Only the channel stays open: not the zygote's stdin (other jobs) nor stdout (the coordinator's
    # protocol), nor any file the grader opened (a descriptor keeps root's rights after the uid changes).
    null = os.open("/dev/null", os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.closerange(3, write_fd)
    highest = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    os.closerange(write_fd + 1, highest if highest > 0 else 2**20)
    _check(_libc.unshare(CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWPID | CLONE_NEWIPC | CLONE_NEWUTS), "unshare")
    _build_root(root, work_mb=limits.file_mb)
    init = os.fork()
    if init:  # the namespace's parent: relay an interrupt, wait, and go with the sandbox
        alive = [True]

        def stop(*_):  # the monitor's SIGTERM: kill init, and with it every process of the namespace
            if alive[0]:
                os.kill(init, signal.SIGKILL)

        signal.signal(signal.SIGUSR1, lambda *_: os.kill(init, signal.SIGINT))
        signal.signal(signal.SIGTERM, stop)
        while True:
            try:
                _, status = os.waitpid(init, 0)
                alive[0] = False
                break
            except InterruptedError:
                continue
        os._exit(os.waitstatus_to_exitcode(status) & 0xFF)
    # pid 1 of the namespace, still root: a trusted init that never runs student code. It dies with the namespace's
    # parent (parent-death signal, which the student cannot clear for it: another uid), and when pid 1 of a PID
    # namespace dies the kernel kills every process in it, whatever each did (setsid, a cleared parent-death
    # signal, a new process group): killing the grader with kill -9 leaves nothing of a sandbox behind.
    _check(_libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0), "pdeathsig")
    _mount("proc", root + "/proc", "proc", MS_NOSUID | MS_NODEV)
    os.chroot(root)
    os.chdir("/submission")
    uid = SANDBOX_UID + job.slot
    os.chown("/submission", uid, uid)
    student = os.fork()
    if student:
        _init(student)
    os.environ.clear()
    os.environ.update(
        {
            "HOME": "/submission",
            "TMPDIR": "/tmp",
            "MPLBACKEND": "Agg",
            "MPLCONFIGDIR": "/tmp",
            "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8",
        }
    )
    _drop_privileges(uid, limits)
    # After the uid change, which clears it: the student's process dies with init (it may clear this itself; init's
    # death ends it in any case).
    _check(_libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0), "pdeathsig")
    _run_steps(job, limits, _Channel(write_fd))


def _init(student: int) -> None:
    """pid 1 of a sandbox: pass the monitor's interrupt on to the student's process, reap every process the
    namespace orphans, and exit with the student's status when it ends (which ends the namespace)."""
    signal.signal(signal.SIGINT, lambda *_: _kill_quietly(student, signal.SIGINT))
    while True:
        try:
            pid, status = os.wait()
        except InterruptedError:
            continue
        except ChildProcessError:
            os._exit(70)
        if pid == student:
            os._exit(os.waitstatus_to_exitcode(status) & 0xFF)


def _kill_quietly(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)


# --- outside the sandbox: the monitor and the zygote ----------------------------------------------------


@dataclass
class Outcome:
    """What came back from one sandbox: per step, outputs or snapshots; how it ended."""

    key: str
    status: str = "ok"  # ok | notebook_timeout | crashed | sandbox_error
    message: str = ""
    outputs: dict = field(default_factory=dict)  # step index -> outputs
    snapshots: dict = field(default_factory=dict)  # grade_id -> answers
    timed_out_steps: list = field(default_factory=list)
    seconds: float = 0.0


def _monitor(job: Job, limits: Limits, root: str) -> Outcome:
    """Fork the sandbox, read its messages, enforce the time limits, and return what it said."""
    read_fd, write_fd = os.pipe()
    started = time.monotonic()
    child = os.fork()
    if child == 0:
        os.close(read_fd)
        try:
            _sandbox_main(job, limits, root, write_fd)
            os._exit(0)
        except BaseException as problem:
            try:
                _Channel(write_fd).send({"sandbox_error": f"{type(problem).__name__}: {problem}"})
            finally:
                os._exit(70)
    os.close(write_fd)
    outcome = Outcome(job.key)
    buffer, current, step_started, interrupted = b"", None, started, False
    limit_bytes = limits.output_kb * 1024 * 4 + 2**20 * 4
    received, last_started = 0, -1
    while True:
        now = time.monotonic()
        if now - started > limits.notebook_seconds:
            outcome.status, outcome.message = "notebook_timeout", f"stopped after {limits.notebook_seconds:g} s"
            break
        if current is not None and now - step_started > limits.cell_seconds and not interrupted:
            outcome.timed_out_steps.append(current)
            os.kill(child, signal.SIGUSR1)  # relayed to the sandbox as an interrupt
            interrupted = True
        if current is not None and interrupted and now - step_started > limits.cell_seconds + 5:
            outcome.status, outcome.message = "notebook_timeout", "a cell ignored the interrupt after its time limit"
            break
        ready, _, _ = select.select([read_fd], [], [], 0.05)
        if not ready:
            continue
        chunk = os.read(read_fd, 65536)
        if not chunk:
            break
        received += len(chunk)
        if received > limit_bytes:
            outcome.status, outcome.message = "crashed", "the notebook sent too much output"
            break
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue  # the student's code wrote to our pipe: ignore what is not ours
            if not isinstance(message, dict):
                continue
            # The student's code can write to this pipe too: only messages that fit the plan count.
            step = message.get("step")
            planned = isinstance(step, int) and 0 <= step < len(job.steps)
            if "sandbox_error" in message:
                if last_started < 0:  # once student code runs, it could forge this
                    outcome.status, outcome.message = "sandbox_error", str(message["sandbox_error"])
            elif message.get("started"):
                if planned and step > last_started and "code" in job.steps[step]:
                    current, step_started, interrupted, last_started = step, time.monotonic(), False, step
            elif "outputs" in message:
                if step == current and current is not None and isinstance(message["outputs"], list):
                    outcome.outputs[step] = [raw for raw in message["outputs"] if isinstance(raw, dict)]
                    current = None
            elif "snapshot" in message:
                if (
                    planned
                    and job.steps[step].get("snapshot") == message["snapshot"]
                    and isinstance(message.get("answers"), dict)
                ):
                    outcome.snapshots[str(message["snapshot"])] = message["answers"]
            elif message.get("done"):
                outcome.message = outcome.message or "ran to the end"
    # SIGTERM: the namespace's parent kills init at once, and with it every process of the sandbox (init would
    # also die with its parent, by its parent-death signal, which no student code can clear: see _sandbox_main).
    with contextlib.suppress(ProcessLookupError):
        os.kill(child, signal.SIGTERM)
    deadline = time.monotonic() + 5
    while True:
        pid, status = os.waitpid(child, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            os.kill(child, signal.SIGKILL)
            _, status = os.waitpid(child, 0)
            break
        time.sleep(0.005)
    os.close(read_fd)
    code = os.waitstatus_to_exitcode(status)
    if outcome.status == "ok" and code not in (0, -signal.SIGKILL) and not outcome.message:
        outcome.status, outcome.message = "crashed", f"the notebook's process ended with code {code}"
    elif outcome.status == "ok" and not outcome.message:
        outcome.status, outcome.message = "crashed", "the notebook's process ended early (exit, crash or memory)"
    outcome.seconds = time.monotonic() - started
    return outcome


def zygote_main(preload: list[str], limits: Limits, roots: str, results: str) -> None:
    """Import what notebooks need once, then fork a monitored sandbox per request read on stdin.

    Each outcome is written to ``results/<key>.json`` (outside every sandbox), then ``{"done": key}``
    is printed: short lines, so that concurrent monitors never interleave on stdout.
    """
    import importlib

    os.environ["MPLBACKEND"] = "Agg"
    for module in preload:
        try:
            importlib.import_module(module)
        except Exception as problem:
            print(json.dumps({"warning": f"could not preload {module}: {problem}"}), flush=True)
    import IPython.utils.capture  # noqa: F401
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    config = Config()
    config.HistoryManager.hist_file = ":memory:"  # no file of the grader's user open in the sandboxes
    InteractiveShell.instance(config=config)  # built once here; each sandbox gets its own copy by fork
    try:  # matplotlib's font cache and first figure: paid once, not per submission
        import matplotlib.pyplot as plt

        plt.close(plt.figure())
    except Exception:
        pass

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # monitors are reaped automatically
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        # Only the job's key and slot come this way; its code is read after the fork, so that the
        # zygote (whose memory every sandbox inherits) never holds a submission.
        request = json.loads(line)
        key = request["key"]
        if os.fork() == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            try:
                job_file = os.path.join(results, f"{key}.job")
                with open(job_file) as handle:
                    job = Job(**json.load(handle))
                os.unlink(job_file)
                root = os.path.join(roots, f"slot{job.slot}")
                os.makedirs(root, exist_ok=True)
                outcome = _monitor(job, limits, root)
            except BaseException as problem:
                outcome = Outcome(key, "sandbox_error", f"{type(problem).__name__}: {problem}")
            final = os.path.join(results, f"{key}.json")
            with open(final + ".part", "w") as handle:
                json.dump(asdict(outcome), handle)
            os.replace(final + ".part", final)
            os.write(1, (json.dumps({"done": key}) + "\n").encode())
            os._exit(0)


if __name__ == "__main__":
    settings = json.loads(sys.argv[1])
    zygote_main(settings["preload"], Limits(**settings["limits"]), settings["roots"], settings["results"])
