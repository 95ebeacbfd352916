"""A CRF person tagger for Kazakh, trained on KazNERD's valid split (scripts/train_kk_crf.py).

Kazakh has no offline NER on PyPI; this model is small (CRFsuite), ships in the package
(`models/kk_person.crfsuite`), and tags PERSON spans (B/I/O) from word shape, case endings,
the given-name lexicons, surname and patronymic shapes, and the words around.
"""

from __future__ import annotations

import os
import re
from functools import cache
from importlib import resources

from sayasat import names

MODEL = "kk_person.crfsuite"
_TOKEN = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*|\d+|\S")


def tokenize(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


def _word_features(w: str, prefix: str) -> dict[str, object]:
    low = w.lower()
    base = names.kk_base(w) if w[:1].isupper() else low
    return {
        f"{prefix}low": low,
        f"{prefix}suf2": low[-2:], f"{prefix}suf3": low[-3:], f"{prefix}suf4": low[-4:],
        f"{prefix}title": w[:1].isupper() and w[1:].islower(),
        f"{prefix}upper": w.isupper() and len(w) > 1,
        f"{prefix}digit": w.isdigit(),
        f"{prefix}punct": not any(c.isalnum() for c in w),
        f"{prefix}given": names.is_curated_given(base) or names.is_curated_given(w),
        f"{prefix}common": names.fold(base) in names.common_word_names(),
        f"{prefix}surname": names.is_surname_shaped(base, strong=True),
        f"{prefix}surname_weak": names.is_surname_shaped(base),
        f"{prefix}patr": bool(names.PATRONYMIC_END.search(low)),
        f"{prefix}base_changed": base.lower() != low,
        f"{prefix}kk": any(c in names.KK_LETTERS for c in low),
        f"{prefix}latin": bool(re.match(r"[a-z]", low)),
    }


def features(tokens: list[str]) -> list[dict[str, object]]:
    out = []
    for i, w in enumerate(tokens):
        f: dict[str, object] = {"bias": 1.0, "bos": i == 0, "eos": i == len(tokens) - 1}
        f.update(_word_features(w, ""))
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < len(tokens):
                f.update({k: v for k, v in _word_features(tokens[j], f"{off}:").items()
                          if k.split(":")[1] in ("low", "title", "given", "surname", "patr", "punct", "suf3")})
            else:
                f[f"{off}:pad"] = True
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
