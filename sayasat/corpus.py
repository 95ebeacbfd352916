"""The corpus stage: what needs every article at once.

- one actor id per actor across articles, inflections, spellings and the two languages;
- stories: articles reporting the same event share a `story_id`; claims stating the same fact in
  articles of one story share a `claim_group`;
- the final Arrow tables, rows in a fixed order so that a rebuild is byte-identical.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from rapidfuzz import fuzz

from sayasat import names
from sayasat.actors import gazetteer
from sayasat.ids import slug, translit
from sayasat.ingest import Reject
from sayasat.pipeline import ArticleResult
from sayasat.schemas.tables import TABLE_NAMES, arrow_schema, columns
from sayasat.store import BatchSummary, identity_key

# ---------------------------------------------------------------- actors


@dataclass
class _Cluster:
    key: tuple[str, str]
    identities: list[dict] = field(default_factory=list)

    def forms(self, lang: str, weight: dict[int, tuple[int, int]]) -> dict[tuple, tuple[int, int]]:
        """(given, patronymic, surname) as written in `lang`, with in how many articles, then how many
        mentions, each was seen."""
        c: dict[tuple, tuple[int, int]] = {}
        for i in self.identities:
            if i["lang"] == lang:
                form = tuple(names.cap(i[k]) if i.get(k) else "" for k in ("given", "patronymic", "surname"))
                n_a, n_m = c.get(form, (0, 0))
                w_a, w_m = weight.get(id(i), (1, 1))
                c[form] = (n_a + w_a, n_m + w_m)
        return c


def _person_key(ident: dict) -> tuple[str, str]:
    """Surname stem and given initial; without a surname, the patronymic; without either, the given name."""
    initial = names.fold(ident.get("given") or "")[:1]
    if ident.get("surname"):
        return names.surname_key(ident["surname"]), initial
    if ident.get("patronymic"):
        return "patr:" + names.fold(ident["patronymic"]), initial
    return "given:" + names.fold(ident.get("given") or ""), ""


def _russian_spelling_key(key: str) -> str:
    """A folded surname with the letters Russian writes for Kazakh ones made one: "дж" for Ж (Джумабаев is
    Жұмабаев) and "ходж" for Қож (Ходжаназаров is Қожаназаров)."""
    return key.replace("ходж", "кож").replace("дж", "ж")


class ActorResolver:
    """Maps the identity dicts of mentions to actor ids, and builds the actors table."""

    def __init__(self, identities: list[dict], weights: list[tuple[int, int]] | None = None):
        """`identities` are distinct; `weights` says in how many articles, and in how many mentions, each was
        found (1 and 1 if not given): the articles decide an actor's most common written form, the
        mentions break a tie ("Саакашвили" three times, a typo "Сааакашвили" once)."""
        self.gaz = gazetteer()
        self.weight = {id(i): w for i, w in zip(identities, weights, strict=True)} if weights else {}
        persons = [i for i in identities if not i.get("actor") and i["kind"] == "person"]
        by_key: dict[tuple[str, str], _Cluster] = {}
        for ident in sorted(persons, key=lambda i: (_person_key(i), repr(sorted(i.items())))):
            k = _person_key(ident)
            by_key.setdefault(k, _Cluster(k)).identities.append(ident)
        # a surname met without a given name joins the one cluster with that surname, if there is one
        with_initial: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for k in sorted(by_key):
            if k[1]:
                with_initial[k[0]].append(k)
        for k in sorted([k for k in by_key if k[1] == ""]):
            full = with_initial.get(k[0], [])
            if len(full) == 1:
                by_key[full[0]].identities += by_key.pop(k).identities
        # spellings across the languages: Сәдуақасова / Садвакасова, same given initial
        keys = sorted(by_key)
        parent = {k: k for k in keys}

        def root(k):
            while parent[k] != k:
                k = parent[k]
            return k

        # candidates share the given initial and the surname's first two letters: compare within those blocks,
        # by how Russian spells a Kazakh name (Жұмабаев / Джумабаев, Қожаназаров / Ходжаназаров)
        blocks: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        spelt = {k: _russian_spelling_key(k[0]) for k in keys}
        for k in keys:
            if len(k[0]) >= 5:
                blocks[(k[1], spelt[k][:2])].append(k)
        for group in blocks.values():
            for a_i, a in enumerate(group):
                for b in group[a_i + 1:]:
                    if fuzz.ratio(spelt[a], spelt[b]) >= 85 and self._given_compatible(by_key[a], by_key[b]):
                        parent[root(b)] = root(a)
        self.clusters: dict[tuple[str, str], _Cluster] = {}
        for k in keys:
            r = root(k)
            self.clusters.setdefault(r, _Cluster(r)).identities += by_key[k].identities
        self.key_to_root = {k: root(k) for k in keys}
        self.by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for k in keys:
            if k[1]:
                self.by_surname[k[0]].append(k)
        self.cluster_ids = self._name_clusters()

    @staticmethod
    def _given_compatible(a: _Cluster, b: _Cluster) -> bool:
        ga = {names.fold(i["given"]) for i in a.identities if i.get("given")}
        gb = {names.fold(i["given"]) for i in b.identities if i.get("given")}
        return not ga or not gb or any(fuzz.ratio(x, y) >= 80 for x in ga for y in gb)

    def _canonical(self, c: _Cluster, lang: str) -> str | None:
        """The fullest common form in `lang`: given name, patronymic when one was written, surname."""
        forms = c.forms(lang, self.weight)
        if not forms:
            return None
        best = sorted(forms.items(), key=lambda kv: (-bool(kv[0][0]), -bool(kv[0][2]), -kv[1][0], -kv[1][1],
                                                      -len(kv[0][0]), kv[0]))[0][0]
        given = best[0] or max((f[0] for f in forms), key=len)
        patronymic = best[1] or next((f[1] for f in sorted(forms) if f[1] and f[0] == given), "")
        return " ".join(x for x in (given, patronymic, best[2]) if x) or None

    def _name_clusters(self) -> dict[tuple[str, str], str]:
        ids: dict[tuple[str, str], str] = {}
        used: set[str] = set(self.gaz)
        self.person_rows: dict[str, dict] = {}
        for k in sorted(self.clusters):
            c = self.clusters[k]
            kk, ru = self._canonical(c, "kk"), self._canonical(c, "ru")
            base = ru or kk or " ".join(k)
            parts = base.split()
            latin = sorted(i["latin"] for i in c.identities if i.get("latin"))
            en = latin[0] if latin else " ".join(translit(p).title() for p in parts)
            has_surname = any(i.get("surname") for i in c.identities)
            aid = "person/" + slug(" ".join(parts[-1:] + parts[:-1]) if has_surname and len(parts) > 1 else base)
            n = 2
            while aid in used:
                aid, n = f"{aid.rsplit('~', 1)[0]}~{n}", n + 1
            used.add(aid)
            ids[k] = aid
            self.person_rows[aid] = {"actor_id": aid, "kind": "person", "name_kk": kk, "name_ru": ru, "name_en": en}
        return ids

    def resolve(self, ident: dict | None) -> str | None:
        if not ident:
            return None
        if ident.get("actor"):
            return ident["actor"]
        if ident["kind"] != "person":
            return None
        k = _person_key(ident)
        if k not in self.key_to_root:
            full = self.by_surname.get(k[0], [])
            if len(full) != 1:
                return None
            k = full[0]
        return self.cluster_ids[self.key_to_root[k]]

    def actor_rows(self, n_m: Counter, n_a: dict[str, set]) -> list[dict]:
        """One row per actor mentioned, with how often and in how many articles."""
        rows = []
        for aid in sorted(n_m):
            if aid in self.gaz:
                e = self.gaz[aid]
                row = {"actor_id": aid, "kind": e.kind, "name_kk": e.name_kk or None, "name_ru": e.name_ru or None,
                       "name_en": e.name_en}
            else:
                row = dict(self.person_rows[aid])
            row["n_mentions"], row["n_articles"] = n_m[aid], len(n_a[aid])
            rows.append(row)
        return rows


# ---------------------------------------------------------------- stories


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:12]


STORY_DAYS = 7


def link_stories(feats: dict[str, tuple[set, set, datetime | None]]) -> dict[str, str]:
    """story_id per article_id for articles that share a story with at least one other article.

    `feats` maps an article id to (person actor ids, (value, bound) of its quantity claims, publication
    time). Evidence: the persons named in both (parties and bodies such as AMANAT or the Mazhilis are in
    most political news and prove nothing; persons in more than a third of a corpus of 20 or more, such as
    the President, neither) and the numbers both state. Two articles are one story with three shared
    persons, two and a shared number, or one and three shared numbers, and, when both are dated, within
    a week of each other (a story is news of some days, not of years); stories are the connected groups
    of such pairs. A story's id comes from its earliest-published article, so it stays the same when
    later articles join it.
    """
    df: Counter = Counter()
    for persons, _, _ in feats.values():
        df.update(persons)
    n = len(feats)
    common = {a for a, k in df.items() if n >= 20 and k > n / 3}
    index: dict[str, list[str]] = defaultdict(list)
    for aid, (persons, _, _) in sorted(feats.items()):
        for a in persons - common:
            index[a].append(aid)
    # seconds since the epoch, once per article: the week test runs for every candidate pair
    when = {a: d.timestamp() if d is not None else None for a, (_, _, d) in feats.items()}
    # per person, the dated articles by time and the undated ones: a dated article's candidates are only
    # those within a week of it (at 10,000 articles, 2 million pairs of the same persons were a week apart)
    dated: dict[str, tuple[list[float], list[str]]] = {}
    undated: dict[str, list[str]] = {}
    for person, aids in index.items():
        if len(aids) > 200:
            continue  # links nothing by itself (below)
        timed = sorted((when[b], b) for b in aids if when[b] is not None)
        dated[person] = ([t for t, _ in timed], [b for _, b in timed])
        undated[person] = [b for b in aids if when[b] is None]
    parent = {a: a for a in feats}

    def root(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    # candidate pairs one article at a time (a set of all pairs would hold millions at 10,000 articles);
    # the groups are connected components, so the order of the merges does not change them
    week = STORY_DAYS * 86400
    for a in sorted(feats):
        pa_, na, _ = feats[a]
        da = when[a]
        partners: set[str] = set()
        for person in pa_ - common:
            aids = index[person]  # in id order, as filled above
            if len(aids) > 200:  # a person in hundreds of articles links nothing by itself
                continue
            if da is None:
                partners.update(aids[bisect_right(aids, a):])
                continue
            # those dated within a week (a second more either side: the exact test is below), and the undated
            times, by_time = dated[person]
            near = by_time[bisect_left(times, da - week - 1):bisect_right(times, da + week + 1)]
            partners.update(b for b in near if b > a)
            partners.update(b for b in undated[person] if b > a)
        for b in partners:  # any order: each merge keeps the smaller root, so the groups are the same
            pb, nb, _ = feats[b]
            db = when[b]
            if da is not None and db is not None and abs(da - db) > week:
                continue
            persons = len((pa_ & pb) - common)
            nums = len(na & nb)
            if persons >= 3 or (persons >= 2 and nums >= 1) or (persons >= 1 and nums >= 3):
                ra, rb = root(a), root(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for a in sorted(feats):
        groups[root(a)].append(a)
    far = datetime.max.replace(tzinfo=UTC)

    def anchor(g: list[str]) -> str:
        return min(g, key=lambda a: (feats[a][2] or far, a))

    stories = {}
    for g in groups.values():
        if len(g) > 1:
            story = "story_" + _digest(anchor(g))  # once per group: a story can hold thousands of articles
            stories |= dict.fromkeys(g, story)
    return stories


# ---------------------------------------------------------------- tables


class Corpus:
    """The corpus-wide decisions, made from batch summaries: actor ids, stories, claim groups."""

    def __init__(self, summaries: list[BatchSummary]):
        # each identity once, however many batches found it, with the number of articles naming it: the
        # actors do not depend on how the corpus was cut into batches
        merged: dict[tuple, list] = {}
        for s in summaries:
            for ident, n, n_m in zip(s.identities, s.ident_articles, s.ident_mentions, strict=True):
                if (k := identity_key(ident)) in merged:
                    merged[k][1] += n
                    merged[k][2] += n_m
                else:
                    merged[k] = [ident, n, n_m]
        self.resolver = ActorResolver([i for i, _, _ in merged.values()], [(n, n_m) for _, n, n_m in merged.values()])
        feats = {}
        for s in summaries:
            for aid, persons, numbers, published in s.articles:
                ids = {self.resolver.resolve(p) for p in persons} - {None}
                feats[aid] = (ids, numbers, published)
        self.stories = link_stories(feats)
        per_fact: dict[tuple, set] = defaultdict(set)
        for s in summaries:
            for aid, fact in s.facts:
                if aid in self.stories:
                    per_fact[(self.stories[aid], fact)].add(aid)
        self.groups = {k for k, arts in per_fact.items() if len(arts) > 1}

    def finalize(self, summary: BatchSummary, tables: dict[str, pa.Table]) -> dict[str, pa.Table]:
        """A batch's tables with their actor ids, story and claim groups, and its private columns gone.
        Mentions of nothing the corpus knows as an actor are dropped."""
        ids = pa.array([self.resolver.resolve(i) for i in summary.identities], pa.string())
        out = dict(tables)

        def fill(t: pa.Table, col: str, values: pa.Array | pa.ChunkedArray) -> pa.Table:
            i = t.schema.get_field_index(col)
            return t.set_column(i, t.schema.field(i), values)

        m = fill(tables["mentions"], "actor_id", pc.take(ids, tables["mentions"]["_actor"]))
        out["mentions"] = m.filter(pc.is_valid(m["actor_id"])).drop_columns(["_actor"])
        out["quotes"] = fill(tables["quotes"], "speaker_id", pc.take(ids, tables["quotes"]["_speaker"])
                             ).drop_columns(["_speaker"])
        a = tables["articles"]
        out["articles"] = fill(a, "story_id", pa.array([self.stories.get(x) for x in a["article_id"].to_pylist()],
                                                       pa.string()))
        c = tables["claims"]
        groups = []
        for aid, f in zip(c["article_id"].to_pylist(), c["_fact"].to_pylist(), strict=True):
            story = self.stories.get(aid)
            fact = summary.fact_keys[f] if f is not None else None
            groups.append("cg_" + _digest(story, *fact) if story and fact and (story, fact) in self.groups else None)
        c = fill(c, "claimant_id", pc.take(ids, c["_claimant"]))
        c = fill(c, "target_id", pc.take(ids, c["_target"]))
        out["claims"] = fill(c, "claim_group", pa.array(groups, pa.string())).drop_columns(
            ["_claimant", "_target", "_fact"])
        return out


class TableWriter:
    """Streams rows into the eight Parquet files of a release.

    Row groups have a fixed number of rows per table whatever the batching, so the bytes of a table
    depend only on its rows: a release built by another runner, another batch size, or incrementally, is
    identical. Rows come as Arrow tables (a batch's, or the actors and rejects at the end) and wait only
    until a row group is full; an `articles` row group is small since its rows carry whole texts (a reader
    decodes a row group at once), and the others hold 10,000 rows, so that the few example rows of
    CHANGES.md, or a part of the release being validated, cost a small read.
    """

    ROW_GROUP = 10_000
    ROW_GROUPS = {"articles": 2_000}
    WRITER = {"segments": 0, "mentions": 0, "removed": 0}  # which thread writes a table (the others: 1), by bytes

    def __init__(self, folder: Path | None, version: str):
        """With `folder` None the tables stay in memory and `close` returns them (evaluation, tests)."""
        self.folder, self.version = folder, version
        self.chunks: dict[str, list[pa.Table]] = defaultdict(list)
        self.staged: dict[str, list[pa.Table]] = {n: [] for n in TABLE_NAMES}
        self.staged_rows: Counter = Counter()
        self.writers: dict[str, pq.ParquetWriter] = {}
        # row groups are encoded and compressed in threads of their own (Arrow lets go of the GIL there) while
        # the next batches are read and finalized: two, since one was what the main process waited for, and
        # each table always in the same one, so that each file gets its groups in order
        self.pools = [ThreadPoolExecutor(max_workers=1, thread_name_prefix="parquet") for _ in range(2)] \
            if folder is not None else []
        self.pending: dict[str, Future] = {}
        self.rows: Counter = Counter()
        self.actor_mentions: Counter = Counter()
        self.actor_articles: dict[str, set] = defaultdict(set)
        self.rejects: list[dict] = []
        self.meta = {n: arrow_schema(n, version).metadata for n in TABLE_NAMES}

    def add_batch(self, tables: dict[str, pa.Table], rejects: list[dict]) -> None:
        """A finalized batch's rows (`Corpus.finalize`), in article order, and its rejects."""
        self.rejects += rejects
        for name in ROW_TABLES:
            self._append(name, tables[name])
        m = tables["mentions"]
        for aid, art in zip(m["actor_id"].to_pylist(), m["article_id"].to_pylist(), strict=True):
            self.actor_mentions[aid] += 1
            self.actor_articles[aid].add(art)

    def _group(self, table: str) -> int:
        return self.ROW_GROUPS.get(table, self.ROW_GROUP)

    def _append(self, table: str, t: pa.Table) -> None:
        self.staged[table].append(t)
        self.staged_rows[table] += t.num_rows
        self._flush(table, final=False)

    def _flush(self, table: str, final: bool) -> None:
        """Every full row group (and at the end the rest) to the file."""
        size = self._group(table)
        while self.staged_rows[table] >= size or (final and self.staged[table]):
            t = pa.concat_tables(self.staged[table]).combine_chunks()
            head, rest = t.slice(0, size), t.slice(size)
            self._write(table, head)
            self.staged[table] = [rest] if rest.num_rows else []
            self.staged_rows[table] = rest.num_rows

    def _write(self, table: str, t: pa.Table) -> None:
        t = t.replace_schema_metadata(self.meta[table])  # batches are built before the version is known
        if self.folder is None:
            self.chunks[table].append(t)
            self.rows[table] += t.num_rows
            return
        if table not in self.writers:
            self.writers[table] = pq.ParquetWriter(self.folder / f"{table}.parquet", t.schema, compression="zstd",
                                                   write_statistics=True)
        self._wait(table)  # at most one row group per table waits for the thread
        pool = self.pools[self.WRITER.get(table, 1)]
        self.pending[table] = pool.submit(self.writers[table].write_table, t, row_group_size=self._group(table))
        self.rows[table] += t.num_rows

    def _wait(self, table: str) -> None:
        """The table's row group in the writing thread, written (its error, if any, raised here)."""
        if (fut := self.pending.pop(table, None)) is not None:
            fut.result()

    def close(self, resolver: ActorResolver, extra_rejects: list[Reject]) -> dict[str, int]:
        self.rejects += [dict(x.__dict__) for x in extra_rejects]
        self._append("rejects", to_arrow("rejects", sorted(self.rejects, key=lambda x: x["source"]), self.version))
        self._append("actors", to_arrow("actors", resolver.actor_rows(self.actor_mentions, self.actor_articles),
                                        self.version))
        for table in TABLE_NAMES:
            self._flush(table, final=True)
            if table not in self.writers and table not in self.chunks:
                self._write(table, to_arrow(table, [], self.version))  # an empty table still has its file
            if table in self.writers:
                self._wait(table)
                self.writers[table].close()
        for pool in self.pools:
            pool.shutdown()
        return dict(self.rows)

    def tables(self) -> dict[str, pa.Table]:
        """The tables kept in memory (a writer made without a folder), after `close`."""
        return {name: pa.concat_tables(self.chunks[name]) for name in TABLE_NAMES}


def assemble(results: list[ArticleResult], extra_rejects: list[Reject], version: str,
             batch_size: int | None = None) -> dict[str, pa.Table]:
    """The eight tables of a release from in-memory results (evaluation and tests), by the build's own
    path: batches (one, or of `batch_size` articles), their tables, the corpus decisions, the writer."""
    results = sorted(results, key=lambda r: r.source)
    size = batch_size or max(1, len(results))
    batches = []
    for i in range(0, len(results), size):
        summary = BatchSummary("", results[i:i + size], 0, {})
        batches.append((summary, batch_tables(results[i:i + size], summary)))
    corpus = Corpus([s for s, _ in batches])
    writer = TableWriter(None, version)
    for summary, tables in batches:
        writer.add_batch(corpus.finalize(summary, tables), summary.rejects)
    writer.close(corpus.resolver, extra_rejects)
    return writer.tables()


def to_arrow(name: str, rows: list[dict], version: str) -> pa.Table:
    schema = arrow_schema(name, version)
    cols = [c.name for c in columns(name)]
    return pa.Table.from_pylist([{k: row.get(k) for k in cols} for row in rows], schema=schema)


ROW_TABLES = ("articles", "segments", "removed", "mentions", "quotes", "claims")
# the private columns of a batch's tables: the batch-local number of an identity (or of a claim's fact)
_REFS = {"mentions": ("_actor",), "quotes": ("_speaker",), "claims": ("_claimant", "_target", "_fact")}


def batch_tables(results: list[ArticleResult], summary: BatchSummary) -> dict[str, pa.Table]:
    """A batch's rows as Arrow, built in the worker that processed it.

    Only the corpus can fill actor ids, stories and claim groups, so those columns are null here, and a
    row naming an actor carries the number of its identity in `summary.identities` instead; `finalize`
    fills them with whole-column operations. The writer then only moves columns."""
    rows: dict[str, list[dict]] = {t: [] for t in ROW_TABLES}
    for r in results:
        if r.article:
            rows["articles"].append(r.article)
            for t in ROW_TABLES[1:]:
                rows[t].extend(getattr(r, t))
    out = {}
    for t in ROW_TABLES:
        table = to_arrow(t, rows[t], "")
        for col in _REFS.get(t, ()):
            ref = summary.fact_ref if col == "_fact" else summary.ident_ref
            table = table.append_column(col, pa.array([ref(row[col]) for row in rows[t]], pa.int32()))
        out[t] = table
    return out
