import reprlib

print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr("x" * 100))
print(reprlib.repr(10 ** 60))
print(reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(set()), reprlib.repr(frozenset([3, 1, 2])))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr({"a": [1, 2, 3]}))

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
print(r.repr(list(range(10))), r.repr("abcdefghijklmnop"))


class Thing:
    def __repr__(self):
        return "Thing(" + "z" * 50 + ")"


print(reprlib.repr(Thing()))


class Node:
    def __init__(self, v):
        self.v = v
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r, %r)" % (self.v, self.children)


n = Node(1)
n.children.append(n)
n.children.append(Node(2))
print(repr(n))
print(Node.__repr__.__name__)
