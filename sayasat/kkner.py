"""A CRF person tagger for Kazakh, trained on KazNERD's valid split (scripts/train_kk_crf.py).

Kazakh has no offline NER on PyPI; this model is small (CRFsuite), ships in the package
(`models/kk_person.crfsuite`), and tags PERSON spans (B/I/O) from word shape, case endings,
the given-name lexicons, surname and patronymic shapes, and the words around.
"""

from __future__ import annotations

import os
import re
from functools import cache, lru_cache
from importlib import resources

from sayasat import names

MODEL = "kk_person.crfsuite"
_TOKEN = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*|\d+|\S")


def tokenize(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


_CONTEXT = ("low", "title", "given", "surname", "patr", "punct", "suf3", "dict_name", "dict_surname")


@lru_cache(maxsize=1 << 17)
def _word_features(w: str) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    """Features of one word (cached: words repeat), as CRFsuite attribute names: the word's own, and the
    smaller set a neighbour at each offset contributes."""
    low = w.lower()
    base = names.kk_base(w) if w[:1].isupper() else low
    flags = {
        "title": w[:1].isupper() and w[1:].islower(),
        "upper": w.isupper() and len(w) > 1,
        "digit": w.isdigit(),
        "punct": not any(c.isalnum() for c in w),
        "given": names.is_curated_given(base) or names.is_curated_given(w),
        "common": names.fold_word(base) in names.common_word_names(),
        "surname": names.is_surname_shaped(base, strong=True),
        "surname_weak": names.is_surname_shaped(base),
        "patr": bool(names.PATRONYMIC_END.search(low)),
        "base_changed": base.lower() != low,
        "kk": any(c in names.KK_LETTERS for c in low),
        "latin": bool(re.match(r"[a-z]", low)),
    }
    if w[:1].isupper():
        flags |= {f"dict_{t}": True for t in names.dictionary_tags(base)}
    values = {"low": low, "suf2": low[-2:], "suf3": low[-3:], "suf4": low[-4:]}
    own = tuple(f"{k}={v}" for k, v in values.items()) + tuple(k for k, v in flags.items() if v)
    ctx = {}
    for off in (-2, -1, 1, 2):
        ctx[off] = tuple(f"{off}:{k}={v}" for k, v in values.items() if k in _CONTEXT) + \
            tuple(f"{off}:{k}" for k, v in flags.items() if v and k in _CONTEXT)
    return own, ctx


def features(tokens: list[str]) -> list[list[str]]:
    words = [_word_features(w) for w in tokens]
    n = len(tokens)
    out = []
    for i in range(n):
        f = ["bias", *words[i][0]]
        if i == 0:
            f.append("bos")
        if i == n - 1:
            f.append("eos")
        for off in (-2, -1, 1, 2):
            j = i + off
            f.extend(words[j][1][off] if 0 <= j < n else (f"{off}:pad",))
        out.append(f)
    return out


@cache
def _tagger():
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    override = os.environ.get("SAYASAT_KK_MODEL")  # another model, for experiments (scripts/train_kk_crf.py)
    if override:
        tagger.open(override)
        return tagger
    with resources.as_file(resources.files("sayasat").joinpath("models", MODEL)) as path:
        tagger.open(str(path))
    return tagger


def person_spans(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, tokens) of each PERSON span the model finds in one sentence."""
    toks = tokenize(text)
    if not toks:
        return []
    tags = _tagger().tag(features([t for _, _, t in toks]))
    spans, cur = [], []
    for (s, e, w), tag in zip(toks, tags, strict=True):
        if tag == "B-PERSON" or (tag == "I-PERSON" and not cur):
            if cur:
                spans.append(cur)
            cur = [(s, e, w)]
        elif tag == "I-PERSON":
            cur.append((s, e, w))
        else:
            if cur:
                spans.append(cur)
            cur = []
    if cur:
        spans.append(cur)
    return [(sp[0][0], sp[-1][1], [w for _, _, w in sp]) for sp in spans]
