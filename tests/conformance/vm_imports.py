import import_helper_shapes
import import_helper_shapes as shapes
from import_helper_shapes import Circle, area_of as total_area
from import_helper_shapes import *
import math, sys
print(import_helper_shapes is shapes, shapes.__name__, Circle is shapes.Circle)
print(round(total_area([Circle(1), Circle(2)]), 6), round(PI2, 6))
print("_private" in dir(shapes), "math" in sys.modules, shapes.__doc__)
print(__name__)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    from import_helper_shapes import missing_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
if __name__ == "__main__":
    print("running as main")
