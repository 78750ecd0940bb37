edges = [("a", "b"), ("b", "c"), ("a", "d"), ("d", "c"), ("c", "e"), ("e", "f"), ("b", "f")]
graph = {}
for u, v in edges:
    graph.setdefault(u, []).append(v)
    graph.setdefault(v, []).append(u)
def bfs(start):
    seen, order, frontier = {start}, [], [start]
    while frontier:
        nxt = []
        for node in frontier:
            order.append(node)
            for nb in sorted(graph[node]):
                if nb not in seen:
                    seen.add(nb)
                    nxt.append(nb)
        frontier = nxt
    return order
def dfs(node, seen=None):
    seen = set() if seen is None else seen
    seen.add(node)
    out = [node]
    for nb in sorted(graph[node]):
        if nb not in seen:
            out += dfs(nb, seen)
    return out
def shortest(a, b):
    prev = {a: None}
    q = [a]
    while q:
        cur = q.pop(0)
        if cur == b:
            path = []
            while cur is not None:
                path.append(cur)
                cur = prev[cur]
            return path[::-1]
        for nb in sorted(graph[cur]):
            if nb not in prev:
                prev[nb] = cur
                q.append(nb)
print(bfs("a"), dfs("a"), shortest("a", "f"), {k: len(v) for k, v in sorted(graph.items())})
