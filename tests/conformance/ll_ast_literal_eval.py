# ast.literal_eval: literals, containers, signed numbers, complex sums, set(); CPython's malformed-node errors.
import ast
for s in ["1", "  -2.5", "[1, (2, 3), {'a': {4}}]", "{'k': [None, True, b'x']}", "set()", "1+2j", "-1-2j", "'''multi'''", "(1,)", "{}", "()", "-(1)", "+5"]:
    v = ast.literal_eval(s); print(repr(v), type(v).__name__)
for bad in ["x", "1+2", "f()", "[1, y]", "{**a}", "-'s'", "set([1])", "2j+1"]:
    try: ast.literal_eval(bad)
    except ValueError as e: print("VE", str(e).split(" at 0x")[0])
try: ast.literal_eval("1 +")
except SyntaxError as e: print("SE", e.msg)
print(ast.literal_eval("\n[1,\n 2]"))
