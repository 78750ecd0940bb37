import logging
import sys

sys.stderr = sys.stdout
logging.getLogger("x").warning("last resort %s", 1)
logging.getLogger("x").info("not shown")
logging.warning("root default")
logging.info("not shown either")
logging.error("err %d", 5)
lg = logging.getLogger("y.z")
lg.error("child")
