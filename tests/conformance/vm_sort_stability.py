records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[0]))
print(sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
class Item:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"{self.k}{self.tag}"
items = [Item(2, "a"), Item(1, "b"), Item(2, "c"), Item(1, "d")]
print(sorted(items), sorted(items, reverse=True), min(items), max(items))
nums = [5, 2, 8, 2, 9, 1]
nums.sort()
print(nums)
nums.sort(key=lambda n: n % 3)
print(nums)
