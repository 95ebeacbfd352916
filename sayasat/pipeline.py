"""One article through every per-article stage: decode, clean, segment, annotate.

`process` is pure: bytes and a config in, rows out, so it can run in any worker, be cached by
content hash, and be tested without Prefect. Rows that refer to actors carry private keys
(`_actor_key` ...) that the corpus stage resolves to actor ids once every article is known.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass, field

from sayasat import actors, claims, ingest, quotes
from sayasat.clean import clean
from sayasat.ids import article_id, segment_id, span_id
from sayasat.segment import latin_kazakh, paragraphs, segment_article, sentence_index


@dataclass(frozen=True)
class Config:
    """Everything besides inputs and code that changes the tables (hashed into the release key)."""

    max_bytes: int = ingest.MAX_BYTES_DEFAULT

    def digest(self) -> str:
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()


@dataclass
class ArticleResult:
    source: str
    raw_sha256: str
    reject: ingest.Reject | None = None
    article: dict | None = None
    segments: list[dict] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


class _Clock:
    """Seconds spent in each stage of one article (summed into the benchmark's per-stage times)."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self.t = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps[stage] = self.laps.get(stage, 0.0) + now - self.t
        self.t = now


def _reject(source: str, digest: str, reason: str, detail: str) -> ArticleResult:
    return ArticleResult(source, digest, reject=ingest.Reject(source, digest, reason, detail))


def process(source: str, data: bytes, config: Config = Config()) -> ArticleResult:
    """Turn one input file's bytes into the rows of one article, or a reject with its reason."""
    clock = _Clock()
    dec = ingest.decode(source, data, config.max_bytes)
    clock.lap("decode")
    if isinstance(dec, ingest.Reject):
        return ArticleResult(source, dec.raw_sha256 or "", reject=dec, timings=clock.laps)
    cleaned = clean(dec.text, dec.meta)
    clock.lap("clean")
    if not cleaned.text.strip():
        return _reject(source, dec.raw_sha256, "no_body", "after removing site chrome no article text was left "
                                                         "(a menu, a list of links or a widget page?)")
    lang, sents = segment_article(cleaned.text)
    if lang is None:
        return _reject(source, dec.raw_sha256, "unsupported_language",
                       "the body is Kazakh in the Latin alphabet, which Sayasat does not read yet (only Cyrillic "
                       "Kazakh and Russian)" if latin_kazakh(cleaned.text) else
                       "the body is not Kazakh or Russian; Sayasat publishes only those two languages")
    aid = article_id(source)
    text = cleaned.text
    clock.lap("segment")
    res = ArticleResult(source, dec.raw_sha256, timings=clock.laps)
    res.article = {
        "article_id": aid, "source": source, "raw_sha256": dec.raw_sha256, "lang": lang,
        "title": cleaned.title, "lead": cleaned.lead, "published_at": cleaned.published_at,
        "outlet": cleaned.outlet, "author": cleaned.author, "is_sponsored": cleaned.is_sponsored,
        "sponsor": cleaned.sponsor, "text": text, "n_paragraphs": len(paragraphs(text)),
        "n_sentences": len(sents), "n_chars": len(text), "removed_chars": cleaned.removed_chars, "story_id": None,
    }
    res.removed = [{"article_id": aid, "start": r.start, "end": r.end, "text": r.text, "reason": r.reason}
                   for r in cleaned.removed]
    seg_ids = [segment_id(aid, i) for i in range(len(sents))]
    res.segments = [{"segment_id": seg_ids[i], "article_id": aid, "paragraph": s.paragraph, "sentence": i,
                     "start": s.start, "end": s.end, "text": s.text, "lang": s.lang} for i, s in enumerate(sents)]
    starts = [s.start for s in sents]

    def seg_of(pos: int) -> str:
        return seg_ids[sentence_index(starts, pos)]

    found = actors.find_mentions(text, sents, lang, cleaned.published_at)
    head = "\n\n".join(x for x in (cleaned.title, cleaned.lead) if x)
    if head and actors.unnamed_in_full(found, text):
        # an interview's "— Досым Асылбекович, ..." is the "Досым Сатпаев" of its headline and lead, which are
        # no part of the text
        head_lang, head_sents = segment_article(head)
        actors.surnames_from_headline(found, actors.find_mentions(head, head_sents, head_lang or lang,
                                                                  cleaned.published_at), text)
    clock.lap("actors")
    res.mentions = [{"mention_id": span_id(aid, "m", m.start, m.end), "article_id": aid,
                     "segment_id": seg_of(m.start), "actor_id": None, "start": m.start, "end": m.end,
                     "surface": m.surface, "role": m.role, "_actor": m.identity()} for m in found]
    qs = quotes.find_quotes(text, sents, found, lang)
    clock.lap("quotes")
    qids = [span_id(aid, "q", q.start, q.end) for q in qs]
    res.quotes = [{"quote_id": qids[i], "article_id": aid, "segment_id": seg_of(q.start), "start": q.start,
                   "end": q.end, "text": q.text, "kind": q.kind, "speaker_id": None, "speaker_text": q.speaker_text,
                   "cue": q.cue, "attribution": q.attribution,
                   "_speaker": found[q.speaker].identity() if q.speaker is not None else None}
                  for i, q in enumerate(qs)]
    cs = claims.find_claims(text, sents, qs, found, lang)
    res.claims = [{"claim_id": span_id(aid, "c" + c.kind[0], *c.anchor), "article_id": aid,
                   "segment_id": seg_of(c.start), "start": c.start, "end": c.end, "text": c.text, "kind": c.kind,
                   "quote_id": qids[c.quote] if c.quote is not None else None, "claimant_id": None,
                   "target_id": None, "stance": c.stance, "value": c.value, "bound": c.bound, "unit": c.unit,
                   "value_text": c.value_text, "claim_group": None,
                   "_claimant": _claimant(c, qs, found),
                   "_target": found[c.target].identity() if c.target is not None else None,
                   "_fact": c.fact_key()}
                  for c in cs]
    clock.lap("claims")
    return res


def _claimant(c: claims.Claim, qs: list[quotes.Quote], found: list[actors.Mention]) -> dict | None:
    """Who makes a claim: in a quote, its speaker; outside, the person named as who endorses or judges
    ("Депутат Азат Перуашев поддержал законопроект"); else no one, the outlet's own voice."""
    if c.quote is not None:
        speaker = qs[c.quote].speaker
        return found[speaker].identity() if speaker is not None else None
    return found[c.claimant].identity() if c.claimant is not None else None


WARM_UP_PAGES = (
    "Президент Касым-Жомарт Токаев подписал закон о выборах. «Закон вступит в силу через 10 дней», – сказал "
    "депутат Мажилиса Ерлан Кошанов.",
    "Мемлекет басшысы Қасым-Жомарт Тоқаев заңға қол қойды. «Заң 10 күннен кейін күшіне енеді», – деді "
    "Мәжіліс депутаты Ерлан Қошанов.",
)


def warm_up() -> None:
    """Run a short Russian and a short Kazakh page through every stage and into a batch's tables, so that
    a worker has imported and loaded all it needs (natasha, the Kazakh CRF, the gazetteer, the
    dictionaries) before its first batch. The caches it fills hold what a word always gives: no
    article's rows depend on it."""
    from sayasat.corpus import batch_tables
    from sayasat.store import BatchSummary

    results = [process(f"warm-up-{i}.txt", page.encode()) for i, page in enumerate(WARM_UP_PAGES)]
    batch_tables(results, BatchSummary("", results, len(results), {}))
