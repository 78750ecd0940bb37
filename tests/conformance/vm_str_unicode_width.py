words = ["naïve", "café", "日本語", "🐍py", "ok"]
for w in words:
    print(f"[{w:>8}] [{w:<8}] [{w:^8}]", len(w), w.upper(), w[::-1], w.encode("utf-8"))
print(sorted(words), max(words), "".join(sorted("hé🐍a")))
print("🐍" in "I 🐍 Python", "I 🐍 Python".index("Python"), "I 🐍 Python".split("🐍"), "a🐍b🐍c".replace("🐍", "-"))
print([ord(c) for c in "é🐍"], chr(128013), "\U0001F40D" == "🐍", len("\u00e9"), len("e\u0301"))
