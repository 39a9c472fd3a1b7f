"""Tell a learner, in the next cell they run, that their previous kernel was stopped for using too much memory.

On the course's hub each learner's server and kernels share a memory limit (a cgroup made by
hub/jupyterhub_config.py). A kernel that goes past it is killed by the kernel's OOM killer, and JupyterLab
only says that "the kernel appears to have died". Each new kernel of a hub server runs ``install()``
(hub/config/*/ipython_kernel_config.py): when the learner's cgroup counts more OOM kills than when their
last kernel started, the first cell the learner runs prints what happened and what to do.
Outside such a cgroup (a laptop, Binder, the tests' kernels) it does nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

MEMORY_CGROUPS = Path("/sys/fs/cgroup/memory")
PARENT = "caire-hub"  # hub/jupyterhub_config.py puts each learner in <memory cgroups>/caire-hub/<name>

MESSAGES = {
    "fr": (
        "⚠ Votre noyau précédent a été arrêté\u202f: il utilisait plus de {limit} Mo de mémoire, la limite par "
        "personne sur ce serveur. Ses variables sont perdues\u202f: relancez les cellules depuis le début "
        "(Exécuter ▸ Exécuter toutes les cellules). Si cela se reproduit, travaillez sur moins de données ou "
        "fermez les autres notebooks ouverts."
    ),
    "en": (
        "⚠ Your previous kernel was stopped: it used more than {limit} MB of memory, the limit per learner on this "
        "server. Its variables are lost: run the cells again from the top (Run ▸ Run All Cells). If it happens "
        "again, work on less data or close the other notebooks you have open."
    ),
}


def learner_cgroup(proc_cgroup: Path = Path("/proc/self/cgroup"), root: Path = MEMORY_CGROUPS) -> Path | None:
    """This process's memory cgroup when it is a learner's of the hub, else None."""
    try:
        lines = proc_cgroup.read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        _, controllers, path = line.split(":", 2)
        if "memory" in controllers.split(",") and path.strip("/").split("/")[:1] == [PARENT]:
            return root / path.strip("/")
    return None


def oom_kills(folder: Path) -> int:
    for line in (folder / "memory.oom_control").read_text().splitlines():
        key, _, value = line.partition(" ")
        if key == "oom_kill":
            return int(value)
    return 0


def limit_mb(folder: Path) -> int:
    return int((folder / "memory.limit_in_bytes").read_text()) // 2**20


def format_limit(megabytes: int, language: str) -> str:
    if language == "fr":
        return f"{megabytes:,}".replace(",", "\u202f")
    return f"{megabytes:,}"


def notice(folder: Path, seen_file: Path, language: str) -> str | None:
    """The message when the cgroup counts more OOM kills than the learner's last kernel saw; records the count."""
    count = oom_kills(folder)
    try:
        seen = int(seen_file.read_text())
    except (OSError, ValueError):
        seen = count
    seen_file.parent.mkdir(parents=True, exist_ok=True)
    seen_file.write_text(str(count))
    if count <= seen:
        return None
    language = language if language in MESSAGES else "en"
    return MESSAGES[language].format(limit=format_limit(limit_mb(folder), language))


def install(shell=None) -> None:
    """Called as the kernel starts: print the notice, if any, in the first cell the learner runs."""
    folder = learner_cgroup()
    if folder is None:
        return
    try:
        message = notice(
            folder, Path.home() / ".cache" / "caire" / "oom-kills-seen", os.environ.get("CAIRE_HUB_LANGUAGE", "fr")
        )
    except OSError:
        return
    if message is None:
        return
    if shell is None:
        from IPython import get_ipython

        shell = get_ipython()
    if shell is None:
        print(message)
        return

    def tell(*_):
        print(message)
        shell.events.unregister("pre_run_cell", tell)

    shell.events.register("pre_run_cell", tell)
