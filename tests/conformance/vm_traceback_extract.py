# traceback.extract_tb / FrameSummary and traceback objects (tb_lineno, tb_next).
import traceback
def f():
    return {}["x"]
try:
    f()
except Exception as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print(tb.tb_lineno)
    print([(x.name, x.lineno, x.line) for x in traceback.extract_tb(e.__traceback__)])
try:
    f()
except Exception as e:
    s = traceback.extract_tb(e.__traceback__)
    print(len(s), s[-1].name, s[-1].lineno, s[-1].line, list(s[-1])[1:], s[-1].filename.endswith("vm_traceback_extract.py"))
    fn, ln, name, line = s[0]
    print(name, ln, line)
    print(len(traceback.extract_tb(e.__traceback__, limit=1)), traceback.extract_tb(e.__traceback__, limit=1)[0].name)
