import sys
def trace_calls():
    calls = []
    def deco(fn):
        def wrapper(*a, **k):
            calls.append(fn.__name__)
            return fn(*a, **k)
        return wrapper
    return deco, calls
deco, calls = trace_calls()
@deco
def a(): return b() + 1
@deco
def b(): return 41
print(a(), calls)
def gen_squares(n):
    for i in range(n):
        yield i * i
sq = gen_squares(5)
print(sum(sq), sum(sq))
print(*(f"{k}={v}" for k, v in sorted({"b": 2, "a": 1}.items())), sep="; ")
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(*matrix, sep="\n")
print(*[row[::-1] for row in matrix[::-1]])
print(sys.argv[0].endswith(".py"), len(sys.argv))
words = ["apple", "Banana", "cherry"]
print(sorted(words, key=lambda w: w.lower()) == sorted(words, key=str.casefold))
nums = list(range(1, 11))
evens, odds = nums[1::2], nums[::2]
print(evens, odds, list(map(lambda p: p[0] * p[1], zip(evens, odds))))
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
print([i for i in range(10) if i % 2 if i % 3], [(i, j) for i in range(2) for j in "ab"])
