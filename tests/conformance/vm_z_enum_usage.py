from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print([c.name for c in Color], [c.value for c in Color], Color.RED == Color.RED, Color.RED is Color(1))
print(Color.GREEN, repr(Color.BLUE), Color["BLUE"].value, len(Color), Color.RED in Color)
print(Level.MID > Level.LOW, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW]), int(Level.MID))
try:
    Color(99)
except ValueError as e:
    print("ValueError:", e)
