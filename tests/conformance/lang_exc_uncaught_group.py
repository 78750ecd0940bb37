def f():
    raise ExceptionGroup("several problems", [ValueError("one"), TypeError("two")])
print("start")
try:
    f()
except* ValueError as g:
    print("got", repr(g))
