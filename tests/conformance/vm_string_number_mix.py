s = "Python"
print(s[0], s[-1], s[1:4], s[:2] + s[2:], s[::2], s[::-1], s * 2, s.lower().upper(), s.find("th"), s.replace("P", "J"))
print(len(s), sorted(s), "".join(sorted(s, key=str.lower)), list(enumerate(s))[:2], s.count("o"), "y" in s)
t = "a,b;c d"
import re
print(re.split("[,; ]", t), t.translate(str.maketrans(",;", "  ")).split(), [c for c in t if c.isalpha()])
n = 1234567.891
print(f"{n:,.2f}", f"{n:e}", f"{n:.3g}", f"{int(n):,}", round(n, -3), int(n) // 1000, f"{n:>15.1f}|")
print(str(n), repr(n), "%.1f" % n, "%d" % n, "%s" % n, "{:.0f}".format(n))
