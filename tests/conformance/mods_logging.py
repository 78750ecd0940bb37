import io
import logging
import sys

logging.warning("no config warning")  # lastResort-free path: configures root on stderr

buf = io.StringIO()
root = logging.getLogger()
print(root.name, root.level, logging.getLevelName(root.getEffectiveLevel()), len(root.handlers))
for h in root.handlers[:]:
    root.removeHandler(h)
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s %(message)s", stream=buf)
logging.debug("debug %d", 1)
logging.info("info %s", "two")
logging.warning("warn")
logging.error("error")
logging.critical("critical")
logging.log(logging.INFO, "log %s %s", "a", "b")
print(buf.getvalue(), end="")

app = logging.getLogger("app")
db = logging.getLogger("app.db")
print(db.parent is app, app.parent is root, logging.getLogger("app") is app)
print(db.getEffectiveLevel(), db.isEnabledFor(logging.DEBUG))
app.setLevel(logging.WARNING)
print(db.getEffectiveLevel(), db.isEnabledFor(logging.INFO), db.isEnabledFor(logging.ERROR))

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s: %(message)s"))
app.addHandler(h)
buf.truncate(0)
buf.seek(0)
db.info("hidden")
db.warning("db warning %s", 42)
app.error("app error")
print(out.getvalue(), end="")
print("root saw:", buf.getvalue(), end="")

app.propagate = False
out.truncate(0)
out.seek(0)
buf.truncate(0)
buf.seek(0)
db.critical("only app handler")
print(out.getvalue(), end="")
print("root saw:", repr(buf.getvalue()))

h.setLevel(logging.CRITICAL)
app.error("filtered by handler level")
print(repr(out.getvalue()))
app.removeHandler(h)


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


s = io.StringIO()
lg = logging.getLogger("filt")
lg.propagate = False
hh = logging.StreamHandler(s)
lg.addHandler(hh)
lg.addFilter(OnlyEven())
for i in range(5):
    lg.warning("n=%d", i)
print(s.getvalue(), end="")

nf = logging.Filter("a.b")
rec = logging.LogRecord("a.b.c", logging.INFO, "x.py", 1, "m", (), None)
print(nf.filter(rec), logging.Filter("a.x").filter(rec), rec.getMessage(), rec.levelname)

s2 = io.StringIO()
ex = logging.getLogger("exc")
ex.propagate = False
h2 = logging.StreamHandler(s2)
h2.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
ex.addHandler(h2)
try:
    1 / 0
except ZeroDivisionError:
    ex.exception("boom")
text = s2.getvalue()
print(text.splitlines()[0], text.splitlines()[-1])

print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName("INFO"))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.NOTSET)

sf = io.StringIO()
lg2 = logging.getLogger("style")
lg2.propagate = False
h3 = logging.StreamHandler(sf)
h3.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
lg2.addHandler(h3)
lg2.warning("brace %s", "style")
lg2.warning("dict %(a)s", {"a": 1})
print(sf.getvalue(), end="")

ad = logging.LoggerAdapter(lg2, {"user": "bob"})
ad.warning("adapted")
print(sf.getvalue().splitlines()[-1])
print(repr(app), repr(root))

so = logging.StreamHandler(sys.stdout)
so.setFormatter(logging.Formatter("%(name)s - %(levelname)s - %(message)s"))
lg3 = logging.getLogger("stdout.logger")
lg3.addHandler(so)
lg3.propagate = False
lg3.setLevel(logging.INFO)
lg3.info("to stdout")
lg3.debug("not shown")
print(lg3.hasHandlers(), logging.getLogger("nohandlers.x").hasHandlers())
