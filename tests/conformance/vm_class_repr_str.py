class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "OnlyStr-str"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
class Child(Both):
    pass
for o in [OnlyRepr(), Both(), Child()]:
    print(str(o), repr(o), f"{o}", f"{o!r}", [o], "%s|%r" % (o, o))
print(str(OnlyStr()), f"{OnlyStr()}", repr(OnlyStr()).startswith("<__main__.OnlyStr object"))
class Temp:
    def __init__(self, d):
        self.d = d
    def __format__(self, spec):
        if spec == "f":
            return f"{self.d * 9 / 5 + 32:.1f}F"
        return f"{self.d:.1f}C"
print(f"{Temp(100)}", f"{Temp(100):f}", format(Temp(0), "f"), "{:f}".format(Temp(37)))
