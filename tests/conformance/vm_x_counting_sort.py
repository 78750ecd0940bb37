def counting_sort(a, k):
    counts = [0] * (k + 1)
    for x in a:
        counts[x] += 1
    out = []
    for v, c in enumerate(counts):
        out.extend([v] * c)
    return out
data = [4, 1, 3, 4, 2, 0, 1, 4]
print(counting_sort(data, 4), sorted(data) == counting_sort(data, 4))
def bubble(a):
    a = a[:]
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
print(bubble([5, 2, 9, 1, 5, 6]), bubble([]), bubble([1]))
