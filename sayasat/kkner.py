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
def _word_features(w: str) -> tuple[tuple[str, ...], ...]:
    """Features of one word (cached: words repeat), as CRFsuite attribute names: the word's own, then the
    smaller set it contributes as a neighbour at offsets -2, -1, 1 and 2."""
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
    return own, *(tuple(f"{off}:{k}={v}" for k, v in values.items() if k in _CONTEXT) +
                  tuple(f"{off}:{k}" for k, v in flags.items() if v and k in _CONTEXT) for off in _OFFSETS)


_OFFSETS = (-2, -1, 1, 2)
_FIXED = {"bias": ("bias",), "bos": ("bos",), "eos": ("eos",), "pad": ((), *((f"{off}:pad",) for off in _OFFSETS))}


def features(tokens: list[str], weighted_only: bool = False) -> list[list[str]]:
    """Each token's CRFsuite attributes, in this order: a bias, its own, "bos" or "eos" at the ends, its
    neighbours' at offsets -2, -1, 1, 2 (a pad attribute past either end). `weighted_only`: only those
    the model has a weight for (`_weighted`), for tagging."""
    word, fixed = (_weighted_word_features, _weighted_fixed()) if weighted_only else (_word_features, _FIXED)
    pad, bias = fixed["pad"], fixed["bias"]
    seq = [pad, pad, *(word(w) for w in tokens), pad, pad]  # a pad word contributes the pad attributes
    out = [[*bias, *seq[i + 2][0], *seq[i][1], *seq[i + 1][2], *seq[i + 3][3], *seq[i + 4][4]]
           for i in range(len(tokens))]
    if out:
        at = len(bias) + len(seq[2][0])
        out[0][at:at] = fixed["bos"]
        at = len(bias) + len(seq[-3][0]) + (len(fixed["bos"]) if len(out) == 1 else 0)
        out[-1][at:at] = fixed["eos"]
    return out


@cache
def _weighted() -> frozenset[str]:
    """The attributes the model has a weight for. CRFsuite skips any other attribute it is given, so
    leaving those out beforehand tags the same, with the same sums (about half of a news sentence's
    attributes are words and suffixes that the training sentences never had)."""
    return frozenset(attr for attr, _ in _tagger().info().state_features)


def _weighted_only(attrs: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    keep = _weighted()
    return tuple(tuple(a for a in part if a in keep) for part in attrs)


@cache
def _weighted_fixed() -> dict:
    return {k: _weighted_only(v) if k == "pad" else _weighted_only((v,))[0] for k, v in _FIXED.items()}


@lru_cache(maxsize=1 << 17)
def _weighted_word_features(w: str) -> tuple[tuple[str, ...], ...]:
    """A word's weighted attributes (cached; the full ones are not: tagging never needs them again, and
    they would take twice the memory)."""
    return _weighted_only(_word_features.__wrapped__(w))


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
    tags = _tagger().tag(features([t for _, _, t in toks], weighted_only=True))
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
