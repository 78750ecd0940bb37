import html

s = '<a href="x?a=1&b=2">it\'s</a>'
print(html.escape(s))
print(html.escape(s, quote=False))
print(html.unescape(html.escape(s)) == s)
for t in ["&lt;p&gt;", "&amp;amp;", "&copy; 2024", "&#65;&#x42;&#X43;", "&eacute;t&eacute;", "&nbsp;|",
          "&unknown;", "&amp", "&lt", "a & b", "&#0;", "&#128;", "&hellip;", "&euro;", "&quot;hi&quot;", "&#39;"]:
    print(repr(html.unescape(t)))
