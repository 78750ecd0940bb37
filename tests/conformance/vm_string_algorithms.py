def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [g for g in groups.values() if len(g) > 1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
print(caesar("Hello, World!", 3), caesar(caesar("Round Trip", 7), -7))
print(rle("aaabccddddde"), anagrams(["listen", "silent", "enlist", "google", "gooegl", "cat"]))
print("".join(sorted("python")), " ".join(reversed("one two three".split())), "hello world".count("o"))
vowels = sum(1 for c in "Programming Language" if c.lower() in "aeiou")
print(vowels, "programming".index("g"), max(set("mississippi"), key="mississippi".count))
