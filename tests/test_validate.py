"""Validation: the pandera models and cross-table checks catch what a broken release would contain."""

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sayasat import validate as validation
from sayasat.corpus import assemble
from sayasat.pipeline import process
from sayasat.validate import render_html
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def seed_tables():
    results = [process(p.name, p.read_bytes()) for p in sorted(SEEDS.iterdir())]
    return assemble(results, [], "v0001-test")


@pytest.fixture(params=["in memory", "folder, by parts", "folder, after a passing build"])
def validate(request, tmp_path, monkeypatch, seed_tables):
    """Every way a release is validated: tables in memory (read whole); a release folder read two
    articles at a time from row groups of seven rows, as a large release is; and the same after the
    intact release passed, so that the parts it shares with the broken one are skipped as a build
    skips them: what is broken must still be found."""
    if request.param == "in memory":
        return validation.validate
    monkeypatch.setattr(validation, "PART_ARTICLES", 2)
    passed = tmp_path / "passed" if request.param == "folder, after a passing build" else None

    def write(tables, name):
        folder = tmp_path / name
        folder.mkdir(exist_ok=True)
        for table, t in tables.items():
            pq.write_table(t, folder / f"{table}.parquet", row_group_size=7)
        assert validation._article_order(folder) is not None  # the parts path is the one tested
        return folder

    def from_folder(tables, n_inputs, version=""):
        if passed is not None:
            intact = validation.validate(write(seed_tables, "intact"), 5, "v0001-test", passed)
            assert intact["status"] == "passed" and len(list(passed.iterdir())) >= 2
        return validation.validate(write(tables, "release"), n_inputs, version, passed)

    return from_folder


def replace_column(t: pa.Table, name: str, values) -> pa.Table:
    i = t.schema.get_field_index(name)
    return t.set_column(i, t.schema.field(name), pa.array(values, t.schema.field(name).type))


def test_the_seed_tables_pass(seed_tables, validate):
    report = validate(seed_tables, 5, "v0001-test")
    assert report["status"] == "passed", report["failures"]
    assert report["summary"]["checks_run"] > 100


def test_offsets_that_do_not_slice_the_text_fail(seed_tables, validate):
    t = dict(seed_tables)
    t["mentions"] = replace_column(t["mentions"], "start", [s + 1 for s in t["mentions"]["start"].to_pylist()])
    report = validate(t, 5)
    checks = {(f["table"], f["check"]) for f in report["failures"]}
    assert ("mentions", "offsets_slice_articles_text") in checks


def test_values_outside_the_contract_and_dangling_keys_fail(seed_tables, validate):
    t = dict(seed_tables)
    n = t["removed"].num_rows
    t["removed"] = replace_column(t["removed"], "reason", ["advert"] + t["removed"]["reason"].to_pylist()[1:])
    t["mentions"] = replace_column(t["mentions"], "actor_id", ["person/nobody"] + t["mentions"]["actor_id"]
                                   .to_pylist()[1:])
    report = validate(t, 5)
    checks = {(f["table"], f["check"]) for f in report["failures"]}
    assert any(tb == "removed" and c.startswith("schema:isin") for tb, c in checks) and n > 0
    assert ("mentions", "foreign_key:actor_id->actors.actor_id") in checks


def test_an_empty_name_and_an_unknown_language_fail_with_the_row_they_are_in(seed_tables, validate):
    t = dict(seed_tables)
    surfaces = t["mentions"]["surface"].to_pylist()
    t["mentions"] = replace_column(t["mentions"], "surface", surfaces[:3] + [""] + surfaces[4:])
    langs = t["segments"]["lang"].to_pylist()
    t["segments"] = replace_column(t["segments"], "lang", ["uk"] + langs[1:])
    failures = {(f["table"], f["check"], f["column"]): f for f in validate(t, 5)["failures"]}
    empty = failures[("mentions", "schema:empty string", "surface")]
    assert empty["count"] == 1 and empty["examples"] == [{"row": 3, "value": ""}]
    lang = next(f for (tb, c, col), f in failures.items() if tb == "segments" and c.startswith("schema:isin"))
    assert lang["column"] == "lang" and lang["examples"] == [{"row": 0, "value": "uk"}]


def test_inputs_must_equal_articles_plus_rejects(seed_tables, validate):
    report = validate(seed_tables, 6)
    assert report["status"] == "failed"
    assert {f["check"] for f in report["failures"]} == {"inputs_are_articles_plus_rejects"}


def test_html_report_puts_the_verdict_first_and_groups_failures(seed_tables, validate):
    t = dict(seed_tables)
    t["segments"] = replace_column(t["segments"], "lang", ["en"] * t["segments"].num_rows)
    html = render_html(validate(t, 5, "v9"))
    assert html.index("FAILED") < html.index("<h2>Failures by table and check</h2>") < html.index("<h3>segments</h3>")


def test_duplicate_ids_fail_across_parts(seed_tables, validate):
    t = dict(seed_tables)
    ids = t["mentions"]["mention_id"].to_pylist()
    t["mentions"] = replace_column(t["mentions"], "mention_id", ids[:-1] + ids[:1])  # the last repeats the first
    report = validate(t, 5)
    dup = [f for f in report["failures"] if f["check"] == "schema:field_uniqueness"]
    assert [(f["table"], f["column"], f["count"]) for f in dup] == [("mentions", "mention_id", 2)]


def test_rows_out_of_article_order_are_validated_whole(seed_tables, tmp_path):
    folder = tmp_path / "release"
    folder.mkdir()
    for name, t in seed_tables.items():
        if name == "segments":
            t = pa.concat_tables([t.slice(t.num_rows - 3), t.slice(0, t.num_rows - 3)])  # last article's rows first
        pq.write_table(t, folder / f"{name}.parquet")
    assert validation._article_order(folder) is None
    assert validation.validate(folder, 5)["status"] == "passed"


def test_a_build_does_not_check_again_the_parts_that_passed(seed_tables, tmp_path, monkeypatch):
    """Only a part whose rows changed is checked again; the release-wide checks always run."""
    monkeypatch.setattr(validation, "PART_ARTICLES", 2)
    folder, passed = tmp_path / "release", tmp_path / "passed"
    folder.mkdir()
    for name, t in seed_tables.items():
        pq.write_table(t, folder / f"{name}.parquet")
    checked = []
    run = validation.crosschecks.run_per_article
    monkeypatch.setattr(validation.crosschecks, "run_per_article",
                        lambda part, actor_refs: checked.append(len(part["articles"])) or run(part, actor_refs))
    assert validation.validate(folder, 5, "v1", passed)["status"] == "passed"
    assert sum(checked) == 5 and len(list(passed.iterdir())) == len(checked)
    checked.clear()
    report = validation.validate(folder, 5, "v2", passed)
    assert report["status"] == "passed" and checked == []
    assert report["summary"]["checks_run"] == validation.validate(folder, 5, "v2")["summary"]["checks_run"]


TEXT = "Сенат принял закон о выборах. Его подписал Президент.\nДепутаты обсудили поправки."
SENTENCES = [(0, 0, 29), (0, 30, 53), (1, 54, 81)]  # (paragraph, start, end): the three sentences of TEXT


def tiling_problems(spans, text=TEXT, n_sentences=None):
    from schemas.crosschecks import sentences_tile_paragraphs

    articles = pd.DataFrame({"article_id": ["a1"], "text": [text], "n_sentences": [n_sentences or len(spans)],
                             "n_paragraphs": [2]})
    segments = pd.DataFrame({"article_id": ["a1"] * len(spans), "paragraph": [p for p, _, _ in spans],
                             "sentence": list(range(len(spans))), "start": [s for _, s, _ in spans],
                             "end": [e for _, _, e in spans]})
    failures = sentences_tile_paragraphs({"articles": articles, "segments": segments})
    return [row["problem"] for f in failures for row in f.examples]


@pytest.mark.parametrize("spans,problems", [
    (SENTENCES, []),
    ([(0, 0, 29), (0, 34, 53), (1, 54, 81)], ["overlap or text between sentences at 34",
                                              "sentences do not cover the text"]),  # "Его " left out
    ([(0, 0, 29), (0, 20, 53), (1, 54, 81)], ["overlap or text between sentences at 20",
                                              "sentences do not cover the text"]),
    ([(0, 0, 29), (0, 30, 53), (1, 63, 81)], ["sentences do not cover the text"]),  # "Депутаты" left out
    ([(0, 0, 29), (0, 30, 53), (1, 54, 70)], ["sentences do not cover the text"]),  # the end left out
    ([(0, 0, 29), (0, 30, 53), (1, 54, 99)], []),  # past the end: the slice stops at the text's end
    ([(0, 0, 29), (0, 30, 25), (1, 54, 81)], ["sentences do not cover the text"]),  # ends before it starts
])
def test_sentences_must_tile_their_paragraphs(spans, problems):
    assert tiling_problems(spans) == problems
