import datetime
from datetime import date, timedelta, datetime as dt, time
d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isoformat(), d + timedelta(days=2), d.replace(day=1), d.toordinal())
print(date(2024, 3, 1) - d, (date(2025, 1, 1) - date(2024, 1, 1)).days, d < date(2024, 3, 1), date.fromisoformat("2023-07-04"), d.strftime("%Y/%m/%d %A %B %j %a %b"))
print(date.fromordinal(738000), d.isocalendar()[1], d.ctime(), date(2023, 12, 31).timetuple().tm_yday)
t = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(t, repr(t), t.total_seconds(), t.days, t.seconds, t.microseconds, -t, t * 2, t / 2, t // timedelta(hours=1), abs(-t), timedelta(weeks=1), timedelta(0), timedelta(milliseconds=1))
print(timedelta(hours=25), timedelta(seconds=-1), timedelta(days=1) > timedelta(hours=23), timedelta(minutes=90) % timedelta(hours=1), sum([timedelta(1), timedelta(2)], timedelta()))
x = dt(2024, 1, 15, 13, 45, 30, 123456)
print(x, repr(x), x.date(), x.time(), x.hour, x.minute, x.second, x.microsecond, x.isoformat(), x.isoformat(sep=" "), x.strftime("%H:%M:%S %p %I %y %d-%m %%"), x.timestamp() if False else "")
print(x + timedelta(hours=12), x - dt(2024, 1, 1), x.replace(year=2000, microsecond=0), dt.fromisoformat("2021-05-06T07:08:09"), dt.strptime("2020-03-04 05:06", "%Y-%m-%d %H:%M"))
print(dt(2020, 1, 1) < x, dt.combine(date(2020, 1, 2), time(3, 4)), time(1, 2, 3), time(12, 30).isoformat(), time(1, 2, 3, 4), x.weekday(), dt(2024, 1, 1).strftime("%c"))
try:
    date(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__, e)
try:
    dt.strptime("bad", "%Y")
except ValueError as e:
    print(type(e).__name__, e)
print(date.min, date.max, dt.min, timedelta.max, date(2024, 1, 1).__format__("%d.%m.%Y"), f"{date(2024, 5, 6):%b %d}", hash(d) == hash(date(2024, 2, 28)))
print(sorted([date(2024, 1, 2), date(2023, 1, 1)]), {date(2024, 1, 1): 1}[date(2024, 1, 1)], dt(2024, 1, 1) == dt(2024, 1, 1, 0, 0), str(dt(2024, 1, 1)))
print(datetime.MINYEAR, datetime.MAXYEAR, isinstance(x, date), type(dt.now()).__name__, type(date.today()).__name__)
import time as tm
t0 = tm.time(); print(type(t0).__name__, tm.perf_counter() >= 0, type(tm.monotonic()).__name__, tm.sleep(0) is None, type(tm.time_ns()).__name__, type(tm.process_time()).__name__)
print(tm.strftime("%Y", tm.gmtime(0)), tm.gmtime(0).tm_year, tm.gmtime(86400 * 365).tm_yday, tm.localtime is not None, tm.mktime is not None)
