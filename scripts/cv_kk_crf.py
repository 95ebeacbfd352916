"""Cross-validate the Kazakh person tagger on KazNERD's valid split (never the test split).

usage: python scripts/cv_kk_crf.py ../shared/eval [--folds 5]
The valid split's documents (40 sentences each, as `sayasat eval` forms them) are cut into folds; for
each fold a CRF is trained on the other folds' sentences with the production features and settings
(scripts/train_kk_crf.py) and the whole pipeline is scored on the fold at the document level, as
`sayasat eval actors` does. The name lists built from the valid split see every fold, so the figure is
a little optimistic; it is for comparing changes, the test split is for measuring.
"""

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts.train_kk_crf import PARAMS, read, train  # noqa: E402

SCORE_FOLD = """
import json, pathlib, sys
from sayasat.evaluate import load_kk, score
docs = load_kk(pathlib.Path(sys.argv[1]), "dev")
keys = sorted(docs)[int(sys.argv[2]):int(sys.argv[3])]
r = score({k: docs[k] for k in keys}, 2)
print(json.dumps({k: r[k] for k in ("p", "r", "gold", "pred")}))
"""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", help="folder with kaznerd/IOB2_valid.txt")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c1", type=float, default=PARAMS["c1"], help="L1 penalty (default: the production one)")
    ap.add_argument("--c2", type=float, default=PARAMS["c2"], help="L2 penalty")
    args = ap.parse_args()
    sents = read(pathlib.Path(args.data) / "kaznerd" / "IOB2_valid.txt")
    n_docs = (len(sents) + 39) // 40
    tp_p = tp_r = n_p = n_r = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(args.folds):
            lo, hi = k * n_docs // args.folds, (k + 1) * n_docs // args.folds
            model = str(pathlib.Path(tmp) / f"fold{k}.crfsuite")
            train(sents[:lo * 40] + sents[hi * 40:], pathlib.Path(model), PARAMS | {"c1": args.c1, "c2": args.c2})
            out = subprocess.run([sys.executable, "-c", SCORE_FOLD, args.data, str(lo), str(hi)], cwd=ROOT,
                                 env={**os.environ, "SAYASAT_KK_MODEL": model}, capture_output=True, text=True,
                                 check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"fold {k}: documents {lo}-{hi - 1}, P={r['p']:.3f} R={r['r']:.3f}", flush=True)
            tp_p, n_p = tp_p + r["p"] * r["pred"], n_p + r["pred"]
            tp_r, n_r = tp_r + r["r"] * r["gold"], n_r + r["gold"]
    p, r = tp_p / max(1, n_p), tp_r / max(1, n_r)
    print(f"kk cross-validated (c1={args.c1}, c2={args.c2}): P={p:.3f} R={r:.3f} "
          f"F1={2 * p * r / max(1e-9, p + r):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
