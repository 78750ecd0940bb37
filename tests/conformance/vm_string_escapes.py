s = "tab\there\nnewline \\ backslash \"quote\" 'single' \x41 \u00e9 \N{BULLET} \U0001F600"
print(s)
print(repr(s))
print(len(s), s.count("\\"), s.encode("utf-8")[:10])
r = r"raw \n \t \\ string"
print(r, len(r), repr(r))
b = b"bytes \x00\xff \n"
print(b, len(b), b[0], b[-2], list(b[:3]))
t = """triple
quoted 'string' with "quotes"
"""
print(t, repr(t))
print('it\'s', "say \"hi\"", 'mixed "both" \'kinds\'', repr('mixed "both" \'kinds\''))
print("a" "b" "c", ("implicit "
                     "concat"))
print(f"{'nested'} {'{braces}'} {{literal}} {3 + 4} {'%d' % 5}")
print("\a\b\f\v".encode(), repr("\a\b\f\v\0"), "\101\102", "\x7f" == chr(127))
print(repr("\u2028"), repr("é"), repr("\x00"), ascii("日本"), "日本".encode())
print("🐍".encode("utf-8"), len("🐍"), repr("🐍"), "🐍" * 3, "a🐍b"[1], "a🐍b"[::-1])
