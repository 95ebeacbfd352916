"""Large alternations of lexicon forms, written so that Python's regex engine tries few of them.

`re` tries the alternatives of `(?:A|B|C...)` one by one at every position it reaches, so a pattern of a
hundred cue forms or a thousand gazetteer aliases costs a hundred or a thousand tries per word. Grouped
by their first letter (`з(?:аявил...|...)|в(?:...)`), the alternatives are looked at only where that
letter stands. The grouped pattern matches exactly what the flat one matches, at the same places and
with the same lengths: at one position only one group can match, and a group keeps its alternatives in
their order, so the first alternative that matches is the same one.

`required_literal` reads text every match of a pattern contains, for a substring test that rules a text
out before the pattern is tried.
"""

from __future__ import annotations

import re


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern: split at each `|` outside groups and classes."""
    out: list[str] = []
    cur: list[str] = []
    depth, in_class, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    out.append("".join(cur))
    return out


def required_literal(pattern: str) -> str:
    """The longest plain text every match of a regex contains: "Президент" of "Президент(?:а|у)? РК",
    " государства" of "[Гг]лав(?:а|ы) государства". Only runs outside groups and classes count, without
    a letter a quantifier makes optional; empty when the pattern has a choice at its top level or an
    escape (too clever to read here, so no shortcut)."""
    if "\\" in pattern or len(alternatives(pattern)) > 1:
        return ""
    runs, run, depth, in_class, in_braces = [], "", 0, False, False
    for k, ch in enumerate(pattern):
        if in_class or in_braces:
            in_class, in_braces = in_class and ch != "]", in_braces and ch != "}"
            continue
        if ch in "()[].^$*+?{}|" or depth:
            runs.append(run)
            run = ""
            depth += (ch == "(") - (ch == ")")
            in_class, in_braces = ch == "[", ch == "{"
            continue
        if pattern[k + 1:k + 2] in ("?", "*", "{"):
            runs.append(run)  # an optional letter ends the run without joining it
            run = ""
            continue
        run += ch
    runs.append(run)
    return max(runs, key=len)


def _first_literal(alternative: str) -> tuple[str, str] | None:
    """(first character, the rest) when the alternative opens with one literal character that no
    quantifier follows; None otherwise (a class, a group, an escape such as \\s)."""
    if alternative[:1] == "\\":
        if len(alternative) < 2 or alternative[1].isalnum():
            return None  # \s, \w, \d, \b ...: not one literal character
        first, rest = alternative[1], alternative[2:]
    elif alternative[:1] and alternative[0] not in "()[].^$*+?{}|":
        first, rest = alternative[0], alternative[1:]
    else:
        return None
    if rest[:1] in ("?", "*", "+", "{"):
        return None
    return first, rest


def by_first_letter(alts: list[str], ignore_case: bool = False) -> str:
    """An alternation of `alts` grouped by first character (lower-cased when the pattern will be compiled
    with re.IGNORECASE, which then matches either case). Alternatives keep their order within a group.
    When an alternative does not open with a literal character, the flat alternation is returned."""
    groups: dict[str, list[str]] = {}
    for alt in alts:
        split = _first_literal(alt)
        if split is None:
            return "|".join(alts)
        first, rest = split
        key = first.lower() if ignore_case else first
        if ignore_case and key.upper().lower() != key:
            return "|".join(alts)  # a letter whose cases do not map back and forth (ß, İ ...): keep it flat
        groups.setdefault(key, []).append(rest)
    return "|".join(f"{re.escape(c)}(?:{'|'.join(rest)})" for c, rest in groups.items())
