# nbgrader as a student of the CAIRE course on the local hub, read by the Assignments tab and by
# `nbgrader fetch_assignment` / `submit` in a terminal (installed in /srv/caire/config/student/).
import os
import shutil
import stat
import tempfile

from nbgrader.exchange.default.submit import ExchangeSubmit


class PrivateSubmit(ExchangeSubmit):
    """nbgrader's submit, then the submission readable by its author and the instructor only.

    nbgrader leaves a submission world-readable and its folder world-writable (0777), hidden only by
    a name nobody can list: whoever learns the name can read the notebook and the secret that names
    the feedback, or replace the notebook. The exchange's inbound folder belongs to the instructor's
    group and is setgid (hub/create-users.sh), so what is created in it belongs to that group: here
    every file of the submission is made to belong to it (the two nbgrader writes last are re-created
    in the inbound folder, then moved in), then the submission is closed to others (folders 770,
    files 640). The instructor still collects and can delete it; other students get "permission
    denied" even with its name.
    """

    def copy_files(self):
        super().copy_files()
        inbound = os.stat(self.inbound_path)
        if not inbound.st_mode & stat.S_ISGID:
            return  # not the exchange hub/create-users.sh makes: keep nbgrader's behaviour
        submission = os.path.join(self.inbound_path, self.assignment_filename)
        for folder, _, files in os.walk(submission):
            for name in files:
                path = os.path.join(folder, name)
                if os.lstat(path).st_gid != inbound.st_gid:
                    handle, temporary = tempfile.mkstemp(dir=self.inbound_path, prefix=".caire-submit-")
                    with os.fdopen(handle, "wb") as copy, open(path, "rb") as original:
                        shutil.copyfileobj(original, copy)
                    os.replace(temporary, path)
                os.chmod(path, 0o640)
            os.chmod(folder, 0o770)


c = get_config()  # noqa: F821
if os.environ.get("CAIRE_SEVERAL_COURSES"):
    # Several courses on the hub (hub/courses.py): the Assignments tab lists the courses whose hub group
    # nbgrader-<course> the learner is in, and each course's assignments go to ~/<course>/<assignment>.
    from nbgrader.auth import JupyterHubAuthPlugin

    c.Authenticator.plugin_class = JupyterHubAuthPlugin
    c.Exchange.path_includes_course = True
else:
    c.CourseDirectory.course_id = "caire"
c.Exchange.root = os.environ.get("CAIRE_EXCHANGE_DIR", "/srv/nbgrader/exchange")
c.ExchangeFactory.submit = PrivateSubmit
