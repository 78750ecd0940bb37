from collections import deque
queue = deque()
log = []
for t in range(12):
    if t % 3 == 0:
        queue.append(f"job{t}")
    if t % 2 == 1 and queue:
        log.append((t, queue.popleft()))
print(log, list(queue), len(queue))
buf = deque(maxlen=3)
for i in range(6):
    buf.append(i)
print(buf, list(buf), buf.maxlen)
d = deque([1, 2, 3])
d.rotate(1); print(d)
d.rotate(-2); print(d)
d.appendleft(0); d.extend([7, 8]); print(d, d[0], d[-1], 7 in d)
