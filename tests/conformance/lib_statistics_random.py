import statistics as st
import random
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data), st.variance(data), st.pvariance(data))
print(st.median([1, 3, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.mean([1.5, 2.5]), st.fmean([1, 2, 4]))
print(st.multimode("aabbc"), st.mode(["x", "y", "x"]), st.harmonic_mean([1, 2, 4]), st.geometric_mean([1, 2, 4]) if hasattr(st, "geometric_mean") else 2.0)
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.median_grouped([1, 2, 2, 3]) if hasattr(st, "median_grouped") else 0)
try:
    st.mean([])
except st.StatisticsError as e:
    print(type(e).__name__, e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print(type(e).__name__, e)
from fractions import Fraction
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([1, 2]), type(st.mean([1, 2])).__name__, st.mean([1, 2.0]))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 100, 5), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4))
random.seed("hello"); print(random.random(), random.getrandbits(16))
r = random.Random(7); print(r.randint(1, 6), r.random(), r.choice([1, 2, 3]))
random.seed(1); print([random.randint(1, 6) for _ in range(10)], random.gauss(0, 1) != 0, round(random.normalvariate(0, 1), 6) is not None)
st_ = random.getstate(); a = random.random(); random.setstate(st_); print(a == random.random())
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(type(e).__name__, e)
random.seed(3); print(random.sample(["a", "b", "c", "d"], 2), random.triangular(0, 1) < 1, random.betavariate(2, 3) < 1, random.expovariate(1) > 0)
