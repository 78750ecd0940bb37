class A:
    x = 1
    def __init__(self):
        self.y = 2
a = A()
print(a.x, a.y, A.x, "x" in vars(a), "y" in vars(a), sorted(k for k in vars(A) if not k.startswith("__")))
a.x = 10
print(a.x, A.x)
del a.x
print(a.x)
A.x = 5
print(a.x, A().x)
A.new_method = lambda self: self.y * 3
print(a.new_method())
setattr(A, "z", 9)
print(a.z, getattr(a, "z"), getattr(a, "nope", None))
class B(A):
    x = 100
print(B().x, B().y, B.__dict__.get("x"), "y" in B.__dict__)
print(type(a).__name__, a.__class__.__name__, A.__name__, A.__qualname__, A.__module__)
print(hasattr(a, "__dict__"), isinstance(a.__dict__, dict), a.__dict__)
