s = "  Hello, World!  "
print(s.strip().lower().replace(",", "").split())
print("-".join(sorted(set("mississippi"))).upper())
words = "one two three four".split()
print(list(map(str.upper, words)), [w[::-1] for w in words], sorted(words, key=lambda w: w[-1]))
print(" ".join(w.capitalize() for w in "make this title case".split()))
data = "3,1,4,1,5,9,2,6"
nums = sorted(map(int, data.split(",")), reverse=True)
print(nums, sum(nums) / len(nums), max(nums) - min(nums))
print(",".join(str(n) for n in nums if n % 2), "".join(reversed("stressed")))
csv = "name,age\nann,30\nbob,25"
rows = [line.split(",") for line in csv.splitlines()]
header, *body = rows
print(header, body, [dict(zip(header, r)) for r in body])
