"""Serving the apps to many people: a cap on kernels, so that a busy server says "come back" instead of dying.

Every Voila page view starts a kernel (about 160-240 MB here). ``CappedKernelManager`` refuses to start
more than ``max_kernels``: the visitor gets a 503 page that says, in French and English, to come back
in a few minutes, and the server's memory stays bounded (set in ``jupyter-config/voila.json``).
"""

from __future__ import annotations

from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
from tornado import web
from traitlets import Int

#: Shown on the 503 page (Voila's error page shows the reason phrase).
BUSY_MESSAGE = (
    "This app is busy: every place is taken, please come back in a few minutes. / "
    "Cette application est très demandée : toutes les places sont prises, revenez dans quelques minutes."
)


class CappedKernelManager(AsyncMappingKernelManager):
    """A kernel manager that starts at most ``max_kernels`` kernels at once."""

    max_kernels = Int(12, config=True, help="Most kernels alive at once; a page view beyond it gets a 503 page.")

    _starting = 0  # kernels being started right now: not yet in list_kernel_ids()

    async def start_kernel(self, *args, **kwargs):
        if kwargs.get("kernel_id") is not None:
            return await super().start_kernel(*args, **kwargs)
        if len(self.list_kernel_ids()) + self._starting >= self.max_kernels:
            self.log.warning("Refusing a new kernel: %d kernels running or starting (max_kernels)", self.max_kernels)
            raise web.HTTPError(503, "max_kernels reached", reason=BUSY_MESSAGE)
        self._starting += 1
        try:
            return await super().start_kernel(*args, **kwargs)
        finally:
            self._starting -= 1
