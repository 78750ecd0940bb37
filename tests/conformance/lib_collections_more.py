from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
c = Counter("mississippi")
print(c.most_common(), c.most_common(1), sorted(c.items()), list(c.keys()), c["s"], c.total())
print(Counter({"a": 2, "b": -1}) + Counter(), Counter(a=1) - Counter(a=3), Counter(a=3) & Counter(a=1, b=2), repr(Counter()), str(Counter(x=1)))
c2 = Counter(["x", "y", "x"]); c2["z"] += 2; c2.update(x=5); print(c2, c2 == Counter(x=7, y=1, z=2), Counter("ab") < Counter("aab") if hasattr(Counter, "__lt__") else "")
print(dict(Counter("hello").most_common(2)), Counter(dict(a=1)).get("b", 5), sum(Counter("aab").values()), sorted(Counter([1, 2, 2]).elements()))
c3 = Counter(a=2, b=3); c3.subtract(a=5); print(c3, +c3, -c3, c3.most_common()[-1])
c4 = Counter(a=1); c4 += Counter(b=2); c4 -= Counter(a=1); c4 |= Counter(c=3); c4 &= Counter(b=1, c=5); print(c4)
dd = defaultdict(set); dd["a"].add(1); dd["a"].add(2); print(dd, repr(defaultdict(int)), defaultdict(list, {"k": [1]}))
nested = defaultdict(lambda: defaultdict(int)); nested["x"]["y"] += 1; print({k: dict(v) for k, v in nested.items()})
dc = dd.copy(); dc["b"]; print(sorted(dc), sorted(dd), type(dc).__name__, dd.get("zz"), "zz" in dd)
print(defaultdict(int, a=1) == {"a": 1}, isinstance(defaultdict(), dict), defaultdict(str)["x"] == "")
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
od = OrderedDict.fromkeys("abc", 0); od["a"] = 5; print(od, list(od.items()), od.popitem(last=False), next(reversed(od)))
od2 = OrderedDict([("x", 1), ("y", 2)]); od2.update(z=3); od2.move_to_end("x"); print(od2, od2 | {"w": 0}, OrderedDict(sorted({"b": 1, "a": 2}.items())))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    od2.move_to_end("nope")
except KeyError as e:
    print(type(e).__name__, e)
d = deque(range(5), maxlen=3); print(d, d.maxlen); d.appendleft(-1); print(d); d.extend([7, 8]); print(d)
d2 = deque([1, 2, 3]); d2.rotate(); print(d2, d2.index(3), d2.count(1), list(reversed(d2)), d2[-1], len(d2), d2 == deque([3, 1, 2]), d2 < deque([4]))
d3 = deque(); d3 += [1, 2]; d3.extendleft("ab"); print(d3, d3.copy(), deque("xyz", 2), list(deque([1, 2, 3])[i] for i in range(3)))
try:
    deque([1]).index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque([1])[5]
except IndexError as e:
    print(type(e).__name__, e)
Card = namedtuple("Card", "rank suit")
hand = [Card("A", "s"), Card("10", "h")]
print(hand, sorted(hand), hand[0]._replace(suit="d"), Card._fields, Card.__name__, repr(Card("2", "c")), Card(*"Qd"))
print(hand[0].rank, getattr(hand[1], "suit"), Card._make(["K", "c"])._asdict(), dict(zip(Card._fields, hand[1])), hand[0] == ("A", "s"))
P = namedtuple("P", ["x", "y"], defaults=[0])
print(P(1), P(1, 2).x, P.__doc__, [p.x for p in [P(3), P(4)]], max(P(1, 5), P(2, 0)))
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad", "a _b")
except ValueError as e:
    print(type(e).__name__, e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
cm = ChainMap({"a": 1}, {"b": 2}, {"a": 3, "c": 4})
print(list(cm.keys()), list(cm.values()), list(cm.items()), cm, len(cm), cm.new_child(), dict(cm.parents))
del cm["a"]; print(cm["a"], cm.maps[0])
try:
    del cm["c"]
except KeyError as e:
    print(type(e).__name__, e)
