"""Ingest: every file under the input root becomes decoded text or a reject with a reason.

Nothing here may raise on bad input: scraped folders contain empty files, images saved with a
.txt name, Windows-1251 pages, UTF-16 exports and HTML. Each gets a contract reason
(`empty`, `binary`, `undecodable`, `too_large`) or a decoded text the cleaner can work on.
"""

from __future__ import annotations

import errno
import hashlib
import html as htmllib
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

from sayasat import clean, dates

MAX_BYTES_DEFAULT = 20 * 1024 * 1024

# Signatures of common non-text files that scrapes pick up under a text name.
_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "a gzip archive"), (b"BZh", "a bzip2 archive"), (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"), (b"\xd0\xcf\x11\xe0", "an old MS Office document"),
    (b"7z\xbc\xaf", "a 7-zip archive"), (b"OggS", "an Ogg media file"),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)
_HTML_HINT = re.compile(rb"<\s*(?:!doctype\s+html|html|head|body|article|div|p)[\s>]", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Reject:
    """An input that did not become an article, with a reason from the contract."""

    source: str
    raw_sha256: str | None
    reason: str
    detail: str


@dataclass
class Decoded:
    """An input decoded to text; `meta` holds what an HTML extractor found (title, date, author, and the
    texts a page marks as its standfirst, one a line: "leads")."""

    source: str
    raw_sha256: str
    text: str
    encoding: str
    is_html: bool = False
    meta: dict[str, str] = field(default_factory=dict)


def list_inputs(root: Path) -> list[str]:
    """All regular files under `root`, as sorted `/`-separated paths relative to it (with plain strings: a
    Path object per file cost a build's start a tenth of a second at 10,000 files)."""
    out: list[str] = []
    top = os.fspath(root)
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        rel = os.path.relpath(dirpath, top)
        prefix = "" if rel == os.curdir else rel.replace(os.sep, "/") + "/"
        out += [prefix + name for name in filenames if _is_file(os.path.join(dirpath, name))]
    return sorted(out)


def _is_file(path: str) -> bool:
    """`Path.is_file`: a regular file, after symbolic links; False where it does not exist or cannot be a
    file (a broken link, a loop), an error otherwise."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError as err:
        if err.errno in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
            return False
        raise
    except ValueError:
        return False


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, read in 1 MiB chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


_DIGESTS: dict[tuple, str] = {}  # (path, inode, size, mtime in ns) -> sha256, within this process
_DIGESTS_KEPT = 1 << 18  # about 60 MB at most


def fingerprint(root: Path, sources: list[str]) -> list[tuple[str, str]]:
    """(source, sha256 of its bytes) for every input. `sayasat build` fingerprints the inputs before the
    flow starts (to know whether it has work) and the flow does again: a file this process hashed is not
    read again while its inode, size and modification time (in nanoseconds) are unchanged."""
    if len(_DIGESTS) > _DIGESTS_KEPT:
        _DIGESTS.clear()
    out = []
    base = os.path.abspath(root)  # plain strings: Path objects for each of 10,000 files took a tenth of a second
    for s in sources:
        path = os.path.join(base, s)
        st = os.stat(path)
        key = (path, st.st_ino, st.st_size, st.st_mtime_ns)
        digest = _DIGESTS.get(key)
        if digest is None:
            digest = _DIGESTS[key] = file_sha256(Path(path))
        out.append((s, digest))
    return out


def _looks_binary(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def _decode_bytes(data: bytes) -> tuple[str, str] | None:
    """Text and encoding name, or None when no supported encoding gives plausible text."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc.replace("-sig", "")), enc.replace("-sig", "")
            except UnicodeDecodeError:
                return None
    if b"\x00" in data:
        # UTF-16 without a BOM: every other byte of ASCII-range text is zero.
        even, odd = data[0::2].count(0), data[1::2].count(0)
        half = max(1, len(data) // 2)
        for enc, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
            if zeros / half > 0.3 and len(data) % 2 == 0:
                try:
                    return data.decode(enc), enc
                except UnicodeDecodeError:
                    pass
        return None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return None
    # cp1251 decodes nearly any byte string: accept it only when the result reads as Cyrillic text.
    letters = _LETTER.findall(text[:20000])
    if letters and len(_CYRILLIC.findall(text[:20000])) / len(letters) > 0.5:
        return text, "cp1251"
    return None


def decode(source: str, data: bytes, max_bytes: int = MAX_BYTES_DEFAULT) -> Decoded | Reject:
    """Decode one input's bytes, or say why it cannot become an article."""
    digest = sha256(data)
    if len(data) > max_bytes:
        return Reject(source, digest, "too_large",
                      f"{len(data):,} bytes is over the {max_bytes:,}-byte limit; split the file or raise "
                      f"--max-bytes")
    if not data.strip():
        return Reject(source, digest, "empty", "the file is empty or holds only whitespace; nothing to publish")
    what = _looks_binary(data)
    if what:
        return Reject(source, digest, "binary", f"the file is {what}, not a text or HTML page; remove it from "
                                                f"the input folder or convert it to text")
    decoded = _decode_bytes(data)
    if decoded is None:
        kind = "binary" if b"\x00" in data else "undecodable"
        detail = ("the file holds NUL bytes and no text encoding fits; it looks binary" if kind == "binary"
                  else "not valid UTF-8, UTF-16 or Windows-1251 text; re-save the page as UTF-8")
        return Reject(source, digest, kind, detail)
    text, encoding = decoded
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > 0.01:
        return Reject(source, digest, "binary", f"decoded as {encoding} but full of control characters; "
                                                f"it looks binary")
    if not text.strip():
        return Reject(source, digest, "empty", "the file decodes to whitespace only; nothing to publish")
    if _HTML_HINT.search(data[:4096]) and re.search(r"</\s*\w+\s*>", sample):
        return _from_html(source, digest, text, encoding)
    return Decoded(source, digest, text, encoding)


def _from_html(source: str, digest: str, html: str, encoding: str) -> Decoded | Reject:
    """Extract the article body and metadata from an HTML page with trafilatura."""
    import trafilatura  # imported here: plain-text corpora never pay for it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      favor_precision=False, deduplicate=False, output_format="python")
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        return Reject(source, digest, "no_body", "an HTML page in which no article body was found "
                                                 "(a front page, a menu or a login wall?)")
    meta = {}
    for key in ("title", "date", "author", "sitename"):
        value = getattr(doc, key, None)
        if value:
            meta[key] = str(value)
    if "author" in meta:
        meta["author"] = _author_as_written(html, meta["author"])
    head = _html_head(html, body, meta.get("title"))
    parts = _head_parts(html, head) if head is not None else []
    # the page's own timestamp; else the date it prints under the headline, which trafilatura cannot read in
    # Kazakh ("16 қараша 2026, 10:00") and then guesses from elsewhere ("2026-01-01" from the copyright line)
    published = _html_published_time(html) or _head_date(parts)
    if published is None or "T" not in published:
        published = _html_dated_element(html, published or meta.get("date")) or published
    if published:
        meta["date"] = published
    leads = _html_standfirsts(html)
    if leads:
        meta["leads"] = "\n".join(leads)
    if head is not None:
        outside = _html_lead_before_body(html, body, head)
        if outside:
            meta["lead_outside"] = outside
        if "author" not in meta and (by := _head_author(parts)):
            meta["author"] = by
    return Decoded(source, digest, body, encoding, is_html=True, meta=meta)


# an element a site marks as its standfirst: by class ("lead", "article__lead", "news-subtitle",
# "content_main_desc", "intro") or by schema.org's itemprop; trafilatura keeps its text as the body's first
# paragraph and drops the mark
_LEAD_WORDS = r"lead|subtitle|sub-title|standfirst|intro|excerpt|anons|announce"  # a standfirst's own class words
_STANDFIRST = re.compile(
    rf"<(p|div|h2|h3|span)\b[^>]*?(?:\bclass\s*=\s*[\"'][^\"']*?(?<![a-z])(?:{_LEAD_WORDS}|annotation|desc|"
    r"description)(?![a-z])[^\"']*[\"']|\bitemprop\s*=\s*[\"'](?:description|"
    r"alternativeHeadline)[\"'])[^>]*>(.{1,2000}?)</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]{0,500}>")


def _element_text(markup: str) -> str:
    """The text an element's inner markup shows, on one line."""
    return " ".join(htmllib.unescape(_TAG.sub(" ", markup)).split())


_META_AUTHOR = re.compile(r"<meta\b[^>]*?\b(?:name|property)\s*=\s*[\"'](?:author|article:author)[\"'][^>]*?"
                          r"\bcontent\s*=\s*(?:\"([^\"]{1,200})\"|'([^']{1,200})')", re.I)


def _author_as_written(html: str, author: str) -> str:
    """The author as the page's meta tag writes it, when trafilatura's is that tag with its punctuation
    dropped: "Caravan.kz" (an outlet, which cleaning tells by its domain) is "Caravan kz" in trafilatura's."""
    words = re.findall(r"\w+", author)
    for m in _META_AUTHOR.finditer(html, 0, 300000):
        written = htmllib.unescape(m.group(1) or m.group(2)).strip()
        if written != author and re.findall(r"\w+", written) == words:
            return written
    return author


def _html_standfirsts(html: str) -> list[str]:
    """The texts of the elements that may be the page's standfirst (the first ten; a photo's "desc" may come
    first), one line each: clean.py takes one as the lead only when it is also one of the body's first two
    paragraphs."""
    out = []
    for m in _STANDFIRST.finditer(html, 0, 300000):
        text = _element_text(m.group(2))
        if text and text not in out:
            out.append(text)
        if len(out) == 10:
            break
    return out


# a standfirst's own class, not a photo's or a sidebar's "desc"
_LEAD_CLASS = re.compile(rf"(?<![a-z])(?:{_LEAD_WORDS})(?![a-z])|alternativeHeadline", re.I)


def _html_head(html: str, body: str, title: str | None) -> tuple[int, int] | None:
    """Where the markup runs from the end of the `<h1>` to the body's first words, which trafilatura leaves
    out of the body: standfirst, date and byline stand there. The body's first lines are skipped when they are
    the headline or the date, which trafilatura sometimes keeps ("Евгений ПАНОВ<br>21 ноября 2026 8:15": the
    date in the body, the name and the standfirst around it in the head). None when the body's first words
    cannot be found in the markup as written."""
    h1 = re.search(r"<h1\b", html[:300000], re.I)
    lines = [ln for ln in body.strip().split("\n", 3)[:3] if ln.strip()]
    if lines and title and clean.same_line(lines[0], title):
        lines = lines[1:]
    if lines and clean.date_only(lines[0]):
        lines = lines[1:]
    words = lines[0].split()[:4] if lines else []
    if h1 is None or len(words) < 2:
        return None
    first = re.compile(r"(?:\s|&nbsp;|<[^>]{0,300}>)+".join(re.escape(w) for w in words))
    at = first.search(html, h1.end(), 300000)
    return None if at is None else (h1.end(), at.start())


def _head_parts(html: str, head: tuple[int, int]) -> list[str]:
    """The texts of the page's head (`_html_head`) after the headline, one per element or per separator
    ("16 қараша 2026, 10:00 · Автор: Ерболат Қасымов" is two)."""
    start, end = head
    closed = re.compile(r"</h1\s*>", re.I).search(html, start, end)
    text = htmllib.unescape(_TAG.sub("\n", html[closed.end() if closed else start:end]))
    return [" ".join(p.split()) for p in re.split(r"[|·•\n]", text) if p.strip()]


def _head_author(parts: list[str]) -> str | None:
    """The author the page's head names, which trafilatura does not read as the author: labelled ("21 ноября
    2026 15:00 | Автор: Марат Касенов", "Дайындаған: Айгүл Сейілова", a label and its name in two elements),
    or a writer's name alone beside the date, as signatures stand beside the date line in a text ("Айгерім
    Серікқызы | 21.11.2026 | Қаралды: 1 205")."""
    for part in parts + [f"{a} {b}" for a, b in zip(parts, parts[1:], strict=False) if a.endswith((":", "："))]:
        m = clean.BYLINE.match(part)
        if m and m.group("name"):
            return m.group("name").strip()
    for k, part in enumerate(parts):
        beside = parts[max(0, k - 1):k] + parts[k + 1:k + 2]
        if any(clean.date_only(p) for p in beside) and (name := clean.signature(part)) is not None:
            return name
    return None


def _head_date(parts: list[str]) -> str | None:
    """The first date (and hour) the page's head prints, as ISO local time; not one labelled as an update."""
    for part in parts:
        found = None if clean.UPDATED_LABEL.search(part) else dates.find_date(part)
        if found:
            return _local_iso(found[0], found[1])
    return None


def _local_iso(day: date, clock: time | None) -> str:
    """A date (and hour) a page prints, as the ISO local time `meta["date"]` holds: "2026-11-16T10:00"."""
    return day.isoformat() + (f"T{clock.isoformat(timespec='minutes')}" if clock else "")


def _html_lead_before_body(html: str, body: str, head: tuple[int, int]) -> str | None:
    """A standfirst the page marks in its head (`_html_head`), between the headline and the body's first
    paragraph, which trafilatura leaves out of the body: `<div class="article__lead">` beside `<div
    class="article__body">`, Sputnik's "article__announce-text". Only there and only by a standfirst's class:
    a sidebar's or a photo's "desc" stands elsewhere."""
    for m in _STANDFIRST.finditer(html, *head):
        text = _element_text(m.group(2))
        if _LEAD_CLASS.search(html, m.start(), m.start(2)) and 20 <= len(text) <= 400 and text not in body:
            return text
    return None


_META_TIME = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|datePublished|pubdate|"
    r"publish-date|date)[\"'][^>]*content\s*=\s*[\"']([^\"']{8,40})[\"']", re.I)


_JSON_LD_TIME = re.compile(r"[\"']datePublished[\"']\s*:\s*[\"']([^\"']{8,40})[\"']")
_TIME_TAG = re.compile(r"<time\b[^>]*\bdatetime\s*=\s*[\"'](\d{4}-\d\d-\d\d[T ]\d\d:\d\d[^\"']{0,20})[\"']", re.I)


# an element the site marks as the date ("news-date", "post-date", "article__date", "published"), whose text
# is the date and hour as the reader sees them: "19 ноября 2026 года, 11:20", "17 қараша 2026, 10:05"
_DATE_ELEMENT = re.compile(
    r"<(div|span|p|time|li)\b[^>]*?\bclass\s*=\s*[\"'][^\"']*?(?:date|time|publish|posted)[^\"']*[\"'][^>]*>"
    r"(.{1,300}?)</\1\s*>", re.I | re.S)


def _html_dated_element(html: str, day: str | None) -> str | None:
    """The hour of publication from the date a page shows in a marked element, when trafilatura found only
    the day and no tag gives the hour: the first such element that holds a date with an hour on that day
    (a header's clock shows today, not the article's day)."""
    if not day:
        return None
    for m in _DATE_ELEMENT.finditer(html, 0, 300000):
        found = dates.find_date(_element_text(m.group(2)))
        if found and found[1] is not None and found[0].isoformat() == day[:10]:
            return _local_iso(found[0], found[1])
    return None


def _html_published_time(html: str) -> str | None:
    """The page's own publication timestamp (trafilatura keeps only the day): its meta tags, else its
    schema.org JSON-LD "datePublished", else the first <time datetime> that carries an hour (a bare
    date there is as often today's date in the site's header)."""
    head = html[:200000]
    m = _META_TIME.search(head) or _JSON_LD_TIME.search(head) or _TIME_TAG.search(head)
    return m.group(1).strip() if m else None
