nums = [5, 3, 5, 1, 3, 9, 1, 7]
print(list(dict.fromkeys(nums)), sorted(set(nums)), len(set(nums)), set(nums))
seen = set()
uniq = []
for n in nums:
    if n not in seen:
        seen.add(n)
        uniq.append(n)
print(uniq, seen, {n for n in nums if nums.count(n) > 1})
