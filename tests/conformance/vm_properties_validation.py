class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    @property
    def age(self):
        return self._age
    @age.setter
    def age(self, v):
        if not isinstance(v, int):
            raise TypeError("age must be an int")
        if v < 0:
            raise ValueError("age must be non-negative")
        self._age = v
    @property
    def name(self):
        return self._name
    @name.setter
    def name(self, v):
        self._name = v.strip().title()
    @property
    def summary(self):
        return f"{self.name} ({self.age})"
p = Person("  ada lovelace ", 36)
print(p.summary, p.name, p.age)
for bad in [-1, "x"]:
    try:
        p.age = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    p.summary = "x"
except AttributeError as e:
    print("AttributeError:", e)
print(type(Person.age).__name__, Person.age.fget.__name__, isinstance(Person.summary, property))
