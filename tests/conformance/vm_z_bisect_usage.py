import bisect
scores = [60, 70, 80, 90]
grades = "FDCBA"
print([grades[bisect.bisect(scores, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
a = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(a, x)
print(a, bisect.bisect_left(a, 1), bisect.bisect_right(a, 1), bisect.bisect_left(a, 6))
