class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
def balanced(expr):
    s = Stack()
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in expr:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if not s or s.pop() != pairs[ch]:
                return False
    return not s
for e in ["(a[b]{c})", "(]", "((", "", "{[()()]}"]:
    print(repr(e), balanced(e))
st = Stack()
try:
    st.pop()
except IndexError as err:
    print("IndexError:", err)
def rpn(tokens):
    s = Stack()
    for t in tokens.split():
        if t in "+-*/":
            b, a = s.pop(), s.pop()
            s.push({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[t])
        else:
            s.push(float(t))
    return s.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"))
