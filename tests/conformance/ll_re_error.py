# re.error carries msg, pattern, pos, lineno and colno, and its message ends with the position.
import re

for bad in ["(", "[a", "a{2,1}", "*a", "(?P<n>a)(?P<n>b)", "\\", "a)", "ab\n(c", "x**", "(?<n>a)(?P<n>b)"]:
    try:
        re.compile(bad)
        print("compiled", repr(bad))
    except re.error as e:
        print(repr(bad), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == bad, e.args)
e = re.error("custom")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error("custom", "a\nbc", 3)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
try:
    re.compile("(")
except Exception as e:
    print(type(e).__name__)
re.compile("[")
