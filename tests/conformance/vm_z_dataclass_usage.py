from dataclasses import dataclass, field, asdict, astuple, replace
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)
    @property
    def total(self):
        return self.price * self.qty
items = [Item("pen", 1.5, 4), Item("book", 12.0), Item("bag", 30.0, 1, ["x"])]
print(items[0], items[0].total, sum(i.total for i in items))
print(asdict(items[2]), astuple(items[1]), replace(items[0], qty=10).total, items[0] == Item("pen", 1.5, 4))
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1))
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
