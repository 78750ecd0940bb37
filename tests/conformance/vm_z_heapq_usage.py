import heapq
tasks = [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]
heap = []
for t in tasks:
    heapq.heappush(heap, t)
order = [heapq.heappop(heap) for _ in range(len(heap))]
print(order)
nums = [9, 4, 7, 1, 8, 2]
heapq.heapify(nums)
print(nums[0], heapq.nsmallest(3, [9, 4, 7, 1, 8, 2]), heapq.nlargest(2, [9, 4, 7, 1, 8, 2]), heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 5), sorted(nums))
