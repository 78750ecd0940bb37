s = "  the sky   is blue  "
print(" ".join(reversed(s.split())), " ".join(w[::-1] for w in s.split()), s.split(" ")[:4])
print("".join(c for c in s if not c.isspace()), s.strip().replace("  ", " "), len(s.split()))
