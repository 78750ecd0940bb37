import json, re, heapq, itertools, functools, operator
from collections import Counter, defaultdict, namedtuple, OrderedDict
from dataclasses import dataclass, field, asdict
from enum import Enum, auto
from datetime import date, timedelta
from typing import List, Optional
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction
class Status(Enum):
    TODO = auto()
    DONE = auto()
@dataclass(order=True)
class Task:
    priority: int
    title: str = field(compare=False)
    due: Optional[date] = field(default=None, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)
    status: Status = field(default=Status.TODO, compare=False)
tasks = [Task(3, "write report", date(2024, 5, 1), ["work"]), Task(1, "pay bills", date(2024, 4, 28), ["home", "money"]), Task(2, "gym")]
heap = list(tasks); heapq.heapify(heap)
print([heapq.heappop(heap).title for _ in range(len(heap))])
tasks[1].status = Status.DONE
def enc(o):
    if isinstance(o, Enum):
        return o.name
    if isinstance(o, date):
        return o.isoformat()
    raise TypeError(type(o).__name__)
print(json.dumps([asdict(t) for t in sorted(tasks)], default=enc, indent=2))
by_status = defaultdict(list)
for t in tasks:
    by_status[t.status.name].append(t.title)
print(dict(by_status), sorted(tasks, key=operator.attrgetter("title"))[0].title)
text = "It was the best of times, it was the worst of times; it was the age of wisdom."
words = re.findall(r"[a-z']+", text.lower())
freq = Counter(words)
print(freq.most_common(4), len(freq), sum(freq.values()), [w for w, c in freq.items() if c == 1][:5])
print({k: len(list(g)) for k, g in itertools.groupby(sorted(words, key=len), key=len)})
Point = namedtuple("Point", "x y")
pts = [Point(3, 4), Point(-1, 2), Point(0, 0), Point(5, -5)]
print(max(pts, key=lambda p: p.x ** 2 + p.y ** 2), sorted(pts, key=operator.itemgetter(1)), functools.reduce(lambda a, p: a + p.x, pts, 0))
start = date(2024, 1, 29)
schedule = OrderedDict((start + timedelta(weeks=i), f"sprint {i + 1}") for i in range(4))
for d, name in schedule.items():
    print(d.strftime("%a %b %d"), name, d.isocalendar()[1])
prices = {"apple": Decimal("0.35"), "bread": Decimal("2.49"), "milk": Decimal("1.19")}
cart = Counter(apple=6, bread=1, milk=2)
subtotal = sum((prices[k] * n for k, n in cart.items()), Decimal("0"))
tax = (subtotal * Decimal("0.07")).quantize(Decimal("0.01"), ROUND_HALF_UP)
print(f"subtotal={subtotal} tax={tax} total={subtotal + tax:.2f}")
harmonic = sum(Fraction(1, n) for n in range(1, 11))
print(harmonic, float(harmonic), harmonic.limit_denominator(100))
matrix = [[(i * j) % 7 for j in range(5)] for i in range(4)]
print(list(map(list, zip(*matrix))), [sum(col) for col in zip(*matrix)], max(map(max, matrix)))
pairs = list(itertools.combinations(range(5), 2)); print(len(pairs), pairs[:3], list(itertools.accumulate(range(1, 6), operator.mul)))
@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().currsize > 0)
inventory = json.loads('{"widgets": {"qty": 5, "price": 2.5}, "gadgets": {"qty": 0, "price": 10}}')
in_stock = {k: v for k, v in inventory.items() if v["qty"] > 0}
print(in_stock, json.dumps(inventory, sort_keys=True, separators=(",", ":")))
