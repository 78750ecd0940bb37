# Subclasses of list/tuple/dict/str that override item access must be honoured everywhere.
class L(list):
    def __getitem__(self, i):
        return ("got", i)

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v * 10)


class T(tuple):
    def __getitem__(self, i):
        return ("tget", i)


class D(dict):
    def __getitem__(self, k):
        return ("dget", k)

    def __missing__(self, k):
        return "missing"


class D2(dict):
    def __missing__(self, k):
        return "missing " + str(k)


l = L([1, 2, 3])
print(l[0], l[-1], l[5], l[1:2])
l[0] = 9
print(list(l), len(l))
for i in range(3):
    print(l[i])
t = T((1, 2))
print(t[0], t[1], t[99], tuple(t))
d = D(a=1)
print(d["a"], d["zz"], d.get("a"), d.get("zz"))
d2 = D2(a=1)
print(d2["a"], d2["b"], "b" in d2)


class Plain(list):
    pass


p = Plain([5, 6, 7])
p[1] = 60
print(p[0], p[1], p[-1], p)
try:
    p[10]
except IndexError as e:
    print("IndexError", e)


def hot(seq, n):
    total = []
    for i in range(n):
        total.append(seq[i % 2])
    return total


print(hot([1, 2], 4))
print(hot(l, 4))
print(hot(t, 4))
print(hot((7, 8), 4))
