# Hot loops whose int values leave the 64-bit range part-way through.


def sum_squares(n, start):
    s = start
    for i in range(n):
        s += i * i
    return s


def product(n, base):
    p = 1
    for i in range(n):
        p *= base
    return p


def factorial(n):
    r = 1
    i = 2
    while i <= n:
        r = r * i
        i += 1
    return r


def neg_sum(n, step):
    s = 0
    for i in range(n):
        s -= step
    return s


def mix(a, b):
    return a * b + a - b


def triangle_big(n):
    t = 9223372036854775000
    for i in range(n):
        t = t + i
    return t


# warm up with small values so the functions become hot and are compiled for ints
acc = 0
for k in range(18000):
    acc += sum_squares(10, k) + product(3, 2) + factorial(5) + neg_sum(4, 3) + mix(k, 7)
print(acc)

print(sum_squares(10, 2**63 - 100))
print(sum_squares(100, 2**63 - 1000000))
print(product(70, 2))
print(product(63, 2), product(64, 2), product(65, -2), product(63, -2), product(64, -2))
print(product(40, 3), product(41, 3))
for n in (19, 20, 21, 25, 30, 50):
    print(n, factorial(n))
print(neg_sum(10, 2**62), neg_sum(3, 2**62), neg_sum(2, 2**62))
print(neg_sum(2, -(2**62)))
print(mix(2**32, 2**32), mix(2**31, 2**32), mix(-(2**32), 2**32))
print(mix(3037000499, 3037000499), mix(3037000500, 3037000500))
print(mix(-3037000500, 3037000500))
print(triangle_big(10), triangle_big(100), triangle_big(2000))
# results go back down below 2**63 after being big
r = 0
for k in range(2000):
    r = mix(k, 2**40) % 1000003
print(r)
big = 0
for k in range(2000):
    big = sum_squares(k % 50, 2**63 - 1 - k)
print(big)
print(type(product(70, 2)).__name__, product(70, 2) // 2**60)
