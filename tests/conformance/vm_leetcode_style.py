from typing import List, Optional
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, n in enumerate(nums):
            if target - n in seen:
                return [seen[target - n], i]
            seen[n] = i
        return []
    def isValid(self, s: str) -> bool:
        pairs = {")": "(", "]": "[", "}": "{"}
        stack = []
        for c in s:
            if c in pairs:
                if not stack or stack.pop() != pairs[c]:
                    return False
            else:
                stack.append(c)
        return not stack
    def maxSubArray(self, nums: List[int]) -> int:
        best = cur = nums[0]
        for n in nums[1:]:
            cur = max(n, cur + n)
            best = max(best, cur)
        return best
    def longestCommonPrefix(self, strs: List[str]) -> str:
        if not strs:
            return ""
        prefix = strs[0]
        for s in strs[1:]:
            while not s.startswith(prefix):
                prefix = prefix[:-1]
        return prefix
    def climbStairs(self, n: int) -> int:
        a, b = 1, 1
        for _ in range(n):
            a, b = b, a + b
        return a
    def groupAnagrams(self, strs: List[str]) -> List[List[str]]:
        groups = {}
        for s in strs:
            groups.setdefault(tuple(sorted(s)), []).append(s)
        return list(groups.values())
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        out = []
        for s, e in sorted(intervals):
            if out and s <= out[-1][1]:
                out[-1][1] = max(out[-1][1], e)
            else:
                out.append([s, e])
        return out
    def lengthOfLongestSubstring(self, s: str) -> int:
        last, start, best = {}, 0, 0
        for i, c in enumerate(s):
            if c in last and last[c] >= start:
                start = last[c] + 1
            last[c] = i
            best = max(best, i - start + 1)
        return best
sol = Solution()
print(sol.twoSum([2, 7, 11, 15], 9), sol.twoSum([3, 2, 4], 6))
print([sol.isValid(s) for s in ["()", "()[]{}", "(]", "([)]", "{[]}", ""]])
print(sol.maxSubArray([-2, 1, -3, 4, -1, 2, 1, -5, 4]), sol.longestCommonPrefix(["flower", "flow", "flight"]))
print([sol.climbStairs(n) for n in range(1, 11)], sol.groupAnagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))
print(sol.merge([[1, 3], [2, 6], [8, 10], [15, 18], [17, 20]]), [sol.lengthOfLongestSubstring(s) for s in ["abcabcbb", "bbbbb", "pwwkew", ""]])
class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next
def build(vals):
    head = None
    for v in reversed(vals):
        head = ListNode(v, head)
    return head
def to_list(node):
    out = []
    while node:
        out.append(node.val)
        node = node.next
    return out
def reverse(head: Optional[ListNode]) -> Optional[ListNode]:
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev
print(to_list(reverse(build([1, 2, 3, 4, 5]))), to_list(reverse(None)))
