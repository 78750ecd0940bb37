from abc import ABC, abstractmethod, ABCMeta
from collections.abc import (Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Iterable, Iterator,
                             Sized, Container, Hashable, Callable, Collection, Generator, Reversible, KeysView)
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
print(Sq(3).describe(), isinstance(Sq(1), Shape), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class Duck: pass
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape), issubclass(int, Shape))
class Deck(Sequence):
    def __init__(self):
        self.cards = ["A", "K", "Q", "J"]
    def __getitem__(self, i):
        return self.cards[i]
    def __len__(self):
        return len(self.cards)
d = Deck()
print(len(d), d[0], "Q" in d, d.index("Q"), d.count("K"), list(reversed(d)), list(d), isinstance(d, Iterable), isinstance(d, Reversible))
class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
s = Store(); s["A"] = 1; s.update({"B": 2}, C=3); s.setdefault("d", 4)
print(dict(s), s.get("a"), s.get("zz", 0), "b" in s, s.pop("c"), len(s), list(s.keys()), list(s.items()), list(s.values()), s == {"a": 1, "b": 2, "d": 4})
print(s.popitem(), isinstance(s.keys(), KeysView), s.keys() & {"b"})
s.clear(); print(len(s))
class Bag(MutableSet):
    def __init__(self, it=()):
        self._items = []
        for x in it:
            self.add(x)
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __len__(self):
        return len(self._items)
    def add(self, x):
        if x not in self._items:
            self._items.append(x)
    def discard(self, x):
        if x in self._items:
            self._items.remove(x)
b = Bag([3, 1, 2])
print(list(b | Bag([5])), list(b & {1, 3}), list(b - Bag([1])), b <= Bag([1, 2, 3, 4]), b == Bag([1, 2, 3]), b.isdisjoint([9]))
b -= {1}; b |= [7]; print(list(b), b.pop(), list(b))
class Stack(MutableSequence):
    def __init__(self):
        self._l = []
    def __getitem__(self, i):
        return self._l[i]
    def __setitem__(self, i, v):
        self._l[i] = v
    def __delitem__(self, i):
        del self._l[i]
    def __len__(self):
        return len(self._l)
    def insert(self, i, v):
        self._l.insert(i, v)
st = Stack(); st.append(1); st.extend([2, 3]); st += [4]; st.reverse(); print(list(st), st.pop(), st.pop(0), list(st)); st.remove(2); print(list(st))
print(isinstance([], MutableSequence), isinstance((), Sequence), isinstance("", Sequence), isinstance({}, Mapping), isinstance(set(), MutableSet), isinstance(frozenset(), Set), isinstance(frozenset(), MutableSet))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance(len, Callable), isinstance(1, Hashable), isinstance([], Hashable), isinstance((x for x in []), Generator), issubclass(dict, Collection), isinstance(3, Sized))
class Meta(ABCMeta):
    pass
class Base(metaclass=Meta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented
class Q:
    def quack(self):
        pass
print(isinstance(Q(), Base), isinstance(1, Base))
