class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
tree = Node(1, [Node(2, [Node(4)]), Node(3, [Node(5, [Node(6)])])])
print(list(tree), tree.depth(), sum(tree), max(tree))
import json
print(json.dumps({"tree": list(tree)}))
def walk(n, level=0):
    print("  " * level + str(n.val))
    for c in n.children:
        walk(c, level + 1)
walk(tree)
from collections import deque
def bfs(root):
    q = deque([root])
    order = []
    while q:
        n = q.popleft()
        order.append(n.val)
        q.extend(n.children)
    return order
print(bfs(tree))
s = "{:=^30}".format(" Report ")
print(s)
print(f"{'Name':<10}{'Score':>8}")
for name, score in sorted({"ann": 93.5, "bob": 87.25, "cy": 91.0}.items(), key=lambda kv: -kv[1]):
    print(f"{name:<10}{score:>8.2f}")
