import fnmatch

names = ["a.py", "b.txt", "c.PY", "setup.py", "test_x.py", ".hidden", "dir/x.py", "abc", "a1c", "[x]"]
for pat in ["*.py", "*.txt", "?.py", "a?c", "a[0-9]c", "a[!0-9]c", "*", "test_*", "[[]x]", "*/*.py", "*.[pt][yx]*"]:
    print(pat, fnmatch.filter(names, pat))
    print("  ", fnmatch.translate(pat))
print(fnmatch.fnmatch("foo.py", "*.py"), fnmatch.fnmatchcase("foo.PY", "*.py"), fnmatch.fnmatch("foo.PY", "*.py"))
print(fnmatch.fnmatch("abcXYZdef", "a*X*f"), fnmatch.fnmatch("abcXYZde", "a*X*f"))
print(fnmatch.translate("a*b*c"), fnmatch.translate("[a-]"), fnmatch.translate("x[]"))
print(fnmatch.fnmatch("line\nbreak", "line*"))
print(fnmatch.fnmatchcase(b"data.bin", b"*.bin"))
