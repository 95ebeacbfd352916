"""Validate a release: pandera models for every table, then the cross-table checks.

Validation is lazy: every failure is collected, grouped by table and check, with examples, so a
person reading `validation/report.html` sees everything that is wrong at once.
"""

from __future__ import annotations

import html
import json
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
import pandera.pandas as pda
import pyarrow as pa
import pyarrow.parquet as pq

from sayasat.schemas import crosschecks
from sayasat.schemas.tables import TABLE_NAMES, pandera_schema


class ReleaseFrames(Mapping):
    """The tables of a release as pandas frames, read when a check asks for one. Only `articles` (which
    most checks need) and the most recent other table stay in memory, so validating a large release
    needs about the memory of its largest table, not of all eight."""

    def __init__(self, source: Path | dict[str, pa.Table]):
        self.source = source
        self.cache: dict[str, pd.DataFrame] = {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self.cache:
            if name != "articles":
                for other in [k for k in self.cache if k != "articles"]:
                    del self.cache[other]
            table = self.source[name] if isinstance(self.source, dict) else \
                pq.read_table(self.source / f"{name}.parquet")
            self.cache[name] = table.to_pandas()
        return self.cache[name]

    def __iter__(self):
        return iter(TABLE_NAMES)

    def __len__(self) -> int:
        return len(TABLE_NAMES)

    def rows(self, name: str) -> int:
        if isinstance(self.source, dict):
            return self.source[name].num_rows
        return pq.ParquetFile(self.source / f"{name}.parquet").metadata.num_rows


def validate(tables: dict[str, pa.Table] | Path, n_inputs: int | None, version: str = "") -> dict:
    """The validation report of a release (tables in memory, or a release folder read table by table) as a
    JSON-ready dict; `status` is `passed` or `failed`."""
    frames = ReleaseFrames(tables)
    failures: list[crosschecks.Failure] = []
    checks_run = 0
    for name in TABLE_NAMES:
        schema = pandera_schema(name)
        checks_run += sum(1 + len(c.checks) for c in schema.columns.values()) + len(schema.checks)
        try:
            schema.validate(frames[name], lazy=True)
        except pda.errors.SchemaErrors as err:
            failures += _pandera_failures(name, err.failure_cases)
    cross, names = crosschecks.run_all(frames, n_inputs)
    failures += cross
    checks_run += len(names)
    return {
        "version": version,
        "status": "failed" if failures else "passed",
        "summary": {
            "tables": {name: frames.rows(name) for name in TABLE_NAMES},
            "inputs": n_inputs,
            "checks_run": checks_run,
            "failed_checks": len(failures),
            "failing_rows": sum(f.count for f in failures),
        },
        "failures": [f.__dict__ for f in failures],
    }


def _pandera_failures(table: str, cases: pd.DataFrame) -> list[crosschecks.Failure]:
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in cases.to_dict("records"):
        groups[(str(row.get("column")), str(row.get("check")))].append(
            {"row": None if pd.isna(row.get("index")) else int(row["index"]),
             "value": None if pd.isna(row.get("failure_case")) else str(row["failure_case"])[:200]})
    return [crosschecks.Failure(table, f"schema:{check}", col, len(rows), rows[:crosschecks.MAX_EXAMPLES])
            for (col, check), rows in sorted(groups.items())]


def write_report(report: dict, folder: Path) -> Path:
    """Write validation/report.json and report.html under `folder`; return the HTML path."""
    out = folder / "validation"
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
                                     encoding="utf-8")
    (out / "report.html").write_text(render_html(report), encoding="utf-8")
    return out / "report.html"


def render_markdown(report: dict) -> str:
    """A short Markdown summary (the Prefect artifact mirrors the HTML report's first part)."""
    s = report["summary"]
    lines = [f"# Validation of {report['version'] or 'release'}: **{report['status'].upper()}**", "",
             f"{s['checks_run']} checks run, {s['failed_checks']} failed ({s['failing_rows']} rows).", "",
             "| table | rows |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in s["tables"].items()]
    if report["failures"]:
        lines += ["", "| table | check | column | rows |", "|---|---|---|---|"]
        lines += [f"| {f['table']} | {f['check']} | {f['column'] or ''} | {f['count']} |" for f in report["failures"]]
    return "\n".join(lines) + "\n"


def render_html(report: dict) -> str:
    e = html.escape
    s = report["summary"]
    ok = report["status"] == "passed"
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Validation report {e(report['version'])}</title>",
        "<style>body{font:15px/1.45 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
        "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .6em;"
        "text-align:left;vertical-align:top}.ok{color:#17692b}.bad{color:#a01010}code{font-size:90%}</style>",
        "</head><body>",
        f"<h1>Validation report: {e(report['version'])}</h1>",
        f"<p class='{'ok' if ok else 'bad'}'><strong>{'PASSED' if ok else 'FAILED'}</strong>: "
        f"{s['checks_run']} checks run, {s['failed_checks']} failed, {s['failing_rows']} failing rows.</p>",
    ]
    if s.get("inputs") is not None:
        parts.append(f"<p>Inputs: {s['inputs']} = articles {s['tables']['articles']} + rejects "
                     f"{s['tables']['rejects']}.</p>")
    parts.append("<h2>Tables</h2><table><tr><th>table</th><th>rows</th></tr>")
    parts += [f"<tr><td>{e(k)}</td><td>{v}</td></tr>" for k, v in s["tables"].items()]
    parts.append("</table>")
    if ok:
        parts.append("<p>No failures. Every table matched its schema and every cross-table check held.</p>")
    else:
        parts.append("<h2>Failures by table and check</h2>")
        by_table: dict[str, list[dict]] = defaultdict(list)
        for f in report["failures"]:
            by_table[f["table"]].append(f)
        for table, fails in by_table.items():
            parts.append(f"<h3>{e(table)}</h3>")
            for f in fails:
                parts.append(f"<h4>{e(f['check'])} <small>(column {e(str(f['column']))}, {f['count']} rows)</small>"
                             f"</h4>")
                if f["examples"]:
                    keys = list(dict.fromkeys(k for ex in f["examples"] for k in ex))
                    parts.append("<table><tr>" + "".join(f"<th>{e(k)}</th>" for k in keys) + "</tr>")
                    for ex in f["examples"]:
                        parts.append("<tr>" + "".join(f"<td><code>{e(str(ex.get(k, '')))}</code></td>" for k in keys)
                                     + "</tr>")
                    parts.append("</table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
