"""Sorted (start, end) spans for the questions every stage asks: does this overlap anything taken,
which spans lie inside this one, which contain this offset. Spans of one kind in an article are disjoint
or nested (a quote inside an interview answer), so a binary search plus a short look back answers
each question in O(log n): a page of megabytes with thousands of mentions stays fast."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort

LOOK_BACK = 64  # nested spans that can contain an offset are few; siblings beyond this are not looked at


class Spans:
    def __init__(self, spans=()):
        self.items: list[tuple[int, int]] = sorted(spans)

    def add(self, start: int, end: int) -> None:
        insort(self.items, (start, end))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a code point with a span already here."""
        j = bisect_left(self.items, (end,)) - 1
        for k in range(j, max(-1, j - LOOK_BACK), -1):
            if self.items[k][1] > start:
                return True
        return False

    def containing(self, pos: int) -> list[tuple[int, int]]:
        """The spans that contain offset pos, innermost first."""
        j = bisect_right(self.items, (pos, float("inf"))) - 1
        out = [self.items[k] for k in range(j, max(-1, j - LOOK_BACK), -1)
               if self.items[k][0] <= pos < self.items[k][1]]
        return sorted(out, key=lambda s: s[1] - s[0])


def starts_within(starts: list[int], start: int, end: int) -> range:
    """Indices of the sorted `starts` that fall in [start, end)."""
    return range(bisect_left(starts, start), bisect_left(starts, end))
