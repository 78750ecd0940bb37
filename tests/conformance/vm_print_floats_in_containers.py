vals = [0.1, 1 / 3, 2.0, 1e16, 1e-5, -0.0, float("inf"), 3.14]
print(vals)
print(tuple(vals[:3]), {"a": 0.5, "b": 2.5e-7}, {1.5}, [[0.1, 0.2], [1e100]])
print(str(vals[1]), repr(vals[1]), f"{vals[1]}", "%s" % vals[1], "%r" % vals[1], "{}".format(vals[1]))
from collections import namedtuple
P = namedtuple("P", "x y")
print(P(0.1, 2.0), [P(1, 2.5)])
