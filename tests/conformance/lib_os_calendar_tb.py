import os, os.path, calendar, traceback, sys
from os import path as osp
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/abs", "y"), os.path.join("a/", "b"), osp.split("/a/b/c.txt"), osp.split("file"), osp.split("/"))
print(osp.splitext("archive.tar.gz"), osp.splitext(".bashrc"), osp.splitext("a/b.c/d"), osp.basename("/a/b/"), osp.dirname("/a/b/c"), osp.dirname("c"))
print(osp.normpath("/a//b/./c/../d"), osp.normpath("a/../../b"), osp.normpath(""), osp.isabs("/x"), osp.isabs("x"), osp.commonprefix(["/usr/lib", "/usr/local"]), osp.commonpath(["/usr/lib", "/usr/local"]))
print(os.sep, os.linesep == "\n", os.name, os.curdir, os.pardir, os.extsep, os.pathsep, osp.relpath("/a/b/c", "/a/d"), osp.exists("/definitely/not/here"), os.getenv("TAIPAN_SURELY_UNSET", "dflt"))
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.day_name[0], calendar.month_abbr[12], list(calendar.month_name)[1:3])
print(calendar.month(2024, 2))
print(calendar.monthcalendar(2023, 10))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2025, 1))
print(calendar.TextCalendar().formatyear(2024))
print(list(calendar.Calendar().itermonthdays2(2024, 3))[:9], calendar.weekheader(3), calendar.timegm((2024, 1, 1, 0, 0, 0)))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
def inner():
    raise ValueError("bad value")
def outer():
    try:
        inner()
    except ValueError as e:
        raise KeyError("k") from e
try:
    outer()
except KeyError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))
    print(traceback.format_exception_only(sys.exc_info()[1]))
try:
    {}["missing"]
except Exception as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], lines[-1], end="")
print(traceback.format_exc())
