"""Twenty people open an app at once: each is served or told to come back, and memory stays bounded."""

from __future__ import annotations

import threading
import time
import urllib.error
import urllib.request

import pytest
from test_app_browser import running_voila

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]

VIEWERS = 20
MAX_KERNELS = 4
#: What we allow the whole server to use: Voila itself plus MAX_KERNELS kernels of module 01's app
#: (measured ~220 MB each here) with room to spare.
MEMORY_CAP_MB = 250 + MAX_KERNELS * 300


def fetch(url: str, results: list, index: int) -> None:
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            results[index] = (response.status, response.read().decode("utf-8", "replace"))
    except urllib.error.HTTPError as error:
        results[index] = (error.code, error.read().decode("utf-8", "replace"))
    except Exception as problem:
        results[index] = (0, repr(problem))


def test_twenty_viewers_are_served_or_told_to_come_back_within_the_memory_cap(tmp_path):
    import psutil

    with running_voila(tmp_path, extra_args=[f"--CappedKernelManager.max_kernels={MAX_KERNELS}"]) as server:
        server_process = psutil.Process(server.pid)
        peak, sampling = [0.0], [True]

        def sample() -> None:
            while sampling[0]:
                try:
                    processes = [server_process, *server_process.children(recursive=True)]
                    peak[0] = max(peak[0], sum(p.memory_info().rss for p in processes if p.is_running()) / 2**20)
                except psutil.Error:
                    pass
                time.sleep(0.05)

        sampler = threading.Thread(target=sample)
        sampler.start()
        url = f"{server.url}/voila/render/apps/en/01-rules-vs-learning.ipynb"
        results: list = [None] * VIEWERS
        threads = [threading.Thread(target=fetch, args=(url, results, i)) for i in range(VIEWERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=180)
        sampling[0] = False
        sampler.join()

    statuses = [status for status, _ in results]
    served = [body for status, body in results if status == 200]
    refused = [body for status, body in results if status == 503]
    print(f"served {len(served)}, told to come back {len(refused)}, peak {peak[0]:.0f} MB (cap {MEMORY_CAP_MB} MB)")
    assert set(statuses) <= {200, 503}, statuses
    assert 1 <= len(served) <= MAX_KERNELS
    assert all("Rules versus learning" in body for body in served)
    assert all("come back in a few minutes" in body and "revenez dans quelques minutes" in body for body in refused)
    assert peak[0] <= MEMORY_CAP_MB
