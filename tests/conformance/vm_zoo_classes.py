class Animal:
    sound = None
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Animal.registry.append(cls.__name__)
    def __init__(self, name):
        self.name = name
    def speak(self):
        if self.sound is None:
            raise NotImplementedError(f"{type(self).__name__} cannot speak")
        return f"{self.name} the {type(self).__name__.lower()} says {self.sound}"
    def __lt__(self, other):
        return self.name < other.name
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    sound = "meow"
class Fish(Animal):
    pass
zoo = [Dog("rex"), Cat("tom"), Fish("nemo"), Dog("ace")]
for animal in sorted(zoo):
    try:
        print(animal.speak())
    except NotImplementedError as e:
        print("error:", e)
print(Animal.registry, [type(a).__name__ for a in sorted(zoo, key=lambda a: (type(a).__name__, a.name))])
counts = {}
for a in zoo:
    counts[type(a).__name__] = counts.get(type(a).__name__, 0) + 1
print(counts, max(counts, key=counts.get))
