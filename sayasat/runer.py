"""natasha's Russian NER model, run over all of an article's sentences at once.

natasha (slovnet) tags one text at a time and decodes its CRF one token per Python step, over the
whole text: on news pages that loop is a third of its time. Here are the same model, weights and
razdel tokens; the emissions come from the sentences joined in order, as natasha would see them, and
the Viterbi decoding runs per sentence, vectorised across the sentences, so its Python loop is as
long as the longest sentence rather than the article. A sentence boundary is an end-of-sentence
token that the model tags O with near certainty, so the paths are the same in practice
(tests/test_actors.py compares both on news text).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from functools import cache, lru_cache

import numpy as np
from razdel.segmenters.punct import DASHES, ENDINGS
from razdel.segmenters.tokenize import ATOM, SMILE


@cache
def _model():
    from sayasat import names

    names._morph()  # installs the pymorphy2 alias before natasha imports it
    from natasha import NewsEmbedding, NewsNERTagger
    from navec.pq import PQ

    # navec precomputes every word's norm and every pair of centroids' products on load, for similarity
    # queries; the tagger reads only the codes, and the tables cost each worker 0.4 s at start
    precompute, PQ.precompute = PQ.precompute, lambda self: None
    try:
        return NewsNERTagger(NewsEmbedding())
    finally:
        PQ.precompute = precompute


def tagger():
    """natasha's own tagger (the reference this module reproduces)."""
    return _model()


@lru_cache(maxsize=1 << 18)
def _ids(word: str) -> tuple[int, int]:
    from slovnet.shape import word_shape

    enc = _model().infer.encoder
    return enc.words_vocab.encode(word.lower()), enc.shapes_vocab.encode(word_shape(word))


# ---------------------------------------------------------------- razdel's tokens, without its objects

def _pair_2112(atoms: list[tuple], i: int, delimiters: str, needs_ints: bool) -> bool | None:
    """razdel's Rule2112 at the split before atom i: when the atom left of the split (or, if not, the one
    right of it) is a delimiter, the atoms on either side of that delimiter decide. (An atom's text is
    never empty, so `in` is razdel's own test: one of the characters, or the one "_".)"""
    l1, r1 = atoms[i - 1], atoms[i]
    if l1[3] in delimiters:
        left, right = (atoms[i - 2] if i >= 2 else None), r1
    elif r1[3] in delimiters:
        left, right = l1, (atoms[i + 1] if i + 1 < len(atoms) else None)
    else:
        return None
    if left is None or right is None:
        return None
    if needs_ints:
        return True if left[2] == "INT" and right[2] == "INT" else None
    return True if left[2] != "PUNCT" and right[2] != "PUNCT" else None


def _joined(atoms: list[tuple], i: int, token: str) -> bool:
    """Whether razdel joins atom i to the token before it (they touch): its rules in its order, dash,
    underscore, float, fraction, punctuation, other letters, "Yahoo!"."""
    for delimiters, needs_ints in ((DASHES, False), ("_", False), (".,", True), ("/\\", True)):
        if (v := _pair_2112(atoms, i, delimiters, needs_ints)) is not None:
            return v
    (_, _, lt, left), (_, _, rt, right) = atoms[i - 1], atoms[i]
    if lt == "PUNCT" and rt == "PUNCT" and (SMILE.match(token + right) or (left in ENDINGS and right in ENDINGS)
                                            or left + right in ("--", "**")):
        return True
    if (lt == "OTHER" and rt in ("OTHER", "RU", "LAT")) or (lt in ("OTHER", "RU", "LAT") and rt == "OTHER"):
        return True
    return left.lower() == "yahoo" and right == "!"


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of razdel's tokens, the ones natasha's model was trained on. razdel builds a record
    per atom and per split and asks each rule through a method; this runs the same rules over plain
    tuples, about 3.5 times faster (tests/test_runer.py checks it against razdel on news and on random
    strings of letters, digits, dashes, quotes and brackets)."""
    atoms = [(m.start(), m.end(), m.lastgroup, m.group()) for m in ATOM.finditer(text)]
    if not atoms:
        return []
    out = []
    start, end, token = atoms[0][0], atoms[0][1], atoms[0][3]
    for i in range(1, len(atoms)):
        s, e, _, t = atoms[i]
        if s == end and _joined(atoms, i, token):
            token += t
            end = e
        else:
            out.append((start, end, token))
            start, end, token = s, e, t
    out.append((start, end, token))
    return out


# ---------------------------------------------------------------- the model

@cache
def _conv_layers() -> list[tuple]:
    """natasha's convolution layers as (one weight matrix per kernel offset, bias, padding, batch-norm
    mean, std, scale, shift), the matrices laid out for time-major input."""
    out = []
    for layer in _model().infer.model.encoder.layers:
        w = layer.conv.weight.array  # filters x in x kernel
        out.append(([np.ascontiguousarray(w[:, :, j].T) for j in range(w.shape[2])], layer.conv.bias.array,
                     layer.conv.padding, layer.norm.mean.array, layer.norm.std.array, layer.norm.weight.array,
                     layer.norm.bias.array))
    return out


WORD_PROJECTIONS = 1 << 14  # words whose first-layer products a process keeps (3 KiB each)


@cache
def _first_layer() -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """The first convolution split by the input's two parts: (the word-embedding rows of every kernel
    offset side by side, the product of each of the 66 word shapes with its rows, the bias, the padding)."""
    weights, bias, pad, *_ = _conv_layers()[0]
    emb = _model().infer.model.emb
    dim = emb.word.dim
    word = np.ascontiguousarray(np.concatenate([w[:dim] for w in weights], axis=1))
    shape = np.stack([np.concatenate([v @ w[dim:] for w in weights]) for v in emb.shape.weight.array])
    return word, shape, bias, pad


class _WordProducts:
    """Each word's embedding times the first layer's word rows, for every kernel offset at once, kept for
    the WORD_PROJECTIONS words used last (rows of one matrix, so that an article's rows are gathered by one
    index). A word's product is one vector-matrix product, always of the same shapes, so it is the same
    vector whatever article the word is in: keeping it cannot make a tag depend on what a worker saw
    before. A lock keeps threads (`--runner thread`) from evicting each other's rows mid-article."""

    def __init__(self, size: int = WORD_PROJECTIONS) -> None:
        self.size = size
        self.row: OrderedDict[int, int] = OrderedDict()  # word id -> row, least recently used first
        self.table = np.empty((0, 0), dtype=np.float32)
        self.lock = threading.Lock()

    def rows(self, word_ids: list[int]) -> np.ndarray:
        word = _first_layer()[0]
        distinct = list(dict.fromkeys(word_ids))
        if len(distinct) > self.size:  # one text with more distinct words than the matrix holds
            return np.stack([natasha_embedding(i) @ word for i in word_ids])
        with self.lock:
            if not self.table.size:
                self.table = np.empty((self.size, word.shape[1]), dtype=word.dtype)
            for i in distinct:
                if i in self.row:
                    self.row.move_to_end(i)
                    continue
                k = len(self.row) if len(self.row) < self.size else self.row.popitem(last=False)[1]
                self.table[k] = natasha_embedding(i) @ word
                self.row[i] = k
            return self.table[[self.row[i] for i in word_ids]]  # a copy: later evictions cannot touch it


_word_products = _WordProducts()


def natasha_embedding(word_id: int) -> np.ndarray:
    """natasha's (navec's) embedding of one word: its product-quantised codes looked up."""
    word = _model().infer.model.emb.word
    return word.codes.array[word.qdims, word.indexes.array[word_id]].reshape(-1)


def _encode(word_ids: np.ndarray, shape_ids: np.ndarray, products: _WordProducts | None = None) -> np.ndarray:
    """natasha's CNN encoder over one unpadded sequence of tokens, the same layers: convolution, ReLU,
    batch norm.

    The first convolution is linear in its input, which is a word's embedding beside its shape's; so its
    output at a token is a sum, over kernel offsets, of the neighbours' words and shapes each multiplied
    by its rows of the weights. Those products are computed once per word (`_WordProducts`) and per
    shape, and only added up here: words recur, and that layer is two thirds of the encoder's
    arithmetic. The next layers multiply, per kernel offset, a shifted view of their input (slovnet
    first copies every window into one matrix). The sums run in another order than slovnet's, so
    emissions differ by about 1e-5 (no tag on 300,000 tokens of news changes; tests/test_runer.py
    compares with natasha's own tagger)."""
    first, *rest = _conv_layers()
    x = _relu_norm(_first_convolution(word_ids, shape_ids, products or _word_products), *first[3:])
    for weights, bias, pad, *norm in rest:
        xp = np.pad(x, ((pad, pad), (0, 0)))
        n = xp.shape[0] - len(weights) + 1
        out = xp[:n] @ weights[0]
        for j in range(1, len(weights)):
            out += xp[j:j + n] @ weights[j]
        out += bias
        x = _relu_norm(out, *norm)
    return x


def _first_convolution(word_ids: np.ndarray, shape_ids: np.ndarray, products: _WordProducts) -> np.ndarray:
    """The first convolution's output before its ReLU: per kernel offset, the neighbour's kept word product
    and its shape's product, added up."""
    word, shape, bias, pad = _first_layer()
    z = products.rows(word_ids.tolist()) + shape[shape_ids]  # tokens x (offsets x filters)
    n, width = len(word_ids), len(bias)
    zp = np.pad(z, ((pad, pad), (0, 0)))
    out = zp[:n, :width].copy()
    for j in range(1, z.shape[1] // width):
        out += zp[j:j + n, j * width:(j + 1) * width]
    out += bias
    return out


def _relu_norm(out: np.ndarray, mean: np.ndarray, std: np.ndarray, scale: np.ndarray, shift: np.ndarray) \
        -> np.ndarray:
    """ReLU (in place), then batch norm: what follows each convolution."""
    np.maximum(out, 0, out=out)
    return (out - mean) / std * scale + shift


def _viterbi(emissions: np.ndarray, lengths: np.ndarray, transitions: np.ndarray, before: int) -> np.ndarray:
    """Best tag paths for a batch of sequences (sentences x max length x tags), padded past `lengths`;
    each sequence follows a token tagged `before` (the previous sentence's final O)."""
    n, width, _ = emissions.shape
    score = emissions[:, 0] + transitions[before][None]
    history = []
    trans = transitions[None]
    for i in range(1, width):
        cand = score[:, :, None] + trans + emissions[:, i, None, :]  # batch x prev x cur
        history.append(cand.argmax(1))
        score = np.where((i < lengths)[:, None], cand.max(1), score)  # the maximum is the argmax's value
    tags = np.zeros((n, width), dtype=np.int64)
    cur = score.argmax(1)
    rows = np.arange(n)
    for i in range(width - 1, 0, -1):
        active = i <= lengths - 1
        tags[:, i] = cur
        cur = np.where(active, history[i - 1][rows, cur], cur)
    tags[:, 0] = cur
    return tags


def spans(sentences: list[str]) -> list[list[tuple[int, int, str]]]:
    """(start, end, type) of each PER/LOC/ORG span natasha's model finds, per sentence, offsets into it."""
    toks = [tokens(s) for s in sentences]
    lengths = np.array([len(t) for t in toks])
    out: list[list[tuple[int, int, str]]] = [[] for _ in sentences]
    if not lengths.sum():
        return out
    infer = _model().infer
    ids = np.array([_ids(w) for ts in toks for _, _, w in ts], dtype=np.int64)
    model = infer.model
    emis = model.head(_encode(ids[:, 0], ids[:, 1]))  # tokens x tags
    width = int(lengths.max())
    batch = np.zeros((len(toks), width, emis.shape[1]), dtype=emis.dtype)
    pos = 0
    for k, n in enumerate(lengths):
        batch[k, :n] = emis[pos:pos + n]
        pos += n
    names = infer.decoder.tags_vocab.items
    paths = _viterbi(batch, lengths, model.head.crf.transitions.array, names.index("O"))
    for k, ts in enumerate(toks):
        cur = None  # slovnet's bio_spans: B opens, I extends whatever is open, O closes
        for (s, e, _), tag in zip(ts, paths[k, :len(ts)], strict=True):
            label = names[tag]
            if label == "O" or label == "<pad>":
                if cur:
                    out[k].append(cur)
                cur = None
            elif label.startswith("B-"):
                if cur:
                    out[k].append(cur)
                cur = (s, e, label[2:])
            elif cur:
                cur = (cur[0], e, cur[2])
        if cur:
            out[k].append(cur)
    return out
