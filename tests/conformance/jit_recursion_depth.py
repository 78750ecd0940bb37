# Deep recursion in compiled code: RecursionError past the limit, success below a raised limit.
import sys


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


def forever(n):
    return forever(n + 1) + 1


def fsum(n):
    if n <= 0:
        return 0.0
    return fsum(n - 1) + 0.5


def ping(n):
    if n == 0:
        return 0
    return pong(n - 1) + 1


def pong(n):
    if n == 0:
        return 0
    return ping(n - 1) + 2


t = 0
for k in range(6000):
    t += down(20) + ping(10) + int(fsum(5))
print(t)
print(down(500), ping(501), fsum(300))
try:
    forever(0)
except RecursionError as e:
    print("RecursionError", e)
try:
    down(100000)
except RecursionError as e:
    print("RecursionError", e)
try:
    ping(100000)
except RecursionError as e:
    print("RecursionError", e)
print(down(900))
n = 0
for k in range(20):
    try:
        forever(0)
    except RecursionError:
        n += 1
print("caught", n, down(50))
sys.setrecursionlimit(20000)
print(down(15000), ping(15000), fsum(15000))
for k in range(5):
    r = down(18000)
print(r)
try:
    down(50000)
except RecursionError as e:
    print("RecursionError", e)
print(down(10))
