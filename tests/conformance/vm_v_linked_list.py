class LinkedList:
    class _Node:
        def __init__(self, val, nxt=None):
            self.val, self.next = val, nxt
    def __init__(self, items=()):
        self.head = None
        self.length = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, val):
        self.head = self._Node(val, self.head)
        self.length += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.length
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(str, self)) or "<empty>"
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.reverse()
ll.push(0)
print(ll, len(ll), list(ll)[::2], LinkedList())
