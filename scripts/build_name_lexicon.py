"""Build sayasat/data/given_names_kaznerd.txt from KazNERD's *valid* split (never the test split).

usage: python scripts/build_name_lexicon.py ../shared/eval/kaznerd/IOB2_valid.txt
A given name is the first token of a PERSON entity of two or more tokens whose next token is not an
initial (Kazakh and Russian news write "Given Surname"; the first token is nominative there).
Names seen once are kept only if they are long enough to be unambiguous (>= 4 letters).
"""

import collections
import pathlib
import re
import sys

HEADER = """# Given names seen in KazNERD's valid split (first token of multi-token PERSON entities), one a line.
# Source: KazNERD, Yeshpanov et al., LREC 2022, github IS2AI/KazNERD @ bd4333d, IOB2_valid.txt;
# licence CC BY 4.0 (attribution: the KazNERD authors). Built by scripts/build_name_lexicon.py.
# The test split was not read.
"""


def main() -> None:
    src = pathlib.Path(sys.argv[1])
    counts: collections.Counter[str] = collections.Counter()
    sent: list[tuple[str, str]] = []
    for line in src.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            tok, _, tag = line.rpartition(" ")
            sent.append((tok, tag))
            continue
        for i, (tok, tag) in enumerate(sent):
            if tag == "B-PERSON" and i + 1 < len(sent) and sent[i + 1][1] == "I-PERSON":
                if re.fullmatch(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+(?:-[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+)?", tok):
                    counts[tok] += 1
        sent = []
    # surnames tagged as the first token (inverted order, "Искакова Динара") are not given names
    surname = re.compile(r"(?:ов|ев|ёв|ова|ева|ёва|ұлы|қызы|ский|ская)$")
    names = sorted(n for n, c in counts.items() if (c >= 2 or len(n) >= 4) and not surname.search(n))
    out = pathlib.Path(__file__).resolve().parent.parent / "sayasat" / "data" / "given_names_kaznerd.txt"
    out.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} names to {out}")


if __name__ == "__main__":
    main()
