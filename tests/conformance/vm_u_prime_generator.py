def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
gen = primes()
first = [next(gen) for _ in range(15)]
print(first)
print(next(p for p in primes() if p > 100))
import itertools
print(list(itertools.takewhile(lambda p: p < 60, primes())))
print(sum(itertools.islice(primes(), 100)))
