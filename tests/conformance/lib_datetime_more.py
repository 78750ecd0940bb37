from datetime import date, datetime, time, timedelta, timezone
import time as tm
utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
a = datetime(2024, 3, 10, 12, 0, tzinfo=utc)
print(a, repr(a), a.astimezone(est), a.astimezone(ist), a.isoformat(), a.utcoffset(), a.tzname(), est, ist, repr(ist), repr(utc))
print(a.astimezone(est) == a, a - datetime(2024, 3, 10, 6, 0, tzinfo=est), a.timestamp(), datetime.fromtimestamp(0, utc), datetime.fromisoformat("2024-03-10T12:00:00+05:30"))
try:
    a < datetime(2024, 1, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(a == datetime(2024, 3, 10, 12), date(2024, 1, 1) == datetime(2024, 1, 1), hash(a) == hash(a.astimezone(est)))
print(date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar().week, date.fromisocalendar(2020, 53, 5), date(2024, 2, 29) + timedelta(days=365))
print(timedelta(hours=1.5), timedelta(days=0.5, seconds=0.25), timedelta(minutes=1) * 2.5, timedelta(hours=1) / 3, timedelta(hours=5) // timedelta(minutes=90), divmod(timedelta(hours=5), timedelta(minutes=90)))
print(timedelta(days=-1.5), -timedelta(microseconds=1), timedelta(seconds=86399.9999999), repr(timedelta(0)), timedelta(weeks=2, days=-1) < timedelta(days=14), bool(timedelta()))
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print(type(e).__name__, e)
for s, f in [("03/04/21", "%m/%d/%y"), ("2021-12-25 23:59:59.5", "%Y-%m-%d %H:%M:%S.%f"), ("Mon Jan  1 10:00:00 2024", "%a %b %d %H:%M:%S %Y"),
             ("5 March 2020 3PM", "%d %B %Y %I%p"), ("2020-060", "%Y-%j"), ("12:30 +0100", "%H:%M %z"), ("2024-01-02T03:04:05Z", "%Y-%m-%dT%H:%M:%S%z")]:
    print(datetime.strptime(s, f))
for s, f in [("2021-13-01", "%Y-%m-%d"), ("2021-01-01 extra", "%Y-%m-%d"), ("x", "%Q")]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print(type(e).__name__, e)
d = datetime(2023, 7, 4, 9, 5, 3, 7)
print(d.strftime("%Y-%m-%d %H:%M:%S.%f | %a %A %b %B | %I:%M %p | %j %U %W %w %u | %y %e %% %G-W%V"), d.strftime("%c | %x | %X | %D %T %F"))
print(d.isoformat(timespec="minutes"), d.isoformat(timespec="milliseconds"), d.time().isoformat("seconds"), time(23, 59).replace(minute=0), time.fromisoformat("10:20:30.5"))
print(d.weekday(), d.isoweekday(), d.toordinal(), d.timetuple()[:8], d.date().timetuple().tm_yday, d.ctime())
print(sorted([datetime(2024, 1, 1, 5), datetime(2023, 12, 31, 23)]), max(date(2020, 5, 1), date(2020, 4, 30)), min(time(5), time(4, 59)))
try:
    date(2024, 1, 1) < datetime(2024, 1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    date(10000, 1, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time(24)
except ValueError as e:
    print(type(e).__name__, e)
print(tm.gmtime(1700000000), tm.strftime("%Y-%m-%d %H:%M:%S", tm.gmtime(1700000000)), tm.asctime(tm.gmtime(0)), tm.gmtime(86400 * 366 + 5).tm_wday)
print(tm.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)).tm_mday, tm.strptime("2024-02-03", "%Y-%m-%d")[:8], len(tm.gmtime()))
print(f"{datetime(2024, 1, 2, 3, 4):%d/%m/%Y %H:%M}", "{:%Y}".format(date(1999, 1, 1)), format(time(7, 8), "%H.%M"), str(date(5, 1, 1)), date(5, 1, 1).strftime("%Y"))
age = (date(2024, 6, 1) - date(1990, 8, 15)).days // 365
print(age, (datetime(2024, 1, 1) - datetime(2023, 12, 25)).total_seconds(), [(date(2024, 1, 29) + timedelta(days=i)).strftime("%a %d") for i in range(3)])
