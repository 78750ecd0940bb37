import cmath, math
def solve(a, b, c):
    d = b * b - 4 * a * c
    r = cmath.sqrt(d)
    return (-b + r) / (2 * a), (-b - r) / (2 * a)
print(solve(1, 2, 5), solve(1, -3, 2), solve(2, 0, 8), solve(1, 1, 1))
zs = [1+2j, -3+0.5j, 0.25-4j, 2, -1, 1j, -2.5, 3+4j]
for z in zs:
    print(z, cmath.sqrt(z), cmath.exp(z), cmath.log(z), cmath.phase(z), cmath.polar(z), abs(z))
    print(" ", cmath.log10(z), cmath.log(z, 2), cmath.rect(*cmath.polar(z)))
print(cmath.pi, cmath.e, cmath.isclose(1+1j, 1+1.0000000001j), cmath.isfinite(1j), cmath.isnan(complex("nan")), cmath.inf, cmath.infj)
print(cmath.sqrt(-1), cmath.sqrt(-0.0), cmath.sqrt(4), cmath.rect(2, 0), cmath.phase(-1), cmath.phase(complex(-1, -0.0)))
try:
    cmath.log(0)
except ValueError as e:
    print(e)
try:
    cmath.sqrt("x")
except TypeError as e:
    print(e)
r, phi = cmath.polar(1j)
print(r, phi, math.degrees(phi), abs(3 - 4j), abs(1e300 + 1e300j))
