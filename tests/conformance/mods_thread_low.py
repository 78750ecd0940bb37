import _thread
import threading

lock = _thread.allocate_lock()
print(lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
out = []

print(isinstance(_thread.get_ident(), int), _thread.get_ident() == threading.get_ident())
with _thread.allocate_lock() as ok:
    print(ok)
