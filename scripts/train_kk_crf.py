"""Train the Kazakh person tagger on KazNERD's valid split (never the test split).

usage: python scripts/train_kk_crf.py ../shared/eval/kaznerd/IOB2_valid.txt [--holdout]
Labels other than PERSON become O. With --holdout, trains on the first 80% of the documents (40
sentences each, as `sayasat eval` forms them) and reports token-level scores on the rest; without it,
trains on all of valid and writes sayasat/models/kk_person.crfsuite. CRFsuite's L-BFGS is
deterministic: the same data and settings give the same model.
"""

import pathlib
import sys

import pycrfsuite

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from sayasat.evaluate import read_conll  # noqa: E402
from sayasat.kkner import MODEL, features  # noqa: E402

PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}


def read(path: pathlib.Path) -> list[list[tuple[str, str]]]:
    """KazNERD sentences with every label but PERSON turned into O."""
    return [[(t, g if g.endswith("PERSON") else "O") for t, g in s] for s in read_conll(path)]


def train(sents: list[list[tuple[str, str]]], target: pathlib.Path, params: dict = PARAMS) -> None:
    """A CRF on these sentences, with the production features, written to `target`."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for s in sents:
        trainer.append(features([t for t, _ in s]), [g for _, g in s])
    trainer.set_params(params)
    trainer.train(str(target))


def main() -> None:
    sents = read(pathlib.Path(sys.argv[1]))
    holdout = "--holdout" in sys.argv
    cut = (int(len(sents) / 40 * 0.8) * 40) if holdout else len(sents)
    out = pathlib.Path(__file__).resolve().parent.parent / "sayasat" / "models" / MODEL
    target = pathlib.Path("/tmp/kk_person_holdout.crfsuite") if holdout else out
    train(sents[:cut], target)
    print(f"trained on {cut} sentences -> {target} ({target.stat().st_size:,} bytes)")
    if holdout:
        tagger = pycrfsuite.Tagger()
        tagger.open(str(target))
        tp = fp = fn = 0
        for s in sents[cut:]:
            pred = tagger.tag(features([t for t, _ in s]))
            for (_, g), p in zip(s, pred, strict=True):
                tp += g != "O" and p == g
                fp += p != "O" and p != g
                fn += g != "O" and p != g
        p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
        print(f"holdout tokens: P={p:.3f} R={r:.3f} F1={2 * p * r / max(1e-9, p + r):.3f}")


if __name__ == "__main__":
    main()
