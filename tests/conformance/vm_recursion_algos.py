def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def flatten(x):
    return [y for item in x for y in (flatten(item) if isinstance(item, list) else [item])]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def n_queens(n, row=0, cols=()):
    if row == n:
        return 1
    return sum(n_queens(n, row + 1, cols + (c,)) for c in range(n) if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)))
print([n_queens(n) for n in range(1, 8)])
def memo_fib(n, memo={}):
    if n in memo:
        return memo[n]
    memo[n] = n if n < 2 else memo_fib(n - 1) + memo_fib(n - 2)
    return memo[n]
print(memo_fib(200))
def depth(tree):
    return 0 if tree is None else 1 + max(depth(tree[0]), depth(tree[1]))
t = ((None, None), ((None, (None, None)), None))
print(depth(t))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(2 ** 40, 6 ** 20), gcd(17, 5))
def to_base(n, b):
    return "0" if n == 0 else (to_base(n // b, b).lstrip("0") + "0123456789abcdef"[n % b])
print(to_base(255, 2), to_base(255, 16), to_base(12345, 7))
