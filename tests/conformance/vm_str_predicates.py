tests = ["abc", "ABC", "Abc", "123", "12.3", "", " ", "a1", "Hello World", "hello world", "\t\n", "_x", "x y", "½", "²", "٣", "ß", "ǅ"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable())
