"""Task runners for `build_dataset`: a local process pool (default), threads, or a Dask cluster."""

from __future__ import annotations

import os


def task_runner(kind: str, workers: int | None = None, dask_address: str | None = None):
    """The Prefect task runner for `--runner`. Dask: an existing cluster at `dask_address`, else a local one."""
    n = workers or os.cpu_count() or 1
    if kind == "thread":
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=n)
    if kind == "process":
        from prefect.task_runners import ProcessPoolTaskRunner

        return ProcessPoolTaskRunner(max_workers=n)
    if kind == "dask":
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": n, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": None})
    raise ValueError(f"unknown runner {kind!r}: choose process, thread or dask")
