import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
data = {"name": "widget", "tags": ["a", "b", "c"], "dims": {"w": 10, "h": 20, "d": [1.5, 2.5]}, "id": 12345678901234567890}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=30, indent=4)
pprint.pprint(data, sort_dicts=False, width=50)
big = {f"key{i}": list(range(i)) for i in range(8)}
pprint.pprint(big)
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True, width=60)
pprint.pprint([("tuple", 1), ("x" * 30, {"nested": {"deep": [1, 2, {"deeper": "yes"}]}})], width=50)
pprint.pprint({"s": {3, 1, 2}, "f": frozenset({"b", "a"}), "t": (1,), "e": (), "l": []}, width=30)
print(pprint.pformat({"b": 1, "a": [1, 2]}), pprint.pformat("x" * 10), pprint.saferepr([1, {"a": 2}]))
long_s = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint({"text": long_s}, width=60)
pprint.pprint(OrderedDict([("z", 1), ("a", [1] * 30)]), width=40)
dd = defaultdict(list, {"k": list(range(25))}); pprint.pprint(dd, width=50)
pprint.pprint(Counter("abracadabra" * 3), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=50)
nested = [1, [2, [3, [4, [5, [6]]]]]]
pprint.pprint(nested, depth=3)
rec = [1, 2]; rec.append(rec)
print(pprint.isrecursive(rec), pprint.isreadable([1, 2]), pprint.isreadable(object()))
@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
pprint.pprint([Item("apple", 3, ["fruit", "red"]), Item("banana-long-name", 12, ["fruit", "yellow", "tropical"])], width=60)
pprint.pp({"z": 1, "a": 2})
pp = pprint.PrettyPrinter(indent=2, width=20)
pp.pprint({"alpha": [1, 2, 3], "beta": "b"})
print(pp.pformat((1, 2)))
