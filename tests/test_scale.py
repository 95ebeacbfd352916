"""Beyond one machine: the same flow on a Dask cluster gives the same tables, byte for byte; and an
incremental build after adding files equals a full rebuild."""

import shutil

import pyarrow.parquet as pq
import pytest
from sayasat.schemas.tables import TABLE_NAMES

from sayasat.cli import main
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow


def latest(out):
    return out / (out / "LATEST").read_text().strip()


def test_dask_cluster_of_two_workers_builds_the_same_bytes(tmp_path):
    ref, dask = tmp_path / "process", tmp_path / "dask"
    assert main(["build", "--input", str(SEEDS), "--output", str(ref), "--quiet", "--batch-size", "2"]) == 0
    assert main(["build", "--input", str(SEEDS), "--output", str(dask), "--quiet", "--runner", "dask",
                 "--workers", "2", "--batch-size", "1"]) == 0
    a, b = latest(ref), latest(dask)
    assert a.name == b.name
    for t in TABLE_NAMES:
        assert (a / f"{t}.parquet").read_bytes() == (b / f"{t}.parquet").read_bytes(), t


def test_incremental_build_processes_only_new_files_and_equals_a_full_rebuild(tmp_path, capsys):
    inp, out, full = tmp_path / "in", tmp_path / "out", tmp_path / "full"
    shutil.copytree(SEEDS, inp)
    assert main(["build", "--input", str(inp), "--output", str(out), "--runner", "thread", "--quiet"]) == 0
    (inp / "new").mkdir()
    (inp / "new" / "added.txt").write_text("Депутат Мажилиса Ерлан Саиров заявил, что поправки поддержали более "
                                           "40 депутатов.\n«Мы приняли важное решение», – сказал он.\n",
                                           encoding="utf-8")
    capsys.readouterr()
    assert main(["build", "--input", str(inp), "--output", str(out), "--runner", "thread", "--quiet"]) == 0
    assert "processed now: 1 " in capsys.readouterr().out
    assert main(["build", "--input", str(inp), "--output", str(full), "--runner", "thread", "--quiet",
                 "--no-cache"]) == 0
    for t in TABLE_NAMES:
        assert pq.read_table(latest(out) / f"{t}.parquet").equals(pq.read_table(latest(full) / f"{t}.parquet")), t
