"""What changed between two releases: rows added, removed and changed per table, with examples."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from sayasat.schemas.tables import TABLE_NAMES

KEYS = {"articles": ["article_id"], "segments": ["segment_id"], "actors": ["actor_id"], "mentions": ["mention_id"],
        "quotes": ["quote_id"], "claims": ["claim_id"], "removed": ["article_id", "start", "end"],
        "rejects": ["source"]}
N_EXAMPLES = 3


def _keyed(table: pa.Table, name: str) -> pd.DataFrame:
    """The table's key and one hash of each whole row (vectorised: tables have 10^5-10^6 rows)."""
    df = table.to_pandas()
    key = df[KEYS[name][0]].astype(str)
    for k in KEYS[name][1:]:
        key = key + "\x1f" + df[k].astype(str)
    out = pd.DataFrame({"hash": pd.util.hash_pandas_object(df, index=False).to_numpy() if len(df) else [],
                        "row": range(len(df))}, index=key.to_numpy() if len(df) else pd.Index([], dtype=str))
    return out[~out.index.duplicated()]


def diff_table(name: str, old: pa.Table | None, new: pa.Table) -> dict:
    """Counts of added, removed and changed rows (by the table's key) and a few examples of each."""
    b = _keyed(new, name)
    a = _keyed(old, name) if old is not None else b.iloc[0:0]
    added = sorted(b.index.difference(a.index))
    removed = sorted(a.index.difference(b.index))
    both = a.join(b, how="inner", lsuffix="_old", rsuffix="_new")
    changed = sorted(both.index[both["hash_old"] != both["hash_new"]])
    examples = {
        "added": [_short(new.slice(int(b.at[k, "row"]), 1).to_pylist()[0]) for k in added[:N_EXAMPLES]],
        "removed": [_short(old.slice(int(a.at[k, "row"]), 1).to_pylist()[0]) for k in removed[:N_EXAMPLES]],
        "changed": [],
    }
    for k in changed[:N_EXAMPLES]:
        ra = old.slice(int(a.at[k, "row"]), 1).to_pylist()[0]
        rb = new.slice(int(b.at[k, "row"]), 1).to_pylist()[0]
        examples["changed"].append({"key": k.split("\x1f"), "columns": sorted(c for c in rb if ra.get(c) != rb[c])})
    return {"old_rows": len(a), "new_rows": len(b), "added": len(added), "removed": len(removed),
            "changed": len(changed), "examples": examples}


def diff_tables(old: dict[str, pa.Table] | None, new: dict[str, pa.Table]) -> dict[str, dict]:
    """Per table: counts of added, removed and changed rows (by the table's key) and a few examples."""
    return {name: diff_table(name, old.get(name) if old else None, new[name]) for name in TABLE_NAMES}


def _short(row: dict) -> dict:
    return {k: (v[:80] + "…" if isinstance(v, str) and len(v) > 80 else v if not hasattr(v, "isoformat")
                else v.isoformat()) for k, v in row.items()}


def read_tables(folder: Path) -> dict[str, pa.Table]:
    return {name: pq.read_table(folder / f"{name}.parquet") for name in TABLE_NAMES
            if (folder / f"{name}.parquet").exists()}


def render(d: dict[str, dict], old_name: str | None, new_name: str) -> str:
    head = f"# Changes in {new_name}\n\n"
    head += f"Compared with {old_name}.\n\n" if old_name else "First release: every row is new.\n\n"
    lines = [head + "| table | rows before | rows now | added | removed | changed |", "|---|---|---|---|---|---|"]
    for name, x in d.items():
        lines.append(f"| {name} | {x['old_rows']} | {x['new_rows']} | {x['added']} | {x['removed']} | {x['changed']} |")
    for name, x in d.items():
        ex = x["examples"]
        if not (ex["added"] or ex["removed"] or ex["changed"]) or not old_name:
            continue
        lines.append(f"\n## {name}\n")
        for kind in ("added", "removed"):
            for row in ex[kind]:
                key = ", ".join(f"{k}={row[k]}" for k in KEYS[name])
                lines.append(f"- {kind}: {key}")
        for c in ex["changed"]:
            lines.append(f"- changed: {', '.join(c['key'])} (columns: {', '.join(c['columns'])})")
    return "\n".join(lines) + "\n"


def changes_markdown(prev_dir: Path | None, folder: Path, prev_name: str | None, version: str) -> str:
    """CHANGES.md against the previous release, reading one table of each at a time (memory stays flat)."""
    d = {}
    for name in TABLE_NAMES:
        old = pq.read_table(prev_dir / f"{name}.parquet") if prev_dir and (prev_dir / f"{name}.parquet").exists() \
            else None
        d[name] = diff_table(name, old, pq.read_table(folder / f"{name}.parquet"))
    return render(d, prev_name, version)
