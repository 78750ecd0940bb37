from collections.abc import Iterable, Mapping, Sequence, Callable, Iterator, Hashable, Sized
import collections.abc
import collections
print(isinstance([1], Iterable), isinstance(5, Iterable), isinstance({}, Mapping), isinstance([], Mapping))
print(isinstance("s", Sequence), isinstance({1}, Sequence), isinstance(len, Callable), isinstance(iter([]), Iterator))
print(isinstance([], Hashable), isinstance(1, Hashable), isinstance("", Sized), issubclass(list, Iterable))
class Bag:
    def __iter__(self): return iter([])
    def __len__(self): return 0
print(isinstance(Bag(), Iterable), isinstance(Bag(), Sized), isinstance(Bag(), Mapping), collections.abc.Iterable is Iterable)
def flatten(x):
    for item in x:
        if isinstance(item, Iterable) and not isinstance(item, str):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, "ab")], {4}])), collections.Counter("aab"))
