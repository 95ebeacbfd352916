"""Checks across tables that no single-table schema can express.

Each check returns failures as (check name, table, column, example rows); an empty list passes.
They run on pandas frames of a whole release, after the per-table pandera models.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

FOREIGN_KEYS = [
    ("segments", "article_id", "articles", "article_id"),
    ("mentions", "article_id", "articles", "article_id"),
    ("mentions", "segment_id", "segments", "segment_id"),
    ("mentions", "actor_id", "actors", "actor_id"),
    ("quotes", "article_id", "articles", "article_id"),
    ("quotes", "segment_id", "segments", "segment_id"),
    ("quotes", "speaker_id", "actors", "actor_id"),
    ("claims", "article_id", "articles", "article_id"),
    ("claims", "segment_id", "segments", "segment_id"),
    ("claims", "quote_id", "quotes", "quote_id"),
    ("claims", "claimant_id", "actors", "actor_id"),
    ("claims", "target_id", "actors", "actor_id"),
    ("removed", "article_id", "articles", "article_id"),
]
SLICED = [("segments", "text"), ("mentions", "surface"), ("quotes", "text"), ("claims", "text")]
MAX_EXAMPLES = 5


@dataclass
class Failure:
    table: str
    check: str
    column: str | None
    count: int
    examples: list[dict] = field(default_factory=list)


def _examples(df: pd.DataFrame, cols: list[str]) -> list[dict]:
    cols = [c for c in cols if c in df.columns]
    return [{k: (None if pd.isna(v) else (v if isinstance(v, (int, float, bool)) else str(v)[:200]))
             for k, v in row.items()} for row in df[cols].head(MAX_EXAMPLES).to_dict("records")]


def foreign_keys(t: dict[str, pd.DataFrame], refs: str = "all") -> list[Failure]:
    """Every reference names a row that exists. `refs`: "all", "articles" (those within an article's
    own rows, which a part of the release can check) or "actors" (those into the actors table)."""
    out = []
    for table, col, ref, ref_col in FOREIGN_KEYS:
        if refs != "all" and (ref == "actors") != (refs == "actors"):
            continue
        df = t[table]
        bad = df[df[col].notna() & ~df[col].isin(t[ref][ref_col])]  # a Series: a set would become a list first
        if len(bad):
            out.append(Failure(table, f"foreign_key:{col}->{ref}.{ref_col}", col, len(bad),
                               _examples(bad, [col, "article_id"])))
    return out


def offsets_slice_text(t: dict[str, pd.DataFrame]) -> list[Failure]:
    out = []
    texts = dict(zip(t["articles"]["article_id"], t["articles"]["text"], strict=True))
    for table, col in SLICED:
        df = t[table]
        ok = [texts.get(a, "")[s:e] == v for a, s, e, v in zip(df["article_id"], df["start"], df["end"], df[col],
                                                                 strict=True)]
        bad = df[[not x for x in ok]]
        if len(bad):
            out.append(Failure(table, "offsets_slice_articles_text", col, len(bad),
                               _examples(bad, ["article_id", "start", "end", col])))
    return out


def spans_in_their_segment(t: dict[str, pd.DataFrame]) -> list[Failure]:
    """A mention, quote or claim starts inside the sentence its segment_id names."""
    out = []
    seg = t["segments"].set_index("segment_id")[["start", "end"]]
    for table in ("mentions", "quotes", "claims"):
        df = t[table]
        if not len(df):
            continue
        joined = df.join(seg, on="segment_id", rsuffix="_seg")
        bad = joined[~((joined["start"] >= joined["start_seg"]) & (joined["start"] < joined["end_seg"]))]
        if len(bad):
            out.append(Failure(table, "starts_in_its_segment", "segment_id", len(bad),
                               _examples(bad, ["article_id", "segment_id", "start", "end"])))
    return out


def sentences_tile_paragraphs(t: dict[str, pd.DataFrame]) -> list[Failure]:
    """Sentences in order, numbered from 0, no overlaps, only whitespace between them; counts agree.

    One pass over plain arrays (a release of 10,000 articles has half a million sentences)."""
    bad_rows: list[dict] = []
    segs = t["segments"].sort_values(["article_id", "start"], kind="stable")
    ids = segs["article_id"].to_numpy()
    starts, ends = segs["start"].tolist(), segs["end"].tolist()
    paras, nums = segs["paragraph"].tolist(), segs["sentence"].to_numpy()
    bounds: dict[str, tuple[int, int]] = {}
    i, n = 0, len(ids)
    while i < n:
        j = i
        while j < n and ids[j] == ids[i]:
            j += 1
        bounds[ids[i]] = (i, j)
        i = j
    for art_id, text, n_sent, n_par in zip(t["articles"]["article_id"], t["articles"]["text"],
                                           t["articles"]["n_sentences"], t["articles"]["n_paragraphs"], strict=True):
        lo, hi = bounds.get(art_id, (0, 0))
        n_paras = sum(1 for p in text.split("\n") if p.strip())
        if hi == lo:
            if text.strip():
                bad_rows.append({"article_id": art_id, "problem": "no sentences for a non-empty text"})
            continue
        if (nums[lo:hi] != np.arange(hi - lo)).any():
            bad_rows.append({"article_id": art_id, "problem": "sentence numbers not 0..n-1 in text order"})
        if n_sent != hi - lo or n_par != n_paras:
            bad_rows.append({"article_id": art_id, "problem": "n_sentences/n_paragraphs disagree"})
        # the sentences cover the text when all that lies outside them is white space: for spans in order,
        # not overlapping and inside the text, that is the test below; the sentences before a break in that
        # order (or spans inverted or past the text) are compared with the text the long way
        prev_end, prev_para, blank_gaps, upright, stop = 0, -1, True, True, hi
        for k in range(lo, hi):
            s, e = starts[k], ends[k]
            filled_gap = bool(text[prev_end:s].strip())
            if s < prev_end or (paras[k] == prev_para and filled_gap):
                bad_rows.append({"article_id": art_id, "problem": f"overlap or text between sentences at {s}"})
                stop = k
                break
            blank_gaps = blank_gaps and not filled_gap
            upright = upright and s <= e
            prev_end, prev_para = e, paras[k]
        if stop == hi and upright and prev_end <= len(text):
            covers = blank_gaps and not text[prev_end:].strip()
        else:
            covered = "".join(text[starts[k]:ends[k]] for k in range(lo, stop))
            covers = "".join(covered.split()) == "".join(text.split())
        if not covers:
            bad_rows.append({"article_id": art_id, "problem": "sentences do not cover the text"})
    if bad_rows:
        return [Failure("segments", "sentences_tile_paragraphs", None, len(bad_rows), bad_rows[:MAX_EXAMPLES])]
    return []


def article_counts(t: dict[str, pd.DataFrame]) -> list[Failure]:
    """n_chars is the length of the text; removed_chars the sum of the article's removed spans."""
    out = []
    a = t["articles"]
    wrong_len = a[a["text"].str.len() != a["n_chars"]]
    if len(wrong_len):
        out.append(Failure("articles", "n_chars_is_len_text", "n_chars", len(wrong_len),
                           _examples(wrong_len, ["article_id", "n_chars"])))
    removed = t["removed"]
    got = (removed["end"] - removed["start"]).groupby(removed["article_id"]).sum()
    want = a.set_index("article_id")["removed_chars"]
    diff = want[want != got.reindex(want.index).fillna(0).astype(int)]
    if len(diff):
        out.append(Failure("articles", "removed_chars_is_sum_of_removed", "removed_chars", len(diff),
                           [{"article_id": k, "removed_chars": int(v)} for k, v in diff.head(MAX_EXAMPLES).items()]))
    return out


def mention_counts(mentions: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Per actor: mentions, and articles mentioning it (summable over parts split by article)."""
    return mentions.groupby("actor_id").size(), mentions.groupby("actor_id")["article_id"].nunique()


def release_counts(actors: pd.DataFrame, per_actor: pd.Series, arts: pd.Series, n_articles: int,
                   n_rejects: int, n_inputs: int | None) -> list[Failure]:
    """Actors' counts match the mentions; every actor has a name; inputs = articles + rejects."""
    out = []
    act = actors.set_index("actor_id")
    bad = act[(act["n_mentions"] != per_actor.reindex(act.index).fillna(0).astype(int))
              | (act["n_articles"] != arts.reindex(act.index).fillna(0).astype(int))]
    if len(bad):
        out.append(Failure("actors", "n_mentions_n_articles_match_mentions", "n_mentions", len(bad),
                           _examples(bad.reset_index(), ["actor_id", "n_mentions", "n_articles"])))
    names = act[act["name_kk"].isna() & act["name_ru"].isna()]
    if len(names):
        out.append(Failure("actors", "name_kk_or_name_ru_set", "name_kk", len(names),
                           _examples(names.reset_index(), ["actor_id", "name_en"])))
    if n_inputs is not None and n_articles + n_rejects != n_inputs:
        out.append(Failure("rejects", "inputs_are_articles_plus_rejects", None, 1,
                           [{"inputs": n_inputs, "articles": n_articles, "rejects": n_rejects}]))
    return out


PER_ARTICLE_CHECKS = ["foreign_keys", "offsets_slice_text", "spans_in_their_segment", "sentences_tile_paragraphs",
                      "article_counts"]
CHECK_NAMES = [*PER_ARTICLE_CHECKS, "release_counts"]


def run_per_article(t: dict[str, pd.DataFrame], actor_refs: bool = True) -> list[Failure]:
    """The checks that hold article by article: they may run on a part of a release holding whole articles
    (every row of each of its articles), with the whole actors table. With `actor_refs` False, references
    into the actors table are left out (the caller checks them for the whole release), so that the
    verdict depends on the part's own rows only."""
    out = [f for name in PER_ARTICLE_CHECKS[1:] for f in globals()[name](t)]
    return foreign_keys(t, "all" if actor_refs else "articles") + out


def run_all(t: dict[str, pd.DataFrame], n_inputs: int | None) -> tuple[list[Failure], list[str]]:
    """All cross-table checks on a whole release; returns the failures and the names of the checks that ran."""
    per_actor, arts = mention_counts(t["mentions"])
    failures = run_per_article(t) + release_counts(t["actors"], per_actor, arts, len(t["articles"]),
                                                   len(t["rejects"]), n_inputs)
    return failures, list(CHECK_NAMES)
