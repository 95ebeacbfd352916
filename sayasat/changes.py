"""What changed between two releases: rows added, removed and changed per table, with examples."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from sayasat.schemas.tables import TABLE_NAMES

KEYS = {"articles": ["article_id"], "segments": ["segment_id"], "actors": ["actor_id"], "mentions": ["mention_id"],
        "quotes": ["quote_id"], "claims": ["claim_id"], "removed": ["article_id", "start", "end"],
        "rejects": ["source"]}
N_EXAMPLES = 3


def _rows_by_key(table: pa.Table, name: str) -> dict[tuple, dict]:
    keys = KEYS[name]
    return {tuple(r[k] for k in keys): r for r in table.to_pylist()}


def diff_tables(old: dict[str, pa.Table] | None, new: dict[str, pa.Table]) -> dict[str, dict]:
    """Per table: counts of added, removed and changed rows (by the table's key) and a few examples."""
    out = {}
    for name in TABLE_NAMES:
        a = _rows_by_key(old[name], name) if old and name in old else {}
        b = _rows_by_key(new[name], name)
        added = sorted(set(b) - set(a), key=repr)
        removed = sorted(set(a) - set(b), key=repr)
        changed = sorted((k for k in set(a) & set(b) if a[k] != b[k]), key=repr)
        examples = {
            "added": [_short(b[k]) for k in added[:N_EXAMPLES]],
            "removed": [_short(a[k]) for k in removed[:N_EXAMPLES]],
            "changed": [{"key": list(map(str, k)), "columns": sorted(c for c in b[k] if a[k].get(c) != b[k][c])}
                        for k in changed[:N_EXAMPLES]],
        }
        out[name] = {"old_rows": len(a), "new_rows": len(b), "added": len(added), "removed": len(removed),
                     "changed": len(changed), "examples": examples}
    return out


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


def changes_markdown(prev_dir: Path | None, tables: dict[str, pa.Table], prev_name: str | None,
                     version: str) -> str:
    old = read_tables(prev_dir) if prev_dir else None
    return render(diff_tables(old, tables), prev_name, version)
