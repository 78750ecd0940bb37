print(f"{'C':>6} {'F':>8} {'K':>8}")
for c in range(-40, 101, 20):
    f = c * 9 / 5 + 32
    k = c + 273.15
    print(f"{c:>6} {f:>8.1f} {k:>8.2f}")
temps = [22.5, 19.0, 24.8, 21.3, 18.9]
avg = sum(temps) / len(temps)
print(f"avg={avg:.2f} max={max(temps)} min={min(temps)} spread={max(temps) - min(temps):.1f}")
above = [t for t in temps if t > avg]
print(above, len(above), round(avg, 1))
