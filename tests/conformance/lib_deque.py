from collections import deque
import copy
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1], d[2], bool(d), bool(deque()))
d.extend(range(5, 8)); d.extendleft("ab"); print(d)
print(d.pop(), d.popleft(), d, d.count(3), d.index(3), d.index(5, 2), 3 in d, 99 in d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(0); d.rotate(len(d) * 3 + 1); print(d)
d.reverse(); print(d, list(reversed(d)))
d.insert(2, "X"); d.insert(-1, "Y"); d.insert(100, "Z"); d.insert(-100, "W"); print(d)
d.remove("X"); del d[0]; d[1] = "set"; print(d, d.copy(), copy.copy(d) == d, copy.deepcopy(deque([[1]])))
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, b.maxlen); b.appendleft(-1); print(b); b.extend([7, 8]); print(b); b.extendleft([9]); print(b)
try:
    b.insert(0, 1)
except IndexError as e:
    print(type(e).__name__, e)
z = deque(maxlen=0); z.append(1); print(z, len(z))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[3], lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: deque([1])["a"], lambda: deque(maxlen=-1), lambda: deque([1])[0:1]]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
dd = deque([1, 2, 3])
try:
    for x in dd:
        dd.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque("ab") + deque("c"), deque([1]) * 3, 2 * deque([0]))
e = deque([1]); e += [2, 3]; e *= 2; print(e, repr(deque()), repr(deque([], 2)), str(deque([1], maxlen=5)))
class MyQ(deque):
    def peek(self):
        return self[0]
q = MyQ([5, 6]); q.append(7); print(q, q.peek(), type(q).__name__, isinstance(q, deque), len(q))
graph = {0: [1, 2], 1: [3], 2: [3, 4], 3: [5], 4: [5], 5: []}
seen = {0}; order = []; work = deque([0])
while work:
    n = work.popleft(); order.append(n)
    for m in graph[n]:
        if m not in seen:
            seen.add(m); work.append(m)
print(order)
window = deque(maxlen=3); sums = []
for v in [1, 2, 3, 4, 5, 6]:
    window.append(v); sums.append(sum(window))
print(sums, list(window), window.maxlen)
r = deque(range(10)); r.rotate(3); print(list(r)[:4], r[5], deque(range(3)) == deque(range(3), maxlen=5))
print(deque.__hash__ is None)
