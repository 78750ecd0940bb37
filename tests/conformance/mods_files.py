import glob
import os
import shutil
import tempfile

base = tempfile.mkdtemp(prefix="taipan_mods_")
print(os.path.isdir(base), os.path.basename(base).startswith("taipan_mods_"), tempfile.gettempdir() == os.path.dirname(base))
os.makedirs(os.path.join(base, "sub", "deep"))
for rel in ["a.txt", "b.txt", "c.py", ".hidden.txt", "sub/d.txt", "sub/deep/e.py"]:
    with open(os.path.join(base, rel), "w") as f:
        f.write("content of " + rel + "\n")


def rel(paths):
    return sorted(os.path.relpath(p, base) for p in paths)


print(rel(glob.glob(os.path.join(base, "*.txt"))))
print(rel(glob.glob(os.path.join(base, "*"))))
print(rel(glob.glob(os.path.join(base, "?.py"))))
print(rel(glob.glob(os.path.join(base, "*", "*.txt"))))
print(rel(glob.glob(os.path.join(base, "**", "*.py"), recursive=True)))
print(rel(glob.glob(os.path.join(base, "**"), recursive=True)))
print(rel(glob.iglob(os.path.join(base, "[ab].txt"))))
print(sorted(glob.glob("*.txt", root_dir=base)))
print(glob.glob(os.path.join(base, "nothing*")), glob.has_magic("a*"), glob.has_magic("abc"), glob.escape("a[b]*?"))

src = os.path.join(base, "a.txt")
dst = os.path.join(base, "copy.txt")
print(shutil.copyfile(src, dst) == dst, open(dst).read(), end="")
print(os.path.relpath(shutil.copy(src, os.path.join(base, "sub")), base))
try:
    shutil.copyfile(src, src)
except shutil.SameFileError:
    print("SameFileError")
moved = shutil.move(dst, os.path.join(base, "moved.txt"))
print(os.path.relpath(moved, base), os.path.exists(dst))
shutil.copytree(os.path.join(base, "sub"), os.path.join(base, "sub2"))
print(rel(glob.glob(os.path.join(base, "sub2", "**"), recursive=True)))
shutil.rmtree(os.path.join(base, "sub2"))
print(os.path.exists(os.path.join(base, "sub2")))
print(shutil.which("definitely-not-a-command-xyz"))
try:
    shutil.rmtree(os.path.join(base, "missing"))
except FileNotFoundError:
    print("FileNotFoundError")
shutil.rmtree(os.path.join(base, "missing"), ignore_errors=True)

with tempfile.TemporaryDirectory() as td:
    p = os.path.join(td, "f.txt")
    with open(p, "w") as f:
        f.write("x")
    print(os.listdir(td))
print(os.path.exists(td))

with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=base) as tf:
    tf.write("hello temp\n")
    tf.flush()
    print(tf.name.endswith(".log"), os.path.exists(tf.name), open(tf.name).read(), end="")
    name = tf.name
print(os.path.exists(name))
shutil.rmtree(base)
print(os.path.exists(base))
