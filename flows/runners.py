"""Task runners for `build_dataset`: a local process pool (default), threads, or a Dask cluster."""

from __future__ import annotations

import atexit
import gc
import os

from prefect.task_runners import ProcessPoolTaskRunner


def task_runner(kind: str, workers: int | None = None, dask_address: str | None = None):
    """The Prefect task runner for `--runner`. Dask: an existing cluster at `dask_address`, else a local one."""
    n = workers or os.cpu_count() or 1
    if kind == "thread":
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=n)
    if kind == "process":
        return StartableProcessPool(max_workers=n)
    if kind == "dask":
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": n, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": None})
    raise ValueError(f"unknown runner {kind!r}: choose process, thread or dask")


def _load_models() -> None:
    """In a worker: load what processing an article needs (`pipeline.warm_up`). The worker yields the CPU
    to the server and the flow first (os.nice): they are what the build waits for while it starts and
    while it validates."""
    from sayasat.pipeline import warm_up

    try:
        os.nice(5)
    except (AttributeError, OSError):
        pass  # no nice here
    # a worker holds the language models and its caches, millions of objects; the interpreter's last
    # collection, when the worker exits at the end of the build, walked them all (about half a second,
    # which the build waits for). Frozen, they are left to the process's end.
    atexit.register(gc.freeze)
    warm_up()


class StartableProcessPool(ProcessPoolTaskRunner):
    """Prefect's process pool, whose workers can start before the flow does.

    A worker spawns, imports Prefect and the pipeline and loads the language models in about two seconds,
    and a small update's build waits for all of it. `start_workers` enters the runner early and has each
    worker load everything, so that this happens while the temporary Prefect server boots. The flow
    engine runs a flow on a duplicate of its runner; a started pool hands over itself instead, and is
    shut down as usual when the flow ends (or by `stop_workers` if the flow never ran)."""

    def __init__(self, max_workers: int | None = None) -> None:
        super().__init__(max_workers=max_workers)
        self._early = False  # entered by start_workers, not yet handed to a flow

    def start_workers(self) -> None:
        super().__enter__()
        self._early = True
        for _ in range(self._max_workers):  # each submission spawns a worker while none is idle
            self._executor.submit(_load_models)

    def stop_workers(self) -> None:
        if self._early:
            self._early = False
            super().__exit__(None, None, None)

    def retire_workers(self) -> None:
        """The flow will submit nothing more: the workers are told to exit now, while the flow publishes in its
        own process, rather than when the flow ends. Nothing waits for them here: the executor's manager
        thread is joined when the interpreter exits (leaving the runner, its second shutdown finds nothing
        left to join)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False)

    def duplicate(self) -> StartableProcessPool:
        return self if self._early else super().duplicate()

    def __enter__(self) -> StartableProcessPool:
        if self._early:
            self._early = False
            return self
        return super().__enter__()

    def __reduce__(self) -> tuple:
        """Pickled (the flow it runs travels to the workers with each task), a pool is a new, unstarted one: the
        one that ran the flow is also the flow's own runner here, and its queues and processes cannot travel."""
        return StartableProcessPool, (self._max_workers,)
