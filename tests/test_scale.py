"""Beyond one machine: the same flow on a Dask cluster gives the same tables, byte for byte; and an
incremental build after adding files equals a full rebuild."""

import pickle
import shutil

import pyarrow.parquet as pq
import pytest
from sayasat.schemas.tables import TABLE_NAMES

from flows.build import content_batches
from sayasat.cli import main
from tests.conftest import SEEDS


def latest(out):
    return out / (out / "LATEST").read_text().strip()


@pytest.mark.slow
def test_dask_cluster_of_two_workers_builds_the_same_bytes(tmp_path):
    ref, dask = tmp_path / "process", tmp_path / "dask"
    assert main(["build", "--input", str(SEEDS), "--output", str(ref), "--quiet", "--batch-size", "2"]) == 0
    assert main(["build", "--input", str(SEEDS), "--output", str(dask), "--quiet", "--runner", "dask",
                 "--workers", "2", "--batch-size", "1"]) == 0
    a, b = latest(ref), latest(dask)
    assert a.name == b.name
    for t in TABLE_NAMES:
        assert (a / f"{t}.parquet").read_bytes() == (b / f"{t}.parquet").read_bytes(), t


@pytest.mark.slow
def test_incremental_build_processes_only_new_files_and_equals_a_full_rebuild(tmp_path, capsys, monkeypatch):
    """Three new files fall into one batch; with two workers, their articles are shared out between the
    workers before the batch is assembled from the cache."""
    import inspect

    from sayasat.flows import build

    inp, out, full = tmp_path / "in", tmp_path / "out", tmp_path / "full"
    shutil.copytree(SEEDS, inp)
    args = ["--runner", "thread", "--workers", "2", "--quiet"]
    assert main(["build", "--input", str(inp), "--output", str(out), *args]) == 0
    (inp / "new").mkdir()
    for k, name in enumerate(("Саиров", "Смаилов", "Ким")):
        (inp / "new" / f"added {k}.txt").write_text(
            f"Депутат Мажилиса {name} заявил, что поправки поддержали более {40 + k} депутатов.\n"
            "«Мы приняли важное решение», – сказал он.\n", encoding="utf-8")
    callers = []
    keep = build._process_and_keep
    monkeypatch.setattr(build, "_process_and_keep",
                        lambda *a: callers.append((inspect.stack()[1].function, a[2])) or keep(*a))
    capsys.readouterr()
    assert main(["build", "--input", str(inp), "--output", str(out), *args]) == 0
    assert "processed now: 3 " in capsys.readouterr().out
    assert sorted(callers) == [("process_articles", f"new/added {k}.txt") for k in range(3)]
    monkeypatch.undo()
    assert main(["build", "--input", str(inp), "--output", str(full), "--runner", "thread", "--quiet",
                 "--no-cache"]) == 0
    for t in TABLE_NAMES:
        assert pq.read_table(latest(out) / f"{t}.parquet").equals(pq.read_table(latest(full) / f"{t}.parquet")), t


@pytest.mark.slow
def test_a_batch_folder_left_incomplete_is_processed_again(tmp_path):
    """A build stopped while a worker wrote a batch's folder leaves it without a summary: the next build
    processes that batch again rather than trusting or losing it."""
    inp, out, full = tmp_path / "in", tmp_path / "out", tmp_path / "full"
    shutil.copytree(SEEDS, inp)
    args = ["--runner", "thread", "--quiet", "--batch-size", "1"]
    assert main(["build", "--input", str(inp), "--output", str(out), *args]) == 0
    summaries = sorted((out / ".cache").glob("*/batches/*/summary.pkl"))
    assert len(summaries) >= 2
    summaries[0].unlink()
    (inp / "note.txt").write_text("Сенат принял закон о выборах. Закон вступит в силу через десять дней.\n",
                                  encoding="utf-8")
    assert main(["build", "--input", str(inp), "--output", str(out), *args]) == 0
    assert summaries[0].exists()  # the batch went to a worker again (its articles came from their cache)
    assert main(["build", "--input", str(inp), "--output", str(full), *args, "--no-cache"]) == 0
    for t in TABLE_NAMES:
        assert pq.read_table(latest(out) / f"{t}.parquet").equals(pq.read_table(latest(full) / f"{t}.parquet")), t


def test_a_new_file_changes_only_the_batch_it_falls_into():
    """Batches are cut where the inputs say, so the cached tables of every other batch still apply."""
    items = [(f"2024/05/{i:05d}.html", f"{i:064x}") for i in range(5000)]
    before = content_batches(items, 100)
    assert [x for b in before for x in b] == items
    assert 30 <= len(items) / len(before) <= 300 and max(map(len, before)) <= 400
    for new in ("2024/05/00017-update.html", "2024/05/02500a.html", "2024/06/00001.html"):
        after = content_batches(sorted([*items, (new, "f" * 64)]), 100)
        changed = [b for b in after if b not in before]
        assert 1 <= len(changed) <= 2 and any((new, "f" * 64) in b for b in changed)


@pytest.mark.slow
def test_the_process_pool_starts_its_workers_early_only_when_a_build_has_work(tmp_path, monkeypatch):
    """`sayasat build` starts the workers (and their models) while Prefect's server boots, and the flow runs
    on that pool; a build that finds its release published starts none."""
    from sayasat.flows.runners import StartableProcessPool

    started = []
    start = StartableProcessPool.start_workers
    monkeypatch.setattr(StartableProcessPool, "start_workers", lambda self: started.append(self) or start(self))
    out = tmp_path / "out"
    for _ in range(2):
        assert main(["build", "--input", str(SEEDS), "--output", str(out), "--quiet", "--batch-size", "2"]) == 0
    assert len(started) == 1 and not started[0]._started  # the flow took the pool over and shut it down
    assert len([p for p in out.iterdir() if p.name.startswith("v")]) == 1
    copy = pickle.loads(pickle.dumps(started[0]))  # as the flow travels to the workers: a new, idle pool
    assert isinstance(copy, StartableProcessPool) and copy._executor is None and copy._max_workers == 2
