"""`sayasat eval actors`: person precision / recall / F1 on public labelled corpora nobody here wrote.

The measure is the one of ../shared/tools/ner_public.py: documents go through the whole pipeline
(decode, clean, segment, annotate, corpus-wide actor resolution); per document, the set of gold persons
is compared with the persons the release mentions there, a gold name matching an actor when its
longest word's stem (case endings tolerated) is in one of the actor's names.

- ru: factRuEval-2016 (`testset/` for measuring, `devset/` for development), Person objects;
- kk: KazNERD (`IOB2_test.txt` for measuring, `IOB2_valid.txt` for development), 40 sentences a
  document, PERSON entities.
"""

from __future__ import annotations

import json
import re
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from sayasat.corpus import assemble
from sayasat.pipeline import process

FOLD = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІёЁ", "агкноуухиАГКНОУУХИеЕ")
SPLITS = {"test": ("testset", "IOB2_test.txt"), "dev": ("devset", "IOB2_valid.txt")}


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s or "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def _fold(s: str) -> str:
    return _norm(s).translate(FOLD).lower().replace("ё", "е")


def names_match(gold: str, cand_names: list[str | None]) -> bool:
    keys = sorted([t for t in re.split(r"[\s.]+", _fold(gold)) if len(t) > 2], key=len, reverse=True)
    if not keys:
        return False
    k = keys[0]
    key = k if len(k) <= 5 else k[:max(5, len(k) - 3)]
    return any(c and key in _fold(c) for c in cand_names)


def _detok(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = re.sub(r"\s+([.,:;!?%)\]»])", r"\1", s)
    return re.sub(r"([(\[«])\s+", r"\1", s)


def load_ru(root: Path, split: str) -> dict[str, tuple[str, list[str]]]:
    docs = {}
    for txt in sorted((root / "factrueval" / SPLITS[split][0]).glob("*.txt")):
        obj = txt.with_suffix(".objects")
        if not obj.exists():
            continue
        persons = set()
        for line in obj.read_text(encoding="utf-8").splitlines():
            parts = line.split("#", 1)
            if len(parts) == 2 and parts[0].split()[1:2] == ["Person"]:
                persons.add(parts[1].strip())
        docs["fre_" + txt.name] = (txt.read_text(encoding="utf-8").replace("\r\n", "\n"), sorted(persons))
    return docs


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, tag) from a CoNLL IOB2 file: one token and tag a line, a blank line between."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        tok, _, tag = line.rpartition(" ")
        cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def load_kk(root: Path, split: str) -> dict[str, tuple[str, list[str]]]:
    sents = read_conll(root / "kaznerd" / SPLITS[split][1])
    docs = {}
    for i in range(0, len(sents), 40):
        persons, paras = set(), []
        for s in sents[i:i + 40]:
            paras.append(_detok([t for t, _ in s]))
            ent: list[str] = []
            for t, tag in s + [("", "O")]:
                if tag == "I-PERSON" and ent:
                    ent.append(t)
                    continue
                if ent:
                    persons.add(" ".join(ent))
                ent = [t] if tag == "B-PERSON" else []
        docs[f"knerd_{i // 40:04d}.txt"] = ("\n".join(paras) + "\n", sorted(persons))
    return docs


def _process(item: tuple[str, str]):
    name, text = item
    return process(name, text.encode("utf-8"))


def score(docs: dict[str, tuple[str, list[str]]], workers: int = 2) -> dict:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(_process, [(n, t) for n, (t, _) in docs.items()], chunksize=8))
    tables = assemble(results, [], "eval")
    actors = {r["actor_id"]: r for r in tables["actors"].to_pylist()}
    by_doc: dict[str, set[str]] = {}
    for m in tables["mentions"].to_pylist():
        by_doc.setdefault(m["article_id"], set()).add(m["actor_id"])
    src = {a["source"]: a["article_id"] for a in tables["articles"].to_pylist()}
    tp_r = n_r = tp_p = n_p = 0
    misses, extras = [], []
    for name, (_, persons) in docs.items():
        ids = by_doc.get(src.get(name, ""), set())
        pred = [[actors[i]["name_kk"], actors[i]["name_ru"], actors[i]["name_en"]] for i in sorted(ids)
                if actors[i]["kind"] == "person"]
        seen, uniq = set(), []
        for p in persons:
            k = _fold(p).split()[-1][:5] if _fold(p).split() else p
            if k not in seen:
                seen.add(k)
                uniq.append(p)
        for p in uniq:
            n_r += 1
            ok = any(names_match(p, names) for names in pred)
            tp_r += ok
            if not ok:
                misses.append(f"{name}: {p}")
        for names in pred:
            n_p += 1
            ok = any(names_match(p, names) for p in uniq)
            tp_p += ok
            if not ok:
                extras.append(f"{name}: {names[1] or names[0]}")
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "gold": n_r, "pred": n_p, "docs": len(docs), "misses": misses, "extras": extras}


def eval_actors(data: Path, split: str = "test", langs: tuple[str, ...] = ("ru", "kk"), workers: int = 2,
                show: int = 0) -> dict:
    out = {}
    for lang in langs:
        docs = load_ru(data, split) if lang == "ru" else load_kk(data, split)
        res = score(docs, workers)
        out[lang] = {k: v for k, v in res.items() if k not in ("misses", "extras")}
        if show:
            out[lang]["sample_misses"] = res["misses"][:show]
            out[lang]["sample_extras"] = res["extras"][:show]
    return out


def main(data: str, split: str, langs: list[str], workers: int, show: int, as_json: bool) -> int:
    root = Path(data)
    if not (root / "factrueval").is_dir() or not (root / "kaznerd").is_dir():
        print(f"sayasat: no public evaluation data under {root} (expected factrueval/ and kaznerd/); pass --data")
        return 2
    res = eval_actors(root, split, tuple(langs), workers, show)
    if as_json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        for lang, r in res.items():
            print(f"{lang}: person P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f} ({r['docs']} docs, "
                  f"{r['gold']} gold persons, {r['pred']} predicted; split {split})")
            for m in r.get("sample_misses", []):
                print("   missed:", m)
            for m in r.get("sample_extras", []):
                print("   extra: ", m)
    return 0
