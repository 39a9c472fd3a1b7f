"""Several courses on Kubernetes (hub/z2jh/values.yaml): the hub configuration the chart runs, executed here with
hub/courses.py and a courses.json as the ConfigMap gives them (no cluster in the tests).

Two courses, lyon-a (gid 20001, Moodle course 101) and nantes-b (gid 20002, Moodle course 202), and an archived one.
Checked: a launch from a Moodle course puts the user in that course's groups and keeps their other courses'; each
course's trainers may start and open their course's grading server and no other; a learner's server gets the gids
of their courses only; a grading server runs as its course's gid with its own course volume, gradebook and exchange
folder (750); without courses the hub serves one course as before.
"""

from __future__ import annotations

import asyncio
import json
import shutil
from types import SimpleNamespace

import pytest
import yaml
from conftest import REPO
from traitlets.config import Config

VALUES = yaml.safe_load((REPO / "hub" / "z2jh" / "values.yaml").read_text(encoding="utf-8"))
SNIPPETS = VALUES["hub"]["extraConfig"]
INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"
COURSES = {
    "courses": {
        "lyon-a": {"state": "active", "title": "Lyon A", "gid": 20001, "lti_contexts": ["101"], "port": 9100},
        "nantes-b": {"state": "active", "title": "Nantes B", "gid": 20002, "lti_contexts": ["202"], "port": 9101},
        "old-c": {"state": "archived", "title": "Old C", "gid": 20003, "lti_contexts": ["303"], "port": 9102},
    }
}


def hub_config(folder, monkeypatch, courses: dict | None = COURSES) -> dict:
    """Run the chart's extraConfig (but the LTI class, which needs ltiauthenticator) as the hub would."""
    folder.mkdir(exist_ok=True)
    shutil.copyfile(REPO / "hub" / "courses.py", folder / "courses.py")
    if courses is not None:
        (folder / "courses.json").write_text(json.dumps(courses), encoding="utf-8")
    monkeypatch.setenv("CAIRE_HUB_FILES", str(folder))
    monkeypatch.setenv("CAIRE_GRADEBOOK_URL_TEMPLATE", "postgresql+psycopg://grader@caire-gradebook:5432/{course}")
    monkeypatch.setenv("CAIRE_GRADEBOOK_PASSWORD", "s3cret")
    monkeypatch.setenv("CAIRE_GRADEBOOK_URL", "postgresql://caire@caire-gradebook:5432/gradebook")
    c = Config()
    c.JupyterHub.load_roles = []  # the chart's own roles come first
    scope = {"c": c}
    for name in ("05-caire-courses", "20-caire-roles"):
        exec(SNIPPETS[name], scope)  # the chart runs them the same way, in order
    return scope


def launch(context: str, role: str = LEARNER) -> dict:
    return {
        "https://purl.imsglobal.org/spec/lti/claim/context": {"id": context},
        "https://purl.imsglobal.org/spec/lti/claim/roles": [role],
    }


def spawn(scope: dict, name: str, groups=(), claims=None, user_id: int = 7):
    async def auth_state():
        return claims or {}

    user = SimpleNamespace(
        name=name, id=user_id, get_auth_state=auth_state, groups=[SimpleNamespace(name=group) for group in groups]
    )
    spawner = SimpleNamespace(
        user=user, environment={}, volumes=[], volume_mounts=[], init_containers=[], image="caire/singleuser:1"
    )
    asyncio.run(scope["caire_pre_spawn"](spawner))
    return spawner


def test_every_snippet_compiles_and_the_courses_come_before_the_login():
    for name, code in SNIPPETS.items():
        compile(code, name, "exec")
    assert sorted(SNIPPETS)[0] == "05-caire-courses"
    assert "caire_groups_after_launch" in SNIPPETS["10-caire-lti-launch-only"]


def test_a_launch_joins_its_course_and_keeps_the_others(tmp_path, monkeypatch):
    scope = hub_config(tmp_path / "caire", monkeypatch)
    groups = scope["caire_groups_after_launch"]
    assert groups(launch("101"), []) == ["nbgrader-lyon-a"]
    assert groups(launch("202", INSTRUCTOR), ["nbgrader-lyon-a"]) == [
        "formgrade-nantes-b",
        "nbgrader-lyon-a",
        "nbgrader-nantes-b",
    ]
    assert groups(launch("999"), ["nbgrader-lyon-a"]) == ["nbgrader-lyon-a"]  # a Moodle course with no hub course
    assert groups(launch("303"), []) == []  # an archived course takes nobody


def test_trainers_reach_their_course_s_grading_server_and_no_other(tmp_path, monkeypatch):
    scope = hub_config(tmp_path / "caire", monkeypatch)
    roles = {role["name"]: role for role in scope["c"].JupyterHub.load_roles}
    assert roles["caire-grading-accounts"]["users"] == ["grader-lyon-a", "grader-nantes-b"]
    lyon = roles["formgrade-lyon-a"]
    assert lyon["groups"] == ["formgrade-lyon-a"]
    assert all(scope.endswith("!user=grader-lyon-a") for scope in lyon["scopes"])
    assert {"access:servers!user=grader-lyon-a", "servers!user=grader-lyon-a"} <= set(lyon["scopes"])
    assert "formgrade-old-c" not in roles
    assert scope["c"].Authenticator.manage_groups is True
    assert "read:users:groups!user" in scope["c"].KubeSpawner.server_token_scopes


def test_a_learner_s_server_gets_the_gids_of_their_courses_only(tmp_path, monkeypatch):
    scope = hub_config(tmp_path / "caire", monkeypatch)
    spawner = spawn(scope, "camille", groups=["nbgrader-nantes-b"], claims=launch("202"))
    assert spawner.uid == 100007 and spawner.gid == 100
    assert spawner.supplemental_gids == [20002]
    assert spawner.environment["CAIRE_SEVERAL_COURSES"] == "1"
    assert "/hub/config/student" in spawner.environment["JUPYTER_CONFIG_PATH"]
    assert spawner.volumes == [] and "CAIRE_GRADEBOOK_URL" not in spawner.environment
    # A trainer's own server is a learner's too: they grade on their course's grading server.
    trainer = spawn(
        scope, "dominique", groups=["nbgrader-lyon-a", "formgrade-lyon-a"], claims=launch("101", INSTRUCTOR)
    )
    assert trainer.supplemental_gids == [20001] and trainer.volumes == []


def test_a_grading_server_is_its_course_s_formgrader(tmp_path, monkeypatch):
    scope = hub_config(tmp_path / "caire", monkeypatch)
    spawner = spawn(scope, "grader-lyon-a")
    assert spawner.uid == spawner.gid == 20001 and spawner.supplemental_gids == []
    assert spawner.default_url == "/formgrader"
    environment = spawner.environment
    assert environment["CAIRE_COURSE_ID"] == "lyon-a"
    assert environment["CAIRE_GRADEBOOK_URL"] == "postgresql+psycopg://grader@caire-gradebook:5432/lyon-a"
    assert environment["PGPASSWORD"] == "s3cret" and "s3cret" not in environment["CAIRE_GRADEBOOK_URL"]
    assert "/hub/config/instructor" in environment["JUPYTER_CONFIG_PATH"]
    assert spawner.volumes == [{"name": "caire-course", "persistentVolumeClaim": {"claimName": "caire-course-lyon-a"}}]
    [init] = spawner.init_containers
    assert init["command"][-1] == (
        "mkdir -p /srv/nbgrader/exchange/lyon-a && chown 20001:20001 /srv/nbgrader/exchange/lyon-a "
        "&& chmod 750 /srv/nbgrader/exchange/lyon-a"
    )
    # The volume it mounts is the exchange every server mounts.
    mounts = {mount["name"]: mount["mountPath"] for mount in VALUES["singleuser"]["storage"]["extraVolumeMounts"]}
    assert mounts[init["volumeMounts"][0]["name"]] == init["volumeMounts"][0]["mountPath"]


@pytest.mark.parametrize("courses", [None, {"courses": {}}])
def test_without_courses_the_hub_serves_one_course_as_before(tmp_path, monkeypatch, courses):
    scope = hub_config(tmp_path / "caire", monkeypatch, courses)
    assert [role["name"] for role in scope["c"].JupyterHub.load_roles] == []
    instructor = spawn(scope, "dominique", claims=launch("101", INSTRUCTOR))
    assert instructor.supplemental_gids == [2000]
    assert instructor.environment["CAIRE_GRADEBOOK_URL"] == "postgresql://caire@caire-gradebook:5432/gradebook"
    assert "CAIRE_SEVERAL_COURSES" not in instructor.environment
    assert spawn(scope, "camille", claims=launch("101")).supplemental_gids == []


def test_the_hub_database_and_the_courses_configmap():
    hub = VALUES["hub"]
    assert hub["db"]["type"] == "postgres" and "password" not in json.dumps(hub["db"])
    assert {"name": "caire-courses", "configMap": {"name": "caire-courses"}} in hub["extraVolumes"]
    assert hub["extraVolumeMounts"][0]["mountPath"] == hub["extraEnv"]["CAIRE_HUB_FILES"]


@pytest.mark.parametrize(("locale", "language"), [("fr-FR", "fr"), ("en-GB", "en"), ("en", "en"), (None, "fr")])
def test_each_learner_gets_the_language_moodle_says(tmp_path, monkeypatch, locale, language):
    """The LTI launch carries the learner's Moodle language: their JupyterLab menus follow it."""
    scope = hub_config(tmp_path / "caire", monkeypatch)
    claims = launch("101")
    if locale:
        claims["https://purl.imsglobal.org/spec/lti/claim/launch_presentation"] = {"locale": locale}
    spawner = spawn(scope, "camille", groups=["nbgrader-lyon-a"], claims=claims)
    assert spawner.environment["JUPYTER_CONFIG_PATH"] == (
        f"/srv/repo/hub/config/student:/srv/repo/jupyter-config/lab-{language}"
    )
