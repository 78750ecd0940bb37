# os directory operations through the host: makedirs/mkdir/listdir/walk/rename/remove/rmdir/removedirs, stat of
# directories, and the OSError subclass, errno and strerror of each failure.
import os
import time
base = "/tmp/taipan_osfs_%d_%d" % (time.time_ns(), id(object()))
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files: os.remove(os.path.join(root, f))
        for d in dirs: os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.makedirs(base + "/a/b")
os.makedirs(base + "/a/b", exist_ok=True)
try:
    os.makedirs(base + "/a")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
with open(base + "/a/x.txt", "w") as f: f.write("hi")
with open(base + "/a/b/y.txt", "w") as f: f.write("yo")
print(os.listdir(base), os.listdir(base + "/a"))
print([(r.replace(base, "B"), d, f) for r, d, f in os.walk(base)])
os.rename(base + "/a/x.txt", base + "/a/z.txt")
print(sorted(os.listdir(base + "/a")), os.path.isfile(base + "/a/z.txt"), os.path.isdir(base + "/a/b"))
for bad in [lambda: os.remove(base + "/nope"), lambda: os.rmdir(base + "/a"), lambda: os.listdir(base + "/nope"), lambda: os.mkdir(base + "/a"), lambda: os.remove(base + "/a/b")]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename.replace(base, "B"))
os.remove(base + "/a/z.txt"); os.unlink(base + "/a/b/y.txt")
os.removedirs(base + "/a/b")
print(os.path.exists(base))
