def read_lines():
    for line in ["10,apple", "5,banana", "bad", "7,cherry", "x,date"]:
        yield line
def parse(lines):
    for line in lines:
        parts = line.split(",")
        if len(parts) != 2:
            continue
        try:
            yield int(parts[0]), parts[1]
        except ValueError:
            continue
def expensive(rows, threshold):
    return ((n, name) for n, name in rows if n >= threshold)
rows = list(expensive(parse(read_lines()), 6))
print(rows, sum(n for n, _ in rows))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(10)), 3)), list(chunks("abcdefg", 2)))
def window(seq, n):
    it = iter(seq)
    win = []
    for x in it:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
            win.pop(0)
print(list(window(range(6), 3)))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave("abc", [1, 2], (True,))))
