def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True
def sieve(n):
    flags = [True] * (n + 1)
    flags[0:2] = [False, False]
    for p in range(2, int(n ** 0.5) + 1):
        if flags[p]:
            for m in range(p * p, n + 1, p):
                flags[m] = False
    return [i for i, f in enumerate(flags) if f]
def factorize(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
ps = sieve(200)
print(ps[:15], len(ps), all(is_prime(p) for p in ps), [n for n in range(200) if is_prime(n)] == ps)
print(factorize(360), factorize(97), factorize(2 ** 31 - 1), factorize(600851475143))
twins = [(p, p + 2) for p in ps if p + 2 in ps]
print(twins[:6], sum(ps), max(ps))
print([n for n in range(2, 60) if sum(d for d in range(1, n) if n % d == 0) == n])
