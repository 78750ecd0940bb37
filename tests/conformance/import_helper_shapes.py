# helper module
"""Shapes helper module imported by vm_imports.py."""
import math

PI2 = math.pi * 2
_private = "hidden"
__all__ = ["Circle", "area_of", "PI2"]


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


def area_of(shapes):
    return sum(s.area() for s in shapes)


print("import_helper_shapes loaded as", __name__)
