def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(100), is_odd(77), is_even(7))
def count_down(n, acc=None):
    acc = [] if acc is None else acc
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)
print(count_down(10))
import sys
sys.setrecursionlimit(5000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(3000))
def tree_sum(t):
    return t if isinstance(t, int) else sum(tree_sum(c) for c in t)
print(tree_sum([1, [2, [3, [4, [5, [6]]]]], 7]))
