# threading on one thread (start() runs the target), locks, events, semaphores; concurrent.futures pools running tasks when submitted.
import threading, concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed
results = []
lock = threading.Lock()
def work(n, out):
    with lock:
        out.append(n * n)
ts = [threading.Thread(target=work, args=(i, results)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results), ts[0].name, threading.current_thread().name, threading.active_count(), ts[0].is_alive())
class MyThread(threading.Thread):
    def __init__(self, v):
        super().__init__()
        self.v = v
        self.result = None
    def run(self):
        self.result = self.v * 10
m = MyThread(4); m.start(); m.join(); print(m.result)
try: m.start()
except RuntimeError as e: print("RE", e)
ev = threading.Event(); print(ev.is_set()); ev.set(); print(ev.wait(1))
sem = threading.BoundedSemaphore(2)
with sem: print("in sem")
try:
    sem.release()
except ValueError as e: print("VE", e)
rl = threading.RLock()
with rl:
    with rl: print("reentrant")
l = threading.Lock(); print(l.acquire(), l.locked(), l.acquire(False)); l.release(); print(l.locked())
try: l.release()
except RuntimeError as e: print("RE", e)
c = threading.Condition()
with c: c.notify_all()
loc = threading.local(); loc.x = 5; print(loc.x)
with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(pow, 2, i) for i in range(6)]
    print([f.result() for f in futs])
    print(list(ex.map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
    print(sorted(f.result() for f in as_completed(futs)))
    bad = ex.submit(lambda: 1 / 0)
    print(type(bad.exception()).__name__, bad.done())
    try: bad.result()
    except ZeroDivisionError as e: print("ZDE", e)
done, not_done = cf.wait(futs); print(len(done), len(not_done))
def failing():
    raise ValueError("in thread")
t = threading.Thread(target=failing, name="worker"); t.start(); t.join()
print("main continues", threading.main_thread().name)
tm = threading.Timer(0.01, print, args=["timer fired"]); tm.start(); tm.join()
