class Counter:
    instances = 0
    def __init__(self, start=0):
        self.value = start
        Counter.instances += 1
    def increment(self, by=1):
        self.value += by
        return self
    def reset(self):
        self.value = 0
    def __repr__(self):
        return f"Counter({self.value})"
c = Counter().increment().increment(5)
d = Counter(10)
d.increment(-3)
print(c, d, Counter.instances, c.value + d.value)
c.reset()
print(c, [Counter(i) for i in range(3)], Counter.instances)
