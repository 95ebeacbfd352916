"""The published tables, column by column, as ../shared/CONTRACT.md specifies them.

One spec gives both the Arrow schemas the Parquet files are written with (types, nullability,
descriptions) and the pandera models a release is validated with, so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import pyarrow as pa

if TYPE_CHECKING:
    import pandera.pandas as pda

SCHEMA_VERSION = "1.0"
DATASET = "sayasat"

STRING, INT32, FLOAT64, BOOL = pa.string(), pa.int32(), pa.float64(), pa.bool_()
TIMESTAMP = pa.timestamp("us", tz="UTC")

LANGS = ("kk", "ru")
ACTOR_KINDS = ("person", "party", "organization", "state_body", "media")
QUOTE_KINDS = ("direct", "indirect", "interview")
ATTRIBUTIONS = ("explicit", "anaphora", "interview", "none")
CLAIM_KINDS = ("quantity", "endorsement", "evaluation")
BOUNDS = ("exact", "at_least", "at_most", "approx")
STANCES = ("support", "oppose")
REMOVED_REASONS = ("menu", "ticker", "widget", "related_list", "dateline", "byline", "source_credit",
                   "sponsor_notice", "photo_credit", "duplicate")
REJECT_REASONS = ("empty", "binary", "undecodable", "too_large", "unsupported_language", "no_body", "duplicate")


@dataclass(frozen=True)
class Col:
    name: str
    type: pa.DataType
    description: str
    nullable: bool = False
    isin: tuple[str, ...] | None = None
    unique: bool = False
    ge: int | None = None


def _span_cols(what: str) -> list[Col]:
    return [
        Col("start", INT32, f"start of the {what} in articles.text: 0-based code-point offset", ge=0),
        Col("end", INT32, f"end of the {what} in articles.text: end-exclusive code-point offset", ge=0),
    ]


TABLES: dict[str, tuple[str, list[Col]]] = {
    "articles": ("one row per article", [
        Col("article_id", STRING, "stable id derived from `source` alone", unique=True),
        Col("source", STRING, "input path relative to the input root, with / separators", unique=True),
        Col("raw_sha256", STRING, "sha256 of the raw input bytes", unique=True),
        Col("lang", STRING, "kk or ru: the language of most of the body", isin=LANGS),
        Col("title", STRING, "headline, once (a repeated copy is not kept in text)", nullable=True),
        Col("lead", STRING, "standfirst / subtitle, once", nullable=True),
        Col("published_at", TIMESTAMP, "the page's own publication time in UTC (Kazakhstan local time converted "
                                       "with the Asia/Almaty rules of that date; a date alone is local midnight)",
            nullable=True),
        Col("outlet", STRING, "the source the text credits (\"передает Liter.kz\" gives Liter.kz)", nullable=True),
        Col("author", STRING, "byline person", nullable=True),
        Col("is_sponsored", BOOL, "the page discloses paid political material"),
        Col("sponsor", STRING, "who paid, as disclosed", nullable=True),
        Col("text", STRING, "the clean body: one paragraph per line, \\n between paragraphs"),
        Col("n_paragraphs", INT32, "number of paragraphs in text", ge=0),
        Col("n_sentences", INT32, "number of sentences (rows of segments) in text", ge=0),
        Col("n_chars", INT32, "length of text in code points", ge=0),
        Col("removed_chars", INT32, "code points cleaning removed from the input (rows of removed)", ge=0),
        Col("story_id", STRING, "shared by articles that report the same story; null when no other article does",
            nullable=True),
    ]),
    "segments": ("one row per sentence; sentences tile each paragraph", [
        Col("segment_id", STRING, "stable id: article_id and sentence number", unique=True),
        Col("article_id", STRING, "the article (articles.article_id)"),
        Col("paragraph", INT32, "0-based paragraph number within the article", ge=0),
        Col("sentence", INT32, "0-based sentence number within the article", ge=0),
        *_span_cols("sentence"),
        Col("text", STRING, "the sentence, equal to articles.text[start:end]"),
        Col("lang", STRING, "kk or ru for this sentence (articles mix languages)", isin=LANGS),
    ]),
    "actors": ("one row per actor (person, party, organisation, state body, media)", [
        Col("actor_id", STRING, "stable, readable id such as person/tokayev-kassym-jomart or party/amanat",
            unique=True),
        Col("kind", STRING, "person, party, organization, state_body or media", isin=ACTOR_KINDS),
        Col("name_kk", STRING, "canonical name in Kazakh (nominative)", nullable=True),
        Col("name_ru", STRING, "canonical name in Russian (nominative)", nullable=True),
        Col("name_en", STRING, "canonical Latin-script name (conventional English spelling when known)"),
        Col("n_mentions", INT32, "mentions of this actor in this release", ge=0),
        Col("n_articles", INT32, "articles that mention this actor in this release", ge=0),
    ]),
    "mentions": ("one row per actor mention", [
        Col("mention_id", STRING, "stable id: article_id and mention offsets", unique=True),
        Col("article_id", STRING, "the article (articles.article_id)"),
        Col("segment_id", STRING, "the sentence the mention starts in (segments.segment_id)"),
        Col("actor_id", STRING, "the actor mentioned (actors.actor_id)"),
        *_span_cols("mention"),
        Col("surface", STRING, "the mention as written, equal to articles.text[start:end]"),
        Col("role", STRING, "the title or position attached to this mention, as written", nullable=True),
    ]),
    "quotes": ("one row per quote; a quote spanning paragraphs is one row", [
        Col("quote_id", STRING, "stable id: article_id and quote offsets", unique=True),
        Col("article_id", STRING, "the article (articles.article_id)"),
        Col("segment_id", STRING, "the sentence where the quote starts (segments.segment_id)"),
        *_span_cols("quoted content"),
        Col("text", STRING, "the quoted content only, without the attribution"),
        Col("kind", STRING, "direct, indirect or interview", isin=QUOTE_KINDS),
        Col("speaker_id", STRING, "actor id of the speaker; null for an unnamed group or unknown speaker",
            nullable=True),
        Col("speaker_text", STRING, "the words that name the speaker in the attribution", nullable=True),
        Col("cue", STRING, "the reporting verb or phrase as written", nullable=True),
        Col("attribution", STRING, "explicit, anaphora, interview or none", isin=ATTRIBUTIONS),
    ]),
    "claims": ("one row per claim", [
        Col("claim_id", STRING, "stable id: article_id, kind and claim offsets", unique=True),
        Col("article_id", STRING, "the article (articles.article_id)"),
        Col("segment_id", STRING, "the sentence the claim starts in (segments.segment_id)"),
        *_span_cols("claim"),
        Col("text", STRING, "the span that states the claim"),
        Col("kind", STRING, "quantity, endorsement or evaluation", isin=CLAIM_KINDS),
        Col("quote_id", STRING, "the quote the claim sits in", nullable=True),
        Col("claimant_id", STRING, "who makes the claim (the quote's speaker); null for the outlet's own voice",
            nullable=True),
        Col("target_id", STRING, "the actor endorsed or evaluated, when it is one", nullable=True),
        Col("stance", STRING, "support or oppose, for endorsements and evaluations", nullable=True, isin=STANCES),
        Col("value", FLOAT64, "quantity claims: the number (7,5 мыңнан астам gives 7500)", nullable=True),
        Col("bound", STRING, "exact, at_least, at_most or approx", nullable=True, isin=BOUNDS),
        Col("unit", STRING, "what is counted or measured, as written", nullable=True),
        Col("value_text", STRING, "the number phrase as written", nullable=True),
        Col("claim_group", STRING, "claims from articles of one story that state the same fact share this id",
            nullable=True),
    ]),
    "removed": ("one row per span that cleaning removed, with the reason", [
        Col("article_id", STRING, "the article (articles.article_id)"),
        Col("start", INT32, "start of the span in the decoded input (for HTML: in the extracted text)", ge=0),
        Col("end", INT32, "end of the span in the decoded input, end-exclusive", ge=0),
        Col("text", STRING, "the removed text"),
        Col("reason", STRING, "why it was removed", isin=REMOVED_REASONS),
    ]),
    "rejects": ("one row per input that did not become an article", [
        Col("source", STRING, "input path relative to the input root", unique=True),
        Col("raw_sha256", STRING, "sha256 of the raw input bytes", nullable=True),
        Col("reason", STRING, "why it did not become an article", isin=REJECT_REASONS),
        Col("detail", STRING, "a sentence a person can act on; for a duplicate, the source it duplicates"),
    ]),
}

TABLE_NAMES = tuple(TABLES)
# the columns only the whole corpus can fill (sayasat.corpus): an article's other rows depend on the
# article alone, these change when other articles come or go
CORPUS_COLUMNS = {"articles": ("story_id",), "mentions": ("actor_id",), "quotes": ("speaker_id",),
                  "claims": ("claimant_id", "target_id", "claim_group")}


def columns(table: str) -> list[Col]:
    return TABLES[table][1]


def arrow_schema(table: str, version: str = "") -> pa.Schema:
    """The Arrow schema of a table, with field descriptions and the file's key-value metadata."""
    fields = [pa.field(c.name, c.type, nullable=c.nullable, metadata={"description": c.description})
              for c in columns(table)]
    meta = {"dataset": DATASET, "table": table, "version": version, "schema_version": SCHEMA_VERSION,
            "description": TABLES[table][0]}
    return pa.schema(fields, metadata=meta)


def _pandas_dtype(t: pa.DataType):
    import pandas as pd  # here, not at the top: the batch workers use the Arrow side only

    if t == STRING:
        return _arrow_strings()  # see pandera_frame
    if t == TIMESTAMP:
        return pd.DatetimeTZDtype("us", "UTC")
    return {INT32: "int32", FLOAT64: "float64", BOOL: "bool"}[t]


@cache
def _arrow_strings():
    """pandera's type for pandas' "string[pyarrow]", judged once per column. pandera answers a column of
    exactly that type with one True per row, then builds a frame of failure cases and prints it into a
    message even when nothing failed: a tenth of validating a release. A column of that type holds only
    strings and nulls, so one verdict for the column is the same verdict."""
    import dataclasses

    import numpy as np
    from pandera.engines import pandas_engine

    @dataclasses.dataclass(frozen=True)
    class ArrowString(pandas_engine.STRING):
        def check(self, pandera_dtype, data_container=None):  # noqa: ANN001, ANN202 - pandera's signature
            verdict = super().check(pandera_dtype, data_container)
            if isinstance(verdict, np.ndarray) and verdict.all():
                return True
            return verdict

    return ArrowString("pyarrow")


def pandera_frame(table: pa.Table | pa.RecordBatch):
    """A table as its pandera model checks it: strings stay in Arrow (pandas' "string[pyarrow]"). With
    Python strings, pandera would test every value's type one by one, a third of validating a release;
    this way their type is the column's, and string checks run in Arrow."""
    import pandas as pd

    return table.to_pandas(types_mapper={pa.string(): pd.StringDtype("pyarrow")}.get)


def pandera_schema(table: str, unique: bool = True) -> pda.DataFrameSchema:
    """The pandera model of a table: types, nullability, allowed values, uniqueness, ranges. With `unique`
    False, for validating a table a part at a time, uniqueness is left to the caller."""
    import pandera.pandas as pda  # here, not at the top: importing it costs a batch worker 0.4 s for nothing

    cols = {}
    for c in columns(table):
        checks = []
        if c.isin:
            checks.append(pda.Check.isin(list(c.isin)))
        if c.ge is not None:
            checks.append(pda.Check.ge(c.ge))
        if c.type == STRING and not c.nullable:
            checks.append(pda.Check(lambda s: s.str.len() > 0, element_wise=False, name="not_empty_string",
                                    error="empty string"))
        cols[c.name] = pda.Column(_pandas_dtype(c.type), nullable=c.nullable, unique=c.unique and unique, checks=checks,
                                  description=c.description)
    span_check = []
    if any(c.name == "end" for c in columns(table)):
        span_check.append(pda.Check(lambda df: df["end"] >= df["start"], name="end_not_before_start",
                                    error="end < start"))
    return pda.DataFrameSchema(cols, checks=span_check, strict=True, ordered=True, name=table)
