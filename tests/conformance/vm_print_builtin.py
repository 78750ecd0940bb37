import sys
print()
print("a", "b", 1, None, True, 2.5, [1], (2,), {3: 4})
print("x", "y", sep="")
print("x", "y", sep=" | ", end=" <end>\n")
print("no newline", end="")
print(" continued")
print(*range(5), sep=",")
print("to stdout", file=sys.stdout)
r = sys.stdout.write("written\n")
print(r)
print("%s" % [1, "two"], str([1, "two"]), repr([1, "two"]))
print(f"{'padded':>10}|{'x':<3}|")
class Obj:
    def __str__(self):
        return "Obj-str"
    def __repr__(self):
        return "Obj-repr"
print(Obj(), [Obj()], (Obj(),), {"k": Obj()}, str(Obj()), repr(Obj()))
print("é", "日本", "🐍", "\ttab", "back\\slash")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
