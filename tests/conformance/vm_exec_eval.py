print(eval("2 + 3 * 4"), eval("[x * 2 for x in range(3)]"), eval("len('abc')"))
ns = {"a": 10}
print(eval("a + 5", ns), eval("b", {}, {"b": 7}))
exec("c = a * 2", ns)
print(ns["c"])
code = """
def greet(name):
    return 'hi ' + name
result = greet('you')
"""
g = {}
exec(code, g)
print(g["result"], "greet" in g)
x = 1
exec("x = 42")
print(x)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
print(eval("(lambda n: n ** 2)(9)"), eval("'%s-%s' % ('a', 'b')"))
