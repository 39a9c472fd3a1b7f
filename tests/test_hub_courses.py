"""Several courses on one real hub (hub/courses.py, hub/postgres.sh), end to end, with real Unix accounts; and
the memory limit per learner (hub/jupyterhub_config.py's LimitedSpawner) on the same hub.

A real PostgreSQL server (Debian's) holds the hub's own database and one gradebook per course. Two courses
(ctest-a and ctest-b) are created with hub/courses.py, each with two trainers and a learner from a roster.
On one real hub (PAM login, LocalProcessSpawner, each course's formgrader a hub service run by its grading
account), in each course: a trainer generates and releases through the course's formgrader, the learner
fetches, answers and submits through their own server, the other trainer collects, root grades with the
sandboxed grader, feedback goes out and the learner fetches it. Across courses, everything is refused: a
learner fetching, reading or submitting to the other course (through nbgrader and from a kernel), a trainer
reaching the other course's formgrader, a learner reaching any formgrader. Each course's grades are read
back from its own PostgreSQL database. Then one learner's kernel allocates past the learner's memory limit
(600 MB here): it is stopped, the learner's next cell says why, and the hub and the other learner carry on.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import time
from pathlib import Path

import nbformat
import pytest
from conftest import REPO, free_port
from test_hub import (
    ASSIGNMENT,
    HUB,
    NOTEBOOK,
    WRONG_ANSWERS,
    Browser,
    Hub,
    _run,
    _why_not,
    answered,
    right_answers,
)

psycopg = pytest.importorskip("psycopg")
requests = pytest.importorskip("requests")

pytestmark = pytest.mark.slow

AREA = Path("/srv/caire-courses-test")
COURSES = {
    "ctest-a": {"trainers": ("caire-ct-ta1", "caire-ct-ta2"), "learner": "caire-ct-la"},
    "ctest-b": {"trainers": ("caire-ct-tb1", "caire-ct-tb2"), "learner": "caire-ct-lb"},
}
PEOPLE = tuple(name for course in COURSES.values() for name in (*course["trainers"], course["learner"]))
GRADERS = tuple(f"grader-{course_id}" for course_id in COURSES)
PG_PORT = str(free_port())
SETTINGS = {
    "CAIRE_STUDENTS_GROUP": "caire-ct-students",
    "CAIRE_INSTRUCTORS_GROUP": "caire-ct-instructors",
    "CAIRE_HUB_FILES": str(AREA / "files"),
    "CAIRE_EXCHANGE_DIR": str(AREA / "exchange"),
    "CAIRE_PASSWORDS_FILE": str(AREA / "passwords.csv"),
    "CAIRE_PG_DATA": str(AREA / "postgres"),
    "CAIRE_PG_SOCKET": str(AREA / "pg-socket"),
    "CAIRE_PG_PORT": PG_PORT,
}
MEMORY_MB = 600  # the learners' limit on this hub: a server and a small kernel fit, 900 MB more do not
HUB_DB = f"postgresql:///jupyterhub?host={AREA / 'pg-socket'}&port={PG_PORT}"

# What a learner tries from a kernel of their own server against the other course's exchange folder.
ATTACK = r"""
import json, os
folder = {folder!r}
def attempt(name, action):
    try:
        action()
        print(json.dumps({{"attempt": name, "outcome": "done"}}))
    except Exception as problem:
        print(json.dumps({{"attempt": name, "outcome": type(problem).__name__}}))
attempt("list the course folder", lambda: os.listdir(folder))
attempt("list released assignments", lambda: os.listdir(folder + "/outbound"))
attempt("read the released notebook", lambda: open(folder + "/outbound/{assignment}/{notebook}").read())
attempt("drop a submission", lambda: os.mkdir(folder + "/inbound/intruder+{assignment}+1"))
"""


def courses_command(*args: str) -> subprocess.CompletedProcess:
    return _run([str(REPO / ".venv/bin/python"), str(HUB / "courses.py"), *args], env={**os.environ, **SETTINGS})


def formgrader(browser: Browser, course_id: str, action: str) -> requests.Response:
    """A formgrader API call of a course's service, with the person's own token (as the browser's page does)."""
    return requests.post(
        f"{browser.hub.url}/services/{course_id}/formgrader/api/assignment/{ASSIGNMENT}/{action}",
        headers={"Authorization": f"token {browser.token}"},
        timeout=300,
    )


def assignments(browser: Browser, action: str, course_id: str) -> dict:
    """The Assignments tab's fetch, submit or fetch_feedback, for one course, in the person's own server."""
    response = browser.call(
        "POST", f"/assignments/{action}", data={"course_id": course_id, "assignment_id": ASSIGNMENT}
    )
    assert response.status_code == 200, (
        f"{browser.name} {action} {course_id}: {response.status_code} {response.text[:300]}"
    )
    return response.json()


def submit_elsewhere(browser: Browser, course_id: str, notebook: nbformat.NotebookNode) -> dict:
    """The learner puts a copy of their notebook where the other course's assignment would be, and submits it."""
    for folder in (course_id, f"{course_id}/{ASSIGNMENT}"):
        made = browser.call("PUT", f"/api/contents/{folder}", json={"type": "directory"})
        assert made.status_code in (200, 201), made.text[:300]
    path = f"{course_id}/{ASSIGNMENT}/{NOTEBOOK}"
    saved = browser.call("PUT", f"/api/contents/{path}", json={"type": "notebook", "content": notebook})
    assert saved.status_code in (200, 201), saved.text[:300]
    return assignments(browser, "submit", course_id)


def exceed_memory(browser: Browser, megabytes: int = 900) -> tuple[str, str]:
    """In a kernel of the learner's server, a cell fills ``megabytes`` of memory; then, as the learner would, the
    next cell in the same notebook (the kernel JupyterLab restarted). The kernel's status after the first cell,
    and what the next one printed."""
    import websocket

    kernel = browser.call("POST", "/api/kernels", json={"name": "python3"})
    assert kernel.status_code == 201, kernel.text
    kernel_id = kernel.json()["id"]
    url = browser.base.replace("http://", "ws://") + f"/api/kernels/{kernel_id}/channels"
    connection = websocket.create_connection(url, header=[f"Authorization: token {browser.token}"], timeout=120)

    def execute(msg_id: str, code: str) -> None:
        connection.send(
            json.dumps(
                {
                    "header": {"msg_id": msg_id, "username": browser.name, "session": "s", "date": "",
                               "msg_type": "execute_request", "version": "5.3"},
                    "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                    "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                                "allow_stdin": False, "stop_on_error": True},
                }
            )
        )  # fmt: skip

    state, printed = "no answer", []
    try:
        execute("fill", f"filled = b'x' * ({megabytes} * 2**20)\nprint('survived')")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and state == "no answer":
            message = json.loads(connection.recv())
            if message["msg_type"] == "stream" and "survived" in message["content"].get("text", ""):
                state = "survived"
            elif message["msg_type"] == "status" and message["content"]["execution_state"] in ("restarting", "dead"):
                state = message["content"]["execution_state"]
        while time.monotonic() < deadline:  # the restarted kernel is ready when it answers a kernel_info request
            connection.send(
                json.dumps(
                    {"header": {"msg_id": "info", "username": browser.name, "session": "s", "date": "",
                                "msg_type": "kernel_info_request", "version": "5.3"},
                     "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [], "content": {}}
                )
            )  # fmt: skip
            connection.settimeout(5)
            try:
                while json.loads(connection.recv())["msg_type"] != "kernel_info_reply":
                    pass
                break
            except websocket.WebSocketTimeoutException:
                continue
        connection.settimeout(120)
        execute("next", "print('still here')")
        while time.monotonic() < deadline:
            message = json.loads(connection.recv())
            if message.get("parent_header", {}).get("msg_id") != "next":
                continue
            if message["msg_type"] == "stream":
                printed.append(message["content"]["text"])
            elif message["msg_type"] == "status" and message["content"]["execution_state"] == "idle":
                break
    finally:
        connection.close()
        browser.call("DELETE", f"/api/kernels/{kernel_id}")
    return state, "".join(printed)


def gradebook_rows(course_id: str) -> list[tuple]:
    with psycopg.connect(dbname=course_id, host=SETTINGS["CAIRE_PG_SOCKET"], port=PG_PORT) as connection:
        return connection.execute(
            "SELECT student.id, assignment.name FROM submitted_assignment"
            " JOIN student ON student.id = submitted_assignment.student_id"
            " JOIN assignment ON assignment.id = submitted_assignment.assignment_id ORDER BY student.id"
        ).fetchall()


def score(course_id: str, student: str) -> tuple[float, float]:
    from nbgrader.api import Gradebook

    url = f"postgresql:///{course_id}?host={SETTINGS['CAIRE_PG_SOCKET']}&port={PG_PORT}"
    with Gradebook(url, course_id) as gradebook:
        submission = gradebook.find_submission(ASSIGNMENT, student)
        return submission.score, submission.max_score


def _leave_the_test_courses() -> None:
    """Take the test's people out of the test courses' groups: the Unix accounts outlive a run, and so would a
    membership (the roster gives them back theirs; the Moodle launch below adds one)."""
    for course_id in COURSES:
        for group in (f"nbgrader-{course_id}", f"formgrade-{course_id}"):
            for name in PEOPLE:
                _run(["gpasswd", "--delete", name, group])  # fails harmlessly where they are not members


@pytest.fixture(scope="module")
def platform():
    reason = _why_not()
    if reason:
        pytest.skip(reason)
    if not list(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")):
        pytest.skip("PostgreSQL is missing (Debian: apt-get install postgresql)")
    setup = _run(["make", "-C", str(REPO), "hub-setup"])
    if setup.returncode != 0:
        pytest.skip(f"configurable-http-proxy could not be installed:\n{setup.stdout[-2000:]}{setup.stderr[-2000:]}")
    environment = {**os.environ, **SETTINGS}
    _run([str(HUB / "postgres.sh"), "stop"], env=environment)
    shutil.rmtree(AREA, ignore_errors=True)
    AREA.mkdir(mode=0o755, parents=True)
    _leave_the_test_courses()  # a Moodle launch of an earlier run joined a learner to the other course
    for course_id in COURSES:  # what an earlier run left in the test accounts' homes
        shutil.rmtree(f"/home/grader-{course_id}/course", ignore_errors=True)
    for name in PEOPLE:
        for course_id in COURSES:
            shutil.rmtree(f"/home/{name}/{course_id}", ignore_errors=True)
    install = _run([str(HUB / "install-course.sh")], env=environment)
    if install.returncode != 0 and "no Python 3.11" in install.stderr:
        pytest.skip(install.stderr.strip())
    assert install.returncode == 0, f"install-course.sh failed:\n{install.stdout}\n{install.stderr}"
    started = _run([str(HUB / "postgres.sh"), "start"], env=environment)
    assert started.returncode == 0, started.stderr
    record = {"figures": {}}
    try:
        passwords = {name: secrets.token_urlsafe(12) for name in PEOPLE}
        for course_id, course in COURSES.items():
            made = courses_command("create", course_id, "--title", f"Test course {course_id[-1].upper()}")
            assert made.returncode == 0, made.stderr
            roster = AREA / f"{course_id}.csv"
            roster.write_text(
                "# username,role,password\n"
                + "".join(f"{name},trainer,{passwords[name]}\n" for name in course["trainers"])
                + f"{course['learner']},learner,{passwords[course['learner']]}\n"
            )
            joined = courses_command("roster", course_id, str(roster))
            assert joined.returncode == 0, joined.stderr
        record["list"] = courses_command("list").stdout
        yield from _on_the_hub(record, passwords, environment)
    finally:
        _run([str(HUB / "postgres.sh"), "stop"], env=environment)
        _leave_the_test_courses()
        print("\nCAIRE courses figures:\n" + json.dumps(record["figures"], indent=1))
        log = AREA / "courses-hub.log"
        if log.exists():  # kept for whoever reads a failure: the hub's log has no personal data of real learners
            shutil.copy(log, Path(os.environ.get("TMPDIR", "/tmp")) / "caire-courses-hub.log")
        shutil.rmtree(AREA, ignore_errors=True)


def _on_the_hub(record: dict, passwords: dict, environment: dict):
    figures = record["figures"]
    hub = Hub(
        HUB / "jupyterhub_config.py",
        {
            **environment,
            "CAIRE_HUB_DB_URL": HUB_DB,
            "CAIRE_LEARNER_MEMORY_MB": str(MEMORY_MB),
            "CAIRE_HUB_LANGUAGE": "en",
        },
        "courses-hub",
        area=AREA,
        accounts=PEOPLE + GRADERS,
    )
    try:
        figures["hub ready with 2 course services (s)"] = round(hub.ready_seconds, 2)
        browsers = {name: Browser(hub, name) for name in PEOPLE}
        record["logins"] = {name: browsers[name].login(passwords[name]).status_code for name in PEOPLE}
        assert all(status == 302 for status in record["logins"].values()), record["logins"]
        record["hub groups"] = {}
        for name in PEOPLE:
            for group in hub.request("GET", f"/users/{name}").json()["groups"]:
                record["hub groups"].setdefault(group, []).append(name)
        for name, browser in browsers.items():
            browser.token = hub.token_for(name)
        learners = {course_id: course["learner"] for course_id, course in COURSES.items()}
        for name in learners.values():
            hub.start_server(name)

        # Who reaches which formgrader: each course's trainers theirs only; learners none.
        record["formgrader access"] = {
            (name, course_id): requests.get(
                f"{hub.url}/services/{course_id}/formgrader/api/assignments",
                headers={"Authorization": f"token {browsers[name].token}"},
                timeout=120,
                allow_redirects=False,
            ).status_code
            for name in PEOPLE
            for course_id in COURSES
        }

        # In each course: the first trainer generates and releases through the course's formgrader.
        started = time.monotonic()
        for course_id, course in COURSES.items():
            for action in ("assign", "release"):
                response = formgrader(browsers[course["trainers"][0]], course_id, action)
                assert response.status_code == 200 and response.json().get("success"), response.text[-2000:]
        figures["generate + release, 2 courses (s)"] = round(time.monotonic() - started, 1)

        # Each learner lists, fetches, answers and submits in their own course; tries the other one.
        answers = {"ctest-a": right_answers(), "ctest-b": WRONG_ANSWERS}
        record["listed"], record["other course"] = {}, {}
        for course_id, name in learners.items():
            other = next(key for key in COURSES if key != course_id)
            browser = browsers[name]
            listed = browser.call("GET", "/assignments", params={"course_id": ""}).json()
            record["listed"][name] = sorted({item["course_id"] for item in listed.get("value", [])})
            assert assignments(browser, "fetch", course_id).get("success"), name
            path = f"{course_id}/{ASSIGNMENT}/{NOTEBOOK}"
            response = browser.call("GET", f"/api/contents/{path}", params={"content": 1})
            assert response.status_code == 200, response.text[:300]
            notebook = answered(nbformat.from_dict(response.json()["content"]), answers[course_id])
            saved = browser.call("PUT", f"/api/contents/{path}", json={"type": "notebook", "content": notebook})
            assert saved.status_code in (200, 201), saved.text[:300]
            assert assignments(browser, "submit", course_id).get("success"), name
            record["other course"][name] = {
                "fetch": assignments(browser, "fetch", other),
                "copied": Path(f"/home/{name}/{other}").exists(),
                "submit": submit_elsewhere(browser, other, notebook),
                "kernel": {
                    line["attempt"]: line["outcome"]
                    for line in map(
                        json.loads,
                        browser.run_code(
                            ATTACK.format(
                                folder=str(AREA / "exchange" / other), assignment=ASSIGNMENT, notebook=NOTEBOOK
                            )
                        ).splitlines(),
                    )
                },
            }

        # The second trainer collects; root grades each course into its gradebook; feedback goes out.
        for course_id, course in COURSES.items():
            response = formgrader(browsers[course["trainers"][1]], course_id, "collect")
            assert response.status_code == 200 and response.json().get("success"), response.text[-2000:]
            started = time.monotonic()
            graded = _run([str(HUB / "grade.sh"), "--course-id", course_id, ASSIGNMENT], env=environment, timeout=600)
            assert graded.returncode == 0, f"grade.sh failed:\n{graded.stdout}\n{graded.stderr}"
            figures[f"grade {course_id}, 1 submission, PostgreSQL (s)"] = round(time.monotonic() - started, 1)
            for action in ("generate_feedback", "release_feedback"):
                response = formgrader(browsers[course["trainers"][1]], course_id, action)
                assert response.status_code == 200 and response.json().get("success"), response.text[-2000:]
        record["unknown course"] = _run([str(HUB / "grade.sh"), "--course-id", "ctest-z", ASSIGNMENT], env=environment)

        record["feedback"] = {}
        for course_id, name in learners.items():
            assert assignments(browsers[name], "fetch_feedback", course_id).get("success"), name
            folder = Path(f"/home/{name}/{course_id}/{ASSIGNMENT}/feedback")
            record["feedback"][name] = [path.read_text() for path in folder.rglob("*.html")]
        record["gradebooks"] = {course_id: gradebook_rows(course_id) for course_id in COURSES}
        record["scores"] = {course_id: score(course_id, name) for course_id, name in learners.items()}
        record["hub database"] = hub.environment.get("CAIRE_HUB_DB_URL")
        with psycopg.connect(dbname="jupyterhub", host=SETTINGS["CAIRE_PG_SOCKET"], port=PG_PORT) as connection:
            record["hub users in PostgreSQL"] = sorted(row[0] for row in connection.execute("SELECT name FROM users"))

        # Past the memory limit: the first learner's kernel; the second learner works meanwhile.
        greedy, other = browsers[learners["ctest-a"]], browsers[learners["ctest-b"]]
        record["limit file"] = Path(f"/sys/fs/cgroup/memory/caire-hub/{greedy.name}/memory.limit_in_bytes").read_text()
        record["greedy kernel"], record["next cell"] = exceed_memory(greedy)
        record["other learner"] = other.run_code("print(sum(range(10)))")
        record["hub after"] = hub.request("GET", "/").status_code
        record["greedy server"] = hub.request("GET", f"/users/{greedy.name}").json()["servers"][""]["ready"]
        hub.stop()
        record["moodle"] = _moodle_launches(environment, figures)
        yield record
    finally:
        hub.stop()


# --- Moodle: signed LTI 1.3 launches into a course ---------------------------------------------------------

MOODLE_CLIENT = "caire-courses-e2e"


def moodle_launch(hub: Hub, moodle, username: str, context_id: str, sign=None) -> dict:
    """A learner's launch from a Moodle course, as their browser makes it: Moodle's login initiation, the hub's
    redirect to Moodle with a state and a nonce, then the signed id_token posted back with the hub's state cookie
    (a Secure cookie: sent by hand over this test's plain http)."""
    from urllib.parse import parse_qs, urlparse

    start = requests.post(
        f"{hub.url}/hub/lti13/oauth_login",
        data={
            "iss": moodle.issuer,
            "login_hint": "2",
            "client_id": MOODLE_CLIENT,
            "target_link_uri": f"{hub.url}/hub/",
            "lti_message_hint": "7",
        },
        allow_redirects=False,
        timeout=60,
    )
    assert start.status_code == 302, start.text[-2000:]
    query = parse_qs(urlparse(start.headers["Location"]).query)
    token = (sign or moodle.launch)(MOODLE_CLIENT, f"moodle-{username}", username, context_id, nonce=query["nonce"][0])
    back = requests.post(
        query["redirect_uri"][0],
        data={"id_token": token, "state": query["state"][0]},
        headers={"Cookie": "; ".join(f"{name}={value}" for name, value in start.cookies.items())},
        allow_redirects=False,
        timeout=120,
    )
    return {"status": back.status_code, "location": back.headers.get("Location", "")}


def _moodle_launches(environment: dict, figures: dict) -> dict:
    """The same hub with Moodle login (hub/lti/jupyterhub_config_lti.py) against an LTI 1.3 platform run here:
    ctest-a is linked to Moodle course 101; ctest-b's learner launches from it and lands in ctest-a, and a launch
    signed by another key logs nobody in."""
    import jwt
    from cryptography.hazmat.primitives.asymmetric import rsa
    from lti_platform import Platform

    from autograder.moodle_grades import read_launches

    linked = courses_command("create", "ctest-a", "--lti-context", "101")
    assert linked.returncode == 0, linked.stderr
    moodle = Platform()
    result = {}
    try:
        hub = Hub(
            HUB / "lti" / "jupyterhub_config_lti.py",
            {
                **environment,
                "CAIRE_HUB_DB_URL": HUB_DB,
                "CAIRE_LTI_ISSUER": moodle.issuer,
                "CAIRE_LTI_CLIENT_ID": MOODLE_CLIENT,
            },
            "lti-hub",
            area=AREA,
            accounts=PEOPLE + GRADERS,
        )
        figures["hub with Moodle login ready (s)"] = round(hub.ready_seconds, 2)

        def hub_groups(name: str) -> list[str]:
            return sorted(hub.request("GET", f"/users/{name}").json().get("groups", []))

        def forged(client_id, user_id, username, context_id, nonce):
            claims = jwt.decode(
                moodle.launch(client_id, user_id, username, context_id, nonce=nonce),
                options={"verify_signature": False},
            )
            other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            return jwt.encode(claims, other, algorithm="RS256", headers={"kid": moodle.kid})

        try:
            newcomer, outsider = COURSES["ctest-b"]["learner"], COURSES["ctest-a"]["trainers"][0]
            result["before"] = hub_groups(newcomer)
            result["launch"] = moodle_launch(hub, moodle, newcomer, "101")
            result["after"] = hub_groups(newcomer)
            result["unix groups"] = _run(["id", "-nG", newcomer]).stdout.split()
            result["forged"] = moodle_launch(hub, moodle, outsider, "202", sign=forged)
            result["recorded"] = [
                vars(one) for one in read_launches(Path(SETTINGS["CAIRE_HUB_FILES"]) / "lti-launches.db")
            ]
            result["log"] = hub.log_text()
        finally:
            hub.stop()
    finally:
        moodle.close()
    return result


# --- what must be true ---------------------------------------------------------------------------------


def test_the_course_command_lists_both_courses_with_their_members(platform):
    lines = {line.split("\t")[0]: line.split("\t") for line in platform["list"].splitlines()}
    for course_id in COURSES:
        _, title, state, trainers, learners, gradebook, link = lines[course_id]
        assert (state, trainers, learners, gradebook) == ("active", "2", "1", "postgresql")
        assert link == f"/services/{course_id}/formgrader"


def test_course_groups_reach_the_hub_at_login(platform):
    groups = platform["hub groups"]
    for course_id, course in COURSES.items():
        assert sorted(groups[f"formgrade-{course_id}"]) == sorted(course["trainers"])
        assert sorted(groups[f"nbgrader-{course_id}"]) == sorted((*course["trainers"], course["learner"]))


def test_each_trainer_reaches_the_formgrader_of_their_course_only(platform):
    access = platform["formgrader access"]
    for course_id, course in COURSES.items():
        for name in PEOPLE:
            status = access[(name, course_id)]
            if name in course["trainers"]:
                assert status == 200, f"{name} cannot reach the formgrader of {course_id}: {status}"
            else:
                assert status in (403, 302), f"{name} reached the formgrader of {course_id}: {status}"


def test_a_learner_sees_and_fetches_their_own_course_only(platform):
    for course_id, course in COURSES.items():
        name = course["learner"]
        assert platform["listed"][name] == [course_id]
        other = platform["other course"][name]
        # nbgrader's fetch request answers with the course's list whatever happened: the refusal shows as an
        # empty list and nothing copied (the server's log says "You do not have access to this course").
        assert other["fetch"] == {"success": True, "value": []} and not other["copied"], other
        assert other["submit"].get("success") is False and "access" in other["submit"]["value"], other


def test_a_learner_cannot_enter_the_other_course_from_a_kernel(platform):
    for course in COURSES.values():
        outcomes = platform["other course"][course["learner"]]["kernel"]
        assert outcomes and set(outcomes.values()) == {"PermissionError"}, outcomes


def test_each_course_grades_land_in_its_own_postgresql_gradebook(platform):
    assert platform["gradebooks"] == {
        course_id: [(course["learner"], ASSIGNMENT)] for course_id, course in COURSES.items()
    }
    right, wrong = platform["scores"]["ctest-a"], platform["scores"]["ctest-b"]
    assert right[0] == right[1] > 0, right
    assert wrong[0] < wrong[1], wrong


def test_each_learner_fetches_the_feedback_of_their_course(platform):
    for course in COURSES.values():
        pages = platform["feedback"][course["learner"]]
        assert len(pages) == 1 and ASSIGNMENT.split("-")[0] in pages[0]
        assert "BEGIN HIDDEN TESTS" not in pages[0] and "BEGIN SOLUTION" not in pages[0]


def test_the_hub_keeps_its_own_database_in_postgresql(platform):
    assert set(PEOPLE) <= set(platform["hub users in PostgreSQL"])


def test_grading_an_unknown_course_is_refused_clearly(platform):
    result = platform["unknown course"]
    assert result.returncode == 2 and "ctest-z is not an active course" in result.stderr


def test_a_kernel_past_the_learner_memory_limit_is_stopped_and_the_next_cell_says_why(platform):
    assert int(platform["limit file"]) == MEMORY_MB * 2**20
    assert platform["greedy kernel"] in ("restarting", "dead"), platform["greedy kernel"]
    assert "Your previous kernel was stopped: it used more than 600 MB" in platform["next cell"], platform["next cell"]
    assert platform["next cell"].rstrip().endswith("still here")


def test_the_hub_and_the_other_learners_carry_on(platform):
    assert platform["other learner"].strip() == "45"
    assert platform["hub after"] == 200 and platform["greedy server"] is True


def test_a_learner_from_moodle_lands_in_the_linked_course(platform):
    moodle = platform["moodle"]
    assert moodle["launch"]["status"] == 302 and "/hub/" in moodle["launch"]["location"], moodle["log"][-3000:]
    assert "nbgrader-ctest-a" not in moodle["before"]
    assert "nbgrader-ctest-a" in moodle["after"] and "nbgrader-ctest-b" in moodle["after"]
    assert "formgrade-ctest-a" not in moodle["after"]  # Moodle said Learner
    assert "nbgrader-ctest-a" in moodle["unix groups"]
    [recorded] = moodle["recorded"]  # where the learner's grades go back (autograder/moodle_grades.py)
    assert recorded["username"] == COURSES["ctest-b"]["learner"] and recorded["context_id"] == "101"
    assert recorded["moodle_user_id"] == f"moodle-{COURSES['ctest-b']['learner']}"
    assert recorded["ags_lineitems"].endswith("/mod/lti/services.php/101/lineitems?type_id=1")


def test_a_launch_signed_by_another_key_logs_nobody_in(platform):
    moodle = platform["moodle"]
    assert moodle["forged"]["status"] >= 400, moodle["forged"]
    assert f"User logged in: {COURSES['ctest-a']['trainers'][0]}" not in moodle["log"]
    assert len(moodle["recorded"]) == 1
