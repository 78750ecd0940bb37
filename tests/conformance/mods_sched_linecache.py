import linecache
import sched
import os

log = []
clock = [0]


def delay(d):
    clock[0] += d
    if d:
        log.append("slept %s" % d)


s = sched.scheduler(lambda: clock[0], delay)
s.enterabs(5, 1, log.append, ("five",))
e = s.enterabs(3, 1, log.append, ("three",))
s.enterabs(3, 0, log.append, ("three-first",))
s.enter(1, 1, log.append, ("one",))
s.enterabs(4, 1, log.append, ("cancelled",))
s.cancel(s.queue[3])
print([ev.argument for ev in s.queue], s.empty())
s.run()
print(log, s.empty())

here = os.path.abspath(__file__)
print(repr(linecache.getline(here, 1)))
print(repr(linecache.getline(here, 2)))
print(repr(linecache.getline(here, 10000)), repr(linecache.getline("/no/such/file.py", 1)))
print(len(linecache.getlines(here)) > 10)
linecache.clearcache()
