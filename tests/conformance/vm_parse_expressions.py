def tokenize(s):
    tokens, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            tokens.append(float(s[i:j]) if "." in s[i:j] else int(s[i:j]))
            i = j
        else:
            tokens.append(c)
            i += 1
    return tokens
def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else None
    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def atom():
        t = take()
        if t == "(":
            v = expr()
            take()
            return v
        if t == "-":
            return -atom()
        return t
    def term():
        v = atom()
        while peek() in ("*", "/"):
            op = take()
            r = atom()
            v = v * r if op == "*" else v / r
        return v
    def expr():
        v = term()
        while peek() in ("+", "-"):
            op = take()
            r = term()
            v = v + r if op == "+" else v - r
        return v
    return expr()
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-3 * -(2 + 1)", "2 * 3.5 - 1", "((7))"]:
    print(src, "=", parse(tokenize(src)), tokenize(src))
