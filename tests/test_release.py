"""The release backbone end to end: the real Prefect flow, real Parquet, the contract's rules."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from sayasat.cli import main
from tests.conftest import ROOT, SEEDS, SHARED

pytestmark = pytest.mark.slow


def build(inp, out, *extra):
    return main(["build", "--input", str(inp), "--output", str(out), "--runner", "thread", "--quiet", *extra])


@pytest.fixture(scope="module")
def seeds_release(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    assert build(SEEDS, out) == 0
    return out


def latest(out):
    return out / (out / "LATEST").read_text().strip()


def test_release_has_every_file_the_contract_lists(seeds_release):
    rel = latest(seeds_release)
    for name in ("articles", "segments", "actors", "mentions", "quotes", "claims", "removed", "rejects"):
        f = pq.ParquetFile(rel / f"{name}.parquet")
        meta = {k.decode(): v.decode() for k, v in f.schema_arrow.metadata.items()}
        assert meta["table"] == name and meta["version"] == rel.name and "pandas" not in meta
        assert all(fld.metadata and b"description" in fld.metadata for fld in f.schema_arrow)
        assert {f.metadata.row_group(0).column(i).compression for i in range(f.metadata.num_columns)} <= {"ZSTD"}
    for extra in ("manifest.json", "datapackage.json", "README.md", "CHANGES.md", "validation/report.json",
                  "validation/report.html"):
        assert (rel / extra).exists()
    m = json.loads((rel / "manifest.json").read_text())
    assert m["inputs"] == m["articles"] + m["rejects"] == 5 and m["validation"]["status"] == "passed"


@pytest.mark.skipif(not (SHARED / "tools" / "check_release.py").exists(), reason="shared tools not beside the repo")
def test_shared_contract_checker_passes(seeds_release):
    r = subprocess.run([sys.executable, str(SHARED / "tools" / "check_release.py"), str(seeds_release), "5"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout


def test_second_build_publishes_nothing_and_a_fresh_build_is_byte_identical(seeds_release, tmp_path, capsys):
    before = sorted(p.name for p in seeds_release.iterdir())
    assert build(SEEDS, seeds_release) == 0
    assert "nothing new" in capsys.readouterr().out
    assert sorted(p.name for p in seeds_release.iterdir()) == before
    assert build(SEEDS, tmp_path) == 0
    a, b = latest(seeds_release), latest(tmp_path)
    assert a.name == b.name
    for f in sorted(a.glob("*.parquet")):
        assert f.read_bytes() == (b / f.name).read_bytes(), f.name


def test_changed_input_makes_a_new_release_with_changes(seeds_release, tmp_path, capsys):
    inp = tmp_path / "in"
    inp.mkdir()
    for p in SEEDS.iterdir():
        (inp / p.name).write_bytes(p.read_bytes())
    (inp / "extra dir").mkdir()
    (inp / "extra dir" / "копия.txt").write_bytes((SEEDS / sorted(os.listdir(SEEDS))[3]).read_bytes())
    (inp / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert build(SEEDS, out) == 0
    first = latest(out).name
    assert build(inp, out) == 0
    second = latest(out)
    assert second.name != first and second.name > first
    rejects = pq.read_table(second / "rejects.parquet").to_pylist()
    assert {(r["source"], r["reason"]) for r in rejects} == {("empty.txt", "empty"),
                                                            ("extra dir/копия.txt", "duplicate")}
    changes = (second / "CHANGES.md").read_text()
    assert f"Compared with {first}" in changes and "| rejects | 0 | 2 | 2 | 0 | 0 |" in changes
    # the build kept both releases' row hashes, named by table digest; a diff that hashes afresh agrees
    saved = out / ".cache" / "rowhashes"
    digests = {t["sha256"] for r in (out / first, second)
               for t in json.loads((r / "manifest.json").read_text())["tables"].values()}
    assert {f.name.split(".")[0] for f in saved.iterdir()} == digests
    capsys.readouterr()
    assert main(["diff", first, second.name, "--output", str(out)]) == 0
    fresh = capsys.readouterr().out
    assert "| rejects | 0 | 2 | 2 | 0 | 0 |" in fresh
    assert [x for x in fresh.splitlines() if x.startswith("|")] == [x for x in changes.splitlines()
                                                                     if x.startswith("|")]
    assert main(["validate", "--output", str(out)]) == 0


def test_validate_detects_a_tampered_file(seeds_release, tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(latest(seeds_release), copy)
    t = pq.read_table(copy / "segments.parquet")
    pq.write_table(t.slice(1), copy / "segments.parquet", compression="zstd")
    assert main(["validate", str(copy)]) == 1


def test_bad_usage_gets_a_one_line_reason(tmp_path, capsys):
    assert main(["build", "--input", str(tmp_path / "missing"), "--output", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("sayasat: input folder") and "\n" not in err
    assert main(["validate", "--output", str(tmp_path)]) == 2


def _prefect_servers_of(pid: int) -> list[int]:
    """The temporary Prefect servers a process started (its uvicorn children), read from /proc."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if not children.exists():
        return []
    out = []
    for child in children.read_text().split():
        try:
            if b"prefect.server.api.server" in Path(f"/proc/{child}/cmdline").read_bytes():
                out.append(int(child))
        except OSError:
            pass
    return out


def test_a_build_killed_midway_leaves_latest_complete(seeds_release, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    import shutil

    shutil.copytree(latest(seeds_release), out / latest(seeds_release).name)
    (out / "LATEST").write_text(latest(seeds_release).name + "\n")
    inp = tmp_path / "in"
    inp.mkdir()
    for i in range(60):
        (inp / f"page_{i:03d}.txt").write_text(
            (SEEDS / sorted(os.listdir(SEEDS))[i % 5]).read_text() + f"\nҚосымша абзац нөмірі {i}.\n")
    # a server of its own (this process's builds have set PREFECT_API_URL to theirs)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | {"PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([str(ROOT / ".venv" / "bin" / "sayasat") if (ROOT / ".venv").exists() else "sayasat",
                             "build", "--input", str(inp), "--output", str(out), "--runner", "thread",
                             "--batch-size", "1"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(p.name.startswith(".tmp-") for p in out.iterdir()):
        if proc.poll() is not None:
            break
        time.sleep(0.02)
    servers = _prefect_servers_of(proc.pid)
    assert servers or not Path("/proc").exists()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # the build's temporary Prefect server goes with it (Linux: it is told to stop when its parent dies)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in servers):
        time.sleep(0.1)
    assert not [pid for pid in servers if Path(f"/proc/{pid}").exists()]
    name = (out / "LATEST").read_text().strip()
    assert (out / name / "manifest.json").exists()
    assert main(["validate", name, "--output", str(out)]) == 0
    # the next build cleans the half-written folder and publishes a complete release
    assert build(inp, out) == 0
    assert not any(p.name.startswith(".tmp-") for p in out.iterdir())


def test_the_temporary_server_records_every_task_run_of_a_build(tmp_path):
    """The temporary server records task runs in batches (sayasat.prefect_api): a build's history still holds
    each of its task runs, completed, once the batch is flushed (every 5 s, or when 100 are waiting)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowFilter, FlowFilterName, FlowRunFilter, FlowRunFilterId
    from prefect.client.schemas.sorting import FlowRunSort

    from sayasat import prefect_api

    assert build(SEEDS, tmp_path / "out") == 0
    if prefect_api._server is None:
        pytest.skip("the build reported to a server configured outside the tests")
    with get_client(sync_client=True) as client:
        run = client.read_flow_runs(flow_filter=FlowFilter(name=FlowFilterName(any_=["build_dataset"])),
                                    sort=FlowRunSort.START_TIME_DESC, limit=1)[0]
        assert run.state.is_completed()
        deadline, states = time.monotonic() + 20, set()
        while time.monotonic() < deadline:
            runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run.id])))
            states = {(r.name.rsplit("-", 1)[0], r.state.type.value) for r in runs}
            if len(states) == 7 and all(s == "COMPLETED" for _, s in states):
                break
            time.sleep(0.5)
    # five seeds are fewer batches than workers: their articles are shared out first (process-articles), then
    # the batch, the corpus, the tables, validation, the tables' diffs (a share in each worker) and publishing
    assert states == {(name, "COMPLETED") for name in ("process-articles", "process-batch", "resolve-corpus",
                                                      "write-tables", "validate-release", "table-changes",
                                                      "publish-release")}


def test_a_server_saved_in_the_prefect_profile_is_used_instead_of_a_temporary_one(tmp_path, monkeypatch):
    """`prefect config set PREFECT_API_URL=...` (the README's set-up for schedules) saves the URL in the
    active profile, not in the environment: a build then reports to that server and starts none."""
    from sayasat import prefect_api

    (tmp_path / "profiles.toml").write_text('active = "ephemeral"\n\n[profiles.ephemeral]\n'
                                            'PREFECT_API_URL = "http://127.0.0.1:4200/api"\n', encoding="utf-8")
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.delenv("PREFECT_PROFILES_PATH", raising=False)
    monkeypatch.setattr(prefect_api, "_server", None)
    assert prefect_api.start() is None
    assert "PREFECT_API_URL" not in os.environ
    (tmp_path / "profiles.toml").write_text('active = "ephemeral"\n\n[profiles.ephemeral]\n', encoding="utf-8")
    assert prefect_api._profile_api_url() is None
