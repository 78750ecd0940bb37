parts = []
for i in range(5):
    parts.append(f"<{i}>")
print("".join(parts), len("".join(parts)))
s = ""
for ch in "abcde":
    s = ch + s
print(s)
lines = ["header"]
lines += [f"row {i}: {'*' * i}" for i in range(1, 4)]
print("\n".join(lines))
table = [["a", 1], ["bb", 22], ["ccc", 333]]
w = max(len(r[0]) for r in table)
for name, val in table:
    print(name.ljust(w), str(val).rjust(5), sep=" | ")
print("=" * 20, "-".center(20, "~"), "end".rjust(20, "."))
