import math
from functools import reduce
nums = [12, 18, 24, 36]
print(reduce(math.gcd, nums), reduce(lambda a, b: a * b // math.gcd(a, b), nums), math.lcm(*nums), math.gcd(*nums))
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
print(ext_gcd(240, 46), pow(17, -1, 3120), (17 * pow(17, -1, 3120)) % 3120)
