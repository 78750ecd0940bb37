import errno
import stat

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EISDIR, errno.ENOTDIR, errno.EINVAL, errno.EPIPE)
print(errno.errorcode[errno.ENOENT], errno.errorcode[2], errno.errorcode[13])
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EAGAIN])
print(len(errno.errorcode) > 100)
try:
    raise OSError(errno.ENOENT, "No such file or directory")
except FileNotFoundError as e:
    print("FNF", e.errno == errno.ENOENT, errno.errorcode[e.errno])

for mode in (0o100644, 0o040755, 0o120777, 0o100755 | stat.S_ISUID, 0o041777, 0o020620, 0o010600, 0o140755, 0o060660):
    print(oct(mode), stat.filemode(mode), stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode),
          oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))
print(stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP | stat.S_IROTH)
print(stat.S_IRWXU, stat.S_IRWXG, stat.S_IRWXO, stat.S_IFDIR, stat.S_IFREG)
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME)
print(stat.filemode(0o2755 | stat.S_IFDIR), stat.filemode(0o1644 | stat.S_IFREG))
