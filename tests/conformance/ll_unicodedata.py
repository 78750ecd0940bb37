# unicodedata: categories, digit/decimal/numeric values, names (ASCII, common blocks, CJK, Hangul), lookup, normalization, widths, bidi classes.
import unicodedata as ud
for ch in "aZ5 _-(\u00e9\u0301\u4e00\u00bd\u2167\u0663\U0001d7d9\n\u2028\u00ad€²":
    print(repr(ch), ud.category(ch), ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None), ud.combining(ch), ud.mirrored(ch), ud.east_asian_width(ch), ud.bidirectional(ch))
print(ud.name("a"), ud.name("~"), ud.name("\u4e00"), ud.name("\uac00"), ud.name("\ud55c"), ud.lookup("LATIN SMALL LETTER B"), ud.lookup("digit seven"), ud.name("\u00e9", "?"))
print(ud.normalize("NFD", "é") == "e\u0301", ud.normalize("NFC", "e\u0301"), ud.normalize("NFKD", "ﬁ²"), ud.is_normalized("NFC", "é"), ud.decomposition("é"), ud.decomposition("ﬁ"), repr(ud.decomposition("a")))
for bad in [lambda: ud.category("ab"), lambda: ud.decimal("x"), lambda: ud.numeric("x"), lambda: ud.lookup("NO SUCH THING"), lambda: ud.normalize("XYZ", "a"), lambda: ud.category(5)]:
    try: bad()
    except (TypeError, ValueError, KeyError) as e: print(type(e).__name__, e)
print(ud.unidata_version)
print("".join(c for c in ud.normalize("NFD", "Crème Brûlée") if ud.category(c) != "Mn"))
print(ud.name("α"), ud.name("→"), ud.name("★"), ud.lookup("GREEK SMALL LETTER BETA"), ud.name("Ж"), ud.name("—"))
