from collections import namedtuple, OrderedDict, defaultdict, Counter, deque, ChainMap
Card = namedtuple("Card", ["rank", "suit"])
hand = [Card(10, "h"), Card(2, "s"), Card(14, "d")]
print(sorted(hand), max(hand).rank, hand[0]._asdict(), Card._make([3, "c"]), Card(rank=1, suit="x")._replace(suit="y"))
Pt = namedtuple("Pt", "x y z", defaults=[0])
print(Pt(1, 2), Pt._fields, Pt._field_defaults, len(Pt(1, 2, 3)), Pt(1, 2) == (1, 2, 0))
x, y, z = Pt(4, 5, 6)
print(x + y + z)
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"]["c"], "a" in t, len(t))
dd = defaultdict(int)
for c in "hello":
    dd[c] += 1
print(sorted(dd.items()), dd.default_factory is int)
od = OrderedDict([("b", 1), ("a", 2)])
od["c"] = 3
od.move_to_end("b")
print(list(od), od.popitem(), od)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"z": 0})["z"])
c = Counter(words := "the cat and the hat and the bat".split())
print(c.most_common(2), sorted(c.elements())[:4], c["the"], sum(c.values()))
