import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.version_info[:2] >= (3, 8), sys.version_info.major, type(sys.version).__name__, sys.byteorder)
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print("sys" in sys.modules, "math" in sys.modules or True, sys.stdout.write("abc\n"))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
