"""caire/memory_notice.py: what a learner reads after their kernel was stopped for memory on the hub.

The real limit and a real OOM kill on a hub are tested in tests/test_hub_courses.py; here, the reading of the
cgroup files and the message, on files written by the test.
"""

from __future__ import annotations

from pathlib import Path

from caire import memory_notice


def cgroup(tmp_path: Path, kills: int, limit_mb: int = 2048) -> Path:
    folder = tmp_path / "memory" / "caire-hub" / "ana"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "memory.oom_control").write_text(f"oom_kill_disable 0\nunder_oom 0\noom_kill {kills}\n")
    (folder / "memory.limit_in_bytes").write_text(str(limit_mb * 2**20))
    return folder


def test_only_a_learner_cgroup_of_the_hub_is_found(tmp_path):
    proc = tmp_path / "cgroup"
    proc.write_text("9:name=systemd:/\n4:memory:/caire-hub/ana\n8:pids:/caire-hub/ana\n0::/\n")
    assert memory_notice.learner_cgroup(proc, tmp_path / "memory") == tmp_path / "memory" / "caire-hub" / "ana"
    proc.write_text("4:memory:/process_api/3b24\n")
    assert memory_notice.learner_cgroup(proc, tmp_path / "memory") is None
    assert memory_notice.learner_cgroup(tmp_path / "missing", tmp_path / "memory") is None


def test_the_first_kernel_says_nothing_and_a_kernel_after_a_kill_says_it_once(tmp_path):
    seen = tmp_path / "home" / ".cache" / "caire" / "oom-kills-seen"
    folder = cgroup(tmp_path, kills=2)  # kills from before: the learner was told, or never started a kernel here
    assert memory_notice.notice(folder, seen, "fr") is None
    assert memory_notice.notice(folder, seen, "fr") is None
    cgroup(tmp_path, kills=3)
    message = memory_notice.notice(folder, seen, "fr")
    assert message.startswith("⚠ Votre noyau précédent a été arrêté\u202f:") and "2\u202f048 Mo" in message
    assert memory_notice.notice(folder, seen, "fr") is None, "told twice"


def test_the_message_follows_the_hub_language_and_its_limit(tmp_path):
    seen = tmp_path / "seen"
    seen.write_text("0")
    folder = cgroup(tmp_path, kills=1, limit_mb=1536)
    message = memory_notice.notice(folder, seen, "en")
    assert message.startswith("⚠ Your previous kernel was stopped: it used more than 1,536 MB")
    seen.write_text("0")
    assert memory_notice.notice(folder, seen, "de").startswith("⚠ Your previous kernel")


def test_outside_the_hub_install_changes_nothing():
    class Shell:
        events = None  # would fail if install() tried to register anything

    memory_notice.install(Shell())  # this test's process is in no caire-hub cgroup
