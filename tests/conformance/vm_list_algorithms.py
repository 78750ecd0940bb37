def rotate(lst, k):
    k %= len(lst)
    return lst[-k:] + lst[:-k]
def chunk(lst, n):
    return [lst[i:i + n] for i in range(0, len(lst), n)]
def dedupe(lst):
    seen = set()
    return [x for x in lst if not (x in seen or seen.add(x))]
def flatten(lst):
    out = []
    for x in lst:
        out.extend(flatten(x) if isinstance(x, list) else [x])
    return out
def partition(lst, pred):
    yes, no = [], []
    for x in lst:
        (yes if pred(x) else no).append(x)
    return yes, no
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(rotate(nums, 3), chunk(nums, 4), dedupe(nums), partition(nums, lambda n: n > 3))
print(flatten([1, [2, [3, 4]], [[5]]]), list(zip(nums[::2], nums[1::2])), nums.index(5), nums.count(5))
running = []
total = 0
for n in nums:
    total += n
    running.append(total)
print(running, max(range(len(nums)), key=nums.__getitem__))
