# logging: root/basicConfig defaults, named loggers and their hierarchy, handlers, formatters (%, {), filters, exception(), adapters, levels.
import logging, sys
logging.warning("before config %s", 1)
logging.info("not shown")
log = logging.getLogger("app")
print(log, logging.getLogger(), log.getEffectiveLevel(), log.parent.name, logging.getLevelName(20), logging.getLevelName("ERROR"), logging.getLevelName(5))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s|%(funcName)s|%(lineno)d|%(module)s"))
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.debug("dbg %d", 5)
def inner():
    log.info("from inner %s", "x")
inner()
child = logging.getLogger("app.sub")
child.warning("child msg")
print(child.parent.name, child.getEffectiveLevel(), child)
child.propagate = False
child.error("not printed to stdout")
log.propagate = False
class NoPath(logging.Formatter):
    # The traceback names this file; keep the output independent of where the tests live.
    def format(self, record):
        return super().format(record).replace(__file__, "FILE")
saved = h.formatter
h.setFormatter(NoPath("%(name)s|%(levelname)s|%(message)s"))
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
h.setFormatter(saved)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("{levelname}:{message}", style="{"))
l2 = logging.getLogger("brace"); l2.addHandler(h2); l2.propagate = False
l2.warning("brace style %s", "arg")
l2.info("info hidden")
class F(logging.Filter):
    def filter(self, rec): return "secret" not in rec.getMessage()
l2.addFilter(F())
l2.error("secret stuff"); l2.error("public stuff")
print(logging.getLogger("app") is log, logging.DEBUG, logging.CRITICAL, log.isEnabledFor(5), log.hasHandlers())
adapter = logging.LoggerAdapter(log, {"user": "u"}); adapter.info("adapted")
rec = logging.makeLogRecord({"msg": "hi %s", "args": ("x",)}); print(rec.getMessage())
logging.disable(logging.CRITICAL); log.critical("disabled"); logging.disable(logging.NOTSET)
l3 = logging.getLogger("lvl"); l3.setLevel("INFO"); print(l3.level)
try: l3.setLevel("BOGUS")
except ValueError as e: print("VE", e)
