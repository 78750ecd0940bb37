import statistics as st
import random
from fractions import Fraction
fl = [1.5, 2.25, 3.125, 4.0, 10.5]
print(st.mean(fl), st.variance(fl), st.stdev(fl), st.pvariance(fl), st.pstdev(fl), st.median(fl))
ints = [3, 7, 7, 19, 24, 1, 8]
print(st.mean(ints), st.variance(ints), st.stdev(ints), st.pvariance(ints), st.pstdev(ints), st.median(ints), st.mode(ints))
print(st.variance([Fraction(1, 2), Fraction(3, 4), Fraction(5, 4)]), st.mean([1, 2, 3, 4]), st.mean([True, False, True]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([60], ), st.geometric_mean([54, 24, 36]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median([1, 2, 3, 4]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), st.quantiles(range(1, 11), n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y), st.linear_regression(x, [2 * v + 1 for v in x]))
lr = st.linear_regression([1990, 1991, 1992], [100, 120, 130]); print(round(lr.slope, 6), round(lr.intercept, 3))
nd = st.NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, round(nd.cdf(115), 10), round(nd.pdf(100), 10), nd.zscore(130), st.NormalDist.from_samples([1, 2, 3, 4]))
print(nd + 5, nd * 2, st.NormalDist() == st.NormalDist(0, 1))
for bad in [lambda: st.mode([]), lambda: st.median([]), lambda: st.variance([1]), lambda: st.quantiles([1]), lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 1]), lambda: st.pvariance([])]:
    try:
        bad()
    except st.StatisticsError as e:
        print(type(e).__name__, e)
print(st.multimode([]), st.multimode([1, 1, 2, 2, 3]), st.mode("aab"), st.fmean([1, 2, 3], weights=[3, 2, 1]))
random.seed(12345)
print(random.gammavariate(2.0, 3.0), random.gammavariate(0.5, 1.0), round(random.betavariate(2, 5), 12), random.lognormvariate(0, 1))
print(round(random.paretovariate(3), 12), random.weibullvariate(1, 2), random.vonmisesvariate(1, 4), random.expovariate(0.5), random.triangular(1, 10, 3))
print(random.randrange(10), random.randrange(5, 50, 5), random.getrandbits(70), random.randbytes(4), random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=3))
print(random.sample(range(20), k=4, counts=None), random.sample(["r", "g"], k=3, counts=[2, 2]))
random.seed(2.5); a = random.random(); random.seed(2.5); print(a == random.random(), a)
random.seed(b"bytes"); print(random.random())
try:
    random.seed([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(type(e).__name__, e)
