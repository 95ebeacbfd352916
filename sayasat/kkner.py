"""A CRF person tagger for Kazakh, trained on KazNERD's valid split (scripts/train_kk_crf.py).

Kazakh has no offline NER on PyPI; this model is small (CRFsuite), ships in the package
(`models/kk_person.crfsuite`), and tags PERSON spans (B/I/O) from word shape, case endings,
the given-name lexicons, surname and patronymic shapes, and the words around.

Tagging does not go through CRFsuite's tagger, which takes every token's attributes as strings and
looks each one up: a token's score for a label is the sum of its attributes' weights, and those
attributes are its own word's and its neighbours' (at -2 ... 2), so each word's share at each offset
is summed once (`_Words`), and an article's sentences are decoded together (`_viterbi`), with the
model's own weights read from its file (`_weights`). The tags are CRFsuite's: tests/test_kkner.py
compares both on Kazakh news text.
"""

from __future__ import annotations

import os
import re
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from importlib import resources

import numpy as np

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
        "kk": names.kk_lettered(low),
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


def features(tokens: list[str]) -> list[list[str]]:
    """Each token's CRFsuite attributes (for training), in this order: a bias, its own, "bos" or "eos" at the
    ends, its neighbours' at offsets -2, -1, 1, 2 (a pad attribute past either end)."""
    pad, bias = _FIXED["pad"], _FIXED["bias"]
    seq = [pad, pad, *(_word_features(w) for w in tokens), pad, pad]  # a pad word contributes the pad attributes
    out = [[*bias, *seq[i + 2][0], *seq[i][1], *seq[i + 1][2], *seq[i + 3][3], *seq[i + 4][4]]
           for i in range(len(tokens))]
    if out:
        at = len(bias) + len(seq[2][0])
        out[0][at:at] = _FIXED["bos"]
        at = len(bias) + len(seq[-3][0]) + (len(_FIXED["bos"]) if len(out) == 1 else 0)
        out[-1][at:at] = _FIXED["eos"]
    return out


@contextmanager
def _model_file() -> Iterator[str]:
    """The model file's path: SAYASAT_KK_MODEL if set (another model, for experiments:
    scripts/train_kk_crf.py), else the one in the package."""
    override = os.environ.get("SAYASAT_KK_MODEL")
    if override:
        yield override
        return
    with resources.as_file(resources.files("sayasat").joinpath("models", MODEL)) as path:
        yield str(path)


@cache
def _tagger():
    """CRFsuite's own tagger: it names the model's attributes and labels (`_weights`), and is the reference
    the tests compare `person_spans_many` with."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    with _model_file() as path:
        tagger.open(path)
    return tagger


@cache
def _weights() -> tuple[dict[str, int], np.ndarray, np.ndarray, tuple[str, ...]]:
    """(each attribute's row, the rows: an attribute's weight for every label, the label-to-label transition
    weights, the labels). Row 0 weighs nothing: an attribute the model lacks. The weights are the doubles
    CRFsuite keeps in the model file; its text dump, which names the attributes and labels, rounds them to
    six places. The file's features chunk (crf1d_model.c) is "FEAT", its size and count, then per feature:
    type (0 a state feature, 1 a transition), source and target ids, weight."""
    info = _tagger().info()
    labels = tuple(sorted(info.labels, key=lambda k: int(info.labels[k])))
    row = {a: int(i) + 1 for a, i in info.attributes.items()}
    with _model_file() as path, open(path, "rb") as f:
        data = f.read()
    off = int(info.header["off_features"], 16)
    if data[off:off + 4] != b"FEAT":
        raise ValueError("the Kazakh CRF model has no features chunk where its header says")
    _, count = struct.unpack_from("<II", data, off + 4)
    state = np.zeros((len(row) + 1, len(labels)))
    trans = np.zeros((len(labels), len(labels)))
    for kind, src, dst, w in struct.iter_unpack("<IIId", data[off + 12:off + 12 + 20 * count]):
        if kind == 0:
            state[src + 1, dst] += w
        else:
            trans[src, dst] = w
    return row, state, trans, labels


def _scores(groups: list[tuple[str, ...]]) -> np.ndarray:
    """For each group of attributes, their summed weights for each label (groups x labels)."""
    row, state, _, _ = _weights()
    idx: list[int] = []
    starts = []
    for attrs in groups:
        starts.append(len(idx))
        idx.append(0)  # a group may be empty
        idx += [row.get(a, 0) for a in attrs]
    return np.add.reduceat(state[idx], starts, axis=0)


class _Words:
    """Each word's share of the label scores (`features`): as the token itself, and as the neighbour at -2,
    -1, 1 and 2; rows of one array, so that a batch of sentences gathers its scores in one step. A row
    depends on the word alone. When the array is full it starts again (words recur: news uses a few tens
    of thousands); a lock keeps threads (`--runner thread`) from clearing it under each other."""

    def __init__(self, size: int = 1 << 16) -> None:
        self.size = size
        self.row: dict[str, int] = {}
        self.table = np.empty((0, 5, 0))
        self.lock = threading.Lock()

    def rows(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The rows of `words`, and the array they index (a later call that starts again keeps it intact)."""
        n_labels = len(_weights()[3])
        with self.lock:
            get = self.row.get
            ks = [get(w, -1) for w in words]
            if -1 in ks or not self.table.size:
                distinct = list(dict.fromkeys(words))
                new = [w for w in distinct if w not in self.row]
                if not self.table.size or len(self.row) + len(new) >= len(self.table):
                    self.table = np.empty((max(self.size, len(distinct) + 1), 5, n_labels))
                    self.table[0] = _scores(list(_FIXED["pad"]))  # row 0: the pad past either end
                    self.row, new = {}, distinct
                if new:
                    first = len(self.row) + 1
                    self.table[first:first + len(new)] = _scores(
                        [part for w in new for part in _word_features.__wrapped__(w)]).reshape(len(new), 5, n_labels)
                    self.row.update(zip(new, range(first, first + len(new)), strict=True))
                ks = [self.row[w] for w in words]
            return np.array(ks, dtype=np.intp), self.table


_words = _Words()


def _viterbi(emissions: np.ndarray, lengths: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """CRFsuite's Viterbi (crf1dc_viterbi) for a batch of sentences (sentences x max length x labels, padded
    past `lengths`, longest first): a label's score is the best of the previous scores plus the transition,
    plus its own emission; ties go to the lower label, as there. With the longest sentences first, the
    sentences still going at a position are a prefix of the batch."""
    n, width, _ = emissions.shape
    going = np.searchsorted(-lengths, -np.arange(width + 1), side="left")  # going[t]: how many are longer than t
    score = emissions[:, 0].copy()
    back = np.zeros((n, width, emissions.shape[2]), dtype=np.intp)
    for t in range(1, width):
        m = going[t]
        cand = score[:m, :, None] + trans  # sentence x previous x current
        best = cand.argmax(1)
        back[:m, t] = best
        score[:m] = cand.max(1) + emissions[:m, t]  # the maximum is the value at the argmax
    last = score.argmax(1)
    tags = np.zeros((n, width), dtype=np.intp)
    cur = last.copy()
    for t in range(width - 1, -1, -1):
        m, m_end = going[t + 1], going[t]  # [m, m_end): the sentences whose last token is at t
        cur[:m] = back[np.arange(m), t + 1, cur[:m]] if m else cur[:0]
        tags[:m_end, t] = cur[:m_end]
    return tags


def person_spans_many(texts: list[str]) -> list[list[tuple[int, int, list[str]]]]:
    """(start, end, tokens) of each PERSON span the model finds, per sentence (an article's, tagged at once),
    with what CRFsuite's tagger gives for `features`."""
    toks = [_TOKEN.findall(t) for t in texts]  # the offsets are found only for the few sentences naming someone
    out: list[list[tuple[int, int, list[str]]]] = [[] for _ in texts]
    live = sorted((k for k, ts in enumerate(toks) if ts), key=lambda k: -len(toks[k]))
    if not live:
        return out
    *_, trans, labels = _weights()
    lengths = np.array([len(toks[k]) for k in live])
    width = int(lengths[0])
    ids, table = _words.rows([w for k in live for w in toks[k]])
    padded = np.zeros((len(live), width + 4), dtype=np.intp)  # row 0 is the pad
    pos = 0
    for j, n in enumerate(lengths):
        padded[j, 2:2 + n] = ids[pos:pos + n]
        pos += n
    # a token's own attributes, then those its neighbours at -2, -1, 1, 2 lend it (as features() lists them)
    em = (table[padded[:, 2:width + 2], 0] + table[padded[:, :width], 1] + table[padded[:, 1:width + 1], 2]
          + table[padded[:, 3:width + 3], 3] + table[padded[:, 4:width + 4], 4])
    bias, bos, eos = _scores([_FIXED["bias"], _FIXED["bos"], _FIXED["eos"]])
    em += bias
    rows = np.arange(len(live))
    em[rows, 0] += bos
    em[rows, lengths - 1] += eos
    paths = _viterbi(em, lengths, trans)
    outside = labels.index("O")
    for j in np.flatnonzero((paths != outside).any(1)):  # most sentences name nobody
        k = live[j]
        out[k] = _spans(tokenize(texts[k]), [labels[t] for t in paths[j, :lengths[j]]])
    return out


def person_spans(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, tokens) of each PERSON span the model finds in one sentence."""
    return person_spans_many([text])[0]


def _spans(toks: list[tuple[int, int, str]], tags: list[str]) -> list[tuple[int, int, list[str]]]:
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
