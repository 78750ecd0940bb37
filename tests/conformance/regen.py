"""Regenerates the expected output of conformance programs by running CPython.

Usage: python3 tests/conformance/regen.py [file.py ...]   (no arguments: all programs)

For each program: <name>.out gets stdout; if the exit code is non-zero, <name>.err gets two
lines: the exit code and the last line of stderr. Files starting with '# helper module' are
imported by other programs and are skipped.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def regen(path):
    name = os.path.basename(path)
    full = os.path.join(HERE, name)
    with open(full, encoding="utf-8") as f:
        if f.readline().startswith("# helper module"):
            return
    env = dict(os.environ, PYTHONHASHSEED="0")
    r = subprocess.run([sys.executable, name], cwd=HERE, capture_output=True, text=True, env=env, timeout=60)
    base = full[:-3]
    with open(base + ".out", "w", encoding="utf-8") as f:
        f.write(r.stdout)
    err = base + ".err"
    if r.returncode != 0:
        lines = r.stderr.rstrip("\n").split("\n")
        with open(err, "w", encoding="utf-8") as f:
            f.write(f"{r.returncode}\n{lines[-1]}\n")
    elif os.path.exists(err):
        os.remove(err)


def main():
    files = sys.argv[1:] or sorted(p for p in os.listdir(HERE) if p.endswith(".py") and p != "regen.py")
    for p in files:
        regen(p)


if __name__ == "__main__":
    main()
