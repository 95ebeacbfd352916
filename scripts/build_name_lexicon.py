"""Build sayasat/data/given_names_kaznerd.txt from KazNERD's *valid* split (never the test split).

usage: python scripts/build_name_lexicon.py ../shared/eval/kaznerd/IOB2_valid.txt
Also writes sayasat/data/kk_common_words_named.txt (Kazakh words the Russian dictionary takes for names).
A given name is the first token of a PERSON entity of two or more tokens (Kazakh and Russian news write
"Given Surname"; the first token is nominative there), or a one-token PERSON entity that is not a surname,
taken without its case ending when the bare form is seen too or it is seen with two different endings
("Абайдың", "Абайға", "Абай" give Абай). Names seen once are kept only when >= 4 letters. A word the
Russian dictionary knows only as a surname ("Лукашенко", "Шопен") is left out.
"""

import collections
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from sayasat.names import KK_SUFFIXES, STRONG_KK_SUFFIXES, dictionary_tags, suffix_fits  # noqa: E402

HEADER = """# Given names seen in KazNERD's valid split (first token of multi-token PERSON entities), one a line.
# Source: KazNERD, Yeshpanov et al., LREC 2022, github IS2AI/KazNERD @ bd4333d, IOB2_valid.txt;
# licence CC BY 4.0 (attribution: the KazNERD authors). Built by scripts/build_name_lexicon.py.
# The test split was not read.
"""


def main() -> None:
    src = pathlib.Path(sys.argv[1])
    counts: collections.Counter[str] = collections.Counter()
    singles: collections.Counter[str] = collections.Counter()
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
            elif tag == "B-PERSON" and (i + 1 == len(sent) or sent[i + 1][1] != "I-PERSON"):
                if re.fullmatch(r"[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+", tok):
                    singles[tok] += 1
        sent = []
    # surnames tagged as the first token (inverted order, "Искакова Динара") are not given names
    surname = re.compile(r"(?:ов|ев|ёв|ова|ева|ёва|ұлы|қызы|ский|ская)$")
    names = {n for n, c in counts.items() if (c >= 2 or len(n) >= 4) and not surname.search(n)}
    # one-token persons: a stem seen bare, or with two different endings
    endings: dict[str, set[str]] = collections.defaultdict(set)
    for tok in singles:
        stems = [tok[: len(tok) - len(suf)] for suf in KK_SUFFIXES
                 if tok.endswith(suf) and len(tok) - len(suf) >= 3 and suffix_fits(tok[: len(tok) - len(suf)], suf)]
        if surname.search(tok) or any(surname.search(st) or st.endswith(("ин", "ина")) for st in stems):
            continue  # an inflected surname ("Әбдірахмановтың"), not a given name
        endings[tok].add("")
        for suf in KK_SUFFIXES:
            stem = tok[: len(tok) - len(suf)]
            if tok.endswith(suf) and len(stem) >= 3 and suffix_fits(stem, suf):
                endings[stem].add(suf)
    stems = {stem for stem, ends in endings.items() if ("" in ends and stem in singles or len(ends) >= 2)
             and len(stem) >= 3 and not surname.search(stem) and not stem.endswith(("ин", "ина"))}

    # a genitive, ablative or instrumental ending is unmistakable: "Раушанның" is Раушан's even if seen once
    stems |= {tok[: len(tok) - len(suf)] for tok in singles for suf in STRONG_KK_SUFFIXES
              if tok.endswith(suf) and len(tok) - len(suf) >= 4 and suffix_fits(tok[: len(tok) - len(suf)], suf)
              and tok[: len(tok) - len(suf)] in endings}

    def inflected(tok: str) -> bool:
        """"Абайдың" when "Абай" is a name too: the list holds base forms, so kk_base can strip endings."""
        return any(tok.endswith(suf) and tok[: len(tok) - len(suf)] in stems | names for suf in KK_SUFFIXES
                   if suf and len(tok) - len(suf) >= 3 and suffix_fits(tok[: len(tok) - len(suf)], suf))

    names |= {stem for stem in stems if not inflected(stem)}
    # a surname the tagging put first ("Лукашенко Александр") or alone: the dictionary knows it as one only
    names = sorted(n for n in names if dictionary_tags(n) != {"surname"})
    out = pathlib.Path(__file__).resolve().parent.parent / "sayasat" / "data" / "given_names_kaznerd.txt"
    out.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} names to {out}")
    write_common_words(src)


COMMON_HEADER = """# Kazakh words that the Russian dictionary (pymorphy3) also knows as given names:
# "жаңа" (new) is Жана, "әлем" (world) Алем, "сауда" (trade) Сауда. Each is seen in lower case
# at least 3 times in KazNERD's valid split, so it is an ordinary word first: a capitalised one
# alone is a person only when a given-name list names it.
# Source: KazNERD, Yeshpanov et al., LREC 2022, github IS2AI/KazNERD @ bd4333d, IOB2_valid.txt;
# licence CC BY 4.0 (attribution: the KazNERD authors). Built by scripts/build_name_lexicon.py;
# the test split was not read.
"""


def write_common_words(src: pathlib.Path) -> None:
    lower: collections.Counter[str] = collections.Counter()
    for line in src.read_text(encoding="utf-8").splitlines():
        tok = line.rpartition(" ")[0]
        if tok[:1].islower():
            lower[tok] += 1
    words = sorted(w for w, c in lower.items() if c >= 3 and len(w) >= 3 and "name" in dictionary_tags(w.capitalize()))
    out = pathlib.Path(__file__).resolve().parent.parent / "sayasat" / "data" / "kk_common_words_named.txt"
    out.write_text(COMMON_HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {out}")


if __name__ == "__main__":
    main()
