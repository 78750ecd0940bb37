# Tracebacks through exec()/eval() strings show no source line for the "<string>" entries,
# as CPython's linecache has none.
import traceback


def f():
    exec("x = 1\ny = 1 / 0")


try:
    f()
except ZeroDivisionError:
    traceback.print_exc()
    print(traceback.format_exc().count("\n"))
try:
    eval(compile("[1][5]", "<string>", "eval"))
except IndexError as e:
    for line in traceback.format_exception(e):
        print(line.rstrip().replace(__file__, "FILE"))
eval("(lambda: {}['k'])()")
