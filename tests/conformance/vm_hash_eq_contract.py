class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"
d = {Key(1, 2): "x"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d, len({Key(1, 1), Key(1, 1), Key(1, 2)}))
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
class IdHash:
    pass
a = IdHash()
print({a: 1}[a], a in {a}, len({IdHash(), IdHash()}))
print(hash(1) == hash(1.0) == hash(True), hash("s") == hash("s"), hash((1, "a")) == hash((1, "a")), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(-1), hash(-2), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5), hash(-0.5), hash((1, 2, 3)))
