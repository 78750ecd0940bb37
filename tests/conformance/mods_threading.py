import threading

results = []
lock = threading.Lock()


def worker(n, out):
    with lock:
        out.append(n * n)


threads = [threading.Thread(target=worker, args=(i, results)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(threads[0].is_alive(), threads[0].name.startswith("Thread-"), threads[0].daemon)


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name="counter-%d" % n)
        self.n = n
        self.total = 0

    def run(self):
        for i in range(self.n):
            self.total += i


c = Counter(10)
print(c.is_alive(), c.ident is None)
c.start()
c.join()
print(c.name, c.total, c.is_alive(), isinstance(c.ident, int))
try:
    c.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)

print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), len(threading.enumerate()))
print(isinstance(threading.get_ident(), int))

seen = []
t = threading.Thread(target=lambda: seen.append(threading.current_thread().name), name="inner")
t.start()
t.join()
print(seen)

l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(blocking=False), l.acquire(timeout=0.01))
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)

r = threading.RLock()
with r:
    with r:
        print("reentrant ok")

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait())
ev.clear()
print(ev.is_set())

cond = threading.Condition()
items = [1]
with cond:
    print(cond.wait_for(lambda: len(items) > 0))
    cond.notify_all()

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
sem.release()
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

fired = []
tm = threading.Timer(0.01, fired.append, args=["timer"])
tm.start()
tm.join()
print(fired)

data = threading.local()
data.x = 1


def show():
    data.x = 2
    print("in thread", data.x)


t = threading.Thread(target=show)
t.start()
t.join()
print("main", data.x)

b = threading.Barrier(1)
print(b.wait(), b.parties)

d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.start()
d.join()
print("done")
