import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s:%(funcName)s:%(lineno)d:%(module)s:%(filename)s %(message)s")
log = logging.getLogger(__name__)


def f():
    log.info("in f %s", [1, 2])


class K:
    def method(self):
        log.warning("in method")


f()
K().method()
log.debug("top")
logging.info("module level")
print(__name__, log.name)
logging.getLogger("a.b").warning("x %(k)s", {"k": 3})
log.info("%s %r %d", "s", "r", 4, extra={"custom": 1})
