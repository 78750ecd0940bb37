// Standard modules written in Python: errno, stat, fnmatch, reprlib, getopt, html, threading, logging, ...

/** Source of the errno module. */
export const errnoSource = String.raw`"""Standard errno system symbols (Linux values)."""

EPERM = 1
ENOENT = 2
ESRCH = 3
EINTR = 4
EIO = 5
ENXIO = 6
E2BIG = 7
ENOEXEC = 8
EBADF = 9
ECHILD = 10
EAGAIN = 11
EWOULDBLOCK = 11
ENOMEM = 12
EACCES = 13
EFAULT = 14
ENOTBLK = 15
EBUSY = 16
EEXIST = 17
EXDEV = 18
ENODEV = 19
ENOTDIR = 20
EISDIR = 21
EINVAL = 22
ENFILE = 23
EMFILE = 24
ENOTTY = 25
ETXTBSY = 26
EFBIG = 27
ENOSPC = 28
ESPIPE = 29
EROFS = 30
EMLINK = 31
EPIPE = 32
EDOM = 33
ERANGE = 34
EDEADLK = 35
EDEADLOCK = 35
ENAMETOOLONG = 36
ENOLCK = 37
ENOSYS = 38
ENOTEMPTY = 39
ELOOP = 40
ENOMSG = 42
EIDRM = 43
ECHRNG = 44
EL2NSYNC = 45
EL3HLT = 46
EL3RST = 47
ELNRNG = 48
EUNATCH = 49
ENOCSI = 50
EL2HLT = 51
EBADE = 52
EBADR = 53
EXFULL = 54
ENOANO = 55
EBADRQC = 56
EBADSLT = 57
EBFONT = 59
ENOSTR = 60
ENODATA = 61
ETIME = 62
ENOSR = 63
ENONET = 64
ENOPKG = 65
EREMOTE = 66
ENOLINK = 67
EADV = 68
ESRMNT = 69
ECOMM = 70
EPROTO = 71
EMULTIHOP = 72
EDOTDOT = 73
EBADMSG = 74
EOVERFLOW = 75
ENOTUNIQ = 76
EBADFD = 77
EREMCHG = 78
ELIBACC = 79
ELIBBAD = 80
ELIBSCN = 81
ELIBMAX = 82
ELIBEXEC = 83
EILSEQ = 84
ERESTART = 85
ESTRPIPE = 86
EUSERS = 87
ENOTSOCK = 88
EDESTADDRREQ = 89
EMSGSIZE = 90
EPROTOTYPE = 91
ENOPROTOOPT = 92
EPROTONOSUPPORT = 93
ESOCKTNOSUPPORT = 94
ENOTSUP = 95
EOPNOTSUPP = 95
EPFNOSUPPORT = 96
EAFNOSUPPORT = 97
EADDRINUSE = 98
EADDRNOTAVAIL = 99
ENETDOWN = 100
ENETUNREACH = 101
ENETRESET = 102
ECONNABORTED = 103
ECONNRESET = 104
ENOBUFS = 105
EISCONN = 106
ENOTCONN = 107
ESHUTDOWN = 108
ETOOMANYREFS = 109
ETIMEDOUT = 110
ECONNREFUSED = 111
EHOSTDOWN = 112
EHOSTUNREACH = 113
EALREADY = 114
EINPROGRESS = 115
ESTALE = 116
EUCLEAN = 117
ENOTNAM = 118
ENAVAIL = 119
EISNAM = 120
EREMOTEIO = 121
EDQUOT = 122
ENOMEDIUM = 123
EMEDIUMTYPE = 124
ECANCELED = 125
ENOKEY = 126
EKEYEXPIRED = 127
EKEYREVOKED = 128
EKEYREJECTED = 129
EOWNERDEAD = 130
ENOTRECOVERABLE = 131
ERFKILL = 132

errorcode = {
    1: 'EPERM',
    2: 'ENOENT',
    3: 'ESRCH',
    4: 'EINTR',
    5: 'EIO',
    6: 'ENXIO',
    7: 'E2BIG',
    8: 'ENOEXEC',
    9: 'EBADF',
    10: 'ECHILD',
    11: 'EAGAIN',
    12: 'ENOMEM',
    13: 'EACCES',
    14: 'EFAULT',
    15: 'ENOTBLK',
    16: 'EBUSY',
    17: 'EEXIST',
    18: 'EXDEV',
    19: 'ENODEV',
    20: 'ENOTDIR',
    21: 'EISDIR',
    22: 'EINVAL',
    23: 'ENFILE',
    24: 'EMFILE',
    25: 'ENOTTY',
    26: 'ETXTBSY',
    27: 'EFBIG',
    28: 'ENOSPC',
    29: 'ESPIPE',
    30: 'EROFS',
    31: 'EMLINK',
    32: 'EPIPE',
    33: 'EDOM',
    34: 'ERANGE',
    35: 'EDEADLOCK',
    36: 'ENAMETOOLONG',
    37: 'ENOLCK',
    38: 'ENOSYS',
    39: 'ENOTEMPTY',
    40: 'ELOOP',
    42: 'ENOMSG',
    43: 'EIDRM',
    44: 'ECHRNG',
    45: 'EL2NSYNC',
    46: 'EL3HLT',
    47: 'EL3RST',
    48: 'ELNRNG',
    49: 'EUNATCH',
    50: 'ENOCSI',
    51: 'EL2HLT',
    52: 'EBADE',
    53: 'EBADR',
    54: 'EXFULL',
    55: 'ENOANO',
    56: 'EBADRQC',
    57: 'EBADSLT',
    59: 'EBFONT',
    60: 'ENOSTR',
    61: 'ENODATA',
    62: 'ETIME',
    63: 'ENOSR',
    64: 'ENONET',
    65: 'ENOPKG',
    66: 'EREMOTE',
    67: 'ENOLINK',
    68: 'EADV',
    69: 'ESRMNT',
    70: 'ECOMM',
    71: 'EPROTO',
    72: 'EMULTIHOP',
    73: 'EDOTDOT',
    74: 'EBADMSG',
    75: 'EOVERFLOW',
    76: 'ENOTUNIQ',
    77: 'EBADFD',
    78: 'EREMCHG',
    79: 'ELIBACC',
    80: 'ELIBBAD',
    81: 'ELIBSCN',
    82: 'ELIBMAX',
    83: 'ELIBEXEC',
    84: 'EILSEQ',
    85: 'ERESTART',
    86: 'ESTRPIPE',
    87: 'EUSERS',
    88: 'ENOTSOCK',
    89: 'EDESTADDRREQ',
    90: 'EMSGSIZE',
    91: 'EPROTOTYPE',
    92: 'ENOPROTOOPT',
    93: 'EPROTONOSUPPORT',
    94: 'ESOCKTNOSUPPORT',
    95: 'ENOTSUP',
    96: 'EPFNOSUPPORT',
    97: 'EAFNOSUPPORT',
    98: 'EADDRINUSE',
    99: 'EADDRNOTAVAIL',
    100: 'ENETDOWN',
    101: 'ENETUNREACH',
    102: 'ENETRESET',
    103: 'ECONNABORTED',
    104: 'ECONNRESET',
    105: 'ENOBUFS',
    106: 'EISCONN',
    107: 'ENOTCONN',
    108: 'ESHUTDOWN',
    109: 'ETOOMANYREFS',
    110: 'ETIMEDOUT',
    111: 'ECONNREFUSED',
    112: 'EHOSTDOWN',
    113: 'EHOSTUNREACH',
    114: 'EALREADY',
    115: 'EINPROGRESS',
    116: 'ESTALE',
    117: 'EUCLEAN',
    118: 'ENOTNAM',
    119: 'ENAVAIL',
    120: 'EISNAM',
    121: 'EREMOTEIO',
    122: 'EDQUOT',
    123: 'ENOMEDIUM',
    124: 'EMEDIUMTYPE',
    125: 'ECANCELED',
    126: 'ENOKEY',
    127: 'EKEYEXPIRED',
    128: 'EKEYREVOKED',
    129: 'EKEYREJECTED',
    130: 'EOWNERDEAD',
    131: 'ENOTRECOVERABLE',
    132: 'ERFKILL',
}
`;

/** Source of the stat module. */
export const statSource = String.raw`"""Constants and functions for interpreting the results of os.stat()."""

ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_VIRTUAL = 65536


def S_IMODE(mode):
    return mode & 0o7777


def S_IFMT(mode):
    return mode & 0o170000


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_filemode_table = (
    ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"),
     (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p")),
    ((S_IRUSR, "r"),),
    ((S_IWUSR, "w"),),
    ((S_IXUSR | S_ISUID, "s"), (S_ISUID, "S"), (S_IXUSR, "x")),
    ((S_IRGRP, "r"),),
    ((S_IWGRP, "w"),),
    ((S_IXGRP | S_ISGID, "s"), (S_ISGID, "S"), (S_IXGRP, "x")),
    ((S_IROTH, "r"),),
    ((S_IWOTH, "w"),),
    ((S_IXOTH | S_ISVTX, "t"), (S_ISVTX, "T"), (S_IXOTH, "x")),
)


def filemode(mode):
    """Convert a file's mode to a string of the form '-rwxrwxrwx'."""
    out = []
    for i, table in enumerate(_filemode_table):
        for bit, char in table:
            if i == 0:
                if S_IFMT(mode) == bit:
                    out.append(char)
                    break
            elif mode & bit == bit:
                out.append(char)
                break
        else:
            out.append("?" if i == 0 else "-")
    return "".join(out)
`;

/** Source of the fnmatch module. */
export const fnmatchSource = String.raw`"""Filename matching with shell patterns."""
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def _compile(pat):
    key = (type(pat), pat)
    m = _cache.get(key)
    if m is None:
        if isinstance(pat, bytes):
            sm = re.compile(_internal(translate(pat.decode("latin-1"))), re.S).match

            def m(name, sm=sm):
                return sm(name.decode("latin-1"))
        else:
            m = re.compile(_internal(translate(pat)), re.S).match
        if len(_cache) > 256:
            _cache.clear()
        _cache[key] = m
    return m


def _internal(res):
    # The same pattern without the scoped flag and atomic groups (same matches).
    return "(?:" + res[4:-3].replace("(?>", "(?:") + ")\\Z"


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    return _compile(pat)(name) is not None


def filter(names, pat):
    pat = os.path.normcase(pat)
    match = _compile(pat)
    return [name for name in names if match(os.path.normcase(name))]


def _translate_parts(pat):
    """Returns a list of regex pieces; None marks a '*'."""
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not res or res[-1] is not None:
                res.append(None)
        elif c == "?":
            res.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                res.append("\\[")
            else:
                stuff = pat[i:j]
                if "-" not in stuff:
                    stuff = stuff.replace("\\", "\\\\")
                else:
                    chunks = []
                    k = i + 2 if pat[i] == "!" else i + 1
                    while True:
                        k = pat.find("-", k, j)
                        if k < 0:
                            break
                        chunks.append(pat[i:k])
                        i = k + 1
                        k = k + 3
                    chunk = pat[i:j]
                    if chunk:
                        chunks.append(chunk)
                    else:
                        chunks[-1] += "-"
                    for k in range(len(chunks) - 1, 0, -1):
                        if chunks[k - 1][-1] > chunks[k][0]:
                            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                            del chunks[k]
                    stuff = "-".join(s.replace("\\", "\\\\").replace("-", "\\-") for s in chunks)
                stuff = re.sub(r"([&~|])", r"\\\1", stuff)
                i = j + 1
                if not stuff:
                    res.append("(?!)")
                elif stuff == "!":
                    res.append(".")
                else:
                    if stuff[0] == "!":
                        stuff = "^" + stuff[1:]
                    elif stuff[0] in ("^", "["):
                        stuff = "\\" + stuff
                    res.append("[%s]" % stuff)
        else:
            res.append(re.escape(c))
    return res


def translate(pat):
    """Translate a shell pattern to a regular expression string."""
    parts = _translate_parts(pat)
    n = len(parts)
    out = []
    i = 0
    while i < n and parts[i] is not None:
        out.append(parts[i])
        i += 1
    while i < n:
        # parts[i] is a star
        i += 1
        if i == n:
            out.append(".*")
            break
        fixed = []
        while i < n and parts[i] is not None:
            fixed.append(parts[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            out.append(".*")
            out.append(fixed)
        else:
            out.append("(?>.*?%s)" % fixed)
    return "(?s:%s)\\Z" % "".join(out)
`;

/** Source of the reprlib module. */
export const reprlibSource = String.raw`"""Redo the builtin repr() (representation) but with limits on most sizes."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice

try:
    from _thread import get_ident
except ImportError:
    def get_ident():
        return 0


def recursive_repr(fillvalue="..."):
    """Decorator to make a repr function return fillvalue for a recursive call."""

    def decorating_function(user_function):
        repr_running = set()

        def wrapper(self):
            key = id(self)
            if key in repr_running:
                return fillvalue
            repr_running.add(key)
            try:
                result = user_function(self)
            finally:
                repr_running.discard(key)
            return result

        wrapper.__module__ = getattr(user_function, "__module__", None)
        wrapper.__doc__ = getattr(user_function, "__doc__", None)
        wrapper.__name__ = getattr(user_function, "__name__", "wrapper")
        wrapper.__qualname__ = getattr(user_function, "__qualname__", wrapper.__name__)
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function


def _possibly_sorted(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:

    def __init__(self):
        self.fillvalue = "..."
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = type(x).__name__
        if " " in typename:
            typename = "_".join(typename.split())
        meth = getattr(self, "repr_" + typename, None)
        if meth is not None:
            return meth(x, level)
        return self.repr_instance(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=""):
        n = len(x)
        if level <= 0 and n:
            s = self.fillvalue
        else:
            newlevel = level - 1
            pieces = [self.repr1(elem, newlevel) for elem in islice(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            s = ", ".join(pieces)
            if n == 1 and trail:
                right = trail + right
        return "%s%s%s" % (left, s, right)

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, "(", ")", self.maxtuple, ",")

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, "[", "]", self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        header = "array('%s', [" % x.typecode
        return self._repr_iterable(x, level, header, "])", self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return "set()"
        x = _possibly_sorted(x)
        return self._repr_iterable(x, level, "{", "}", self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return "frozenset()"
        x = _possibly_sorted(x)
        return self._repr_iterable(x, level, "frozenset({", "})", self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, "deque([", "])", self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return "{}"
        if level <= 0:
            return "{" + self.fillvalue + "}"
        newlevel = level - 1
        pieces = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            keyrepr = self.repr1(key, newlevel)
            valrepr = self.repr1(x[key], newlevel)
            pieces.append("%s: %s" % (keyrepr, valrepr))
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return "{%s}" % (", ".join(pieces),)

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            i = max(0, (self.maxstring - 3) // 2)
            j = max(0, self.maxstring - 3 - i)
            s = builtins.repr(x[:i] + x[len(x) - j:])
            s = s[:i] + self.fillvalue + s[len(s) - j:]
        return s

    def repr_int(self, x, level):
        s = builtins.repr(x)
        if len(s) > self.maxlong:
            i = max(0, (self.maxlong - 3) // 2)
            j = max(0, self.maxlong - 3 - i)
            s = s[:i] + self.fillvalue + s[len(s) - j:]
        return s

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            return "<%s instance at %#x>" % (x.__class__.__name__, id(x))
        if len(s) > self.maxother:
            i = max(0, (self.maxother - 3) // 2)
            j = max(0, self.maxother - 3 - i)
            s = s[:i] + self.fillvalue + s[len(s) - j:]
        return s


aRepr = Repr()
repr = aRepr.repr
`;

/** Source of the getopt module. */
export const getoptSource = String.raw`"""Parser for command line options (getopt and gnu_getopt)."""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os


class GetoptError(Exception):
    opt = ""
    msg = ""

    def __init__(self, msg, opt=""):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def getopt(args, shortopts, longopts=[]):
    opts = []
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    while args and args[0].startswith("-") and args[0] != "-":
        if args[0] == "--":
            args = args[1:]
            break
        if args[0].startswith("--"):
            opts, args = do_longs(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    opts = []
    prog_args = []
    if isinstance(longopts, str):
        longopts = [longopts]
    else:
        longopts = list(longopts)
    all_options_first = False
    if shortopts.startswith("+"):
        shortopts = shortopts[1:]
        all_options_first = True
    elif os.environ.get("POSIXLY_CORRECT"):
        all_options_first = True
    while args:
        if args[0] == "--":
            prog_args += args[1:]
            break
        if args[0][:2] == "--":
            opts, args = do_longs(opts, args[0][2:], longopts, args[1:])
        elif args[0][:1] == "-" and args[0] != "-":
            opts, args = do_shorts(opts, args[0][1:], shortopts, args[1:])
        else:
            if all_options_first:
                prog_args += args
                break
            prog_args.append(args[0])
            args = args[1:]
    return opts, prog_args


def do_longs(opts, opt, longopts, args):
    try:
        i = opt.index("=")
    except ValueError:
        optarg = None
    else:
        opt, optarg = opt[:i], opt[i + 1:]
    has_arg, opt = long_has_args(opt, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError("option --%s requires argument" % opt, opt)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError("option --%s must not have an argument" % opt, opt)
    opts.append(("--" + opt, optarg or ""))
    return opts, args


def long_has_args(opt, longopts):
    possibilities = [o for o in longopts if o.startswith(opt)]
    if not possibilities:
        raise GetoptError("option --%s not recognized" % opt, opt)
    if opt in possibilities:
        return False, opt
    elif opt + "=" in possibilities:
        return True, opt
    if len(possibilities) > 1:
        raise GetoptError("option --%s not a unique prefix" % opt, opt)
    unique_match = possibilities[0]
    has_arg = unique_match.endswith("=")
    if has_arg:
        unique_match = unique_match[:-1]
    return has_arg, unique_match


def do_shorts(opts, optstring, shortopts, args):
    while optstring != "":
        opt, optstring = optstring[0], optstring[1:]
        if short_has_arg(opt, shortopts):
            if optstring == "":
                if not args:
                    raise GetoptError("option -%s requires argument" % opt, opt)
                optstring, args = args[0], args[1:]
            optarg, optstring = optstring, ""
        else:
            optarg = ""
        opts.append(("-" + opt, optarg))
    return opts, args


def short_has_arg(opt, shortopts):
    for i in range(len(shortopts)):
        if opt == shortopts[i] != ":":
            return shortopts.startswith(":", i + 1)
    raise GetoptError("option -%s not recognized" % opt, opt)
`;

/** Source of the html module. */
export const htmlSource = String.raw`"""General functions for HTML manipulation (escape and unescape)."""
import re as _re

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("\'", "&#x27;")
    return s


_N2C = """AElig:198 Aacute:193 Acirc:194 Agrave:192 Alpha:913 Aring:197 Atilde:195 Auml:196 Beta:914
Ccedil:199 Chi:935 Dagger:8225 Delta:916 ETH:208 Eacute:201 Ecirc:202 Egrave:200 Epsilon:917
Eta:919 Euml:203 Gamma:915 Iacute:205 Icirc:206 Igrave:204 Iota:921 Iuml:207 Kappa:922
Lambda:923 Mu:924 Ntilde:209 Nu:925 OElig:338 Oacute:211 Ocirc:212 Ograve:210 Omega:937
Omicron:927 Oslash:216 Otilde:213 Ouml:214 Phi:934 Pi:928 Prime:8243 Psi:936 Rho:929 Scaron:352
Sigma:931 THORN:222 Tau:932 Theta:920 Uacute:218 Ucirc:219 Ugrave:217 Upsilon:933 Uuml:220
Xi:926 Yacute:221 Yuml:376 Zeta:918 aacute:225 acirc:226 acute:180 aelig:230 agrave:224
alefsym:8501 alpha:945 amp:38 and:8743 ang:8736 aring:229 asymp:8776 atilde:227 auml:228
bdquo:8222 beta:946 brvbar:166 bull:8226 cap:8745 ccedil:231 cedil:184 cent:162 chi:967 circ:710
clubs:9827 cong:8773 copy:169 crarr:8629 cup:8746 curren:164 dArr:8659 dagger:8224 darr:8595
deg:176 delta:948 diams:9830 divide:247 eacute:233 ecirc:234 egrave:232 empty:8709 emsp:8195
ensp:8194 epsilon:949 equiv:8801 eta:951 eth:240 euml:235 euro:8364 exist:8707 fnof:402
forall:8704 frac12:189 frac14:188 frac34:190 frasl:8260 gamma:947 ge:8805 gt:62 hArr:8660
harr:8596 hearts:9829 hellip:8230 iacute:237 icirc:238 iexcl:161 igrave:236 image:8465
infin:8734 int:8747 iota:953 iquest:191 isin:8712 iuml:239 kappa:954 lArr:8656 lambda:955
lang:9001 laquo:171 larr:8592 lceil:8968 ldquo:8220 le:8804 lfloor:8970 lowast:8727 loz:9674
lrm:8206 lsaquo:8249 lsquo:8216 lt:60 macr:175 mdash:8212 micro:181 middot:183 minus:8722 mu:956
nabla:8711 nbsp:160 ndash:8211 ne:8800 ni:8715 not:172 notin:8713 nsub:8836 ntilde:241 nu:957
oacute:243 ocirc:244 oelig:339 ograve:242 oline:8254 omega:969 omicron:959 oplus:8853 or:8744
ordf:170 ordm:186 oslash:248 otilde:245 otimes:8855 ouml:246 para:182 part:8706 permil:8240
perp:8869 phi:966 pi:960 piv:982 plusmn:177 pound:163 prime:8242 prod:8719 prop:8733 psi:968
quot:34 rArr:8658 radic:8730 rang:9002 raquo:187 rarr:8594 rceil:8969 rdquo:8221 real:8476
reg:174 rfloor:8971 rho:961 rlm:8207 rsaquo:8250 rsquo:8217 sbquo:8218 scaron:353 sdot:8901
sect:167 shy:173 sigma:963 sigmaf:962 sim:8764 spades:9824 sub:8834 sube:8838 sum:8721 sup:8835
sup1:185 sup2:178 sup3:179 supe:8839 szlig:223 tau:964 there4:8756 theta:952 thetasym:977
thinsp:8201 thorn:254 tilde:732 times:215 trade:8482 uArr:8657 uacute:250 uarr:8593 ucirc:251
ugrave:249 uml:168 upsih:978 upsilon:965 uuml:252 weierp:8472 xi:958 yacute:253 yen:165 yuml:255
zeta:950 zwj:8205 zwnj:8204"""

name2codepoint = {}
for _item in _N2C.split():
    _k, _v = _item.split(":")
    name2codepoint[_k] = int(_v)
codepoint2name = {v: k for k, v in name2codepoint.items()}

_NOSEMI = {}
for _item in """AElig:198 AMP:38 Aacute:193 Acirc:194 Agrave:192 Aring:197 Atilde:195 Auml:196 COPY:169
Ccedil:199 ETH:208 Eacute:201 Ecirc:202 Egrave:200 Euml:203 GT:62 Iacute:205 Icirc:206
Igrave:204 Iuml:207 LT:60 Ntilde:209 Oacute:211 Ocirc:212 Ograve:210 Oslash:216 Otilde:213
Ouml:214 QUOT:34 REG:174 THORN:222 Uacute:218 Ucirc:219 Ugrave:217 Uuml:220 Yacute:221
aacute:225 acirc:226 acute:180 aelig:230 agrave:224 amp:38 aring:229 atilde:227 auml:228
brvbar:166 ccedil:231 cedil:184 cent:162 copy:169 curren:164 deg:176 divide:247 eacute:233
ecirc:234 egrave:232 eth:240 euml:235 frac12:189 frac14:188 frac34:190 gt:62 iacute:237
icirc:238 iexcl:161 igrave:236 iquest:191 iuml:239 laquo:171 lt:60 macr:175 micro:181 middot:183
nbsp:160 not:172 ntilde:241 oacute:243 ocirc:244 ograve:242 ordf:170 ordm:186 oslash:248
otilde:245 ouml:246 para:182 plusmn:177 pound:163 quot:34 raquo:187 reg:174 sect:167 shy:173
sup1:185 sup2:178 sup3:179 szlig:223 thorn:254 times:215 uacute:250 ucirc:251 ugrave:249 uml:168
uuml:252 yacute:253 yen:165 yuml:255""".split():
    _k, _v = _item.split(":")
    _NOSEMI[_k] = chr(int(_v))

_invalid_charrefs = {128: '€', 129: '\x81', 130: '‚', 131: 'ƒ', 132: '„', 133: '…', 134: '†', 135: '‡', 136: 'ˆ', 137: '‰', 138: 'Š', 139: '‹', 140: 'Œ', 141: '\x8d', 142: 'Ž', 143: '\x8f', 144: '\x90', 145: '‘', 146: '’', 147: '“', 148: '”', 149: '•', 150: '–', 151: '—', 152: '˜', 153: '™', 154: 'š', 155: '›', 156: 'œ', 157: '\x9d', 158: 'ž', 159: 'Ÿ'}

_invalid_codepoints = set(range(0x1, 0x9)) | {0xb} | set(range(0xe, 0x20)) | set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0))
for _p in range(0x11):
    _invalid_codepoints.add(_p * 0x10000 + 0xfffe)
    _invalid_codepoints.add(_p * 0x10000 + 0xffff)


def _replace_charref(m):
    s = m.group(1)
    if s[0] == "#":
        if s[1] in "xX":
            num = int(s[2:].rstrip(";"), 16)
        else:
            num = int(s[1:].rstrip(";"))
        if num in _invalid_charrefs:
            return _invalid_charrefs[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF or num == 0:
            return "\uFFFD"
        if num in _invalid_codepoints:
            return ""
        return chr(num)
    if s.endswith(";") and s[:-1] in name2codepoint:
        return chr(name2codepoint[s[:-1]])
    if s in _NOSEMI:
        return _NOSEMI[s]
    for x in range(len(s) - 1, 1, -1):
        if s[:x] in _NOSEMI:
            return _NOSEMI[s[:x]] + s[x:]
    return "&" + s


_charref = _re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def unescape(s):
    if "&" not in s:
        return s
    return _charref.sub(_replace_charref, s)
`;

/** Source of the threading module. */
export const threadingSource = String.raw`"""Thread objects with sequential semantics: taipan has no preemptive scheduler, so start()
runs the thread's target to completion before returning."""
import sys as _sys
from collections import deque as _deque

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate", "main_thread",
           "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread",
           "Barrier", "BrokenBarrierError", "Timer", "ThreadError", "setprofile", "settrace",
           "local", "stack_size", "excepthook", "ExceptHookArgs", "gettrace", "getprofile",
           "get_native_id"]

TIMEOUT_MAX = 9223372036.0

ThreadError = RuntimeError

_counter = 0
_ident_counter = 140000000000000
_active = {}
_current = []
_trace_hook = None
_profile_hook = None


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


def _next_ident():
    global _ident_counter
    _ident_counter += 4096
    return _ident_counter


def get_ident():
    return current_thread().ident


def get_native_id():
    return current_thread().native_id


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def stack_size(size=0):
    return 0


class Lock:
    """A primitive lock."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if self._locked:
            if blocking and timeout == -1:
                raise RuntimeError("deadlock: acquiring a held Lock with no other thread to release it")
            return False
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return "<%s %s object at %s>" % ("locked" if self._locked else "unlocked",
                                          "_thread.lock", hex(id(self)))

    def _at_fork_reinit(self):
        self._locked = False


_allocate_lock = Lock
LockType = Lock


class RLock:
    """A reentrant lock."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._owner is None:
            self._owner = me
            self._count = 1
            return True
        if blocking and timeout == -1:
            raise RuntimeError("deadlock: acquiring an RLock held by another thread")
        return False

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def __repr__(self):
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._owner is not None else "unlocked", "_thread", "RLock",
            self._owner, self._count, hex(id(self)))


class Condition:
    """A condition variable (waits cannot block: no other thread can run meanwhile)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def wait(self, timeout=None):
        return False

    def wait_for(self, predicate, timeout=None):
        return predicate()

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if blocking and timeout is None:
            raise RuntimeError("deadlock: acquiring an exhausted Semaphore with no other thread to release it")
        return False

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()

    def __repr__(self):
        return "<%s.%s at %s: value=%d>" % (self.__class__.__module__, self.__class__.__qualname__,
                                           hex(id(self)), self._value)


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        return self._flag

    def __repr__(self):
        return "<%s.%s at %s: %s>" % (self.__class__.__module__, self.__class__.__qualname__,
                                     hex(id(self)), "set" if self._flag else "unset")


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        if self._count >= self._parties:
            self._count = 0
            if self._action is not None:
                self._action()
        return index

    def reset(self):
        self._count = 0
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    if args.exc_type == SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print("Exception in thread %s:" % name, file=_sys.stderr)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=_sys.stderr)


__excepthook__ = excepthook


class Thread:
    """A thread of control; start() runs it to completion."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon if _current else False
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._ident = _next_ident()
        self._native_id = self._ident % 100000
        _active[self._ident] = self
        _current.append(self)
        try:
            try:
                self.run()
            except SystemExit:
                pass
            except BaseException as e:
                excepthook(ExceptHookArgs(type(e), e, e.__traceback__, self))
        finally:
            _current.pop()
            self._is_stopped = True
            del _active[self._ident]

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _next_ident()
        self._native_id = self._ident % 100000
        _active[self._ident] = self


_main_thread = _MainThread()


def current_thread():
    if _current:
        return _current[-1]
    return _main_thread


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


class Timer(Thread):
    """Call a function after a specified number of seconds (runs at start())."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class local:
    """Thread-local data: attributes are kept per thread."""

    def __init__(self, *args, **kw):
        if (args or kw) and (type(self).__init__ is local.__init__):
            raise TypeError("Initialization arguments are not supported")
        object.__setattr__(self, "_local__dicts", {})
        object.__setattr__(self, "_local__init", (args, kw))
        self._local__dicts[get_ident()] = {}

    def _local__dict(self):
        dicts = object.__getattribute__(self, "_local__dicts")
        key = get_ident()
        d = dicts.get(key)
        if d is None:
            d = dicts[key] = {}
            args, kw = object.__getattribute__(self, "_local__init")
            init = type(self).__init__
            if init is not local.__init__:
                init(self, *args, **kw)
        return d

    def __getattribute__(self, name):
        if name in ("_local__dicts", "_local__init", "_local__dict", "__class__", "__dict__"):
            if name == "__dict__":
                return object.__getattribute__(self, "_local__dict")()
            return object.__getattribute__(self, name)
        d = object.__getattribute__(self, "_local__dict")()
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        object.__getattribute__(self, "_local__dict")()[name] = value

    def __delattr__(self, name):
        d = object.__getattribute__(self, "_local__dict")()
        if name not in d:
            raise AttributeError(name)
        del d[name]
`;

/** Source of the _thread module. */
export const _threadSource = String.raw`"""Low-level threading primitives (sequential: start_new_thread runs the function at once)."""
import threading as _t

error = RuntimeError
LockType = _t.Lock
allocate_lock = _t.Lock
RLock = _t.RLock
TIMEOUT_MAX = _t.TIMEOUT_MAX


def get_ident():
    return _t.get_ident()


def get_native_id():
    return _t.get_native_id()


def start_new_thread(function, args, kwargs=None):
    th = _t.Thread(target=function, args=args, kwargs=kwargs or {})
    th.start()
    return th.ident


start_new = start_new_thread


def allocate():
    return _t.Lock()


def stack_size(size=0):
    return 0


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def exit():
    raise SystemExit


_count = _t.active_count
_local = _t.local
`;

/** Source of the concurrent module. */
export const concurrentSource = String.raw`"""Package of the concurrent.futures module."""
`;

/** Source of the concurrent.futures module. */
export const concurrentFuturesSource = String.raw`"""Executors running each submitted callable at once (taipan has no preemptive threads)."""
import threading as _threading
import time as _time

__all__ = ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
           "BrokenExecutor", "Future", "Executor", "wait", "as_completed", "ThreadPoolExecutor",
           "ProcessPoolExecutor", "InvalidStateError"]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

PENDING = "PENDING"
RUNNING = "RUNNING"
CANCELLED = "CANCELLED"
CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
FINISHED = "FINISHED"

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import sys
                import traceback
                print("exception calling callback for %r" % self, file=sys.stderr)
                traceback.print_exc()

    def __repr__(self):
        if self._state == FINISHED:
            if self._exception:
                return "<%s at %#x state=%s raised %s>" % (
                    self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._exception.__class__.__name__)
            return "<%s at %#x state=%s returned %s>" % (
                self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                self._result.__class__.__name__)
        return "<%s at %#x state=%s>" % (self.__class__.__name__, id(self),
                                         _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        if self._state in (RUNNING, FINISHED):
            return False
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            return True
        self._state = CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def add_done_callback(self, fn):
        if not self.done():
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import sys
            import traceback
            print("exception calling callback for %r" % self, file=sys.stderr)
            traceback.print_exc()

    def result(self, timeout=None):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == FINISHED:
            if self._exception is not None:
                try:
                    raise self._exception
                finally:
                    self = None
            return self._result
        raise TimeoutError()

    def exception(self, timeout=None):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == FINISHED:
            return self._exception
        raise TimeoutError()

    def set_running_or_notify_cancel(self):
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        if self._state == PENDING:
            self._state = RUNNING
            return True
        raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError("%s: %r" % (self._state, self))
        self._result = result
        self._state = FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError("%s: %r" % (self._state, self))
        self._exception = exception
        self._state = FINISHED
        self._invoke_callbacks()

    def __class_getitem__(cls, item):
        return cls


class Executor:
    _shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        f = Future()
        f.set_running_or_notify_cancel()
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            f.set_exception(exc)
        else:
            f.set_result(result)
        return f

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            for f in fs:
                yield f.result()

        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 5
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % (ThreadPoolExecutor._counter - 1))
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        if not self._initialized and self._initializer is not None:
            self._initialized = True
            self._initializer(*self._initargs)
        return Executor.submit(self, fn, *args, **kwargs)


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers or 1
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        if not self._initialized and self._initializer is not None:
            self._initialized = True
            self._initializer(*self._initargs)
        return Executor.submit(self, fn, *args, **kwargs)


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    finished = [f for f in fs if f.done()]
    pending = [f for f in fs if not f.done()]
    for f in finished:
        yield f
    if pending:
        raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), len(fs)))


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=%r, not_done=%r)" % (self[0], self[1])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = set(f for f in fs if f.done())
    not_done = fs - done
    return DoneAndNotDoneFutures(done, not_done)
`;

/** Source of the logging module. */
export const loggingSource = String.raw`"""Logging facility: loggers in a dotted-name hierarchy, handlers, formatters and filters."""
import sys
import time
import io
import traceback

__all__ = ["BASIC_FORMAT", "CRITICAL", "DEBUG", "ERROR", "FATAL", "FileHandler", "Filter", "Formatter",
           "Handler", "INFO", "LogRecord", "Logger", "LoggerAdapter", "NOTSET", "NullHandler",
           "StreamHandler", "WARN", "WARNING", "addLevelName", "basicConfig", "critical", "debug",
           "disable", "error", "exception", "fatal", "getLevelName", "getLogger", "getLoggerClass",
           "info", "log", "makeLogRecord", "setLoggerClass", "shutdown", "warn", "warning",
           "getLogRecordFactory", "setLogRecordFactory", "lastResort", "raiseExceptions",
           "getLevelNamesMapping", "root", "captureWarnings", "PercentStyle", "StrFormatStyle",
           "StringTemplateStyle"]

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

_levelToName = {CRITICAL: "CRITICAL", ERROR: "ERROR", WARNING: "WARNING", INFO: "INFO",
                DEBUG: "DEBUG", NOTSET: "NOTSET"}
_nameToLevel = {"CRITICAL": CRITICAL, "FATAL": FATAL, "ERROR": ERROR, "WARN": WARNING,
                "WARNING": WARNING, "INFO": INFO, "DEBUG": DEBUG, "NOTSET": NOTSET}

_startTime = time.time()


def getLevelNamesMapping():
    return _nameToLevel.copy()


def getLevelName(level):
    result = _levelToName.get(level)
    if result is not None:
        return result
    result = _nameToLevel.get(level)
    if result is not None:
        return result
    return "Level %s" % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        rv = level
    elif str(level) == level:
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        rv = _nameToLevel[level]
    else:
        raise TypeError("Level not an integer or a valid string: %r" % (level,))
    return rv


class LogRecord:
    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None, **kwargs):
        ct = time.time()
        self.name = name
        self.msg = msg
        if (args and len(args) == 1 and isinstance(args[0], dict) and args[0]):
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = pathname.replace("\\", "/").split("/")[-1]
            self.module = self.filename.rsplit(".", 1)[0] if "." in self.filename else self.filename
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000) + 0.0
        self.relativeCreated = (ct - _startTime) * 1000
        self.thread = 1
        self.threadName = "MainThread"
        self.processName = "MainProcess"
        self.process = 1

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    rv = _logRecordFactory(None, None, "", 0, "", (), None, None)
    rv.__dict__.update(dict)
    return rv


class PercentStyle:
    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        pass

    def _format(self, record):
        defaults = self._defaults
        if defaults:
            values = defaults.copy()
            values.update(record.__dict__)
        else:
            values = record.__dict__
        return self._fmt % values

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError("Formatting field not found in record: %s" % e)


class StrFormatStyle(PercentStyle):
    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"

    def _format(self, record):
        if self._defaults:
            values = self._defaults.copy()
            values.update(record.__dict__)
        else:
            values = record.__dict__
        return self._fmt.format(**values)


class StringTemplateStyle(PercentStyle):
    default_format = "$message"
    asctime_format = "$asctime"
    asctime_search = "$asctime"

    def usesTime(self):
        return "$asctime" in self._fmt or "$" "{asctime}" in self._fmt

    def _format(self, record):
        from string import Template
        if self._defaults:
            values = self._defaults.copy()
            values.update(record.__dict__)
        else:
            values = record.__dict__
        return Template(self._fmt).substitute(**values)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_STYLES = {
    "%": (PercentStyle, BASIC_FORMAT),
    "{": (StrFormatStyle, "{levelname}:{name}:{message}"),
    "$": (StringTemplateStyle, "$" "{levelname}:$" "{name}:$" "{message}"),
}


class Formatter:
    converter = time.localtime
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        if style not in _STYLES:
            raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        ct = self.converter(record.created)
        if datefmt:
            s = time.strftime(datefmt, ct)
        else:
            s = time.strftime(self.default_time_format, ct)
            if self.default_msec_format:
                s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        sio = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, sio)
        s = sio.getvalue()
        sio.close()
        if s[-1:] == "\n":
            s = s[:-1]
        return s

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + record.exc_text
        if record.stack_info:
            if s[-1:] != "\n":
                s = s + "\n"
            s = s + self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter:
    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        rv = ""
        if len(records) > 0:
            rv = rv + self.formatHeader(records)
            for record in records:
                rv = rv + self.linefmt.format(record)
            rv = rv + self.formatFooter(records)
        return rv


class Filter:
    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        elif self.name == record.name:
            return True
        elif record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == "."


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            if hasattr(f, "filter"):
                result = f.filter(record)
            else:
                result = f(record)
            if not result:
                return False
        return True


_handlers = {}
_handlerList = []


class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _handlerList.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        if self._name in _handlers:
            del _handlers[self._name]
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = None

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        if self.formatter:
            fmt = self.formatter
        else:
            fmt = _defaultFormatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        rv = self.filter(record)
        if rv:
            self.emit(record)
        return rv

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name and self._name in _handlers:
            del _handlers[self._name]

    def handleError(self, record):
        if raiseExceptions and sys.stderr:
            t, v, tb = sys.exc_info()
            sys.stderr.write("--- Logging error ---\n")
            traceback.print_exception(t, v, tb, None, sys.stderr)
            sys.stderr.write("Call stack:\n")
            try:
                sys.stderr.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))
            except Exception:
                pass

    def __repr__(self):
        level = getLevelName(self.level)
        return "<%s (%s)>" % (self.__class__.__name__, level)


class StreamHandler(Handler):
    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        if self.stream and hasattr(self.stream, "flush"):
            self.stream.flush()

    def emit(self, record):
        try:
            msg = self.format(record)
            stream = self.stream
            stream.write(msg + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            result = None
        else:
            result = self.stream
            self.flush()
            self.stream = stream
        return result

    def __repr__(self):
        level = getLevelName(self.level)
        name = getattr(self.stream, "name", "")
        name = str(name)
        if name:
            name += " "
        return "<%s %s(%s)>" % (self.__class__.__name__, name, level)


class FileHandler(StreamHandler):
    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        import os
        self.baseFilename = os.path.abspath(filename)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding)

    def close(self):
        if self.stream:
            try:
                self.flush()
            finally:
                stream = self.stream
                self.stream = None
                stream.close()
        StreamHandler.close(self)

    def emit(self, record):
        if self.stream is None:
            if self.mode != "w" or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        level = getLevelName(self.level)
        return "<%s %s (%s)>" % (self.__class__.__name__, self.baseFilename, level)


class _StderrHandler(StreamHandler):
    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


class PlaceHolder:
    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


_loggerClass = None


def setLoggerClass(klass):
    global _loggerClass
    if klass != Logger:
        if not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager:
    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        rv = None
        if name in self.loggerDict:
            rv = self.loggerDict[name]
            if isinstance(rv, PlaceHolder):
                ph = rv
                rv = (self.loggerClass or _loggerClass)(name)
                rv.manager = self
                self.loggerDict[name] = rv
                self._fixupChildren(ph, rv)
                self._fixupParents(rv)
        else:
            rv = (self.loggerClass or _loggerClass)(name)
            rv.manager = self
            self.loggerDict[name] = rv
            self._fixupParents(rv)
        return rv

    def setLoggerClass(self, klass):
        self.loggerClass = klass

    def _fixupParents(self, alogger):
        name = alogger.name
        i = name.rfind(".")
        rv = None
        while (i > 0) and not rv:
            substr = name[:i]
            if substr not in self.loggerDict:
                self.loggerDict[substr] = PlaceHolder(alogger)
            else:
                obj = self.loggerDict[substr]
                if isinstance(obj, Logger):
                    rv = obj
                else:
                    obj.append(alogger)
            i = name.rfind(".", 0, i - 1)
        if not rv:
            rv = self.root
        alogger.parent = rv

    def _fixupChildren(self, ph, alogger):
        name = alogger.name
        namelen = len(name)
        for c in ph.loggerMap.keys():
            if c.parent.name[:namelen] != name:
                alogger.parent = c.parent
                c.parent = alogger

    def _clear_cache(self):
        for logger in self.loggerDict.values():
            if isinstance(logger, Logger):
                logger._cache.clear()
        self.root._cache.clear()


class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        stack = traceback.extract_stack()
        i = len(stack) - 1
        while i >= 0 and stack[i].filename.startswith("<frozen logging"):
            i -= 1
        while stacklevel > 1 and i > 0:
            i -= 1
            stacklevel -= 1
        if i < 0:
            return "(unknown file)", 0, "(unknown function)", None
        fr = stack[i]
        return fr.filename, fr.lineno, fr.name, None

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None):
        rv = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if (key in ["message", "asctime"]) or (key in rv.__dict__):
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                rv.__dict__[key] = extra[key]
        return rv

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        try:
            fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        except Exception:
            fn, lno, func, sinfo = "(unknown file)", 0, "(unknown function)", None
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if (not self.disabled) and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if not (hdlr in self.handlers):
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        c = self
        rv = False
        while c:
            if c.handlers:
                rv = True
                break
            if not c.propagate:
                break
            else:
                c = c.parent
        return rv

    def callHandlers(self, record):
        c = self
        found = 0
        while c:
            for hdlr in c.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not c.propagate:
                c = None
            else:
                c = c.parent
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write("No handlers could be found for logger \"%s\"\n" % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            if self.manager.disable >= level:
                is_enabled = self._cache[level] = False
            else:
                is_enabled = self._cache[level] = (level >= self.getEffectiveLevel())
            return is_enabled

    def getChild(self, suffix):
        if self.root is not self:
            suffix = ".".join((self.name, suffix))
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return "<%s %s (%s)>" % (self.__class__.__name__, self.name, level)


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter:
    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        logger = self.logger
        level = getLevelName(logger.getEffectiveLevel())
        return "<%s %s (%s)>" % (self.__class__.__name__, logger.name, level)


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


def basicConfig(**kwargs):
    force = kwargs.pop("force", False)
    encoding = kwargs.pop("encoding", None)
    errors = kwargs.pop("errors", "backslashreplace")
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if len(root.handlers) == 0:
        handlers = kwargs.pop("handlers", None)
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
        else:
            if "stream" in kwargs or "filename" in kwargs:
                raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
        if handlers is None:
            filename = kwargs.pop("filename", None)
            mode = kwargs.pop("filemode", "a")
            if filename:
                h = FileHandler(filename, mode, encoding=encoding, errors=errors)
            else:
                stream = kwargs.pop("stream", None)
                h = StreamHandler(stream)
            handlers = [h]
        dfs = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", "%")
        if style not in _STYLES:
            raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
        fs = kwargs.pop("format", _STYLES[style][1])
        fmt = Formatter(fs, dfs, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            keys = ", ".join(kwargs.keys())
            raise ValueError("Unrecognised argument(s): %s" % keys)


def getLogger(name=None):
    if not name or isinstance(name, str) and name == root.name:
        return root
    return Logger.manager.getLogger(name)


def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    for h in reversed(handlerList[:]):
        try:
            h.flush()
            h.close()
        except (OSError, ValueError):
            pass


def captureWarnings(capture):
    pass
`;

/** Source of the timeit module. */
export const timeitSource = String.raw`"""Measure execution time of small code snippets."""
import time
import sys
import itertools

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


class Timer:
    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self._globals = {} if globals is None else globals
        self._stmt = stmt
        self._setup = setup
        if isinstance(stmt, str):
            compile(stmt, dummy_src_name, "exec")
        elif not callable(stmt):
            raise ValueError("stmt is neither a string nor callable")
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
        elif not callable(setup):
            raise ValueError("setup is neither a string nor callable")

    def _run_setup(self, ns):
        if callable(self._setup):
            self._setup()
        else:
            exec(self._setup, self._globals, ns)

    def timeit(self, number=default_number):
        ns = {}
        self._run_setup(ns)
        stmt = self._stmt
        if callable(stmt):
            t0 = self.timer()
            for _ in itertools.repeat(None, number):
                stmt()
            return self.timer() - t0
        code = compile("def _timeit_inner(_it):\n    for _i in _it:\n" +
                       "".join("        " + line + "\n" for line in stmt.splitlines() or ["pass"]) +
                       "        pass\n", dummy_src_name, "exec")
        g = self._globals
        local = dict(ns)
        exec(code, g, local)
        inner = local["_timeit_inner"]
        if ns:
            # names made by the setup are visible as globals of the timed function
            g.update(ns)
        t0 = self.timer()
        inner(itertools.repeat(None, number))
        return self.timer() - t0

    def repeat(self, repeat=default_repeat, number=default_number):
        r = []
        for i in range(repeat):
            t = self.timeit(number)
            r.append(t)
        return r

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
`;

/** Source of the platform module. */
export const platformSource = String.raw`"""Identify the underlying platform (values describe a Linux x86_64 CPython 3.11)."""
import sys
import collections

__version__ = "1.0.8"


def python_version_tuple():
    v = sys.version_info
    return (str(v[0]), str(v[1]), str(v[2]))


def python_version():
    return ".".join(python_version_tuple())


def python_implementation():
    return "CPython"


def python_build():
    return ("main", "Jan  1 2024 00:00:00")


def python_compiler():
    return "GCC 12.2.0"


def python_branch():
    return ""


def python_revision():
    return ""


def system():
    return "Linux"


def machine():
    return "x86_64"


def processor():
    return ""


def node():
    return "localhost"


def release():
    return ""


def version():
    return ""


def architecture(executable=sys.executable, bits="", linkage=""):
    return ("64bit", "ELF")


uname_result = collections.namedtuple("uname_result", "system node release version machine processor")


def uname():
    return uname_result(system(), node(), release(), version(), machine(), processor())


def platform(aliased=False, terse=False):
    if terse:
        return "Linux"
    return "Linux-%s-x86_64-with-glibc2.36" % (release() or "unknown")


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    return ("glibc", "2.36")


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return (release, versioninfo, machine)


def win32_ver(release="", version="", csd="", ptype=""):
    return (release, version, csd, ptype)


def freedesktop_os_release():
    raise OSError("Unable to read files /etc/os-release, /usr/lib/os-release")
`;

/** Source of the signal module. */
export const signalSource = String.raw`"""Signal numbers and handler registration (handlers are stored; no signals are delivered)."""
from enum import IntEnum as _IntEnum

_names = [("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6),
          ("SIGIOT", 6), ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11),
          ("SIGUSR2", 12), ("SIGPIPE", 13), ("SIGALRM", 14), ("SIGTERM", 15), ("SIGSTKFLT", 16),
          ("SIGCHLD", 17), ("SIGCONT", 18), ("SIGSTOP", 19), ("SIGTSTP", 20), ("SIGTTIN", 21),
          ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24), ("SIGXFSZ", 25), ("SIGVTALRM", 26),
          ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29), ("SIGPWR", 30),
          ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64)]

Signals = _IntEnum("Signals", _names)


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


for _n in Signals:
    globals()[_n.name] = _n
SIGIOT = Signals.SIGABRT
SIGPOLL = Signals.SIGIO
SIG_DFL = Handlers.SIG_DFL
SIG_IGN = Handlers.SIG_IGN
SIG_BLOCK = Sigmasks.SIG_BLOCK
SIG_UNBLOCK = Sigmasks.SIG_UNBLOCK
SIG_SETMASK = Sigmasks.SIG_SETMASK
NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class ItimerError(OSError):
    pass


def default_int_handler(signalnum, frame):
    raise KeyboardInterrupt


_handlers = {}


def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    if signalnum < 1 or signalnum >= NSIG:
        raise ValueError("signal number out of range")


def getsignal(signalnum):
    _check(signalnum)
    if signalnum in _handlers:
        return _handlers[signalnum]
    if signalnum == 2:
        return default_int_handler
    if signalnum == 13:
        return Handlers.SIG_IGN
    return Handlers.SIG_DFL


def signal(signalnum, handler):
    _check(signalnum)
    if signalnum in (9, 19):
        raise OSError(22, "Invalid argument")
    if not callable(handler) and handler not in (0, 1):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    old = getsignal(signalnum)
    if handler == 0 and not callable(handler):
        handler = Handlers.SIG_DFL
    elif handler == 1 and not callable(handler):
        handler = Handlers.SIG_IGN
    _handlers[signalnum] = handler
    return old


def strsignal(signalnum):
    _check(signalnum)
    names = {1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction", 5: "Trace/breakpoint trap",
             6: "Aborted", 7: "Bus error", 8: "Floating point exception", 9: "Killed",
             10: "User defined signal 1", 11: "Segmentation fault", 12: "User defined signal 2",
             13: "Broken pipe", 14: "Alarm clock", 15: "Terminated", 17: "Child exited", 18: "Continued",
             19: "Stopped (signal)", 20: "Stopped", 21: "Stopped (tty input)", 22: "Stopped (tty output)",
             23: "Urgent I/O condition", 24: "CPU time limit exceeded", 25: "File size limit exceeded",
             26: "Virtual timer expired", 27: "Profiling timer expired", 28: "Window changed",
             29: "I/O possible", 30: "Power failure", 31: "Bad system call"}
    return names.get(int(signalnum))


def valid_signals():
    return set(range(1, 32)) | set(range(34, 65))


_alarm = 0


def alarm(seconds):
    global _alarm
    old = _alarm
    _alarm = seconds
    return old


def pause():
    return None


def raise_signal(signalnum):
    _check(signalnum)
    h = getsignal(signalnum)
    if callable(h):
        h(int(signalnum), None)
    elif h == Handlers.SIG_IGN:
        return
    elif signalnum == 2:
        raise KeyboardInterrupt
    else:
        import sys
        sys.exit(128 + signalnum)


def setitimer(which, seconds, interval=0.0):
    return (0.0, 0.0)


def getitimer(which):
    return (0.0, 0.0)


def siginterrupt(signalnum, flag):
    _check(signalnum)


def set_wakeup_fd(fd, *, warn_on_full_buffer=True):
    return -1


def pthread_sigmask(how, mask):
    return set()
`;

/** Source of the contextvars module. */
export const contextvarsSource = String.raw`"""Context variables (one execution context at a time)."""

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_MISSING = object()


class Context:
    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        saved = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = saved
            self._entered = False

    def copy(self):
        c = Context()
        c._data = dict(self._data)
        return c

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()


def copy_context():
    return _current.copy()


class ContextVar:
    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, default=_MISSING):
        data = _current._data
        if self in data:
            return data[self]
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        data = _current._data
        old = data.get(self, Token.MISSING)
        data[self] = value
        return Token(_current, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        if token._ctx is not _current:
            raise ValueError("%r was created in a different Context" % (token,))
        if token._old is Token.MISSING:
            _current._data.pop(self, None)
        else:
            _current._data[self] = token._old
        token._used = True

    def __repr__(self):
        r = "<ContextVar name=%r" % (self._name,)
        if self._default is not _MISSING:
            r += " default=%r" % (self._default,)
        return r + " at 0x%x>" % id(self)

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        return cls


class _Missing:
    def __repr__(self):
        return "<Token.MISSING>"


class Token:
    MISSING = _Missing()

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        return "<Token%s var=%r at 0x%x>" % (" used" if self._used else "", self._var, id(self))

    def __class_getitem__(cls, item):
        return cls
`;

/** Source of the uuid module. */
export const uuidSource = String.raw`"""UUID objects (universally unique identifiers) according to RFC 4122."""
import os as _os
import random as _random

__all__ = ["UUID", "uuid1", "uuid3", "uuid4", "uuid5", "NAMESPACE_DNS", "NAMESPACE_URL",
           "NAMESPACE_OID", "NAMESPACE_X500", "RESERVED_NCS", "RFC_4122", "RESERVED_MICROSOFT",
           "RESERVED_FUTURE", "SafeUUID", "getnode"]

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

from enum import Enum as _Enum


class SafeUUID(_Enum):
    safe = 0
    unsafe = -1
    unknown = None


_HEX = "0123456789abcdef"


class UUID:
    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
        if hex is not None:
            hex = hex.replace("urn:", "").replace("uuid:", "")
            hex = hex.strip("{}").replace("-", "")
            if len(hex) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            int = _int(hex, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            bytes = (bytes_le[4 - 1::-1] + bytes_le[6 - 1:4 - 1:-1] + bytes_le[8 - 1:6 - 1:-1] + bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            int = _int.from_bytes(bytes, "big")
        if fields is not None:
            if len(fields) != 6:
                raise ValueError("fields is not a 6-tuple")
            (time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node) = fields
            if not 0 <= time_low < 1 << 32:
                raise ValueError("field 1 out of range (need a 32-bit value)")
            if not 0 <= time_mid < 1 << 16:
                raise ValueError("field 2 out of range (need a 16-bit value)")
            if not 0 <= time_hi_version < 1 << 16:
                raise ValueError("field 3 out of range (need a 16-bit value)")
            if not 0 <= clock_seq_hi_variant < 1 << 8:
                raise ValueError("field 4 out of range (need an 8-bit value)")
            if not 0 <= clock_seq_low < 1 << 8:
                raise ValueError("field 5 out of range (need an 8-bit value)")
            if not 0 <= node < 1 << 48:
                raise ValueError("field 6 out of range (need a 48-bit value)")
            clock_seq = (clock_seq_hi_variant << 8) | clock_seq_low
            int = ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64) | (clock_seq << 48) | node)
        if int is not None and not 0 <= int < 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "is_safe", is_safe)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        hex = "%032x" % self.int
        return "%s-%s-%s-%s-%s" % (hex[:8], hex[8:12], hex[12:16], hex[16:20], hex[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        bytes = self.bytes
        return (bytes[4 - 1::-1] + bytes[6 - 1:4 - 1:-1] + bytes[8 - 1:6 - 1:-1] + bytes[8:])

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48) | (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return (((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low)

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        elif not self.int & (0x4000 << 48):
            return RFC_4122
        elif not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        else:
            return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xf)
        return None


_int = int

_node = None


def getnode():
    global _node
    if _node is None:
        _node = _random.getrandbits(48) | (1 << 40)
    return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    global _last_timestamp
    import time
    nanoseconds = time.time_ns()
    timestamp = nanoseconds // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = _random.getrandbits(14)
    time_low = timestamp & 0xffffffff
    time_mid = (timestamp >> 32) & 0xffff
    time_hi_version = (timestamp >> 48) & 0x0fff
    clock_seq_low = clock_seq & 0xff
    clock_seq_hi_variant = (clock_seq >> 8) & 0x3f
    if node is None:
        node = getnode()
    return UUID(fields=(time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node), version=1)


def uuid3(namespace, name):
    from hashlib import md5
    if isinstance(name, str):
        name = _bytes(name, "utf-8")
    digest = md5(namespace.bytes + name).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    return UUID(int=_random.getrandbits(128), version=4)


def uuid5(namespace, name):
    from hashlib import sha1
    if isinstance(name, str):
        name = _bytes(name, "utf-8")
    hash = sha1(namespace.bytes + name).digest()
    return UUID(bytes=hash[:16], version=5)


_bytes = bytes

NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
`;

/** Source of the array module. */
export const arraySource = String.raw`"""Arrays of numeric values of one C type (stored as Python objects)."""
import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_sizes = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}
_ranges = {"b": (-128, 127), "B": (0, 255), "h": (-32768, 32767), "H": (0, 65535),
           "i": (-2147483648, 2147483647), "I": (0, 4294967295),
           "l": (-9223372036854775808, 9223372036854775807), "L": (0, 18446744073709551615),
           "q": (-9223372036854775808, 9223372036854775807), "Q": (0, 18446744073709551615)}


class array:
    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in _sizes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._tc = typecode
        self._a = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._a = list(initializer)
        elif isinstance(initializer, array) and initializer._tc == "u" and typecode != "u":
            raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
        else:
            self.extend(initializer)

    def _check(self, v):
        tc = self._tc
        if tc == "u":
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return v
        if tc in "fd":
            if not isinstance(v, (int, float)):
                raise TypeError("must be real number, not %s" % type(v).__name__)
            v = float(v)
            if tc == "f":
                v = _struct.unpack("f", _struct.pack("f", v))[0]
            return v
        if not isinstance(v, int):
            if isinstance(v, float):
                raise TypeError("'float' object cannot be interpreted as an integer")
            raise TypeError("an integer is required (got type %s)" % type(v).__name__)
        lo, hi = _ranges[tc]
        if v < lo or v > hi:
            if tc == "b":
                raise OverflowError("signed char is " + ("less than minimum" if v < lo else "greater than maximum"))
            if tc == "B":
                raise OverflowError("unsigned byte integer is " + ("less than minimum" if v < lo else "greater than maximum"))
            if tc == "h":
                raise OverflowError("signed short integer is " + ("less than minimum" if v < lo else "greater than maximum"))
            if tc == "H":
                raise OverflowError("unsigned short is " + ("less than minimum" if v < lo else "greater than maximum"))
            if tc == "i":
                raise OverflowError("signed integer is " + ("less than minimum" if v < lo else "greater than maximum"))
            if tc in "IL" and v < 0:
                raise OverflowError("unsigned int is less than minimum" if tc == "I" else "can't convert negative value to unsigned int")
            if tc == "Q" and v < 0:
                raise OverflowError("can't convert negative int to unsigned")
            raise OverflowError("Python int too large to convert to C " + ("long" if tc in "lq" else "unsigned long"))
        return v

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _sizes[self._tc]

    def append(self, v):
        self._a.append(self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._a.extend(iterable._a)
            return
        for v in iterable:
            self._a.append(self._check(v))

    def insert(self, i, v):
        self._a.insert(i, self._check(v))

    def pop(self, i=-1):
        if not self._a:
            raise IndexError("pop from empty array")
        try:
            return self._a.pop(i)
        except IndexError:
            raise IndexError("pop index out of range")

    def remove(self, v):
        try:
            self._a.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None):
        try:
            if stop is None:
                return self._a.index(v, start)
            return self._a.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return self._a.count(v)

    def reverse(self):
        self._a.reverse()

    def tolist(self):
        return list(self._a)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        items = [self._check(v) for v in lst]
        self._a.extend(items)

    def _fmt(self):
        return "<" + ("I" if self._tc == "u" else self._tc)

    def tobytes(self):
        if self._tc == "u":
            return _struct.pack("<%dI" % len(self._a), *[ord(c) for c in self._a])
        return _struct.pack("<%d%s" % (len(self._a), self._tc), *self._a)

    def frombytes(self, b):
        b = bytes(b)
        size = self.itemsize
        if len(b) % size:
            raise ValueError("bytes length not a multiple of item size")
        n = len(b) // size
        if self._tc == "u":
            self._a.extend(chr(c) for c in _struct.unpack("<%dI" % n, b))
        else:
            self._a.extend(_struct.unpack("<%d%s" % (n, self._tc), b))

    def tounicode(self):
        if self._tc != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._a)

    def fromunicode(self, s):
        if self._tc != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._a.extend(s)

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        out = bytearray()
        for i in range(0, len(data), size):
            out += data[i:i + size][::-1]
        self._a = []
        self.frombytes(bytes(out))

    def buffer_info(self):
        return (id(self), len(self._a))

    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(self._a)

    def __contains__(self, v):
        return v in self._a

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self._tc)
            r._a = self._a[i]
            return r
        try:
            return self._a[i]
        except IndexError:
            raise IndexError("array index out of range")
        except TypeError:
            raise TypeError("array indices must be integers")

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice" % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._a[i] = v._a
            return
        try:
            self._a[i] = self._check(v)
        except IndexError:
            raise IndexError("array assignment index out of range")

    def __delitem__(self, i):
        try:
            del self._a[i]
        except IndexError:
            raise IndexError("array assignment index out of range")

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only append array (not \"%s\") to array" % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        r = array(self._tc)
        r._a = self._a + other._a
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError("can only extend array with array (not \"%s\")" % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        r = array(self._tc)
        r._a = self._a * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        self._a *= n
        return self

    def _cmp_list(self, other):
        if isinstance(other, array):
            return other._a
        return None

    def __eq__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._a == o

    def __ne__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._a != o

    def __lt__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._a < o

    def __le__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._a <= o

    def __gt__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._a > o

    def __ge__(self, other):
        o = self._cmp_list(other)
        return NotImplemented if o is None else self._a >= o

    __hash__ = None

    def __copy__(self):
        r = array(self._tc)
        r._a = list(self._a)
        return r

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, proto):
        return (array, (self._tc, list(self._a)))

    def __repr__(self):
        if not self._a:
            return "array('%s')" % self._tc
        if self._tc == "u":
            return "array('u', %r)" % "".join(self._a)
        return "array('%s', %r)" % (self._tc, self._a)


ArrayType = array
`;

/** Source of the shutil module. */
export const shutilSource = String.raw`"""High-level file operations built on os and open()."""
import os
import sys
import fnmatch
import collections

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move",
           "rmtree", "Error", "SpecialFileError", "ignore_patterns", "which", "disk_usage",
           "get_terminal_size", "SameFileError", "chown", "make_archive", "unpack_archive"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    pass


class SpecialFileError(OSError):
    pass


class ExecError(OSError):
    pass


class ReadError(OSError):
    pass


class RegistryError(Exception):
    pass


def copyfileobj(fsrc, fdst, length=0):
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    return os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst))


def copyfile(src, dst, *, follow_symlinks=True):
    src, dst = os.fspath(src), os.fspath(dst)
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            fdst.write(fsrc.read())
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    pass


def copystat(src, dst, *, follow_symlinks=True):
    pass


def copy(src, dst, *, follow_symlinks=True):
    src, dst = os.fspath(src), os.fspath(dst)
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    src, dst = os.fspath(src), os.fspath(dst)
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    def _ignore_patterns(path, names):
        ignored_names = []
        for pattern in patterns:
            ignored_names.extend(fnmatch.filter(names, pattern))
        return set(ignored_names)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    src, dst = os.fspath(src), os.fspath(dst)
    names = sorted(os.listdir(src))
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    if os.path.exists(dst) and not dirs_exist_ok:
        raise FileExistsError(17, "File exists", dst)
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    path = os.fspath(path)
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise sys.exc_info()[1]
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        fullname = os.path.join(path, name)
        if os.path.isdir(fullname) and not os.path.islink(fullname):
            rmtree(fullname, ignore_errors, onerror)
        else:
            try:
                os.unlink(fullname)
            except OSError:
                onerror(os.unlink, fullname, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def _basename(path):
    path = os.fspath(path)
    sep = os.path.sep + (os.path.altsep or "")
    return os.path.basename(path.rstrip(sep))


def move(src, dst, copy_function=copy2):
    src, dst = os.fspath(src), os.fspath(dst)
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


_ntuple_diskusage = collections.namedtuple("usage", "total used free")


def disk_usage(path):
    if not os.path.exists(path):
        raise FileNotFoundError(2, "No such file or directory", path)
    return _ntuple_diskusage(100 * 2 ** 30, 50 * 2 ** 30, 50 * 2 ** 30)


def chown(path, user=None, group=None):
    if user is None and group is None:
        raise ValueError("user and/or group must be set")


def get_terminal_size(fallback=(80, 24)):
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0:
        columns = fallback[0]
    if lines <= 0:
        lines = fallback[1]
    return os.terminal_size((columns, lines)) if hasattr(os, "terminal_size") else _terminal_size(columns, lines)


_terminal_size = collections.namedtuple("terminal_size", "columns lines")


def which(cmd, mode=None, path=None):
    if os.path.dirname(cmd):
        if os.path.exists(cmd) and not os.path.isdir(cmd):
            return cmd
        return None
    if path is None:
        path = os.environ.get("PATH", None)
    if not path:
        return None
    for d in path.split(os.pathsep):
        name = os.path.join(d, cmd)
        try:
            if os.path.exists(name) and not os.path.isdir(name):
                return name
        except Exception:
            pass
    return None


def make_archive(*args, **kwargs):
    raise NotImplementedError("make_archive is not available in taipan")


def unpack_archive(*args, **kwargs):
    raise NotImplementedError("unpack_archive is not available in taipan")
`;

/** Source of the glob module. */
export const globSource = String.raw`"""Filename globbing utility (results in os.listdir order)."""
import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        try:
            s = next(it)
            if s:
                it = _chain([s], it)
        except StopIteration:
            pass
    return it


def _chain(first, rest):
    for x in first:
        yield x
    for x in rest:
        yield x


def _join(root, path):
    if root and path:
        return os.path.join(root, path)
    return root or path


def _exists(root_dir, path):
    return os.path.lexists(_join(root_dir, path))


def _isdir(root_dir, path):
    return os.path.isdir(_join(root_dir, path))


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(root_dir, pathname):
                yield pathname
        else:
            if _isdir(root_dir, dirname):
                yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _listdir(dirname, dironly):
    try:
        names = os.listdir(dirname or os.curdir)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(dirname or os.curdir, n))]
    return names


def _glob1(dirname, pattern, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden=False):
    if basename:
        if os.path.lexists(os.path.join(dirname, basename)):
            return [basename]
    else:
        if os.path.isdir(dirname):
            return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden=False):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    for x in names:
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            if os.path.isdir(path) and not os.path.islink(path):
                for y in _rlistdir(path, dironly, include_hidden):
                    yield _join(x, y)


_magic_check = re.compile("([*?[])")


def has_magic(s):
    if isinstance(s, bytes):
        s = s.decode("latin-1")
    return _magic_check.search(s) is not None


def _ishidden(path):
    return path[0] in (".", b"."[0])


def _isrecursive(pattern):
    return pattern == "**"


def escape(pathname):
    drive, pathname = os.path.splitdrive(pathname)
    pathname = _magic_check.sub(r"[\1]", pathname)
    return drive + pathname
`;

/** Source of the tempfile module. */
export const tempfileSource = String.raw`"""Temporary files and directories (created under /tmp through os and open())."""
import os as _os
import random as _random
import io as _io

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
           "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None
_chars = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _random.Random()


def _name():
    return "".join(_rng.choice(_chars) for _ in range(8))


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def gettempdir():
    if tempdir is not None:
        return tempdir
    for env in ("TMPDIR", "TEMP", "TMP"):
        d = _os.environ.get(env)
        if d:
            return d
    return "/tmp"


def gettempdirb():
    return gettempdir().encode()


def _candidate(suffix, prefix, dir):
    if prefix is None:
        prefix = template
    if suffix is None:
        suffix = ""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _name() + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary file name found")


def mktemp(suffix="", prefix=template, dir=None):
    return _candidate(suffix, prefix, dir)


def mkdtemp(suffix=None, prefix=None, dir=None):
    path = _candidate(suffix, prefix, dir)
    _os.mkdir(path)
    return _os.path.abspath(path)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    path = _candidate(suffix, prefix, dir)
    with open(path, "w"):
        pass
    return (-1, _os.path.abspath(path))


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _os.unlink(self.name)
                    except OSError:
                        pass

    @property
    def closed(self):
        return self.file.closed

    def __iter__(self):
        return iter(self.file)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    path = _os.path.abspath(_candidate(suffix, prefix, dir))
    if "b" in mode:
        f = open(path, mode)
    else:
        f = open(path, mode, encoding=encoding, newline=newline)
    return _TemporaryFileWrapper(f, path, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, True)


class SpooledTemporaryFile:
    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline="\n")
        self._rolled = False

    def __getattr__(self, name):
        return getattr(self.__dict__["_file"], name)

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def rollover(self):
        self._rolled = True


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done:
            self._done = True
            import shutil
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
`;

/** Source of the pathlib module. */
export const pathlibSource = String.raw`"""Object-oriented filesystem paths (POSIX flavour) over os and os.path."""
import os
import fnmatch
import posixpath

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


class PurePath:
    __slots__ = ("_raw", "_parts_cache")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._init_from(args)
        return self

    def _init_from(self, args):
        segs = []
        for a in args:
            if isinstance(a, PurePath):
                segs.append(str(a))
            else:
                a = os.fspath(a)
                if not isinstance(a, str):
                    raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns a str, not %r" % type(a).__name__)
                segs.append(a)
        root = ""
        parts = []
        for s in segs:
            if s.startswith("/"):
                root = "//" if s.startswith("//") and not s.startswith("///") else "/"
                parts = []
            for p in s.split("/"):
                if p and p != ".":
                    parts.append(p)
        self._raw = (root, tuple(parts))

    @classmethod
    def _from(cls, root, parts):
        self = object.__new__(cls)
        self._raw = (root, tuple(parts))
        return self

    def __str__(self):
        root, parts = self._raw
        s = root + "/".join(parts)
        return s or "."

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self)) if hasattr(os, "fsencode") else str(self).encode()

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + str(self)

    def __hash__(self):
        return hash(self._raw)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._raw == other._raw

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() >= other._key()

    def _key(self):
        root, parts = self._raw
        return ([root] if root else []) + list(parts)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._raw[0]

    @property
    def anchor(self):
        return self._raw[0]

    @property
    def parts(self):
        root, parts = self._raw
        return ((root,) if root else ()) + parts

    @property
    def name(self):
        parts = self._raw[1]
        return parts[-1] if parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        root, parts = self._raw
        if not parts:
            return self
        return self._from(root, parts[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while True:
            q = p.parent
            if q._raw == p._raw:
                break
            out.append(q)
            p = q
        return tuple(out)

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or "/" in name or name == ".":
            raise ValueError("Invalid name %r" % (name,))
        root, parts = self._raw
        return self._from(root, parts[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if "/" in suffix or suffix and (not suffix.startswith(".") or suffix == "."):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        root, parts = self._raw
        return self._from(root, parts[:-1] + (name,))

    def relative_to(self, *other):
        o = type(self)(*other)
        n = len(o.parts)
        if self.parts[:n] != o.parts or (o.root != self.root):
            raise ValueError("%r is not in the subpath of %r OR one path is relative and the other is absolute." % (str(self), str(o)))
        return self._from("", self.parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._raw[0])

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        pat = PurePosixPath(path_pattern)
        pat_parts = pat.parts
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = self.parts
        if pat.root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pp in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pp):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._init_from(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        return type(self)(os.path.realpath(str(self)))

    def expanduser(self):
        return type(self)(os.path.expanduser(str(self)))

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self))

    def exists(self):
        return os.path.exists(str(self))

    def is_file(self):
        return os.path.isfile(str(self))

    def is_dir(self):
        return os.path.isdir(str(self))

    def is_symlink(self):
        return os.path.islink(str(self))

    def is_mount(self):
        return os.path.ismount(str(self))

    def samefile(self, other):
        return os.path.abspath(str(self)) == os.path.abspath(str(other))

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._from(self._raw[0], self._raw[1] + (name,))

    def glob(self, pattern):
        import glob as _glob
        base = str(self)
        for p in _glob.glob(pattern, root_dir=base, recursive=True):
            yield type(self)(self, p)

    def rglob(self, pattern):
        return self.glob("**/" + pattern)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        if "b" in mode:
            return open(str(self), mode)
        return open(str(self), mode, encoding=encoding, errors=errors, newline=newline)

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = bytes(data)
        with self.open("wb") as f:
            return f.write(view)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        with open(str(self), "a"):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            if parents:
                os.makedirs(str(self), exist_ok=exist_ok)
            else:
                os.mkdir(str(self))
        except FileExistsError:
            if not exist_ok or not self.is_dir():
                raise

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(str(self), str(target))
        return type(self)(target)

    def chmod(self, mode, *, follow_symlinks=True):
        pass

    def owner(self):
        return "root"

    def group(self):
        return "root"


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
`;

/** Source of the urllib module. */
export const urllibSource = String.raw`"""Package of the urllib.parse module."""
`;

/** Source of the urllib.parse module. */
export const urllibParseSource = String.raw`"""Parse URLs into components, quote and unquote URL parts, encode query strings."""
from collections import namedtuple as _namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit", "urlencode",
           "parse_qs", "parse_qsl", "quote", "quote_plus", "quote_from_bytes", "unquote",
           "unquote_plus", "unquote_to_bytes", "DefragResult", "ParseResult", "SplitResult"]

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms",
                 "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https",
               "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs",
               "git", "git+ssh", "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip",
               "sips", "mms", "sftp", "tel"]
scheme_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."


class _NetlocMixin:
    __slots__ = ()

    @property
    def username(self):
        netloc = self.netloc
        if "@" in netloc:
            userinfo = netloc.rpartition("@")[0]
            username, have_pw, pw = userinfo.partition(":")
            return username
        return None

    @property
    def password(self):
        netloc = self.netloc
        if "@" in netloc:
            userinfo = netloc.rpartition("@")[0]
            username, have_pw, pw = userinfo.partition(":")
            return pw if have_pw else None
        return None

    def _hostinfo(self):
        netloc = self.netloc.rpartition("@")[2]
        if netloc[:1] == "[":
            hostname, _, rest = netloc[1:].partition("]")
            _, have_port, port = rest.partition(":")
        else:
            hostname, have_port, port = netloc.partition(":")
        if not have_port:
            port = None
        return hostname, port

    @property
    def hostname(self):
        hostname = self._hostinfo()[0]
        if not hostname:
            return None
        return hostname.lower()

    @property
    def port(self):
        port = self._hostinfo()[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError("Port could not be cast to integer value as %r" % port)
            if not (0 <= port <= 65535):
                raise ValueError("Port out of range 0-65535")
        return port


class SplitResult(_namedtuple("SplitResult", "scheme netloc path query fragment"), _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_namedtuple("ParseResult", "scheme netloc path params query fragment"), _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResult(_namedtuple("DefragResult", "url fragment")):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + "#" + self.fragment
        return self.url


def _splitnetloc(url, start=0):
    delim = len(url)
    for c in "/?#":
        wdelim = url.find(c, start)
        if wdelim >= 0:
            delim = min(delim, wdelim)
    return url[start:delim], url[delim:]


def urlsplit(url, scheme="", allow_fragments=True):
    url = url.lstrip(" \t\n\r\x0b\x0c\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f")
    scheme = scheme.strip()
    for b in "\t\r\n":
        url = url.replace(b, "")
        scheme = scheme.replace(b, "")
    netloc = query = fragment = ""
    i = url.find(":")
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == "//":
        netloc, url = _splitnetloc(url, 2)
        if (("[" in netloc and "]" not in netloc) or ("]" in netloc and "[" not in netloc)):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _splitparams(url):
    if "/" in url:
        i = url.find(";", url.rfind("/"))
        if i < 0:
            return url, ""
    else:
        i = url.find(";")
    return url[:i], url[i + 1:]


def urlparse(url, scheme="", allow_fragments=True):
    splitresult = urlsplit(url, scheme, allow_fragments)
    scheme, netloc, url, query, fragment = splitresult
    if scheme in uses_params and ";" in url:
        url, params = _splitparams(url)
    else:
        params = ""
    return ParseResult(scheme, netloc, url, params, query, fragment)


def urlunparse(components):
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if not scheme:
        scheme = bscheme
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return urlunparse((scheme, netloc, path, params, query, fragment))
    base_parts = bpath.split("/")
    if base_parts[-1] != "":
        del base_parts[-1]
    if path[:1] == "/":
        segments = path.split("/")
    else:
        segments = base_parts + path.split("/")
        segments[1:-1] = filter(None, segments[1:-1])
    resolved_path = []
    for seg in segments:
        if seg == "..":
            try:
                resolved_path.pop()
            except IndexError:
                pass
        elif seg == ".":
            continue
        else:
            resolved_path.append(seg)
    if segments[-1] in (".", ".."):
        resolved_path.append("")
    return urlunparse((scheme, netloc, "/".join(resolved_path) or "/", params, query, fragment))


def urldefrag(url):
    if "#" in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ""))
    else:
        frag = ""
        defrag = url
    return DefragResult(defrag, frag)


_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")


def quote_from_bytes(bs, safe="/"):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    else:
        safe = bytes([c for c in safe if c < 128])
    allowed = _ALWAYS_SAFE | frozenset(safe)
    return "".join(chr(b) if b in allowed else "%{:02X}".format(b) for b in bs)


def quote(string, safe="/", encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = "utf-8"
        if errors is None:
            errors = "strict"
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    if ((isinstance(string, str) and " " not in string) or
            (isinstance(string, bytes) and b" " not in string)):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = " "
    else:
        space = b" "
    string = quote(string, safe + space, encoding, errors)
    return string.replace(" ", "+")


_HEXDIG = "0123456789ABCDEFabcdef"


def unquote_to_bytes(string):
    if not string:
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    bits = string.split(b"%")
    if len(bits) == 1:
        return string
    res = bytearray(bits[0])
    for item in bits[1:]:
        h = item[:2]
        if len(h) == 2 and chr(h[0]) in _HEXDIG and chr(h[1]) in _HEXDIG:
            res.append(int(h.decode("ascii"), 16))
            res += item[2:]
        else:
            res += b"%"
            res += item
    return bytes(res)


def unquote(string, encoding="utf-8", errors="replace"):
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        return string
    if encoding is None:
        encoding = "utf-8"
    if errors is None:
        errors = "replace"
    out = []
    i = 0
    n = len(string)
    while i < n:
        j = string.find("%", i)
        if j < 0:
            out.append(string[i:])
            break
        out.append(string[i:j])
        k = j
        buf = bytearray()
        while k + 2 < n + 0 and string[k] == "%" and string[k + 1] in _HEXDIG and string[k + 2] in _HEXDIG:
            buf.append(int(string[k + 1:k + 3], 16))
            k += 3
            if k >= n:
                break
        if buf:
            out.append(bytes(buf).decode(encoding, errors))
            i = k
        else:
            out.append("%")
            i = j + 1
    return "".join(out)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    string = string.replace("+", " ")
    return unquote(string, encoding, errors)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
              max_num_fields=None, separator="&"):
    if not qs:
        return []
    if isinstance(qs, bytes):
        qs = qs.decode("ascii")
    r = []
    for name_value in qs.split(separator):
        if not name_value and not strict_parsing:
            continue
        nv = name_value.split("=", 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (name_value,))
            if keep_blank_values:
                nv.append("")
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = unquote(nv[0].replace("+", " "), encoding=encoding, errors=errors)
            value = unquote(nv[1].replace("+", " "), encoding=encoding, errors=errors)
            r.append((name, value))
    return r


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
             max_num_fields=None, separator="&"):
    parsed_result = {}
    pairs = parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding, errors=errors,
                      max_num_fields=max_num_fields, separator=separator)
    for name, value in pairs:
        if name in parsed_result:
            parsed_result[name].append(value)
        else:
            parsed_result[name] = [value]
    return parsed_result


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError("not a valid non-string sequence or mapping object")
    l = []

    def q(v):
        if isinstance(v, bytes):
            return quote_via(v, safe)
        return quote_via(str(v), safe, encoding, errors)

    if not doseq:
        for k, v in query:
            l.append(q(k) + "=" + q(v))
    else:
        for k, v in query:
            if isinstance(v, (str, bytes)):
                l.append(q(k) + "=" + q(v))
            else:
                try:
                    len(v)
                except TypeError:
                    l.append(q(k) + "=" + q(v))
                else:
                    for elt in v:
                        l.append(q(k) + "=" + q(elt))
    return "&".join(l)
`;

/** Source of the shlex module. */
export const shlexSource = String.raw`"""Simple lexical analysis for shell-like syntax: split, quote, join and the shlex class."""
import re
import sys
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]


class shlex:
    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        if posix:
            self.eof = None
        else:
            self.eof = ""
        self.commenters = "#"
        self.wordchars = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
        if self.posix:
            self.wordchars += ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                               "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = []
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = []
            self.wordchars += "~-./*?="
            self.wordchars = "".join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        self.pushback.insert(0, tok)

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        return self.read_token()

    def read_token(self):
        quoted = False
        escapedstate = " "
        while True:
            if self.punctuation_chars and self._pushback_chars:
                nextchar = self._pushback_chars.pop()
            else:
                nextchar = self.instream.read(1)
            if nextchar == "\n":
                self.lineno += 1
            if self.state is None:
                self.token = ""
                break
            elif self.state == " ":
                if not nextchar:
                    self.state = None
                    break
                elif nextchar in self.whitespace:
                    if self.token or (self.posix and quoted):
                        break
                    else:
                        continue
                elif nextchar in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                elif self.posix and nextchar in self.escape:
                    escapedstate = "a"
                    self.state = nextchar
                elif nextchar in self.wordchars:
                    self.token = nextchar
                    self.state = "a"
                elif nextchar in self.punctuation_chars:
                    self.token = nextchar
                    self.state = "c"
                elif nextchar in self.quotes:
                    if not self.posix:
                        self.token = nextchar
                    self.state = nextchar
                elif self.whitespace_split:
                    self.token = nextchar
                    self.state = "a"
                else:
                    self.token = nextchar
                    if self.token or (self.posix and quoted):
                        break
                    else:
                        continue
            elif self.state in self.quotes:
                quoted = True
                if not nextchar:
                    raise ValueError("No closing quotation")
                if nextchar == self.state:
                    if not self.posix:
                        self.token += nextchar
                        self.state = " "
                        break
                    else:
                        self.state = "a"
                elif (self.posix and nextchar in self.escape and self.state in self.escapedquotes):
                    escapedstate = self.state
                    self.state = nextchar
                else:
                    self.token += nextchar
            elif self.state in self.escape:
                if not nextchar:
                    raise ValueError("No escaped character")
                if (escapedstate in self.quotes and nextchar != self.state and nextchar != escapedstate):
                    self.token += self.state
                self.token += nextchar
                self.state = escapedstate
            elif self.state in ("a", "c"):
                if not nextchar:
                    self.state = None
                    break
                elif nextchar in self.whitespace:
                    self.state = " "
                    if self.token or (self.posix and quoted):
                        break
                    else:
                        continue
                elif nextchar in self.commenters:
                    self.instream.readline()
                    self.lineno += 1
                    if self.posix:
                        self.state = " "
                        if self.token or (self.posix and quoted):
                            break
                        else:
                            continue
                elif self.state == "c":
                    if nextchar in self.punctuation_chars:
                        self.token += nextchar
                    else:
                        if nextchar not in self.whitespace:
                            self._pushback_chars.append(nextchar)
                        self.state = " "
                        break
                elif self.posix and nextchar in self.quotes:
                    self.state = nextchar
                elif self.posix and nextchar in self.escape:
                    escapedstate = "a"
                    self.state = nextchar
                elif (nextchar in self.wordchars or nextchar in self.quotes
                      or (self.whitespace_split and nextchar not in self.punctuation_chars)):
                    self.token += nextchar
                else:
                    if self.punctuation_chars:
                        self._pushback_chars.append(nextchar)
                    else:
                        self.pushback.insert(0, nextchar)
                    self.state = " "
                    if self.token or (self.posix and quoted):
                        break
                    else:
                        continue
        result = self.token
        self.token = ""
        if self.posix and not quoted and result == "":
            result = None
        return result

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ""
    return list(lex)


def join(split_command):
    return " ".join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r"[^\w@%+=:,./-]", re.ASCII).search


def quote(s):
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
`;

/** Source of the secrets module. */
export const secretsSource = String.raw`"""Generate random tokens (taipan draws them from random.SystemRandom-like os.urandom when available)."""
import base64
import random as _random

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex",
           "token_urlsafe", "compare_digest"]

try:
    SystemRandom = _random.SystemRandom
    _sysrand = SystemRandom()
except AttributeError:
    SystemRandom = _random.Random
    _sysrand = _random.Random()

DEFAULT_ENTROPY = 32


def randbits(k):
    return _sysrand.getrandbits(k)


def choice(seq):
    return _sysrand.choice(seq)


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand.randrange(exclusive_upper_bound)


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return bytes(_sysrand.getrandbits(8) for _ in range(nbytes))


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b"=").decode("ascii")


def compare_digest(a, b):
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
    elif not (isinstance(a, (bytes, bytearray)) and isinstance(b, (bytes, bytearray))):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    return a == b
`;

/** Source of the binascii module. */
export const binasciiSource = String.raw`"""Conversions between binary data and ASCII (hex, base64, CRC-32)."""
import builtins as _builtins

_BYTES = (bytes, bytearray, _builtins.memoryview) if hasattr(_builtins, "memoryview") else (bytes, bytearray)

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex", "crc32", "crc_hqx",
           "b2a_base64", "a2b_base64"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _bytes_arg(data, name):
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    if isinstance(data, _BYTES):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    if not isinstance(data, _BYTES):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    data = bytes(data)
    if sep is None:
        return data.hex().encode("ascii")
    if isinstance(sep, bytes):
        sep = sep.decode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify


def unhexlify(hexstr):
    s = _bytes_arg(hexstr, "hexstr")
    if len(s) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(s.decode("ascii").replace(" ", "!"))
    except ValueError:
        raise Error("Non-hexadecimal digit found")


a2b_hex = unhexlify

_crc_table = []
for _i in range(256):
    _c = _i
    for _k in range(8):
        if _c & 1:
            _c = 0xEDB88320 ^ (_c >> 1)
        else:
            _c >>= 1
    _crc_table.append(_c)


def crc32(data, crc=0):
    data = _bytes_arg(data, "data") if not isinstance(data, str) else _bytes_arg(data, "data")
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    crc = (~crc) & 0xFFFFFFFF
    table = _crc_table
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return (~crc) & 0xFFFFFFFF


def crc_hqx(data, value):
    crc = value & 0xFFFF
    for b in bytes(data):
        crc ^= b << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc


def b2a_base64(data, *, newline=True):
    import base64
    out = base64.b64encode(bytes(data))
    if newline:
        out += b"\n"
    return out


def a2b_base64(data, *, strict_mode=False):
    import base64
    s = _bytes_arg(data, "data")
    s = bytes(c for c in s if c in b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
    try:
        return base64.b64decode(s)
    except Exception as e:
        raise Error(str(e))
`;

/** Source of the codecs module. */
export const codecsSource = String.raw`"""Codec registry access: encode/decode, lookup and the BOM constants (built on str.encode/bytes.decode)."""
import sys as _sys

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
           "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec", "strict_errors",
           "ignore_errors", "replace_errors", "encode", "decode", "getencoder", "getdecoder",
           "iterencode", "iterdecode", "register_error", "lookup_error"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_LE = BOM_UTF16_LE = b"\xff\xfe"
BOM_BE = BOM_UTF16_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


_search_functions = []
_cache = {}

_aliases = {"utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "utf_8": "utf-8", "cp65001": "utf-8",
            "latin1": "latin-1", "latin_1": "latin-1", "iso8859_1": "latin-1", "iso_8859_1": "latin-1",
            "iso-8859-1": "latin-1", "l1": "latin-1", "8859": "latin-1",
            "ascii": "ascii", "us_ascii": "ascii", "us-ascii": "ascii", "646": "ascii",
            "utf16": "utf-16", "utf_16": "utf-16", "utf32": "utf-32", "utf_32": "utf-32",
            "utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be", "utf_32_le": "utf-32-le", "utf_32_be": "utf-32-be",
            "rot13": "rot-13", "rot_13": "rot-13", "hex": "hex", "hex_codec": "hex", "base64": "base64",
            "base64_codec": "base64", "base_64": "base64", "unicode_escape": "unicode-escape",
            "raw_unicode_escape": "raw-unicode-escape", "cp1252": "cp1252", "windows_1252": "cp1252"}

_canonical = {"utf-8": "utf-8", "latin-1": "iso8859-1", "ascii": "ascii", "utf-16": "utf-16",
              "utf-32": "utf-32", "utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be", "utf-32-le": "utf-32-le",
              "utf-32-be": "utf-32-be", "rot-13": "rot-13", "hex": "hex", "base64": "base64",
              "unicode-escape": "unicode-escape", "raw-unicode-escape": "raw-unicode-escape", "cp1252": "cp1252"}


def _norm(encoding):
    e = encoding.strip().lower()
    key = e.replace(" ", "_")
    if key in _aliases:
        return _aliases[key]
    key2 = key.replace("-", "_")
    if key2 in _aliases:
        return _aliases[key2]
    return e


def _rot13(s):
    out = []
    for c in s:
        o = ord(c)
        if 65 <= o <= 90:
            out.append(chr((o - 65 + 13) % 26 + 65))
        elif 97 <= o <= 122:
            out.append(chr((o - 97 + 13) % 26 + 97))
        else:
            out.append(c)
    return "".join(out)


def _make(name):
    if name == "rot-13":
        return CodecInfo(lambda s, errors="strict": (_rot13(s), len(s)),
                         lambda s, errors="strict": (_rot13(s), len(s)), name="rot-13", _is_text_encoding=False)
    if name == "hex":
        import binascii
        return CodecInfo(lambda b, errors="strict": (binascii.hexlify(b), len(b)),
                         lambda b, errors="strict": (binascii.unhexlify(b), len(b)), name="hex", _is_text_encoding=False)
    if name == "base64":
        import base64
        return CodecInfo(lambda b, errors="strict": (base64.encodebytes(b), len(b)),
                         lambda b, errors="strict": (base64.decodebytes(b), len(b)), name="base64", _is_text_encoding=False)
    try:
        "".encode(name)
    except LookupError:
        return None

    def enc(s, errors="strict", name=name):
        return (s.encode(name, errors), len(s))

    def dec(b, errors="strict", name=name):
        return (bytes(b).decode(name, errors), len(b))

    return CodecInfo(enc, dec, name=_canonical.get(name, name))


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)


def lookup(encoding):
    name = _norm(encoding)
    if name in _cache:
        return _cache[name]
    for f in _search_functions:
        r = f(name.replace("-", "_"))
        if r is not None:
            _cache[name] = r
            return r
    info = _make(name)
    if info is None:
        raise LookupError("unknown encoding: %s" % encoding)
    _cache[name] = info
    return info


def encode(obj, encoding="utf-8", errors="strict"):
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding="utf-8", errors="strict"):
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def iterencode(iterator, encoding, errors="strict", **kwargs):
    for input in iterator:
        output = encode(input, encoding, errors)
        if output:
            yield output


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    data = b""
    for input in iterator:
        data += input
        try:
            out = decode(data, encoding, errors)
        except UnicodeDecodeError:
            continue
        data = b""
        if out:
            yield out
    if data:
        yield decode(data, encoding, errors)


_error_handlers = {}


def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    return ("", exc.end)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * (exc.end - exc.start), exc.end)
    return ("\ufffd", exc.end)


def register_error(name, error_handler):
    _error_handlers[name] = error_handler


def lookup_error(name):
    builtin = {"strict": strict_errors, "ignore": ignore_errors, "replace": replace_errors}
    if name in _error_handlers:
        return _error_handlers[name]
    if name in builtin:
        return builtin[name]
    raise LookupError("unknown error handler name '%s'" % name)


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    import builtins
    if encoding is not None and "b" not in mode:
        return builtins.open(filename, mode, encoding=encoding, errors=errors)
    return builtins.open(filename, mode)


def EncodedFile(file, data_encoding, file_encoding=None, errors="strict"):
    return file
`;

/** Source of the sched module. */
export const schedSource = String.raw`"""A generally useful event scheduler class."""
import time
import heapq
from collections import namedtuple
from itertools import count

__all__ = ["scheduler"]

_sentinel = object()


class Event(namedtuple("Event", "time, priority, sequence, action, argument, kwargs")):
    __slots__ = ()

    def __eq__(s, o):
        return (s.time, s.priority, s.sequence) == (o.time, o.priority, o.sequence)

    def __lt__(s, o):
        return (s.time, s.priority, s.sequence) < (o.time, o.priority, o.sequence)

    def __le__(s, o):
        return (s.time, s.priority, s.sequence) <= (o.time, o.priority, o.sequence)

    def __gt__(s, o):
        return (s.time, s.priority, s.sequence) > (o.time, o.priority, o.sequence)

    def __ge__(s, o):
        return (s.time, s.priority, s.sequence) >= (o.time, o.priority, o.sequence)

    __hash__ = None


class scheduler:
    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        if kwargs is _sentinel:
            kwargs = {}
        event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        time = self.timefunc() + delay
        return self.enterabs(time, priority, action, argument, kwargs)

    def cancel(self, event):
        self._queue.remove(event)
        heapq.heapify(self._queue)

    def empty(self):
        return not self._queue

    def run(self, blocking=True):
        q = self._queue
        delayfunc = self.delayfunc
        timefunc = self.timefunc
        pop = heapq.heappop
        while True:
            if not q:
                break
            (time, priority, sequence, action, argument, kwargs) = q[0]
            now = timefunc()
            if time > now:
                delay = True
            else:
                delay = False
                pop(q)
            if delay:
                if not blocking:
                    return time - now
                delayfunc(time - now)
            else:
                action(*argument, **kwargs)
                delayfunc(0)

    @property
    def queue(self):
        events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
`;

/** Source of the linecache module. */
export const linecacheSource = String.raw`"""Cache lines from Python source files."""
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache", "getlines", "updatecache"]

cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    pass


def updatecache(filename, module_globals=None):
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    try:
        with open(filename, encoding="utf-8") as fp:
            lines = fp.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    size = sum(len(l) for l in lines)
    cache[filename] = size, None, lines, os.path.abspath(filename) if hasattr(os.path, "abspath") else filename
    return lines


def lazycache(filename, module_globals):
    return False
`;
