import sys
print("before")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught", e.code)
sys.exit(3)
