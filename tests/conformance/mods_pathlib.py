import os
import shutil
import tempfile
from pathlib import Path, PurePath, PurePosixPath

p = PurePath("/usr/local/lib/python3.11/site.tar.gz")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parts)
print(p.parent, p.parent.parent, [str(x) for x in p.parents][:3], p.anchor, p.root, p.is_absolute())
print(p.with_suffix(".zip"), p.with_name("x.py"), p.with_stem("other"), p.with_suffix(""))
q = PurePosixPath("a/b") / "c" / "d.txt"
print(q, q.parts, q.is_absolute(), "x" / PurePosixPath("y"), PurePosixPath("a", "/b", "c"))
print(PurePosixPath("a//b/./c/"), PurePosixPath(""), PurePosixPath("."), PurePosixPath("..").name)
print(PurePosixPath("/a/b/c").relative_to("/a"), PurePosixPath("a/b").joinpath("c", "d"))
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b/c.py").match("b/*.py"), PurePosixPath("a/b.py").match("/*.py"))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") < PurePosixPath("b"), sorted([PurePosixPath("b"), PurePosixPath("a/c")]))
print(PurePosixPath(".bashrc").suffix, PurePosixPath(".bashrc").stem, PurePosixPath("a.").suffix, PurePosixPath("x.tar.gz").stem)
try:
    PurePosixPath("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("a").with_suffix("bad")
except ValueError as e:
    print("ValueError:", e)
print(str(Path("x/y")), type(Path("x")).__name__, os.fspath(Path("a/b")), {PurePosixPath("a"): 1}[PurePosixPath("a")])

base = Path(tempfile.mkdtemp())
print(base.exists(), base.is_dir(), base.is_file())
f = base / "hello.txt"
print(f.write_text("hi there\n"), f.read_text(), end="")
print(f.exists(), f.is_file(), f.stat().st_size, f.read_bytes())
(base / "sub" / "deep").mkdir(parents=True)
(base / "sub" / "x.py").write_text("print(1)\n")
(base / "sub").mkdir(exist_ok=True)
try:
    (base / "sub").mkdir()
except FileExistsError:
    print("FileExistsError")
print(sorted(x.name for x in base.iterdir()))
print(sorted(str(x.relative_to(base)) for x in base.glob("*")))
print(sorted(str(x.relative_to(base)) for x in base.rglob("*.py")))
with f.open("a") as fh:
    fh.write("more\n")
print(f.read_text().splitlines())
g = f.rename(base / "renamed.txt")
print(g.name, f.exists(), g.exists())
g.unlink()
g.unlink(missing_ok=True)
try:
    g.unlink()
except FileNotFoundError:
    print("FileNotFoundError")
(base / "t.txt").touch()
print((base / "t.txt").exists(), (base / "t.txt").read_text() == "")
shutil.rmtree(base)
print(base.exists(), Path.cwd().is_absolute())
