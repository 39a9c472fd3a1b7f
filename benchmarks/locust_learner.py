"""One simulated learner on the course's hub, for Locust (run by benchmarks/load_hub.py, not by hand).

Each Locust user takes one class account from $CAIRE_LOAD_ACCOUNTS (a JSON list of [name, password]) and goes
through a learner's visit once, as a browser would, over HTTP and the kernel's websocket:

1. logs in through the hub's form (PAM);
2. starts their server (/hub/spawn) and waits until it answers;
3. runs a lesson: a kernel on their server executes the code cells of module 01's lesson, in order;
4. answers the module 01 app and submits it: the app's own Submit code (caire.submission.submit_answers) in
   their kernel, which hands the notebook in with nbgrader's exchange as the learner;
5. logs out.

Besides Locust's per-request figures, two timings of the whole visit are reported as Locust requests of type
"visit": "login to first executed cell" and "app submission". Each user writes one line to
$CAIRE_LOAD_OUTCOMES (JSON: name, ok, what failed, timings); the run stops when every account is done.
"""

from __future__ import annotations

import json
import os
import threading
import time
import uuid
from pathlib import Path

import websocket  # websocket-client
from locust import HttpUser, constant, events, task
from locust.exception import StopUser

ACCOUNTS = json.loads(Path(os.environ["CAIRE_LOAD_ACCOUNTS"]).read_text())
OUTCOMES = Path(os.environ["CAIRE_LOAD_OUTCOMES"])
LESSON = os.environ.get("CAIRE_LOAD_LESSON", "caire-course/modules/en/01-rules-vs-learning.ipynb")
ASSIGNMENT = os.environ.get("CAIRE_LOAD_ASSIGNMENT", "01-rules-vs-learning-en")
ANSWERS = json.loads(os.environ.get("CAIRE_LOAD_ANSWERS", "{}"))
_lock = threading.Lock()
_next = iter(ACCOUNTS)
_done = []


def _report(name: str, started: float, exception: Exception | None = None) -> None:
    events.request.fire(
        request_type="visit",
        name=name,
        response_time=(time.monotonic() - started) * 1000,
        response_length=0,
        exception=exception,
        context={},
    )


class Learner(HttpUser):
    wait_time = constant(0)

    def on_start(self):
        with _lock:
            account = next(_next, None)
        if account is None:
            raise StopUser()
        self.name, self.password = account

    @task
    def visit(self):
        outcome = {"name": self.name, "ok": False, "failed": "", "timings": {}}
        started = time.monotonic()
        step = "login"
        try:
            self.client.get("/hub/login", name="/hub/login")
            with self.client.post(
                "/hub/login",
                data={"username": self.name, "password": self.password, "_xsrf": self.client.cookies.get("_xsrf", "")},
                allow_redirects=False,
                name="POST /hub/login",
                catch_response=True,
            ) as response:
                if response.status_code != 302:
                    response.failure(f"login answered {response.status_code}")
                    raise RuntimeError(f"login answered {response.status_code}")
            step = "server start"
            self.client.get("/hub/spawn", name="/hub/spawn", allow_redirects=False)
            base = f"/user/{self.name}"
            deadline = time.monotonic() + 300
            while True:  # the page follows the hub's redirects: spawn pending, then OAuth, then the server's page
                response = self.client.get(f"{base}/lab", name="/user/[name]/lab (until up)")
                if response.status_code == 200 and response.url.split("?")[0].endswith(f"{base}/lab"):
                    break
                if time.monotonic() > deadline:
                    raise RuntimeError("the server did not start in 300 s")
                time.sleep(1)
            outcome["timings"]["server up (s)"] = round(time.monotonic() - started, 2)
            step = "kernel"
            xsrf = self.client.cookies.get("_xsrf", path=f"{base}/") or self.client.cookies.get("_xsrf", "")
            headers = {"X-XSRFToken": xsrf}
            kernel = self.client.post(
                f"{base}/api/kernels", json={"name": "python3"}, headers=headers, name="start kernel"
            )
            kernel.raise_for_status()
            kernel_id = kernel.json()["id"]
            cookie = "; ".join(f"{c.name}={c.value}" for c in self.client.cookies)
            url = self.host.replace("http://", "ws://") + f"{base}/api/kernels/{kernel_id}/channels"
            connection = websocket.create_connection(url, header=[f"Cookie: {cookie}"], timeout=300)
            try:
                step = "lesson"
                lesson = json.loads(
                    self.client.get(f"{base}/api/contents/{LESSON}", params={"content": 1}, name="open the lesson").text
                )["content"]
                folder = os.path.dirname(LESSON)
                self._run(connection, f"import os; os.chdir(os.path.expanduser({('~/' + folder)!r}))")
                first = True
                for cell in lesson["cells"]:
                    if cell["cell_type"] != "code" or not cell["source"].strip():
                        continue
                    self._run(connection, cell["source"])
                    if first:
                        outcome["timings"]["login to first executed cell (s)"] = round(time.monotonic() - started, 2)
                        _report("login to first executed cell", started)
                        first = False
                outcome["timings"]["lesson done (s)"] = round(time.monotonic() - started, 2)
                step = "app submission"
                submitted_at = time.monotonic()
                said = self._run(
                    connection,
                    "from caire.submission import submit_answers\n"
                    f"print(submit_answers({ASSIGNMENT!r}, {ANSWERS!r}).kind)",
                )
                if "sent" not in said:
                    raise RuntimeError(f"the app's Submit said {said.strip()[-300:]!r}")
                outcome["timings"]["app submission (s)"] = round(time.monotonic() - submitted_at, 2)
                _report("app submission", submitted_at)
            finally:
                connection.close()
                self.client.delete(f"{base}/api/kernels/{kernel_id}", headers=headers, name="stop kernel")
            step = "logout"
            self.client.get("/hub/logout", name="/hub/logout")
            outcome["ok"] = True
        except Exception as problem:
            outcome["failed"] = f"{step}: {type(problem).__name__}: {str(problem)[:300]}"
            _report(f"failed at {step}", started, problem)
        with _lock:
            with OUTCOMES.open("a") as out:
                out.write(json.dumps(outcome) + "\n")
            _done.append(self.name)
            everybody = len(_done) >= len(ACCOUNTS)
        if everybody:
            self.environment.runner.quit()
        raise StopUser()

    def _run(self, connection, code: str, seconds: float = 300) -> str:
        """Execute code in the kernel; what it printed. An error in the code is a failed visit."""
        msg_id = uuid.uuid4().hex
        connection.send(
            json.dumps(
                {
                    "header": {"msg_id": msg_id, "username": self.name, "session": uuid.uuid4().hex, "date": "",
                               "msg_type": "execute_request", "version": "5.3"},
                    "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                    "content": {"code": code, "silent": False, "store_history": False, "user_expressions": {},
                                "allow_stdin": False, "stop_on_error": True},
                }
            )
        )  # fmt: skip
        printed, deadline = [], time.monotonic() + seconds
        while time.monotonic() < deadline:
            message = json.loads(connection.recv())
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = message["msg_type"], message["content"]
            if kind == "stream":
                printed.append(content["text"])
            elif kind == "error":
                raise RuntimeError(f"{content['ename']}: {content['evalue']}"[:300])
            elif kind == "status" and content["execution_state"] == "idle":
                return "".join(printed)
        raise TimeoutError(f"the kernel did not finish in {seconds} s")
