# repr/ascii/predicates of Latin, Greek, IPA, format and private-use characters (printable = CPython's categories).
import sys
chars = [chr(c) for c in [c for c in range(0, 0x250) if c != 0x19b] + [0x2028, 0x200b, 0x200e, 0xfeff, 0xfffd, 0xe000, 0x1f600, 0x10ffff, 0xe0001, 0x1d173, 0x3000, 0x061c, 0x0e01, 0x0e31, 0x0300, 0xad, 0x34f, 0x115f, 0x1160, 0x2060, 0x2066, 0xfff9, 0x110bd, 0x13430, 0x1bca0, 0xe0020, 0xf0000, 0x20000, 0x2fa1d]]
bad = []
for c in chars:
    print(repr(c), ascii(c), c.isprintable(), c.isalpha(), c.isspace(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalnum(), c.isidentifier(), c.upper() != c, c.lower() != c)
print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\\"), repr("\t\n\r\x00\x1b"), ascii("é€😀"), repr(b"\x00\x7f\x80\xff'\""))
print("é'".isprintable(), "'\"".isprintable(), "\\".isprintable(), "a\u200bb".isprintable())
