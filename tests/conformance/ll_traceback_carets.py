# traceback.format_exc() draws CPython 3.11's caret lines under the failing expression:
# ~~~^^^ for binary operators and subscripts, ^^^ for calls, attributes and names, nothing when
# the expression is the whole line; multi-line expressions and attribute chains; decorators.
import traceback


def clean(s):
    return s.replace(__file__, "<file>")


class O:
    x = None

    def boom(self, a):
        raise ValueError(a)


o = O()


def deco(f):
    raise RuntimeError("deco")


def c01(): return 1/0
def c02(): return [1][5]
def c03(): return {}["k"] + 1
def c04(): return o.missing
def c05(): o.boom(1)
def c06(): x = o.boom(1) + 2
def c07(): return o.boom(
    1)
def c08():
    x = 1; x += "a"
def c09(): return 1 < "a"
def c10(): return -"a"
def c11(): assert 1 == 2, "no"
def c12(): None.x = 1
def c13(): t = (1,); t[0] = 2
def c14(): d = {}; del d["k"]
def c15(): return f"{1/0}"
def c16(): return undefined_global
def c17(): x, y = 1
def c18(): return [1/0 for x in [1]]
def c19(): return "%d" % "x"
def c20(): a = [1]; return a[1:2][5]
def c21(): return sum(
    [1, "a"])
def c22(): return  o.boom(1)  # trailing comment
def c23():
    x = (1 +
         2 +
         "s")
def c24(): return o . boom (1)
def c25(): return (2 ** 3) / (1 - 1)
def c26(): return   1   //   0
def c27(): return (o
        .boom(1,
              2))
def c28(): return (o.
        x.y)
def c29():
    @deco
    def inner(): pass
def c30():
    return (
        "abc"
        .upper()
        .nope()
    )
def c31(): return 1 if {}["x"] else 2
def c32(): return (lambda: 1/0)()
def c33():
    x = None
    return x[0]


for i in range(1, 34):
    try:
        globals()["c%02d" % i]()
    except Exception:
        print(clean(traceback.format_exc()))


def whole_line():
    1 / 0


try:
    whole_line()
except ZeroDivisionError:
    print(clean(traceback.format_exc()))

data = {"a": [1, 2]}
print(data["a"][7])
