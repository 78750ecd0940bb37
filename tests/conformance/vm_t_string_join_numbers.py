nums = [3, 14, 159, 2653]
print(", ".join(str(n) for n in nums), "".join(map(str, nums)), "-".join(f"{n:04d}" for n in nums))
print(" + ".join(map(str, range(1, 6))) + " = " + str(sum(range(1, 6))))
print("\n".join(f"{i} squared is {i * i}" for i in range(1, 4)))
table = [[1, 22, 333], [4444, 5, 66]]
widths = [max(len(str(r[c])) for r in table) for c in range(3)]
for row in table:
    print(" | ".join(str(v).rjust(w) for v, w in zip(row, widths)))
