"""Bad and odd inputs never stop a build and never vanish; hypothesis looks for crashes and bad offsets."""

import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sayasat.actors import find_mentions
from sayasat.claims import find_claims
from sayasat.clean import clean
from sayasat.cli import main
from sayasat.quotes import find_quotes
from sayasat.segment import segment
from tests.conftest import ROOT, SEEDS

# a megabyte on one line: ordinary Kazakh words, no line break
LONG_KK = " ".join(["және", "бұл", "үшін", "сайлау", "жұмыс", "партия", "халық", "ел", "депутат", "кезде"] * 14_000)
RU = ("Председатель Сената Маулен Ашимбаев отметил, что законопроект поддержали более 40 депутатов. "
      "«Мы приняли важное решение», – сказал он журналистам в Астане.\n")


def odd_inputs(root):
    """A scrape's worst day, one file of each kind, with the reason (or None: an article) expected."""
    seed = sorted(SEEDS.iterdir())
    files = {
        "empty.txt": (b"", "empty"),
        "blank lines.txt": (b"  \n\n\t \r\n", "empty"),
        "photo.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
        "nul garbage.txt": (bytes(range(256)) * 16, "binary"),
        "old site/cp1251.txt": (RU.encode("cp1251"), None),
        "export/utf16.txt": (b"\xff\xfe" + RU.encode("utf-16-le"), None),
        "windows/crlf.txt": (RU.replace("\n", "\r\n").encode(), None),
        "page.html": (("<!DOCTYPE html><html><head><title>Сенат</title></head><body><nav>Главная</nav><article>"
                       f"<p>{RU}</p><p>{RU}</p></article></body></html>").encode(), None),
        "english.txt": (b"The Senate approved the amendments to the election law on Thursday. " * 5,
                        "unsupported_language"),
        "menu only.txt": ("Главная Новости Политика Экономика Общество Спорт\nПоделиться:\n".encode(), "no_body"),
        "copy of seed.txt": (seed[1].read_bytes(), "duplicate"),
        "один длинный.txt": ((RU.strip() + " " + LONG_KK) .encode(), None),
        "guillemets.txt": (("«" * 200_000 + " Президент сказал.\n").encode(), "unsupported_language"),
        "глубоко/вложенная папка/статья № 1.txt": (seed[0].read_bytes(), None),
    }
    files[seed[1].name] = (seed[1].read_bytes(), None)
    for name, (data, _) in files.items():
        p = root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return {name: reason for name, (_, reason) in files.items()}


@pytest.mark.slow
def test_every_odd_input_is_an_article_or_a_reject_with_its_reason(tmp_path):
    expected = odd_inputs(tmp_path / "in")
    out = tmp_path / "out"
    assert main(["build", "--input", str(tmp_path / "in"), "--output", str(out), "--runner", "thread",
                 "--quiet"]) == 0
    rel = out / (out / "LATEST").read_text().strip()
    arts = {r["source"]: r for r in pq.read_table(rel / "articles.parquet").to_pylist()}
    rejects = {r["source"]: r for r in pq.read_table(rel / "rejects.parquet").to_pylist()}
    assert set(arts) | set(rejects) == set(expected) and not set(arts) & set(rejects)
    for name, reason in expected.items():
        if reason is None:
            assert name in arts, (name, rejects.get(name))
        else:
            assert rejects[name]["reason"] == reason, (name, rejects[name])
            assert rejects[name]["detail"]
    assert "ЦИК" not in arts["old site/cp1251.txt"]["text"] and "Ашимбаев" in arts["old site/cp1251.txt"]["text"]
    assert arts["export/utf16.txt"]["text"] == arts["old site/cp1251.txt"]["text"]
    assert "\r" not in arts["windows/crlf.txt"]["text"]
    assert "Главная" not in arts["page.html"]["text"] and "Ашимбаев" in arts["page.html"]["text"]
    dup = next(n for n, r in expected.items() if r == "duplicate")
    assert rejects[dup]["detail"].endswith(sorted(SEEDS.iterdir())[1].name)


@pytest.mark.slow
def test_two_builds_at_once_into_one_folder_do_not_corrupt_it(tmp_path):
    out = tmp_path / "out"
    sayasat = [sys.executable, "-m", "sayasat.cli", "build", "--input", str(SEEDS), "--output", str(out),
               "--runner", "thread", "--quiet"]
    procs = [subprocess.Popen(sayasat, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    releases = [p for p in out.iterdir() if p.name.startswith("v")]
    assert len(releases) == 1  # one published, the other waited and found nothing new
    assert sum("nothing new" in o for o, _ in outs) == 1  # the second waited (or came later) and found it
    assert main(["validate", "--output", str(out)]) == 0
    assert not any(p.name.startswith((".tmp-", ".work-")) for p in out.iterdir())


def _check_offsets(raw: str) -> None:
    c = clean(raw)
    for r in c.removed:
        assert raw[r.start:r.end] == r.text
    sents = segment(c.text, "kk")
    for s in sents:
        assert c.text[s.start:s.end] == s.text
    ms = find_mentions(c.text, sents, "kk", None)
    for m in ms:
        assert c.text[m.start:m.end] == m.surface
    qs = find_quotes(c.text, sents, ms, "kk")
    for q in qs:
        assert c.text[q.start:q.end] == q.text and q.start < q.end
    for claim in find_claims(c.text, sents, qs, ms, "kk"):
        assert c.text[claim.start:claim.end] == claim.text and claim.start <= claim.anchor[0]


PIECES = st.sampled_from(["«", "»", "“", "”", '"', " – ", " — ", "-", ", деді ол.", ", – сказал он.", "\n", "\r\n",
                          "Нұржан Жетпісбаевтың", "Веры Ким", "айтуынша,", " что ", "24.11.2022, 16:48",
                          "Читайте также:", "передает Liter.kz", "(суретте)", "7,5 мыңнан астам", " ", ".",
                          "Сайлау", "Главная Новости Политика Спорт Регионы", "$ 498.34 519.72", "Қ.Қансейтов",
                          "5 000 м", " ²", "³ ", "½"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60))
def test_no_crash_and_offsets_always_slice_their_text(parts):
    _check_offsets("".join(parts))


def test_a_page_of_two_hundred_thousand_guillemets_is_handled_quickly():
    t = time.perf_counter()
    _check_offsets("«" * 200_000 + "Президент сказал: «Мы победим»." + "»" * 1000)
    assert time.perf_counter() - t < 30  # seconds, not hours: the scans are linear
