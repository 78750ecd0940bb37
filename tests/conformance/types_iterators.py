# __index__ objects, iterator types, reversed/zip/map/filter/enumerate, sum/min/max/sorted, ranges and slices.
from import_helper_types import t
class Idx:
    def __index__(self): return 2
t(lambda: [1, 2, 3, 4][Idx()]); t(lambda: [1, 2, 3, 4][Idx():]); t(lambda: "abcd"[Idx()]); t(lambda: range(10)[Idx()]); t(lambda: bin(Idx())); t(lambda: hex(Idx())); t(lambda: [0] * Idx()); t(lambda: slice(Idx()).indices(10)); t(lambda: (1, 2, 3)[Idx()])
t(lambda: list(iter([1, 2, 3].pop, 1))); it = iter(range(3)); t(lambda: next(it)); t(lambda: list(it)); t(lambda: next(it, "end")); t(lambda: iter(5, 1))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
t(lambda: list(reversed(Seq()))); t(lambda: list(Seq())); t(lambda: 20 in Seq()); t(lambda: sorted(Seq(), reverse=True)); t(lambda: list(enumerate(Seq(), 1)))
t(lambda: type(iter([])).__name__); t(lambda: type(iter(())).__name__); t(lambda: type(iter("")).__name__); t(lambda: type(iter({})).__name__); t(lambda: type(iter(range(1))).__name__); t(lambda: type(iter(set())).__name__); t(lambda: type(reversed([])).__name__); t(lambda: type(iter({}.values())).__name__); t(lambda: type(iter({}.items())).__name__)
t(lambda: iter([1, 2]).__length_hint__()); t(lambda: len(iter([1]))); t(lambda: list(zip(*[[1, 2], [3, 4]]))); t(lambda: dict(zip("ab", range(2)))); t(lambda: list(map(pow, [2, 3], [2, 2], [3, 5])))
t(lambda: list(filter(lambda x: x % 2, range(7)))); t(lambda: next(filter(None, []), "none")); t(lambda: any(map(str.isdigit, "ab1"))); t(lambda: all([[], 1])); t(lambda: max(map(len, ["a", "bbb", "cc"]))); t(lambda: min("b", "a", key=str.upper)); t(lambda: max([], key=len, default=None))
t(lambda: sum(range(101))); t(lambda: sum([0.1, 0.2, 0.3])); t(lambda: sum([1, 2.5])); t(lambda: sum((x * x for x in range(4)), 0.0)); t(lambda: sum([[1], [2]], start=[0])); t(lambda: sum([1j, 2]))
t(lambda: sorted([3, 1, 2], key=lambda x: -x)); t(lambda: sorted(["bb", "a", "ccc"], key=len, reverse=True)); t(lambda: sorted([(2, "b"), (1, "b"), (2, "a")])); t(lambda: list(reversed(sorted({3: 1, 1: 2}.items()))))
t(lambda: enumerate([1]).__next__()); t(lambda: list(enumerate("ab", -1))); t(lambda: enumerate(5)); t(lambda: list(zip([1, 2], [3], strict=False))); t(lambda: zip([1], strict=True).__next__())
it2 = zip([1, 2, 3], "ab", strict=True)
t(lambda: next(it2)); t(lambda: next(it2)); t(lambda: next(it2))
g = (i for i in range(3)); t(lambda: list(g)); t(lambda: list(g))
t(lambda: isinstance(range(3), type(range(0)))); t(lambda: range(3) == [0, 1, 2]); t(lambda: list(range(-5))); t(lambda: range(-3, 3)[::2]); t(lambda: range(5).index(-1)); t(lambda: range(0, 10, 3)[-1]); t(lambda: range(10)[::-3]); t(lambda: 5 in range(0, 10, 2)); t(lambda: range(0, -10, -2).count(-4))
t(lambda: repr(range(0, 5, 1))); t(lambda: repr(range(0, 5, 2))); t(lambda: str(slice(1, None))); t(lambda: slice(1, 2) < slice(1, 3)); t(lambda: slice(None).indices(0)); t(lambda: [1, 2, 3][slice(None, None, -1)]); t(lambda: range(3).__reversed__().__next__())
t(lambda: list(map(lambda *a: a, "ab", "cd"))); t(lambda: callable(map)); t(lambda: map(None, [1]).__next__()); t(lambda: list(filter(bool, [0, 1, 2]))); t(lambda: tuple(x for x in "ab"))
import itertools
t(lambda: list(itertools.islice(itertools.count(5, 2), 3)))
