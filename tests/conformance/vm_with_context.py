class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Resource("a") as r:
    print("body", r.name)
with Resource("outer"), Resource("inner") as i:
    print("nested body", i.name)
with Resource("swallow", suppress=True):
    raise ValueError("hidden")
print("after swallow")
try:
    with Resource("propagate"):
        raise KeyError("visible")
except KeyError as e:
    print("caught", e)


def use():
    with Resource("in-func"):
        return "returned"


print(use())
for k in range(3):
    with Resource(f"loop{k}"):
        if k == 1:
            continue
        if k == 2:
            break
        print("loop body", k)


class Timer:
    entered = 0

    def __enter__(self):
        Timer.entered += 1
        return Timer.entered

    def __exit__(self, *args):
        return False


with Timer() as t1:
    with Timer() as t2:
        print(t1, t2)
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
