# traceback.format_tb/extract_tb/format_list carry source spans (colno, end_colno, end_lineno and
# caret lines); stack summaries (format_stack, print_stack) have none.
import traceback, sys


def clean(s):
    return s.replace(__file__, "F")


def f(d):
    return d["x"] + 1


try:
    f({})
except KeyError as e:
    print(clean("".join(traceback.format_tb(e.__traceback__))))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.lineno, fs.name, fs.line, fs.colno, fs.end_colno, fs.end_lineno)
    print(clean("".join(traceback.format_list(traceback.extract_tb(e.__traceback__)))))
    print(clean("".join(traceback.format_list([("a.py", 3, "fn", "  x = 1  "), ("b.py", 4, "g", None)]))))


def g():
    print(clean("".join(traceback.format_stack())))
    for fs in traceback.extract_stack():
        print(fs.lineno, fs.name, fs.colno)


def h(): return g() or 1


h()
