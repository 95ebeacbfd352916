"""Publish: immutable, versioned release folders, written atomically.

A release is first written to a hidden temporary folder in the output folder and then renamed into
place, and `LATEST` is replaced atomically after that: a build killed at any moment leaves either no
new release or a complete one, and `LATEST` names a complete release. A build whose inputs, code and
config match an existing release publishes nothing and reports that release. A lock file keeps two
builds from writing one output folder at once: the second waits, and says so.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import os
import re
import shutil
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq

from sayasat.changes import changes_markdown, manifest_digests, prune_saved, render
from sayasat.ingest import file_sha256
from sayasat.schemas.tables import DATASET, SCHEMA_VERSION, TABLE_NAMES, TABLES
from sayasat.store import CACHE_DIR, ROW_HASHES
from sayasat.validate import write_report

VERSION_RE = re.compile(r"^v(\d{4,})-([0-9a-f]{8})$")
FAILED_DIR = "_failed"


CODE_SUFFIXES = (".py", ".tsv", ".txt", ".json", ".crfsuite")


def code_version() -> str:
    """Package version plus a hash of every source and data file the build runs (edits count)."""
    import sayasat.flows
    import sayasat.schemas

    h = hashlib.sha256()
    for label, module in (("sayasat", sayasat), ("flows", sayasat.flows), ("schemas", sayasat.schemas)):
        root = Path(module.__file__).parent
        for p in sorted(root.rglob("*")):
            if p.is_file() and p.suffix in CODE_SUFFIXES and "__pycache__" not in p.parts:
                h.update(f"{label}/{p.relative_to(root).as_posix()}\n".encode())
                h.update(p.read_bytes())
    return f"{sayasat.__version__}+{h.hexdigest()[:12]}"


def input_fingerprint(inputs: list[tuple[str, str]]) -> str:
    """sha256 over the sorted (source, raw sha256) pairs of every input."""
    h = hashlib.sha256()
    for source, digest in sorted(inputs):
        h.update(f"{source}\t{digest}\n".encode())
    return h.hexdigest()


def build_key(code: str, config_hash: str, inputs_fp: str) -> str:
    return hashlib.sha256(f"{code}\n{config_hash}\n{inputs_fp}".encode()).hexdigest()


def releases(output: Path) -> list[str]:
    """Published release names, oldest first."""
    if not output.is_dir():
        return []
    found = [p.name for p in output.iterdir() if p.is_dir() and VERSION_RE.match(p.name)
             and (p / "manifest.json").exists()]
    return sorted(found, key=lambda n: int(VERSION_RE.match(n).group(1)))


def latest(output: Path) -> str | None:
    f = output / "LATEST"
    if f.exists():
        name = f.read_text(encoding="utf-8").strip()
        if (output / name / "manifest.json").exists():
            return name
    return None


def release_with_key(output: Path, key: str) -> str | None:
    for name in reversed(releases(output)):
        try:
            m = json.loads((output / name / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if m.get("build_key") == key and m.get("validation", {}).get("status") == "passed":
            return name
    return None


def next_version(output: Path, key: str) -> str:
    existing = releases(output)
    n = int(VERSION_RE.match(existing[-1]).group(1)) + 1 if existing else 1
    return f"v{n:04d}-{key[:8]}"


@contextlib.contextmanager
def output_lock(output: Path, wait: bool = True) -> Iterator[None]:
    """Hold the output folder's lock; a second build waits for the first (or stops with a reason)."""
    output.mkdir(parents=True, exist_ok=True)
    path = output / ".sayasat.lock"
    with open(path, "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            if err.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            if not wait:
                raise BuildLocked(f"another build ({holder}) is writing to {output}; try again when it ends") from None
            print(f"sayasat: another build ({holder}) is writing to {output}; waiting for it to finish ...",
                  file=sys.stderr, flush=True)
            fcntl.flock(fh, fcntl.LOCK_EX)
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()} since {datetime.now(UTC).isoformat(timespec='seconds')}")
        fh.flush()
        try:
            yield
        finally:
            fh.seek(0)
            fh.truncate()
            fcntl.flock(fh, fcntl.LOCK_UN)


class BuildLocked(RuntimeError):
    pass


def _fsync_tree(folder: Path) -> None:
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            with open(p, "rb") as f:
                os.fsync(f.fileno())


def begin(output: Path, version: str) -> Path:
    """A fresh hidden folder in `output` where the release is written before it is published."""
    tmp = output / f".tmp-{version}-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    return tmp


def finish(output: Path, version: str, tmp: Path, report: dict, info: dict,
           digests: dict[str, str] | None = None, diffs: dict[str, dict] | None = None) -> Path:
    """Write manifest, datapackage, card, changes and report next to the tables in `tmp`, then publish:
    a passing release is renamed into place and becomes LATEST; a failing one goes under _failed/.
    `digests` and `diffs`: the table files' sha256 and their diffs against the latest release, where
    already known (the build's table-changes tasks, `changes.table_changes`)."""
    passed = report["status"] == "passed"
    table_info = {}
    for name in TABLE_NAMES:
        path = tmp / f"{name}.parquet"
        pf = pq.ParquetFile(path)
        table_info[name] = {"rows": pf.metadata.num_rows, "columns": pf.schema_arrow.names,
                            "sha256": (digests or {}).get(name) or file_sha256(path), "bytes": path.stat().st_size}
    previous = latest(output)
    manifest = {
        "dataset": DATASET, "version": version, "previous_version": previous,
        "schema_version": SCHEMA_VERSION, "code_version": info["code_version"],
        "config_hash": info["config_hash"], "config": info["config"],
        "input_fingerprint": info["input_fingerprint"], "build_key": info["build_key"],
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "inputs": info["n_inputs"], "articles": table_info["articles"]["rows"],
        "rejects": table_info["rejects"]["rows"], "tables": table_info,
        "validation": {k: report["summary"][k] for k in ("checks_run", "failed_checks", "failing_rows")}
        | {"status": report["status"]},
        "timings_seconds": info.get("timings", {}),
        "processed_now": info.get("processed_now"),
    }
    (tmp / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp / "datapackage.json").write_text(json.dumps(datapackage(version, table_info), indent=1,
                                                     ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp / "README.md").write_text(dataset_card(version, tmp, manifest), encoding="utf-8")
    prev_dir = output / previous if previous else None
    # each release's row keys and hashes are kept beside the cache, so the next diff hashes only its own tables
    saved = row_hashes_folder(output)
    old_digests = manifest_digests(prev_dir)
    new_digests = {n: t["sha256"] for n, t in table_info.items()}
    if diffs is not None and all(name in diffs for name in TABLE_NAMES):
        changes = render({name: diffs[name] for name in TABLE_NAMES}, previous, version)
    else:
        changes = changes_markdown(prev_dir, tmp, previous, version, saved, (old_digests, new_digests))
    (tmp / "CHANGES.md").write_text(changes, encoding="utf-8")
    prune_saved(saved, set(old_digests.values()) | set(new_digests.values()))
    write_report(report, tmp)
    _fsync_tree(tmp)
    if passed:
        final = output / version
        os.rename(tmp, final)
        set_latest(output, version)
    else:
        final = output / FAILED_DIR / f"{version}-{int(time.time())}"
        final.parent.mkdir(exist_ok=True)
        os.rename(tmp, final)
    return final


def row_hashes_folder(output: Path) -> Path:
    """Where the row keys and hashes of an output folder's releases are kept (see `changes._keyed`)."""
    return output / CACHE_DIR / ROW_HASHES


def set_latest(output: Path, version: str) -> None:
    tmp = output / f".LATEST.{os.getpid()}"
    tmp.write_text(version + "\n", encoding="utf-8")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, output / "LATEST")


def clean_stale_temp(output: Path) -> list[str]:
    """Remove half-written release folders left by a killed build (never a published release)."""
    gone = []
    if output.is_dir():
        for p in output.iterdir():
            if (p.name.startswith(".tmp-") or p.name.startswith(".work-")) and p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
                gone.append(p.name)
            elif p.name.startswith(".LATEST."):
                p.unlink(missing_ok=True)
    return gone


_FD_TYPES = {"string": "string", "int32": "integer", "int64": "integer", "double": "number", "bool": "boolean",
             "timestamp[us, tz=UTC]": "datetime", "date32[day]": "date"}
_KEYS = {"articles": ["article_id"], "segments": ["segment_id"], "actors": ["actor_id"], "mentions": ["mention_id"],
         "quotes": ["quote_id"], "claims": ["claim_id"], "removed": ["article_id", "start", "end"],
         "rejects": ["source"]}


def datapackage(version: str, table_info: dict) -> dict:
    """A Frictionless Data Package descriptor of the release."""
    from sayasat.schemas.tables import columns

    resources = []
    for name in TABLE_NAMES:
        fields = []
        for c in columns(name):
            f = {"name": c.name, "type": _FD_TYPES[str(c.type)], "description": c.description,
                 "constraints": {"required": not c.nullable}}
            if c.isin:
                f["constraints"]["enum"] = list(c.isin)
            if c.unique:
                f["constraints"]["unique"] = True
            fields.append(f)
        resources.append({
            "name": name, "path": f"{name}.parquet", "format": "parquet",
            "mediatype": "application/vnd.apache.parquet", "description": TABLES[name][0],
            "bytes": table_info[name]["bytes"], "hash": f"sha256:{table_info[name]['sha256']}",
            "schema": {"fields": fields, "primaryKey": _KEYS[name]},
        })
    return {"profile": "data-package", "name": DATASET, "title": "Sayasat: Kazakh and Russian political news",
            "version": version, "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0"}],
            "resources": resources}


def dataset_card(version: str, folder: Path, manifest: dict) -> str:
    arts = pq.read_table(folder / "articles.parquet", columns=["lang", "published_at", "outlet"]).to_pandas()
    langs = arts["lang"].value_counts().to_dict() if len(arts) else {}
    dates = arts["published_at"].dropna()
    span = f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates) else "unknown (no dates found)"
    outlets = ", ".join(sorted(arts["outlet"].dropna().unique())[:20]) or "none credited"
    rows = "\n".join(f"| {n} | {manifest['tables'][n]['rows']} | {TABLES[n][0]} |" for n in TABLE_NAMES)
    rejects = pq.read_table(folder / "rejects.parquet", columns=["reason"]).to_pandas()["reason"] \
        .value_counts().to_dict()
    return f"""# Sayasat release {version}

Kazakh and Russian news about Kazakhstan's politics, cleaned, segmented and annotated with who is
mentioned and quoted and what is claimed. Built by Sayasat {manifest['code_version']} on
{manifest['created_at']} from {manifest['inputs']} input files (fingerprint
`{manifest['input_fingerprint'][:16]}`); {manifest['articles']} became articles and
{manifest['rejects']} were rejected with a reason ({json.dumps(rejects, ensure_ascii=False)}).

- Languages: {json.dumps(langs)}
- Publication dates: {span}
- Outlets credited: {outlets}
- Validation: **{manifest['validation']['status']}** ({manifest['validation']['checks_run']} checks);
  see `validation/report.html`.

## Tables

| table | rows | what |
|---|---|---|
{rows}

Offsets (`start`, `end`) index `articles.text` in Unicode code points, 0-based and end-exclusive:
`text[start:end]` in Python, `substr(text, start + 1, end)` in R. In `removed` they index the decoded
input file instead. Every column is described in `datapackage.json` and in each Parquet file's schema.

## Loading

pandas:

```python
import pandas as pd
articles = pd.read_parquet("{version}/articles.parquet")
quotes = pd.read_parquet("{version}/quotes.parquet")
```

R:

```r
library(arrow)            # or: library(nanoparquet); read_parquet(...)
articles <- read_parquet("{version}/articles.parquet")
```

## How it was made

Pages are decoded (UTF-8, UTF-16, Windows-1251; HTML through trafilatura), cleaned of site chrome
(menus, tickers, widgets, related-items lists, bylines, source credits, paid-material notices,
datelines: each removed span is in `removed`), split into paragraphs and sentences (razdel), and
annotated by rules and lexicons for Kazakh and natasha's NER for Russian. See the project README for
the measured quality of each annotation.

## Known limits

- Annotations are automatic: persons, quotes and claims have measured but imperfect recall and
  precision (see the project README, "Annotation quality").
- `published_at` is set only when the page states its own date; a date alone is local midnight.
- Office references ("Елбасы", "глава государства") are resolved to a person only when the date is known
  (Елбасы always means Nazarbayev).

## Citation and licences

Cite as: Sayasat dataset, release {version}. The tables are released under CC BY 4.0; the texts remain
the property of their outlets and are included for research. Name lexicons derive in part from KazNERD
(CC BY 4.0, Yeshpanov et al., LREC 2022).
"""
