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

from functools import cache, lru_cache

import numpy as np
from razdel.segmenters.punct import DASHES, ENDINGS
from razdel.segmenters.tokenize import ATOM, SMILE


@cache
def _model():
    from sayasat import names

    names._morph()  # installs the pymorphy2 alias before natasha imports it
    from natasha import NewsEmbedding, NewsNERTagger

    return NewsNERTagger(NewsEmbedding())


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


def _encode(x: np.ndarray) -> np.ndarray:
    """natasha's CNN encoder over one unpadded sequence (tokens x features), the same layers: convolution,
    ReLU, batch norm. slovnet copies every window of the input into one matrix first (kernel x the input)
    and multiplies once; here each kernel offset multiplies a shifted view of the input and the products
    add up, with no copy. The sums run in another order, so emissions differ by about 1e-5 (no tag on
    300,000 tokens of news changes; tests/test_runer.py compares with natasha's own tagger)."""
    for weights, bias, pad, mean, std, scale, shift in _conv_layers():
        xp = np.pad(x, ((pad, pad), (0, 0)))
        n = xp.shape[0] - len(weights) + 1
        out = xp[:n] @ weights[0]
        for j in range(1, len(weights)):
            out += xp[j:j + n] @ weights[j]
        out += bias
        np.maximum(out, 0, out=out)
        x = (out - mean) / std * scale + shift
    return x


def _viterbi(emissions: np.ndarray, lengths: np.ndarray, transitions: np.ndarray, before: int) -> np.ndarray:
    """Best tag paths for a batch of sequences (sentences x max length x tags), padded past `lengths`;
    each sequence follows a token tagged `before` (the previous sentence's final O)."""
    n, width, _ = emissions.shape
    score = emissions[:, 0] + transitions[before][None]
    history = []
    for i in range(1, width):
        cand = score[:, :, None] + transitions[None] + emissions[:, i, None, :]  # batch x prev x cur
        best_prev = cand.argmax(1)
        new = np.take_along_axis(cand, best_prev[:, None, :], 1)[:, 0]
        score = np.where((i < lengths)[:, None], new, score)
        history.append(best_prev)
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
    word_id, shape_id = ids[None, :, 0], ids[None, :, 1]
    model = infer.model
    emis = model.head(_encode(model.emb(word_id, shape_id)[0]))  # tokens x tags
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
