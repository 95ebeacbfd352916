"""Stable ids. An article's id depends on its source path alone, so it survives content and code changes;
ids of rows inside an article are the article id plus the row's position (sentence number or offsets)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence

_TRANSLIT = str.maketrans({
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o",
    "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "kh",
    "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e",
    "ю": "yu", "я": "ya",
})


def article_id(source: str) -> str:
    return "a_" + hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def segment_id(article: str, sentence: int) -> str:
    return f"{article}:s{sentence:04d}"


def span_id(article: str, prefix: str, start: int, end: int) -> str:
    return f"{article}:{prefix}{start}-{end}"


def translit(text: str) -> str:
    """A plain Latin rendering of Kazakh or Russian Cyrillic (for ids and fallback English names)."""
    low = unicodedata.normalize("NFC", text).lower().translate(_TRANSLIT)
    return unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode("ascii")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", translit(text)).strip("-") or "x"


def content_ends(keys: Sequence[str], size: int, longest: int) -> list[int]:
    """Where to cut a run of keys into pieces of about `size` that depend on the keys themselves: a piece
    ends after a key whose sha256 is 0 modulo `size`, or when it reaches `longest` keys. Returns each
    piece's end (the last is `len(keys)`; none for no keys). A new key changes only the piece it falls
    into, where fixed-size slices would shift every later boundary: the build's batches and the
    validation's parts are cut so, and their caches stay valid."""
    ends, start = [], 0
    for i, key in enumerate(keys):
        if i + 1 - start >= longest or int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big") % size == 0:
            ends.append(start := i + 1)
    if start < len(keys):
        ends.append(len(keys))
    return ends
