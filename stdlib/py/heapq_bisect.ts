// heapq and bisect: the Python layers over _heapq and _bisect (stdlib/heapq_module.ts,
// stdlib/bisect_module.ts), as in CPython.
/** Source of the heapq module. */
export const heapqSource = String.raw`"""Heap queue algorithm (a.k.a. priority queue)."""

from _heapq import heappush, heappop, heapreplace, heappushpop, heapify
from _heapq import _heappop_max, _heapreplace_max, _heapify_max

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Lazily merges sorted inputs into one sorted iterator; equal items keep input order."""
    h = []
    if reverse:
        _heapify, _heappop, _heapreplace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        _heapify, _heappop, _heapreplace, direction = heapify, heappop, heapreplace, 1
    # Entries are [value or key, input order, value, next]; the order breaks ties stably.
    for order, it in enumerate(map(iter, iterables)):
        nxt = it.__next__
        try:
            v = nxt()
        except StopIteration:
            continue
        h.append([v if key is None else key(v), order * direction, v, nxt])
    _heapify(h)
    while len(h) > 1:
        try:
            while True:
                entry = h[0]
                yield entry[2]
                v = entry[3]()
                entry[0] = v if key is None else key(v)
                entry[2] = v
                _heapreplace(h, entry)
        except StopIteration:
            _heappop(h)
    if h:
        entry = h[0]
        yield entry[2]
        yield from _rest(entry[3])


def _rest(nxt):
    while True:
        try:
            yield nxt()
        except StopIteration:
            return


def _extreme(pick, n, iterable, key, reverse):
    if n <= 0:
        return []
    if n == 1:
        sentinel = object()
        result = pick(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key, reverse=reverse)[:n]


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n]."""
    return _extreme(min, n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    return _extreme(max, n, iterable, key, True)
`;

/** Source of the bisect module. */
export const bisectSource = String.raw`"""Bisection algorithms."""

from _bisect import bisect_left, bisect_right, insort_left, insort_right

bisect = bisect_right
insort = insort_right
`;
