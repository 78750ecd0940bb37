poem = """Roses are red,
  Violets are blue,
Sugar is sweet."""
for i, line in enumerate(poem.splitlines(), 1):
    print(f"{i:>2}: {line!r}")
print(poem.count("\n"), len(poem.split()), poem.upper().splitlines()[1].strip())
