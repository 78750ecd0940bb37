class Animal:
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def __str__(self):
        return self.name


class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []

    def add_trick(self, t):
        self.tricks.append(t)
        return self


class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"


d = Dog("rex").add_trick("sit").add_trick("roll")
p = Puppy("bit")
print(d.speak(), d.tricks, p.speak(), Animal.count)
print(repr(d), str(p), [d, p], isinstance(p, Animal), issubclass(Puppy, Dog), type(p) is Puppy)
print(Puppy.__mro__, Puppy.__bases__, Puppy.__name__, Dog.__qualname__)
print(hasattr(d, "tricks"), getattr(d, "missing", "default"), vars(Animal("x")))
setattr(d, "age", 3); print(d.age); delattr(d, "age"); print(hasattr(d, "age"))


class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def valid(v):
        return v >= -273.15


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit, Temperature.from_f(212).celsius, Temperature.valid(-300))
try:
    t.celsius = -500
except ValueError as e:
    print("error:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, step=1):
        self.n += step
        return self.n


c = Counter()
c(); c(5)
print(c.n, callable(c))


class Slots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slots()
print(s.a)
print(Animal.speak(d), Dog.speak is Animal.speak)
