# Subclasses of int/str/list/dict/float/tuple: result types of operations, __missing__, and formatting with an empty spec.
from import_helper_types import t
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict):
    def __missing__(self, k): return k * 2
class MyFloat(float): pass
class MyTuple(tuple): pass
t(lambda: MyInt(5) + 1); t(lambda: type(MyInt(5) + 1)); t(lambda: MyInt(5)); t(lambda: str(MyInt(5))); t(lambda: f"{MyInt(5)}"); t(lambda: MyInt("12", 8)); t(lambda: -MyInt(3)); t(lambda: type(abs(MyInt(-3))))
t(lambda: MyStr("ab") + "c"); t(lambda: type(MyStr("ab") + "c")); t(lambda: type(MyStr("ab").upper())); t(lambda: MyStr("ab")); t(lambda: MyStr("a b").split()); t(lambda: type(MyStr("ab")[0])); t(lambda: MyStr("x") == "x"); t(lambda: {MyStr("x"): 1}["x"]); t(lambda: type(str(MyStr("q"))))
t(lambda: MyList([1, 2]) + [3]); t(lambda: type(MyList([1]) + [3])); t(lambda: type(MyList([1, 2])[:1])); t(lambda: MyList([1]) == [1]); t(lambda: repr(MyList([1]))); t(lambda: type(MyList([1]).copy())); t(lambda: type(MyList([1]) * 2))
t(lambda: MyDict(a=1)["zz"]); t(lambda: MyDict(a=1).get("zz")); t(lambda: "zz" in MyDict()); t(lambda: type(MyDict(a=1).copy())); t(lambda: type(MyDict(a=1) | {})); t(lambda: repr(MyDict(a=1)))
t(lambda: MyFloat(1.5) * 2); t(lambda: type(MyFloat(1.5) * 2)); t(lambda: MyFloat("2.5")); t(lambda: round(MyFloat(2.5))); t(lambda: MyFloat(1.5).is_integer()); t(lambda: type(MyTuple([1, 2])[0:1])); t(lambda: MyTuple([1]) + (2,)); t(lambda: repr(MyTuple([1])))

class F(float):
    def __repr__(self): return "FF"
class S2(str):
    def __str__(self): return "S2!"
print(f"{F(1.5)}", format(F(2.5), ""), "{}".format(F(1.0)), f"{F(1.5):.2f}")
print(f"{S2('a')}", format(S2("b"), ""), "{}".format(S2("c")), f"{S2('d'):>3}", str(S2("e")), "%s" % S2("f"))
