import secrets
import shlex

for s in ['ls -l "my file.txt" \'single q\' plain', 'a\\ b c\\"d "e\\"f" \'g\\h\'', "cmd # comment here",
          'echo "nested \'q\'"', "  spaced   out  ", "x=1 y='2 3'"]:
    print(shlex.split(s))
print(shlex.split("cmd # comment here", comments=True), shlex.split("a 'b c'", posix=False))
for s in ["simple", "", "has space", "it's", "a;b", "$HOME", "ok/path-1.txt"]:
    print(repr(shlex.quote(s)))
print(shlex.join(["echo", "hello world", "it's"]))
for bad in ['"unclosed', "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
lex = shlex.shlex("a = b + 'c d'")
print(list(lex))
lex = shlex.shlex("x && y|z", punctuation_chars=True)
print(list(lex))

print(len(secrets.token_hex(16)), len(secrets.token_bytes(8)), type(secrets.token_urlsafe()).__name__)
print(0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", secrets.randbits(8) < 256)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"a", b"b"))
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)
