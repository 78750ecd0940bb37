# pprint: CPython's layout for nested containers, widths, depth, compact mode, dict sorting.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field

data = {
    "name": "taipan",
    "versions": [1, 2, 3, [4, 5, [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]]],
    "nested": {"z": {"deep": {"deeper": list(range(30))}}, "a": (1, 2), "m": {3, 1, 2}},
    "text": "lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore",
    "empty": [], "tuple1": (1,), "none": None, "flag": True, "num": 3.25,
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), width=30, compact=True)
pprint.pprint([list(range(10))] * 3, indent=4, width=40)
print(pprint.pformat({"b": 1, "a": [1, 2]}))
print(pprint.pformat("short"))
print(pprint.saferepr({"x": [1, 2]}), pprint.isreadable([1, 2]), pprint.isreadable(object()))
r = [1, 2]
r.append(r)
print(pprint.pformat(r).split(" with id=")[0], pprint.isrecursive(r))
pprint.pprint(OrderedDict((str(i), i * i) for i in range(12)))
dd = defaultdict(list)
for i in range(15):
    dd["key%d" % (i % 4)].append(i * 1000)
pprint.pprint(dd)
pprint.pprint(Counter("mississippi" * 7 + "abcdefghijklmnopqrstuvwxyz"))
pprint.pprint(deque(range(30), maxlen=40))
pprint.pprint(frozenset(range(25)))
pprint.pprint(("a" * 30, "b" * 30, "c" * 30))
pprint.pprint({"long": "x" * 100})
pprint.pp({"b": 2, "a": 1, "c": list(range(25))})
pprint.pprint(123456789, underscore_numbers=True)


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)


pprint.pprint(Point(1, 2, ["alpha" * 5, "beta" * 5, "gamma" * 5, "delta" * 5]))
pprint.pprint([Point(i, i) for i in range(2)])
printer = pprint.PrettyPrinter(indent=2, width=50)
printer.pprint({"k%d" % i: list(range(i)) for i in range(8)})
print(printer.pformat([[1, 2], [3, 4]]))
