a = []
for i in range(5):
    a.insert(0, i)
print(a)
a.insert(100, "end"); a.insert(-100, "start"); a.insert(2, "mid")
print(a, a.pop(1), a.pop(-2), a)
while a:
    a.pop()
print(a)
