name, age, pi = "Ada", 36, 3.14159
items = ["x", "y"]
print(f"{name} is {age}", f"{name!r:>8}", f"{age:04d}", f"{pi:.3f}", f"{pi:10.2e}", f"{items}", f"{items[0]}")
print(f"{'nested ' + name}", f"{len(items) * 2}", f"{age > 30 and 'old' or 'young'}", f"{ {'a': 1}['a'] }")
width = 12
print(f"{name:^{width}}|", f"{pi:{width}.{2}f}|", f"{name:_<{width // 2}}|")
print(f"{1000000:,}", f"{0.5:%}", f"{255:#x}", f"{255:08b}", f"{-1.5:+.1f}", f"{3:>3}")
print(f"{name=}", f"{age * 2 = }", f"{pi=:.2f}")
print(f"multi {name} "
      f"line {age}")
print(f"{{braces}}", f"{'{'}{'}'}", f"a{''}b")
d = {"k": "v"}
print(f"{d['k']}", f"{d!r}", f"{3.0!s}", f"{'é'!a}")
class T:
    def __format__(self, spec):
        return f"T<{spec}>"
    def __str__(self):
        return "Tstr"
    def __repr__(self):
        return "Trepr"
print(f"{T()}", f"{T():spec}", f"{T()!s}", f"{T()!r}")
print(f"{3 + 4:{'>'}{5}}", f"{'abc'[::-1]}", f"{[i for i in range(3)]}")
