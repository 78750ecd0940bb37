def make_class(base_val):
    class Inner:
        val = base_val
        doubled = base_val * 2
        def get(self):
            return self.val + base_val
        @classmethod
        def cm(cls):
            return cls.val
    return Inner
C = make_class(5)
print(C().get(), C.doubled, C.cm(), C.__name__, C.__qualname__)
class Outer:
    class Nested:
        x = 1
        def show(self):
            return f"Nested {self.x}"
    def make(self):
        return self.Nested()
print(Outer().make().show(), Outer.Nested.__qualname__, Outer.Nested.x)
x = "global x"
class Scope:
    x = "class x"
    def method(self):
        return x
    lam = lambda self: x
    comp = [x for _ in range(1)]
print(Scope().method(), Scope().lam(), Scope.comp)
def outer():
    y = "enclosing"
    class K:
        y = "class y"
        def m(self):
            return y
    return K().m(), K.y
print(outer())
