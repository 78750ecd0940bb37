# Resource errors: deep repr, huge repeats, self-referential containers.
import sys
l = []
for i in range(100000):
    l = [l]
try:
    print(len(repr(l)))
except RecursionError as e:
    print("RecursionError", e)
d = {}
cur = d
for i in range(100000):
    cur["a"] = {}
    cur = cur["a"]
try:
    s = str(d)
except RecursionError as e:
    print("RecursionError2")
try:
    x = "a" * (10**12)
except MemoryError as e:
    print("MemoryError")
try:
    x = [0] * (10**12)
except MemoryError as e:
    print("MemoryError list")
a = []
a.append(a)
print(a)
try:
    print(sorted([3, "a", 1]))
except TypeError as e:
    print(e)
print(2**10000 % 7, float(2**1000), )
try:
    float(2**10000)
except OverflowError as e:
    print(e)
import json
try:
    json.dumps(l)
except RecursionError:
    print("json rec")
