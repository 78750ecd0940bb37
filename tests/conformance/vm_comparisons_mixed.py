print(1 == 1.0, 1 == True, 0 == False, 2 == 2.0000000000000001, 1 != "1", None == 0, [] == False)
print(1 < 2.5 < 3, "a" < "b" < "c", [1, 2] < [1, 2, 3], (1, "a") < (1, "b"), "Z" < "a", "" < "a")
try:
    1 < "2"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
print(max(1, 2.5), min(True, 0.5), sorted([3, 1.5, True, 0]), 10 ** 20 > 1e19, float("nan") < 1, float("nan") > 1)
a = [1, 2]
b = a
print(a is b, a == [1, 2], a is [1, 2], None is None, 1 is not None)
