from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait, Future
import concurrent.futures


def square(x):
    return x * x


def fail(x):
    raise ValueError("bad %d" % x)


with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(square, i) for i in range(6)]
    print([f.result() for f in futs])
    print(list(ex.map(square, range(5))))
    print(sorted(f.result() for f in as_completed(futs)))
    f = ex.submit(fail, 3)
    print(type(f.exception()).__name__, f.exception(), f.done())
    try:
        f.result()
    except ValueError as e:
        print("caught", e)
    calls = []
    g = ex.submit(square, 7)
    print(g.result())
    g.add_done_callback(lambda fut: calls.append(fut.result()))
    print(calls, g.done(), g.cancelled(), g.running(), g.cancel())
    done, not_done = wait(futs)
    print(len(done), len(not_done))
    print(list(ex.map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))

with concurrent.futures.ProcessPoolExecutor() as pex:
    print(list(pex.map(square, [3, 4])))

fut = Future()
print(fut.done(), fut.cancel(), fut.cancelled())
fut2 = Future()
fut2.set_result(42)
print(fut2.result(), fut2.done())
ex = ThreadPoolExecutor()
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(concurrent.futures.ALL_COMPLETED, concurrent.futures.FIRST_COMPLETED)
