# Attributes of a bound method come from its function; setting them is refused.
class A:
    def f(self):
        "doc"
        pass
A.f.tag = 5
a = A()
print(a.f.tag, a.f.__doc__, a.f.__name__, a.f.__func__ is A.f, a.f.__self__ is a)
print(getattr(a.f, "tag", None), getattr(a.f, "nope", "dflt"), hasattr(a.f, "tag"))
try:
    a.f.other = 1
except AttributeError as e:
    print(e)
