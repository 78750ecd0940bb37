ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for sym in "+-*/":
    print(sym, ops[sym](12, 4))
key_funcs = [len, str.lower, lambda s: s[-1]]
words = ["Banana", "apple", "Cherry", "fig"]
for kf in key_funcs:
    print(sorted(words, key=kf))
adder = lambda n: lambda x: x + n
print(adder(3)(4), (lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
