items = ["a", "b", "c", "d"]
for i, x in reversed(list(enumerate(items))):
    print(i, x, end=" ")
print()
for i in range(len(items) - 1, -1, -2):
    print(items[i], end="")
print()
print(list(enumerate(reversed(items), 1)), items[::-1] == list(reversed(items)))
