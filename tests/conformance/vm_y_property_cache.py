from functools import cached_property
class Data:
    def __init__(self, xs):
        self.xs = xs
        self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, d.computed, "total" in vars(d))
