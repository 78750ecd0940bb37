# difflib: SequenceMatcher, get_close_matches, unified/context diffs and ndiff with hint lines.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4))
s2 = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s2.ratio(), 3), s2.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "whale", "wheat", "cheese", "wall"], n=2, cutoff=0.5))
a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n"]
print("".join(difflib.unified_diff(a, b, fromfile="before.txt", tofile="after.txt")))
print("".join(difflib.context_diff(a, b, fromfile="before.txt", tofile="after.txt", n=1)))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
diff = list(difflib.ndiff(["abcdefg\n", "same\n"], ["abXdefgh\n", "same\n"]))
print("".join(diff))
print("".join(difflib.restore(diff, 1)), "".join(difflib.restore(diff, 2)))
for x, y in [("kitten", "sitting"), ("", ""), ("abc", ""), ("flaw", "lawn")]:
    m = difflib.SequenceMatcher(None, x, y)
    print(x, y, round(m.ratio(), 4), m.get_opcodes())
long_a = ["line %d\n" % i for i in range(300)]
long_b = long_a[:100] + ["changed\n"] + long_a[101:250] + long_a[260:]
print("".join(difflib.unified_diff(long_a, long_b, n=1)))
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
