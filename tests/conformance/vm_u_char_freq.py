text = "hello world, hello python"
freq = {}
for ch in text:
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
for ch, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{ch}: {'#' * n} ({n})")
print(max(freq, key=freq.get), len(freq), sum(freq.values()))
