class Dyn:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"no {name}")


d = Dyn()
print(d.real, d.x_hello, getattr(d, "x_a"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)


lg = Logged()
lg.a = 5
lg.b = "s"
print(lg.a, lg.b, vars(lg))
del lg.a
print(hasattr(lg, "a"))


class Frozen:
    __slots__ = ()

    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)


print(Frozen().secret, type(Frozen()).__name__)


class Desc:
    def __init__(self):
        self.store = {}

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.store.get(id(obj), f"unset {self.name}")

    def __set__(self, obj, value):
        self.store[id(obj)] = value


class Holder:
    field = Desc()


h = Holder()
print(h.field)
h.field = "value"
print(h.field, isinstance(Holder.field, Desc), Holder.field.name)


class Meta(type):
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


print(WithMeta(3).v)


class Base:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Base.registry.append(cls.__name__)


class One(Base):
    pass


class Two(Base):
    pass


print(Base.registry)
