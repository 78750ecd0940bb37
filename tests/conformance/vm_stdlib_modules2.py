import random, json, statistics
from dataclasses import dataclass, field, asdict
from enum import Enum, IntEnum, auto
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 5), random.randrange(0, 100, 5))
random.seed(12345); print([random.randint(1, 6) for _ in range(10)], round(random.gauss(0, 1), 6))
print(random.getrandbits(70), random.choices("xyz", k=4))
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1); q = P(1, 0)
print(p, p == q, asdict(p), P(2, 3, ["a"]))
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = "z"
print(F(1) < F(2), sorted([F(3), F(1, "a")]), hash(F(1)) == hash(F(1)))
try:
    F(1).a = 5
except Exception as e:
    print(type(e).__name__, e)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), Color.BLUE.value, Color(2), Color["RED"], list(Color), len(Color), Color.RED in Color)
class Pri(IntEnum):
    LOW = 1
    HIGH = 5
print(Pri.HIGH > Pri.LOW, Pri.LOW + 1, int(Pri.HIGH), str(Pri.LOW))
print(json.dumps({"a": [1, 2.5, None, True], "b": "x\ny", "c": {}}), json.dumps([1, {"k": "é"}], indent=2, sort_keys=True))
print(json.loads('{"a": [1, 2.5, null, true, "s\\u00e9"], "b": {"c": -3e2}}'))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.mode([1, 1, 2]))
