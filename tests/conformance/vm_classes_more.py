class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), ml[1:], type(ml).__name__, isinstance(ml, list))
class MyDict(dict):
    def __missing__(self, k):
        return k * 2
md = MyDict(a=1)
print(md["a"], md["zz"], md, len(md))
class Stack(list):
    push = list.append
s = Stack(); s.push(5); print(s)
class E(ValueError):
    def __str__(self):
        return "custom str"
try:
    raise E("x")
except ValueError as e:
    print(e, repr(e), e.args)
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
print(list(Node(1, Node(2, Node(3)))))
class Shape:
    def area(self): raise NotImplementedError("subclass must implement")
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
shapes = [Sq(2), Sq(3)]
print(sum(s.area() for s in shapes), [type(s).__name__ for s in shapes])
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(str(Sq), repr(Sq(1)).startswith("<__main__.Sq object at"))
class Temp:
    def __init__(self): self.__private = 1
    def get(self): return self.__private
t = Temp(); print(t.get(), hasattr(t, "__private"), hasattr(t, "_Temp__private"))
class WithClassAttr:
    items = []
    def add(self, x): self.items.append(x)
a, b = WithClassAttr(), WithClassAttr(); a.add(1); b.add(2); print(WithClassAttr.items)
print(isinstance(3, object), type(type(3)), int.__mro__, bool.__mro__)
class P:
    def __init__(self, name): self.name = name
    def __eq__(self, o): return isinstance(o, P) and self.name == o.name
print(P("a") == P("a"), P("a") != P("b"), P("a") in [P("a")], [P("x")].index(P("x")))
try:
    {P("a"): 1}
except TypeError as e:
    print("TypeError:", e)
class MyInt(int):
    pass
print(MyInt(5) + 1)
