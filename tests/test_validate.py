"""Validation: the pandera models and cross-table checks catch what a broken release would contain."""

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


@pytest.fixture(params=["in memory", "folder, by parts"])
def validate(request, tmp_path, monkeypatch):
    """Both ways a release is validated: tables in memory (read whole), and a release folder read two
    articles at a time from row groups of seven rows, as a large release is."""
    if request.param == "in memory":
        return validation.validate
    monkeypatch.setattr(validation, "PART_ARTICLES", 2)

    def from_folder(tables, n_inputs, version=""):
        folder = tmp_path / "release"
        folder.mkdir(exist_ok=True)
        for name, t in tables.items():
            pq.write_table(t, folder / f"{name}.parquet", row_group_size=7)
        assert validation._article_order(folder) is not None  # the parts path is the one tested
        return validation.validate(folder, n_inputs, version)

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
