from collections import deque, Counter, defaultdict, OrderedDict, namedtuple, ChainMap
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5); print(d, d.maxlen, len(d))
d.extend([6, 7]); d.extendleft([-1, -2]); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.pop(), d.popleft(), d, d.count(3), d.index(4), d[0], d[-1], 4 in d)
d.remove(4); d.insert(1, 99); print(d); d.reverse(); print(d); d.clear(); print(d, bool(d))
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque().popleft()
except IndexError as e:
    print(type(e).__name__, e)
d2 = deque("abc"); d2[1] = "X"; del d2[0]; print(d2, list(d2), deque(d2) == d2, d2 + deque("z"), d2 * 2, repr(deque()))
c = Counter("abracadabra")
print(c, c["a"], c["zz"], c.most_common(2), sorted(c.elements()), c.total())
c.update("aaz"); c.subtract({"a": 2}); print(c)
c2 = Counter(a=3, b=1); c3 = Counter(a=1, b=2, c=1)
print(c2 + c3, c2 - c3, c2 & c3, c2 | c3, -c3 + c2 if False else "", +Counter(a=-1, b=2))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), list(Counter("bca")), Counter("aab").most_common(), dict(Counter("xy")))
del c["z"]; print(c.get("z"), "z" in c, len(c), Counter())
dd = defaultdict(list)
dd["a"].append(1); dd["b"]; print(dd, dict(dd), dd.default_factory)
di = defaultdict(int)
for w in "the cat the dog the".split():
    di[w] += 1
print(sorted(di.items()), di["missing"], len(di))
dn = defaultdict(None); 
try:
    dn["x"]
except KeyError as e:
    print(type(e).__name__, e)
dl = defaultdict(lambda: "?"); print(dl["q"], dict(dl))
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od.keys()))
od.move_to_end("b"); print(list(od)); od.move_to_end("b", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2); print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]), tuple(p))
x, y = p; print(x + y, p == (1, 2), len(p), isinstance(p, tuple), hash(p) == hash((1, 2)))
P3 = namedtuple("P3", "a b c", defaults=[0, 9]); print(P3(1), P3(1, 2), P3._field_defaults)
P4 = namedtuple("P4", "a, b"); print(P4(b=1, a=2))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
R = namedtuple("R", "class def", rename=True); print(R._fields)
class Pt(namedtuple("Pt", "x y")):
    def norm(self):
        return abs(self.x) + abs(self.y)
print(Pt(3, -4).norm(), Pt(3, -4))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("z", 0), "b" in cm, cm.maps)
cm["c"] = 5; print(cm.maps[0]); ch = cm.new_child({"a": 0}); print(ch["a"], ch.parents["a"], dict(cm))
try:
    cm["zz"]
except KeyError as e:
    print(type(e).__name__, e)
from collections import UserDict, UserList
class MyD(UserDict):
    pass
m = MyD({"a": 1}); m["b"] = 2; print(m.data, len(m), "a" in m, sorted(m))
ul = UserList([1, 2]); ul.append(3); print(ul, len(ul), ul[0])
