// Standard modules written in Python (io, textwrap, fractions, datetime, ...).

/** Source of the argparse module. */
export const argparseSource = String.raw`"""Command-line parsing (the commonly used subset of argparse)."""
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'Namespace', 'FileType', 'HelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'ArgumentDefaultsHelpFormatter', 'SUPPRESS',
           'OPTIONAL', 'ZERO_OR_MORE', 'ONE_OR_MORE', 'REMAINDER', 'PARSER']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


class Namespace:
    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        args = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'Namespace({args})'

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = argument
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        pass


RawDescriptionHelpFormatter = RawTextHelpFormatter = ArgumentDefaultsHelpFormatter = MetavarTypeHelpFormatter = HelpFormatter


class FileType:
    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode

    def __call__(self, string):
        if string == '-':
            return _sys.stdin if 'r' in self._mode else _sys.stdout
        return open(string, self._mode)


class _Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None, action='store'):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.action = action

    def name(self):
        if self.option_strings:
            return '/'.join(self.option_strings)
        return self.metavar or self.dest


class _Group:
    def __init__(self, parser):
        self._parser = parser

    def add_argument(self, *args, **kwargs):
        return self._parser.add_argument(*args, **kwargs)


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[], formatter_class=HelpFormatter,
                 prefix_chars='-', fromfile_prefix_chars=None, argument_default=None, conflict_handler='error',
                 add_help=True, allow_abbrev=True, exit_on_error=True):
        if prog is None:
            import os
            prog = os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else 'prog'
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.exit_on_error = exit_on_error
        self._actions = []
        self._defaults = {}
        self._subparsers = None
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS, help='show this help message and exit')
        for p in parents:
            for a in p._actions:
                if a.action != 'help':
                    self._actions.append(a)

    def add_argument(self, *args, **kwargs):
        action = kwargs.pop('action', 'store')
        if args and args[0][0] in '-':
            option_strings = list(args)
            dest = kwargs.pop('dest', None)
            if dest is None:
                long = [o for o in option_strings if o.startswith('--')]
                dest = (long[0] if long else option_strings[0]).lstrip('-').replace('-', '_')
        else:
            option_strings = []
            dest = kwargs.pop('dest', args[0] if args else None)
        default = kwargs.pop('default', None)
        if action == 'store_true':
            default = False if default is None else default
            kwargs['nargs'] = 0
        elif action == 'store_false':
            default = True if default is None else default
            kwargs['nargs'] = 0
        elif action in ('store_const', 'append_const', 'count', 'help', 'version'):
            kwargs['nargs'] = 0
        version = kwargs.pop('version', None)
        a = _Action(option_strings, dest, default=default, action=action, **kwargs)
        a.version = version
        self._actions.append(a)
        return a

    def add_argument_group(self, title=None, description=None):
        return _Group(self)

    def add_mutually_exclusive_group(self, required=False):
        return _Group(self)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)

    def get_default(self, dest):
        for a in self._actions:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._defaults.get(dest)

    def add_subparsers(self, **kwargs):
        self._subparsers = _SubParsers(self, kwargs.get('dest'))
        return self._subparsers

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def _convert(self, a, s):
        if a.type is not None:
            try:
                v = a.type(s)
            except ArgumentTypeError as e:
                self.error('argument %s: %s' % (a.name(), e))
            except (TypeError, ValueError):
                tname = getattr(a.type, '__name__', repr(a.type))
                self.error("argument %s: invalid %s value: %r" % (a.name(), tname, s))
        else:
            v = s
        if a.choices is not None and v not in a.choices:
            self.error("argument %s: invalid choice: %r (choose from %s)" % (a.name(), v, ', '.join(map(repr, a.choices))))
        return v

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        ns = namespace if namespace is not None else Namespace()
        for a in self._actions:
            if a.dest is not SUPPRESS and a.default is not SUPPRESS and not hasattr(ns, a.dest):
                d = a.default
                if isinstance(d, str) and a.type is not None and a.option_strings:
                    d = self._convert(a, d)
                setattr(ns, a.dest, d)
        for k, v in self._defaults.items():
            if not hasattr(ns, k):
                setattr(ns, k, v)
        positionals = [a for a in self._actions if not a.option_strings]
        opts = {}
        for a in self._actions:
            for o in a.option_strings:
                opts[o] = a
        extras = []
        seen = set()
        pos_values = []
        i = 0
        only_pos = False
        while i < len(args):
            arg = args[i]
            if arg == '--' and not only_pos:
                only_pos = True
                i += 1
                continue
            if not only_pos and arg.startswith('-') and len(arg) > 1 and not _is_number(arg):
                value = None
                if '=' in arg and arg.startswith('--'):
                    arg, value = arg.split('=', 1)
                a = opts.get(arg)
                if a is None and arg.startswith('--'):
                    matches = [o for o in opts if o.startswith(arg)]
                    if len(matches) == 1:
                        a = opts[matches[0]]
                if a is None and not arg.startswith('--') and len(arg) > 2 and arg[:2] in opts:
                    a = opts[arg[:2]]
                    value = arg[2:]
                    if a.nargs == 0:
                        args.insert(i + 1, '-' + value)
                        value = None
                if a is None:
                    extras.append(args[i])
                    i += 1
                    continue
                seen.add(a)
                i += 1
                if a.action == 'help':
                    self.print_help()
                    _sys.exit(0)
                if a.action == 'version':
                    print(a.version)
                    _sys.exit(0)
                if a.action == 'store_true':
                    setattr(ns, a.dest, True)
                elif a.action == 'store_false':
                    setattr(ns, a.dest, False)
                elif a.action == 'store_const':
                    setattr(ns, a.dest, a.const)
                elif a.action == 'append_const':
                    cur = getattr(ns, a.dest, None) or []
                    setattr(ns, a.dest, cur + [a.const])
                elif a.action == 'count':
                    setattr(ns, a.dest, (getattr(ns, a.dest, None) or 0) + 1)
                else:
                    vals = []
                    if value is not None:
                        vals = [value]
                    elif a.nargs in (None, 1) or isinstance(a.nargs, int):
                        n = 1 if a.nargs is None else a.nargs
                        for _ in range(n):
                            if i >= len(args) or (args[i].startswith('-') and not _is_number(args[i])):
                                self.error('argument %s: expected one argument' % a.name() if n == 1 else 'argument %s: expected %d arguments' % (a.name(), n))
                            vals.append(args[i])
                            i += 1
                    else:
                        while i < len(args) and not (args[i].startswith('-') and not _is_number(args[i])):
                            vals.append(args[i])
                            i += 1
                        if a.nargs == '?' and len(vals) > 1:
                            extras.extend(vals[1:])
                            vals = vals[:1]
                        if a.nargs == '+' and not vals:
                            self.error('argument %s: expected at least one argument' % a.name())
                    conv = [self._convert(a, v) for v in vals]
                    if a.nargs is None or a.nargs == '?':
                        result = conv[0] if conv else a.const
                    else:
                        result = conv
                    if a.action == 'append':
                        cur = getattr(ns, a.dest, None)
                        cur = list(cur) if cur else []
                        cur.append(result)
                        setattr(ns, a.dest, cur)
                    elif a.action == 'extend':
                        cur = getattr(ns, a.dest, None)
                        cur = list(cur) if cur else []
                        cur.extend(result)
                        setattr(ns, a.dest, cur)
                    else:
                        setattr(ns, a.dest, result)
                continue
            if self._subparsers is not None and arg in self._subparsers._parsers and not pos_values:
                sub = self._subparsers._parsers[arg]
                if self._subparsers.dest:
                    setattr(ns, self._subparsers.dest, arg)
                sub_ns, rest = sub.parse_known_args(args[i + 1:], ns)
                extras.extend(rest)
                break
            pos_values.append(arg)
            i += 1
        pi = 0
        for idx, a in enumerate(positionals):
            remaining_fixed = sum(1 if p.nargs is None else (p.nargs if isinstance(p.nargs, int) else (1 if p.nargs == '+' else 0)) for p in positionals[idx + 1:])
            if a.nargs is None:
                if pi < len(pos_values):
                    setattr(ns, a.dest, self._convert(a, pos_values[pi]))
                    pi += 1
                    seen.add(a)
            elif isinstance(a.nargs, int):
                take = pos_values[pi:pi + a.nargs]
                if len(take) == a.nargs:
                    setattr(ns, a.dest, [self._convert(a, v) for v in take])
                    pi += a.nargs
                    seen.add(a)
            elif a.nargs == '?':
                if pi < len(pos_values) - remaining_fixed:
                    setattr(ns, a.dest, self._convert(a, pos_values[pi]))
                    pi += 1
                else:
                    d = a.default
                    setattr(ns, a.dest, d)
                seen.add(a)
            elif a.nargs in ('*', '+', '...'):
                n = max(0, len(pos_values) - pi - remaining_fixed)
                take = pos_values[pi:pi + n]
                if a.nargs == '+' and not take:
                    continue
                setattr(ns, a.dest, [self._convert(a, v) for v in take] if take or a.default is None else a.default)
                pi += n
                seen.add(a)
        extras.extend(pos_values[pi:])
        missing = [a.name() for a in self._actions if (a.required or (not a.option_strings and a.nargs not in ('?', '*'))) and a not in seen and a.action != 'help']
        if missing:
            self.error('the following arguments are required: %s' % ', '.join(missing))
        return ns, extras

    def format_usage(self):
        parts = []
        for a in self._actions:
            if a.option_strings:
                s = a.option_strings[0]
                if a.nargs != 0:
                    s += ' ' + (a.metavar or a.dest.upper())
                parts.append(s if a.required else '[' + s + ']')
            else:
                parts.append(a.metavar or a.dest)
        return 'usage: %s %s\n' % (self.prog, ' '.join(parts))

    def format_help(self):
        out = [self.format_usage()]
        if self.description:
            out.append('\n' + self.description + '\n')
        pos = [a for a in self._actions if not a.option_strings]
        opt = [a for a in self._actions if a.option_strings]
        if pos:
            out.append('\npositional arguments:\n')
            for a in pos:
                out.append('  %-22s%s\n' % (a.metavar or a.dest, a.help or ''))
        if opt:
            out.append('\noptions:\n')
            for a in opt:
                names = ', '.join(o + ('' if a.nargs == 0 else ' ' + (a.metavar or a.dest.upper())) for o in a.option_strings)
                if len(names) > 20:
                    out.append('  %s\n%s%s\n' % (names, ' ' * 24, a.help or ''))
                else:
                    out.append('  %-22s%s\n' % (names, a.help or ''))
        if self.epilog:
            out.append('\n' + self.epilog + '\n')
        return ''.join(out)

    def print_usage(self, file=None):
        print(self.format_usage(), end='', file=file or _sys.stdout)

    def print_help(self, file=None):
        print(self.format_help(), end='', file=file or _sys.stdout)

    def exit(self, status=0, message=None):
        if message:
            print(message, end='', file=_sys.stderr)
        _sys.exit(status)

    def error(self, message):
        if not self.exit_on_error:
            raise ArgumentError(None, message)
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


class _SubParsers:
    def __init__(self, parent, dest):
        self._parent = parent
        self.dest = dest
        self._parsers = {}

    def add_parser(self, name, **kwargs):
        kwargs.setdefault('prog', '%s %s' % (self._parent.prog, name))
        kwargs.pop('help', None)
        kwargs.pop('aliases', None)
        p = ArgumentParser(**kwargs)
        self._parsers[name] = p
        return p


def _is_number(s):
    try:
        float(s)
        return True
    except ValueError:
        return False
`;

/** Source of the atexit module. */
export const atexitSource = String.raw`"""Register functions to be called at interpreter exit (taipan runs them when the main module ends)."""
_handlers = []


def register(func, *args, **kwargs):
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        func(*args, **kwargs)


def _clear():
    _handlers.clear()


def _ncallbacks():
    return len(_handlers)
`;

/** Source of the base64 module. */
export const base64Source = String.raw`"""Base16, Base32, Base64 data encodings."""
__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b16encode', 'b16decode', 'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


class Error(ValueError):
    pass


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'" % s.__class__.__name__)


def b64encode(s, altchars=None):
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    s = bytes(s)
    out = bytearray()
    for i in range(0, len(s) - len(s) % 3, 3):
        n = (s[i] << 16) | (s[i + 1] << 8) | s[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rem = len(s) % 3
    if rem == 1:
        n = s[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rem == 2:
        n = (s[-2] << 16) | (s[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'='
    out = bytes(out)
    if altchars is not None:
        out = out.translate(bytes.maketrans(b'+/', bytes(altchars)))
    return out


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        s = s.translate(bytes.maketrans(bytes(altchars), b'+/'))
    table = {c: i for i, c in enumerate(_B64)}
    vals = []
    pad = 0
    for c in s:
        if c == 61:
            pad += 1
            continue
        if c in table:
            if pad:
                raise Error('Incorrect padding') if False else Error('Invalid base64-encoded string')
            vals.append(table[c])
        elif validate:
            raise Error('Non-base64 digit found')
    if len(vals) % 4 == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4' % len(vals))
    if (len(vals) + pad) % 4 and len(vals) % 4:
        raise Error('Incorrect padding')
    out = bytearray()
    for i in range(0, len(vals) - len(vals) % 4, 4):
        n = (vals[i] << 18) | (vals[i + 1] << 12) | (vals[i + 2] << 6) | vals[i + 3]
        out += bytes(((n >> 16) & 255, (n >> 8) & 255, n & 255))
    rem = len(vals) % 4
    if rem == 2:
        n = (vals[-2] << 18) | (vals[-1] << 12)
        out.append((n >> 16) & 255)
    elif rem == 3:
        n = (vals[-3] << 18) | (vals[-2] << 12) | (vals[-1] << 6)
        out += bytes(((n >> 16) & 255, (n >> 8) & 255))
    return bytes(out)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = s.translate(bytes.maketrans(b'-_', b'+/'))
    return b64decode(s)


def encodebytes(s):
    out = []
    for i in range(0, len(s), 57):
        out.append(b64encode(s[i:i + 57]) + b'\n')
    return b''.join(out)


def decodebytes(s):
    return b64decode(s)


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


def b32encode(s):
    s = bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + b'\x00' * (5 - len(chunk)), 'big')
        enc = bytes(_B32[(n >> (35 - 5 * j)) & 31] for j in range(8))
        used = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out += enc[:used] + b'=' * (8 - used)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if len(s) % 8:
        raise Error('Incorrect padding')
    table = {c: i for i, c in enumerate(_B32)}
    out = bytearray()
    for i in range(0, len(s), 8):
        chunk = s[i:i + 8]
        stripped = chunk.rstrip(b'=')
        n = 0
        for c in stripped:
            if c not in table:
                raise Error('Non-base32 digit found')
            n = (n << 5) | table[c]
        n <<= 5 * (8 - len(stripped))
        nbytes = {2: 1, 4: 2, 5: 3, 7: 4, 8: 5}.get(len(stripped))
        if nbytes is None:
            raise Error('Incorrect padding')
        out += n.to_bytes(5, 'big')[:nbytes]
    return bytes(out)


def b16encode(s):
    return bytes(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    try:
        return bytes.fromhex(s.decode('ascii'))
    except ValueError:
        raise Error('Non-base16 digit found') from None


def encode(input, output):
    output.write(encodebytes(input.read()))


def decode(input, output):
    output.write(decodebytes(input.read()))
`;

/** Source of the calendar module. */
export const calendarSource = String.raw`"""Calendar printing functions (English names, Monday first by default)."""
import datetime

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday", "isleap", "leapdays",
           "weekday", "monthrange", "monthcalendar", "prmonth", "month", "prcal", "calendar", "timegm",
           "month_name", "month_abbr", "day_name", "day_abbr", "Calendar", "TextCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


January = 1
February = 2
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
day_name = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
day_abbr = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
month_name = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
              'October', 'November', 'December']
month_abbr = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


def isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    y1 -= 1
    y2 -= 1
    return (y2 // 4 - y1 // 4) - (y2 // 100 - y1 // 100) + (y2 // 400 - y1 // 400)


def weekday(year, month, day):
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    day1 = weekday(year, month, 1)
    ndays = mdays[month] + (month == February and isleap(year))
    return day1, ndays


def _monthlen(year, month):
    return mdays[month] + (month == February and isleap(year))


class Calendar:
    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        for i in range(self.firstweekday, self.firstweekday + 7):
            yield i % 7

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        day1, ndays = monthrange(year, month)
        days_before = (day1 - self.firstweekday) % 7
        yield from [0] * days_before
        yield from range(1, ndays + 1)
        days_after = (self.firstweekday - day1 - ndays) % 7
        yield from [0] * days_after

    def itermonthdays2(self, year, month):
        for i, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, i % 7

    def itermonthdays3(self, year, month):
        day1, ndays = monthrange(year, month)
        days_before = (day1 - self.firstweekday) % 7
        days_after = (self.firstweekday - day1 - ndays) % 7
        y, m = (year, month - 1) if month > 1 else (year - 1, 12)
        end = _monthlen(y, m) + 1
        for d in range(end - days_before, end):
            yield y, m, d
        for d in range(1, ndays + 1):
            yield year, month, d
        y, m = (year, month + 1) if month < 12 else (year + 1, 1)
        for d in range(1, days_after + 1):
            yield y, m, d

    def monthdatescalendar(self, year, month):
        dates = list(self.itermonthdates(year, month))
        return [dates[i:i + 7] for i in range(0, len(dates), 7)]

    def monthdays2calendar(self, year, month):
        days = list(self.itermonthdays2(year, month))
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def monthdayscalendar(self, year, month):
        days = list(self.itermonthdays(year, month))
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def yeardayscalendar(self, year, width=3):
        months = [self.monthdayscalendar(year, i) for i in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]


class TextCalendar(Calendar):
    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        if day == 0:
            s = ''
        else:
            s = '%2i' % day
        return s.center(width)

    def formatweek(self, theweek, width):
        return ' '.join(self.formatday(d, wd, width) for (d, wd) in theweek)

    def formatweekday(self, day, width):
        if width >= 9:
            names = day_name
        else:
            names = day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        s = month_name[themonth]
        if withyear:
            s = "%s %r" % (s, theyear)
        return s.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        l = max(1, l)
        s = self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1)
        s = s.rstrip()
        s += '\n' * l
        s += self.formatweekheader(w).rstrip()
        s += '\n' * l
        for week in self.monthdays2calendar(theyear, themonth):
            s += self.formatweek(week, w).rstrip()
            s += '\n' * l
        return s

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        v = []
        a = v.append
        a(repr(theyear).center(colwidth * m + c * (m - 1)).rstrip())
        a('\n' * l)
        header = self.formatweekheader(w)
        for (i, row) in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            a('\n' * l)
            names = (self.formatmonthname(theyear, k, colwidth, False) for k in months)
            a(formatstring(names, colwidth, c).rstrip())
            a('\n' * l)
            headers = (header for k in months)
            a(formatstring(headers, colwidth, c).rstrip())
            a('\n' * l)
            height = max(len(cal) for cal in row)
            for j in range(height):
                weeks = []
                for cal in row:
                    if j >= len(cal):
                        weeks.append('')
                    else:
                        weeks.append(self.formatweek(cal[j], w))
                a(formatstring(weeks, colwidth, c).rstrip())
                a('\n' * l)
        return ''.join(v)

    def yeardays2calendar(self, year, width=3):
        months = [self.monthdays2calendar(year, i) for i in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


def formatstring(cols, colwidth=20, spacing=6):
    spacing *= ' '
    return spacing.join(c.center(colwidth) for c in cols)


c = TextCalendar()
firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear


def timegm(tuple):
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - datetime.date(1970, 1, 1).toordinal() + day - 1
    hours = days * 24 + hour
    minutes = hours * 60 + minute
    seconds = minutes * 60 + second
    return seconds
`;

/** Source of the contextlib module. */
export const contextlibSource = String.raw`"""Utilities for with-statement contexts."""
import sys
from functools import wraps
from collections import deque

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "chdir"]


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            else:
                raise RuntimeError("generator didn't stop")
        else:
            if value is None:
                value = typ()
            try:
                self.gen.throw(typ, value, traceback)
            except StopIteration as exc:
                return exc is not value
            except RuntimeError as exc:
                if exc is value:
                    exc.__traceback__ = traceback
                    return False
                if isinstance(value, StopIteration) and exc.__cause__ is value:
                    value.__traceback__ = traceback
                    return False
                raise
            except BaseException as exc:
                if exc is not value:
                    raise
                exc.__traceback__ = traceback
                return False
            raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    _stream = "stderr"


class suppress(AbstractContextManager):
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class ExitStack(AbstractContextManager):
    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        _cb_type = type(exit)
        try:
            exit_method = _cb_type.__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, lambda *a: exit_method(exit, *a)))
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        try:
            _enter = cls.__enter__
            _exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the context manager protocol") from None
        result = _enter(cm)
        self._exit_callbacks.append((True, lambda *a: _exit(cm, *a)))
        return result

    def callback(self, callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed_exc = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except BaseException as new_exc:
                new_exc_details = (type(new_exc), new_exc, new_exc.__traceback__)
                if exc_details[1] is not None and new_exc is not exc_details[1] and new_exc.__context__ is None:
                    new_exc.__context__ = exc_details[1]
                pending_raise = True
                exc_details = new_exc_details
        if pending_raise:
            raise exc_details[1]
        return received_exc and suppressed_exc


class chdir(AbstractContextManager):
    def __init__(self, path):
        self.path = path

    def __enter__(self):
        pass

    def __exit__(self, *excinfo):
        pass
`;

/** Source of the csv module. */
export const csvSource = String.raw`"""CSV parsing and writing."""
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel", "excel_tab",
           "unix_dialect", "reader", "writer", "register_dialect", "get_dialect", "list_dialects", "field_size_limit",
           "DictReader", "DictWriter", "Sniffer"]


class Error(Exception):
    pass


class Dialect:
    delimiter = ','
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
    strict = False


class excel(Dialect):
    pass


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    _dialects[name] = _make_dialect(dialect or excel, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


_limit = 131072


def field_size_limit(new_limit=None):
    global _limit
    old = _limit
    if new_limit is not None:
        _limit = new_limit
    return old


class _D:
    pass


def _make_dialect(dialect, fmtparams):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    d = _D()
    for name in ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace', 'lineterminator', 'quoting', 'strict'):
        setattr(d, name, fmtparams.get(name, getattr(dialect, name, getattr(Dialect, name))))
    if not isinstance(d.delimiter, str) or len(d.delimiter) != 1:
        raise TypeError('"delimiter" must be a 1-character string')
    if d.quoting != QUOTE_NONE and d.quotechar is None:
        raise TypeError('quotechar must be set if quoting enabled')
    return d


class _Writer:
    def __init__(self, f, dialect):
        self._f = f
        self.dialect = dialect

    def _field(self, v):
        d = self.dialect
        if v is None:
            s = ''
        elif isinstance(v, float):
            s = repr(v)
        else:
            s = str(v)
        if d.quoting == QUOTE_NONE:
            if d.escapechar:
                for ch in (d.escapechar, d.delimiter, d.quotechar or ''):
                    if ch:
                        s = s.replace(ch, d.escapechar + ch)
            elif any(c in s for c in (d.delimiter, '\n', '\r')):
                raise Error('need to escape, but no escapechar set')
            return s
        q = d.quoting == QUOTE_ALL or (d.quoting == QUOTE_NONNUMERIC and not isinstance(v, (int, float)) or (d.quoting == QUOTE_NONNUMERIC and isinstance(v, bool)))
        if not q and d.quoting == QUOTE_MINIMAL:
            q = (s == '' and False) or any(c in s for c in (d.delimiter, d.quotechar, '\n', '\r')) or (s[:1] == ' ' and False)
        if d.quotechar and d.quotechar in s:
            if d.doublequote:
                s = s.replace(d.quotechar, d.quotechar * 2)
            elif d.escapechar:
                s = s.replace(d.quotechar, d.escapechar + d.quotechar)
            else:
                raise Error('need to escape, but no escapechar set')
        if q:
            s = d.quotechar + s + d.quotechar
        return s

    def writerow(self, row):
        try:
            fields = [self._field(v) for v in row]
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        if len(fields) == 1 and fields[0] == '' and self.dialect.quoting != QUOTE_NONE:
            fields = [self.dialect.quotechar * 2]
        line = self.dialect.delimiter.join(fields) + self.dialect.lineterminator
        return self._f.write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, _make_dialect(dialect, fmtparams))


class _Reader:
    def __init__(self, f, dialect):
        self._it = iter(f)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        row = []
        field = []
        state = 'start'
        quoted = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if state == 'inquote':
                    raise Error('unexpected end of data') if d.strict else StopIteration
                raise
            self.line_num += 1
            i = 0
            n = len(line)
            while i < n:
                c = line[i]
                if state == 'start':
                    if c in '\r\n':
                        i = n
                        break
                    if d.skipinitialspace and c == ' ':
                        i += 1
                        continue
                    if c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = 'inquote'
                        quoted = True
                    elif c == d.delimiter:
                        row.append(self._conv(''.join(field), quoted))
                        field = []
                        quoted = False
                    elif c == d.escapechar:
                        i += 1
                        if i < n:
                            field.append(line[i])
                        state = 'infield'
                    else:
                        field.append(c)
                        state = 'infield'
                elif state == 'infield':
                    if c == d.delimiter:
                        row.append(self._conv(''.join(field), quoted))
                        field = []
                        quoted = False
                        state = 'start'
                    elif c in '\r\n':
                        i = n
                        state = 'end'
                        break
                    elif c == d.escapechar:
                        i += 1
                        if i < n:
                            field.append(line[i])
                    else:
                        field.append(c)
                elif state == 'inquote':
                    if c == d.quotechar:
                        if d.doublequote and i + 1 < n and line[i + 1] == d.quotechar:
                            field.append(c)
                            i += 1
                        else:
                            state = 'afterquote'
                    elif c == d.escapechar:
                        i += 1
                        if i < n:
                            field.append(line[i])
                    else:
                        field.append(c)
                elif state == 'afterquote':
                    if c == d.delimiter:
                        row.append(self._conv(''.join(field), quoted))
                        field = []
                        quoted = False
                        state = 'start'
                    elif c in '\r\n':
                        i = n
                        state = 'end'
                        break
                    else:
                        if d.strict:
                            raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
                        field.append(c)
                        state = 'infield'
                i += 1
            if state == 'inquote':
                continue
            if state == 'start' and not row and not field and not quoted:
                return []
            row.append(self._conv(''.join(field), quoted))
            return row

    def _conv(self, s, quoted):
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted:
            return float(s) if s else s
        return s


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, _make_dialect(dialect, fmtparams))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        self.fieldnames = list(fieldnames)
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    def sniff(self, sample, delimiters=None):
        counts = {}
        for c in (delimiters or ',;\t|:'):
            counts[c] = sample.count(c)
        best = max(counts, key=counts.get)

        class dialect(Dialect):
            delimiter = best
        return dialect

    def has_header(self, sample):
        return True
`;

/** Source of the datetime module. */
export const datetimeSource = String.raw`"""Concrete date/time and related types (a port of CPython's pure-Python datetime)."""
import time as _time
import math as _math

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"]
_FULLDAYNAMES = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_int_field(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError('integer argument expected, got float')
    try:
        value = value.__index__()
    except AttributeError:
        raise TypeError('an integer is required (got type %s)' % type(value).__name__) from None
    return value


def _check_date_fields(year, month, day):
    year = _check_int_field(year)
    month = _check_int_field(month)
    day = _check_int_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %i is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int_field(hour)
    minute = _check_int_field(minute)
    second = _check_int_field(second)
    microsecond = _check_int_field(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass")


def _cmperror(x, y):
    raise TypeError("can't compare datetime.%s to datetime.%s" % (type(x).__name__, type(y).__name__))


def _format_time(hh, mm, ss, us, timespec='auto'):
    specs = {
        'hours': '{:02d}',
        'minutes': '{:02d}:{:02d}',
        'seconds': '{:02d}:{:02d}:{:02d}',
        'milliseconds': '{:02d}:{:02d}:{:02d}.{:03d}',
        'microseconds': '{:02d}:{:02d}:{:02d}.{:06d}'
    }
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    try:
        fmt = specs[timespec]
    except KeyError:
        raise ValueError('Unknown timespec value')
    else:
        return fmt.format(hh, mm, ss, us)


def _format_offset(off, sep=':'):
    s = ''
    if off is not None:
        if off.days < 0:
            sign = "-"
            off = -off
        else:
            sign = "+"
        hh, mm = divmod(off, timedelta(hours=1))
        mm, ss = divmod(mm, timedelta(minutes=1))
        s += "%s%02d%s%02d" % (sign, hh, sep, mm)
        if ss or ss.microseconds:
            s += sep + "%02d" % ss.seconds
            if ss.microseconds:
                s += '.%06d' % ss.microseconds
    return s


def _wrap_strftime(obj, fmt, timetuple):
    out = []
    i = 0
    n = len(fmt)
    year, month, day, hour, minute, second, wday, yday = timetuple[:8]
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == 'Y':
            out.append('%d' % year if year >= 1000 else '%04d' % year if False else str(year))
        elif ch == 'm':
            out.append('%02d' % month)
        elif ch == 'd':
            out.append('%02d' % day)
        elif ch == 'e':
            out.append('%2d' % day)
        elif ch == 'H':
            out.append('%02d' % hour)
        elif ch == 'M':
            out.append('%02d' % minute)
        elif ch == 'S':
            out.append('%02d' % second)
        elif ch == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif ch == 'y':
            out.append('%02d' % (year % 100))
        elif ch == 'I':
            out.append('%02d' % (hour % 12 or 12))
        elif ch == 'l':
            out.append('%2d' % (hour % 12 or 12))
        elif ch == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif ch == 'A':
            out.append(_FULLDAYNAMES[wday + 1])
        elif ch == 'a':
            out.append(_DAYNAMES[wday + 1])
        elif ch == 'B':
            out.append(_FULLMONTHNAMES[month])
        elif ch == 'b' or ch == 'h':
            out.append(_MONTHNAMES[month])
        elif ch == 'j':
            out.append('%03d' % yday)
        elif ch == 'w':
            out.append(str((wday + 1) % 7))
        elif ch == 'u':
            out.append(str(wday + 1))
        elif ch == 'U':
            out.append('%02d' % ((yday + 6 - (wday + 1) % 7) // 7))
        elif ch == 'W':
            out.append('%02d' % ((yday + 6 - wday) // 7))
        elif ch == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wday + 1], _MONTHNAMES[month], day, hour, minute, second, year))
        elif ch == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif ch == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif ch == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif ch == 'F':
            out.append('%d-%02d-%02d' % (year, month, day))
        elif ch == 'T':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif ch == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif ch == 'n':
            out.append('\n')
        elif ch == 't':
            out.append('\t')
        elif ch == 'G' or ch == 'V':
            iy, iw, _ = _isocal(year, month, day)
            out.append(str(iy) if ch == 'G' else '%02d' % iw)
        elif ch == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif ch == 'Z':
            tzn = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(tzn or '')
        elif ch == '%':
            out.append('%')
        else:
            out.append('%' + ch)
    return ''.join(out)


def _isocal(year, month, day):
    week1monday = _isoweek1monday(year)
    today = _ymd2ord(year, month, day)
    week, day = divmod(today - week1monday, 7)
    if week < 0:
        year -= 1
        week1monday = _isoweek1monday(year)
        week, day = divmod(today - week1monday, 7)
    elif week >= 52:
        if today >= _isoweek1monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, day + 1


def _isoweek1monday(year):
    THURSDAY = 3
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > THURSDAY:
        week1monday += 7
    return week1monday


def _divide_and_round(a, b):
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


class timedelta:
    __slots__ = '_days', '_seconds', '_microseconds', '_hashcode'

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        d = s = us = 0
        days += weeks * 7
        seconds += minutes * 60 + hours * 3600
        microseconds += milliseconds * 1000
        if isinstance(days, float):
            dayfrac, days = _math.modf(days)
            daysecondsfrac, daysecondswhole = _math.modf(dayfrac * (24. * 3600.))
            s = int(daysecondswhole)
            d = int(days)
        else:
            daysecondsfrac = 0.0
            d = days
        if isinstance(seconds, float):
            secondsfrac, seconds = _math.modf(seconds)
            seconds = int(seconds)
            secondsfrac += daysecondsfrac
        else:
            secondsfrac = daysecondsfrac
        days, seconds = divmod(seconds, 24 * 3600)
        d += days
        s += int(seconds)
        usdouble = secondsfrac * 1e6
        if isinstance(microseconds, float):
            microseconds = round(microseconds + usdouble)
            seconds, microseconds = divmod(microseconds, 1000000)
            days, seconds = divmod(seconds, 24 * 3600)
            d += days
            s += seconds
        else:
            microseconds = int(microseconds)
            seconds, microseconds = divmod(microseconds, 1000000)
            days, seconds = divmod(seconds, 24 * 3600)
            d += days
            s += seconds
            microseconds = round(microseconds + usdouble)
        seconds, us = divmod(microseconds, 1000000)
        s += seconds
        days, s = divmod(s, 24 * 3600)
        d += days
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = int(d)
        self._seconds = int(s)
        self._microseconds = int(us)
        self._hashcode = -1
        return self

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append('0')
        return "%s.%s(%s)" % ('datetime', self.__class__.__qualname__, ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            def plural(n):
                return n, abs(n) != 1 and "s" or ""
            s = ("%d day%s, " % plural(self._days)) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def total_seconds(self):
        return ((self.days * 86400 + self.seconds) * 10 ** 6 + self.microseconds) / 10 ** 6

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days + other._days, self._seconds + other._seconds, self._microseconds + other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days - other._days, self._seconds - other._seconds, self._microseconds - other._microseconds)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(-self._days, -self._seconds, -self._microseconds)

    def __pos__(self):
        return self

    def __abs__(self):
        if self._days < 0:
            return -self
        else:
            return self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(self._days * other, self._seconds * other, self._microseconds * other)
        if isinstance(other, float):
            usec = self._to_microseconds()
            a, b = other.as_integer_ratio()
            return timedelta(0, 0, _divide_and_round(usec * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def _to_microseconds(self):
        return ((self._days * (24 * 3600) + self._seconds) * 1000000 + self._microseconds)

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        if isinstance(other, int):
            return timedelta(0, 0, usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            return timedelta(0, 0, _divide_and_round(usec, other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta(0, 0, _divide_and_round(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            r = self._to_microseconds() % other._to_microseconds()
            return timedelta(0, 0, r)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta(0, 0, r)
        return NotImplemented

    def _getstate(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() == other._getstate()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() <= other._getstate()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() < other._getstate()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() >= other._getstate()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._getstate() > other._getstate()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, self._getstate())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    __slots__ = '_year', '_month', '_day', '_hashcode'

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        t = _time.time()
        return cls.fromtimestamp(t)

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            return cls(*_parse_isoformat_date(date_string))
        except Exception:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_iso_to_ymd(year, week, day))

    def __repr__(self):
        return "%s.%s(%d, %d, %d)" % ('datetime', self.__class__.__qualname__, self._year, self._month, self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) > 0
        return NotImplemented

    def _cmp(self, other):
        y, m, d = self._year, self._month, self._day
        y2, m2, d2 = other._year, other._month, other._day
        return _cmp((y, m, d), (y2, m2, d2))

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(('date', self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            days1 = self.toordinal()
            days2 = other.toordinal()
            return timedelta(days1 - days2)
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_isocal(self._year, self._month, self._day))

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})'


def _iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if (first_weekday == 4 or (first_weekday == 3 and _is_leap(year))):
                out_of_range = False
        if out_of_range:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
    day_offset = (week - 1) * 7 + (day - 1)
    day_1 = _isoweek1monday(year)
    ord_day = day_1 + day_offset
    return _ord2ymd(ord_day)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


def _parse_isoformat_date(dtstr):
    assert len(dtstr) in (7, 8, 10)
    year = int(dtstr[0:4])
    has_sep = dtstr[4] == '-'
    pos = 4 + has_sep
    if dtstr[pos:pos + 1] == "W":
        pos += 1
        weekno = int(dtstr[pos:pos + 2])
        pos += 2
        dayno = 1
        if len(dtstr) > pos:
            if (dtstr[pos:pos + 1] == '-') != has_sep:
                raise ValueError("Inconsistent use of dash separator")
            pos += has_sep
            dayno = int(dtstr[pos:pos + 1])
        return list(_iso_to_ymd(year, weekno, dayno))
    else:
        month = int(dtstr[pos:pos + 2])
        pos += 2
        if (dtstr[pos:pos + 1] == "-") != has_sep:
            raise ValueError("Inconsistent use of dash separator")
        pos += has_sep
        day = int(dtstr[pos:pos + 2])
        return [year, month, day]


def _parse_hh_mm_ss_ff(tstr):
    len_str = len(tstr)
    time_comps = [0, 0, 0, 0]
    pos = 0
    for comp in range(0, 3):
        if (len_str - pos) < 2:
            raise ValueError("Incomplete time component")
        time_comps[comp] = int(tstr[pos:pos + 2])
        pos += 2
        next_char = tstr[pos:pos + 1]
        if comp == 0:
            has_sep = next_char == ':'
        if not next_char or comp >= 2:
            break
        if has_sep and next_char != ':':
            raise ValueError("Invalid time separator: %c" % next_char)
        pos += has_sep
    if pos < len_str:
        if tstr[pos] not in '.,':
            raise ValueError("Invalid microsecond component")
        else:
            pos += 1
            len_remainder = len_str - pos
            if len_remainder >= 6:
                to_parse = 6
            else:
                to_parse = len_remainder
            time_comps[3] = int(tstr[pos:(pos + to_parse)])
            if to_parse < 6:
                time_comps[3] *= [100000, 10000, 1000, 100, 10, 1][to_parse - 1] if False else 10 ** (6 - to_parse)
    return time_comps


def _parse_isoformat_time(tstr):
    len_str = len(tstr)
    if len_str < 2:
        raise ValueError("Isoformat time too short")
    tz_pos = (tstr.find('-') + 1 or tstr.find('+') + 1 or tstr.find('Z') + 1)
    timestr = tstr[:tz_pos - 1] if tz_pos > 0 else tstr
    time_comps = _parse_hh_mm_ss_ff(timestr)
    tzi = None
    if tz_pos == len_str and tstr[-1] == 'Z':
        tzi = timezone.utc
    elif tz_pos > 0:
        tzstr = tstr[tz_pos:]
        if len(tzstr) in (0, 1, 3):
            raise ValueError("Malformed time zone string")
        tz_comps = _parse_hh_mm_ss_ff(tzstr)
        if all(x == 0 for x in tz_comps):
            tzi = timezone.utc
        else:
            tzsign = -1 if tstr[tz_pos - 1] == '-' else 1
            td = timedelta(hours=tz_comps[0], minutes=tz_comps[1], seconds=tz_comps[2], microseconds=tz_comps[3])
            tzi = timezone(tzsign * td)
    time_comps.append(tzi)
    return time_comps


class tzinfo:
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        dtoff = dt.utcoffset()
        dtdst = dt.dst()
        if dtdst is None:
            dtdst = timedelta(0)
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
        return dt + (dtdst or timedelta(0))


class time:
    __slots__ = '_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold'

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._key() == other._key() and self.utcoffset() == other.utcoffset()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s.%s(%d, %d%s)" % ('datetime', self.__class__.__qualname__, self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        tz = self.utcoffset()
        if tz is not None:
            s += _format_offset(tz)
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            return cls(*_parse_isoformat_time(time_string.removeprefix('T')))
        except Exception:
            raise ValueError(f'Invalid isoformat string: {time_string!r}')

    def strftime(self, fmt):
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, timetuple)

    def __format__(self, fmt):
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(None)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss, weekday, jday, dst = converter(t)
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        t = _time.time()
        return cls.fromtimestamp(t, tz)

    @classmethod
    def utcnow(cls):
        t = _time.time()
        return cls.utcfromtimestamp(t)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            separator_location = 10 if len(date_string) > 10 and date_string[10] in 'T ' else len(date_string)
            if separator_location != len(date_string) and date_string[4] != '-':
                separator_location = 8
            dstr = date_string[0:separator_location]
            tstr = date_string[(separator_location + 1):]
            date_components = _parse_isoformat_date(dstr)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        if tstr:
            try:
                time_components = _parse_isoformat_time(tstr)
            except ValueError:
                raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        else:
            time_components = [0, 0, 0, 0, None]
        return cls(*(date_components + time_components))

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self.year, self.month, self.day, self.hour, self.minute, self.second, dst)

    def timestamp(self):
        if self._tzinfo is None:
            s = (self - _EPOCH_NAIVE).total_seconds()
            return s - _time._local_offset(s) if hasattr(_time, '_local_offset') else s
        else:
            return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        y, m, d = self.year, self.month, self.day
        hh, mm, ss = self.hour, self.minute, self.second
        return _build_struct_time(y, m, d, hh, mm, ss, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self.hour, self.minute, self.second, self.microsecond, fold=self.fold)

    def timetz(self):
        return time(self.hour, self.minute, self.second, self.microsecond, self._tzinfo, fold=self.fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        mytz = self.tzinfo
        if mytz is None:
            offset = timedelta(0)
        else:
            offset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month], self._day,
                                                 self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        s = ("%04d-%02d-%02d%c" % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        off = self.utcoffset()
        tz = _format_offset(off)
        if tz:
            s += tz
        return s

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = "%s.%s(%s)" % ('datetime', self.__class__.__qualname__, ", ".join(map(str, L)))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime_datetime(cls, date_string, format)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(self)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(self)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        elif not isinstance(other, date):
            return NotImplemented
        else:
            return False

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        elif not isinstance(other, date):
            return NotImplemented
        else:
            _cmperror(self, other)

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        elif not isinstance(other, date):
            return NotImplemented
        else:
            _cmperror(self, other)

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        elif not isinstance(other, date):
            return NotImplemented
        else:
            _cmperror(self, other)

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        elif not isinstance(other, date):
            return NotImplemented
        else:
            _cmperror(self, other)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond),
                        (other._year, other._month, other._day, other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            else:
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return diff and 1 or 0

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute, seconds=self._second,
                          microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if 0 < delta.days <= _MAXORDINAL:
            return type(self).combine(date.fromordinal(delta.days), time(hour, minute, second, delta.microseconds, tzinfo=self._tzinfo))
        raise OverflowError("date value out of range")

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2, self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("cannot mix naive and timezone-aware time")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self
            tzoff = self.utcoffset()
            if tzoff is None:
                self._hashcode = hash(('datetime', self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond))
            else:
                t = self - tzoff
                self._hashcode = hash(('datetime', t._year, t._month, t._day, t._hour, t._minute, t._second, t._microsecond))
        return self._hashcode

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    __slots__ = '_offset', '_name'
    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("name must be a string")
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return "%s.%s(%r)" % ('datetime', self.__class__.__qualname__, self._offset)
        return "%s.%s(%r, %r)" % ('datetime', self.__class__.__qualname__, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is None:
            return self._name_from_offset(self._offset)
        return self._name

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        return dt + self._offset

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        if delta < timedelta(0):
            sign = '-'
            delta = -delta
        else:
            sign = '+'
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return (f'UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}.{microseconds:06d}')
        if seconds:
            return f'UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}'
        return f'UTC{sign}{hours:02d}:{minutes:02d}'


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)


_STRP_DIRECTIVES = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z)',
    'A': '(?P<A>monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
    'a': '(?P<a>mon|tue|wed|thu|fri|sat|sun)',
    'B': '(?P<B>january|february|march|april|may|june|july|august|september|october|november|december)',
    'b': '(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)',
    'p': '(?P<p>am|pm)',
    'Z': '(?P<Z>utc|gmt)',
    '%': '%',
}


def _strptime(data_string, format):
    import re as _re
    if not isinstance(data_string, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data_string).__name__)
    if not isinstance(format, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(format).__name__)
    pattern = []
    i = 0
    seen = set()
    while i < len(format):
        c = format[i]
        if c == '%' and i + 1 < len(format):
            d = format[i + 1]
            if d in ('c', 'x', 'X', 'D', 'T', 'F', 'R'):
                sub = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S', 'D': '%m/%d/%y',
                       'T': '%H:%M:%S', 'F': '%Y-%m-%d', 'R': '%H:%M'}[d]
                format = format[:i] + sub + format[i + 2:]
                continue
            if d not in _STRP_DIRECTIVES:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
            rx = _STRP_DIRECTIVES[d]
            if d in seen and d != '%':
                rx = '(?P=%s)' % d
            seen.add(d)
            pattern.append(rx)
            i += 2
        elif c.isspace():
            pattern.append(r'\s+')
            while i < len(format) and format[i].isspace():
                i += 1
        else:
            pattern.append(_re.escape(c))
            i += 1
    found = _re.match('(?i)' + ''.join(pattern), data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    g = found.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    weekday = julian = None
    if g.get('y') is not None:
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if g.get('Y') is not None:
        year = int(g['Y'])
    if g.get('m') is not None:
        month = int(g['m'])
    if g.get('B') is not None:
        month = [m.lower() for m in _FULLMONTHNAMES[1:]].index(g['B'].lower()) + 1
    if g.get('b') is not None:
        month = [m.lower() for m in _MONTHNAMES[1:]].index(g['b'].lower()) + 1
    if g.get('d') is not None:
        day = int(g['d'])
    if g.get('H') is not None:
        hour = int(g['H'])
    if g.get('I') is not None:
        hour = int(g['I'])
        ampm = (g.get('p') or '').lower()
        if ampm in ('', 'am'):
            if hour == 12:
                hour = 0
        elif ampm == 'pm':
            if hour != 12:
                hour += 12
    if g.get('M') is not None:
        minute = int(g['M'])
    if g.get('S') is not None:
        second = int(g['S'])
    if g.get('f') is not None:
        s = g['f']
        fraction = int(s + '0' * (6 - len(s)))
    if g.get('j') is not None:
        julian = int(g['j'])
    if g.get('z') is not None:
        z = g['z']
        if z == 'Z':
            gmtoff = 0
        else:
            if z[3] == ':':
                z = z[:3] + z[4:]
            hours = int(z[1:3])
            minutes = int(z[3:5])
            seconds = int(z[5:7] or 0)
            gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
            if z.startswith('-'):
                gmtoff = -gmtoff
    if julian is not None:
        d = date.fromordinal(julian - 1 + date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if month == 2 and day == 29 and g.get('Y') is None and g.get('y') is None:
        year = 1904
    return (year, month, day, hour, minute, second, fraction, gmtoff)


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    year, month, day, hour, minute, second, fraction, gmtoff = _strptime(data_string, format)
    args = (year, month, day, hour, minute, second, fraction)
    if gmtoff is not None:
        tz = timezone(timedelta(seconds=gmtoff))
        args += (tz,)
    return cls(*args)
`;

/** Source of the decimal module. */
export const decimalSource = String.raw`"""Decimal fixed and floating point arithmetic (the commonly used part of CPython's decimal)."""
import math as _math
import re as _re
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
           'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
           'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible', 'DivisionUndefined',
           'ConversionSyntax', 'InvalidContext', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY']

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _c in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero, DivisionImpossible,
           DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation):
    _c.__module__ = 'decimal'
del _c


def _signal(ctx, cond, explanation=None):
    # Conditions whose trap is set raise; the C implementation's messages list the condition class.
    trap = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
            DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}.get(cond, cond)
    ctx.flags[trap] = True
    if ctx.traps.get(trap):
        raise trap([cond])
    return None


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        sigs = [Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal, Overflow, Underflow, FloatOperation]
        if traps is None:
            traps = dict(dc.traps) if dc else {s: s in (InvalidOperation, DivisionByZero, Overflow) for s in sigs}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in sigs}
        self.traps = traps
        if flags is None:
            flags = {s: False for s in sigs}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in sigs}
        self.flags = flags

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for k in self.flags:
            self.flags[k] = False

    def clear_traps(self):
        for k in self.traps:
            self.traps[k] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def __repr__(self):
        flags = [f.__name__ for f, v in self.flags.items() if v]
        traps = [t.__name__ for t, v in self.traps.items() if v]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, ', '.join(flags), ', '.join(traps)))

    def add(self, a, b):
        return _dec(a).__add__(b, context=self)

    def subtract(self, a, b):
        return _dec(a).__sub__(b, context=self)

    def multiply(self, a, b):
        return _dec(a).__mul__(b, context=self)

    def divide(self, a, b):
        return _dec(a).__truediv__(b, context=self)

    def sqrt(self, a):
        return _dec(a).sqrt(context=self)

    def power(self, a, b):
        return _dec(a).__pow__(b, context=self)

    def quantize(self, a, b):
        return _dec(a).quantize(b, context=self)


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
_current = [DefaultContext.copy()]


def getcontext():
    return _current[0]


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    m = _ContextManager(ctx)
    for k, v in kwargs.items():
        setattr(m.new_context, k, v)
    return m


_parser = _re.compile(r"""
    \s*
    (?P<sign>[-+])?
    (
        (?=\d|\.\d)
        (?P<int>\d*)
        (\.(?P<frac>\d*))?
        (E(?P<exp>[-+]?\d+))?
    |
        Inf(inity)?
    |
        (?P<signal>s)?
        NaN
        (?P<diag>\d*)
    )
    \s*
    \Z
""", _re.VERBOSE | _re.IGNORECASE)

_PyHASH_MODULUS = 2305843009213693951
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


def _dec(v):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return Decimal(v)
    raise TypeError("conversion from %s to Decimal is not supported" % type(v).__name__)


def _convert_other(other, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    return NotImplemented


def _all_zeros(s, i):
    return s[i:].strip('0') == ''


def _exact_half(s, i):
    return len(s) > i and s[i] == '5' and _all_zeros(s, i + 1)


class Decimal:
    __slots__ = ('_exp', '_int', '_sign', '_is_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            m = _parser.match(value.replace('_', '') if '_' in value and not value.startswith('_') and not value.endswith('_') else value)
            if m is None:
                return _raise_conv(context)
            self._sign = 1 if m.group('sign') == '-' else 0
            intpart = m.group('int')
            if intpart is not None:
                fracpart = m.group('frac') or ''
                exp = int(m.group('exp') or '0')
                self._int = str(int(intpart + fracpart))
                self._exp = exp - len(fracpart)
                self._is_special = False
            else:
                diag = m.group('diag')
                if diag is not None:
                    self._int = str(int(diag or '0')).lstrip('0')
                    self._exp = 'N' if m.group('signal') is None else 'n'
                else:
                    self._int = '0'
                    self._exp = 'F'
                self._is_special = True
            return self
        if isinstance(value, int):
            self._sign = 0 if value >= 0 else 1
            self._exp = 0
            self._int = str(abs(value))
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._exp = value._exp
            self._sign = value._sign
            self._int = value._int
            self._is_special = value._is_special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('Invalid tuple size in creation of Decimal from list or tuple.  The list or tuple should have exactly three elements.')
            if not (isinstance(value[0], int) and value[0] in (0, 1)):
                raise ValueError("Invalid sign.  The first value in the tuple should be an integer; either 0 for a positive number or 1 for a negative number.")
            self._sign = value[0]
            if value[2] == 'F':
                self._int = '0'
                self._exp = value[2]
                self._is_special = True
            else:
                digits = []
                for digit in value[1]:
                    if isinstance(digit, int) and 0 <= digit <= 9:
                        if digits or digit != 0:
                            digits.append(digit)
                    else:
                        raise ValueError("The second value in the tuple must be composed of integers in the range 0 through 9.")
                if value[2] in ('n', 'N'):
                    self._int = ''.join(map(str, digits))
                    self._exp = value[2]
                    self._is_special = True
                elif isinstance(value[2], int):
                    self._int = ''.join(map(str, digits or [0]))
                    self._exp = value[2]
                    self._is_special = False
                else:
                    raise ValueError("The third value in the tuple must be an integer, or one of the strings 'F', 'n', 'N'.")
            return self
        if isinstance(value, float):
            return cls.from_float(value)
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float.")
        if _math.isinf(f) or _math.isnan(f):
            return cls(repr(f))
        sign = 0 if _math.copysign(1.0, f) == 1.0 else 1
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        result = _dec_from_triple(sign, str(n * 5 ** k), -k)
        if cls is Decimal:
            return result
        return cls(result)

    def _isnan(self):
        if self._is_special:
            exp = self._exp
            if exp == 'n':
                return 2
            elif exp == 'N':
                return 1
        return 0

    def _isinfinity(self):
        if self._exp == 'F':
            return -1 if self._sign else 1
        return 0

    def __bool__(self):
        return self._is_special or self._int != '0'

    def _cmp(self, other):
        if self._is_special or other._is_special:
            self_inf = self._isinfinity()
            other_inf = other._isinfinity()
            if self_inf == other_inf:
                return 0
            elif self_inf < other_inf:
                return -1
            else:
                return 1
        if not self:
            if not other:
                return 0
            else:
                return -((-1) ** other._sign)
        if not other:
            return (-1) ** self._sign
        if other._sign < self._sign:
            return -1
        if self._sign < other._sign:
            return 1
        self_adjusted = self.adjusted()
        other_adjusted = other.adjusted()
        if self_adjusted == other_adjusted:
            self_padded = self._int + '0' * (self._exp - other._exp)
            other_padded = other._int + '0' * (other._exp - self._exp)
            if self_padded == other_padded:
                return 0
            elif self_padded < other_padded:
                return -(-1) ** self._sign
            else:
                return (-1) ** self._sign
        elif self_adjusted > other_adjusted:
            return (-1) ** self._sign
        else:
            return -((-1) ** self._sign)

    def __eq__(self, other, context=None):
        other = _convert_other(other, allow_float=True)
        if other is NotImplemented:
            return other
        if self._isnan() or other._isnan():
            return False
        return self._cmp(other) == 0

    def _compare_check(self, other):
        other = _convert_other(other, allow_float=True)
        if other is NotImplemented:
            return other
        if self._isnan() or other._isnan():
            _signal(getcontext(), InvalidOperation)
            return None
        return other

    def __lt__(self, other, context=None):
        other = self._compare_check(other)
        if other is NotImplemented or other is None:
            return other if other is NotImplemented else False
        return self._cmp(other) < 0

    def __le__(self, other, context=None):
        other = self._compare_check(other)
        if other is NotImplemented or other is None:
            return other if other is NotImplemented else False
        return self._cmp(other) <= 0

    def __gt__(self, other, context=None):
        other = self._compare_check(other)
        if other is NotImplemented or other is None:
            return other if other is NotImplemented else False
        return self._cmp(other) > 0

    def __ge__(self, other, context=None):
        other = self._compare_check(other)
        if other is NotImplemented or other is None:
            return other if other is NotImplemented else False
        return self._cmp(other) >= 0

    def compare(self, other, context=None):
        other = _dec(other)
        return Decimal(self._cmp(other))

    def __hash__(self):
        if self._is_special:
            if self._isnan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            exp_hash = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        hash_ = int(self._int) * exp_hash % _PyHASH_MODULUS
        ans = hash_ if self >= 0 else -hash_
        return -2 if ans == -1 else ans

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple(map(int, self._int)), self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self._isnan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if not self:
            return 0, 1
        n = int(self._int)
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d5 = -self._exp
            while d5 > 0 and n % 5 == 0:
                n //= 5
                d5 -= 1
            d2 = -self._exp
            shift2 = min((n & -n).bit_length() - 1, d2)
            if shift2:
                n >>= shift2
                d2 -= shift2
            d = 5 ** d5 << d2
        if self._sign:
            n = -n
        return n, d

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __str__(self, eng=False, context=None):
        sign = ['', '-'][self._sign]
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            elif self._exp == 'n':
                return sign + 'sNaN' + self._int
            else:
                return sign + 'NaN' + self._int
        leftdigits = self._exp + len(self._int)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == '0':
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + self._int
        elif dotplace >= len(self._int):
            intpart = self._int + '0' * (dotplace - len(self._int))
            fracpart = ''
        else:
            intpart = self._int[:dotplace]
            fracpart = '.' + self._int[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            if context is None:
                context = getcontext()
            exp = ['e', 'E'][context.capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            return _dec_from_triple(1 - self._sign, self._int, self._exp, True)
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = self.copy_negate()
        return ans._fix(context)

    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            return Decimal(self)
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = Decimal(self)
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._is_special:
            return self.copy_abs()
        if self._sign:
            ans = self.__neg__(context=context)
        else:
            ans = self.__pos__(context=context)
        return ans

    def _special_binop(self, other, context):
        if self._isnan() or other._isnan():
            return Decimal('NaN')
        return None

    def __add__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            if self._isnan() or other._isnan():
                return Decimal('NaN')
            if self._isinfinity():
                if self._sign != other._sign and other._isinfinity():
                    return _signal(context, InvalidOperation) or Decimal('NaN')
                return Decimal(self)
            if other._isinfinity():
                return Decimal(other)
        exp = min(self._exp, other._exp)
        negativezero = 0
        if context.rounding == ROUND_FLOOR and self._sign != other._sign:
            negativezero = 1
        if not self and not other:
            sign = min(self._sign, other._sign)
            if negativezero:
                sign = 1
            ans = _dec_from_triple(sign, '0', exp)
            return ans._fix(context)
        if not self:
            exp = max(exp, other._exp - context.prec - 1)
            ans = other._rescale(exp, context.rounding)
            return ans._fix(context)
        if not other:
            exp = max(exp, self._exp - context.prec - 1)
            ans = self._rescale(exp, context.rounding)
            return ans._fix(context)
        a = int(self._int) * 10 ** (self._exp - exp)
        b = int(other._int) * 10 ** (other._exp - exp)
        if self._sign:
            a = -a
        if other._sign:
            b = -b
        total = a + b
        if total == 0:
            return _dec_from_triple(negativezero, '0', exp)._fix(context)
        sign = 1 if total < 0 else 0
        return _dec_from_triple(sign, str(abs(total)), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        resultsign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            if self._isnan() or other._isnan():
                return Decimal('NaN')
            if self._isinfinity():
                if not other:
                    return _signal(context, InvalidOperation) or Decimal('NaN')
                return _dec_from_triple(resultsign, '0', 'F', True)
            if other._isinfinity():
                if not self:
                    return _signal(context, InvalidOperation) or Decimal('NaN')
                return _dec_from_triple(resultsign, '0', 'F', True)
        resultexp = self._exp + other._exp
        if not self or not other:
            ans = _dec_from_triple(resultsign, '0', resultexp)
            return ans._fix(context)
        ans = _dec_from_triple(resultsign, str(int(self._int) * int(other._int)), resultexp)
        return ans._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            if self._isnan() or other._isnan():
                return Decimal('NaN')
            if self._isinfinity() and other._isinfinity():
                return _signal(context, InvalidOperation) or Decimal('NaN')
            if self._isinfinity():
                return _dec_from_triple(sign, '0', 'F', True)
            if other._isinfinity():
                return _dec_from_triple(sign, '0', context.Etiny())
        if not other:
            if not self:
                return _signal(context, DivisionUndefined) or Decimal('NaN')
            return _signal(context, DivisionByZero) or _dec_from_triple(sign, '0', 'F', True)
        if not self:
            exp = self._exp - other._exp
            coeff = 0
        else:
            shift = len(other._int) - len(self._int) + context.prec + 1
            exp = self._exp - other._exp - shift
            if shift >= 0:
                coeff, remainder = divmod(int(self._int) * 10 ** shift, int(other._int))
            else:
                coeff, remainder = divmod(int(self._int), int(other._int) * 10 ** -shift)
            if remainder:
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal_exp = self._exp - other._exp
                while exp < ideal_exp and coeff % 10 == 0:
                    coeff //= 10
                    exp += 1
        ans = _dec_from_triple(sign, str(coeff), exp)
        return ans._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide(self, other, context):
        sign = self._sign ^ other._sign
        if other._isinfinity():
            ideal_exp = self._exp
        else:
            ideal_exp = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self or other._isinfinity() or expdiff <= -2:
            return (_dec_from_triple(sign, '0', 0), self._rescale(ideal_exp, context.rounding))
        if expdiff <= context.prec:
            a = int(self._int)
            b = int(other._int)
            if self._exp >= other._exp:
                a *= 10 ** (self._exp - other._exp)
            else:
                b *= 10 ** (other._exp - self._exp)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                return (_dec_from_triple(sign, str(q), 0), _dec_from_triple(self._sign, str(r), ideal_exp))
        ans = _signal(context, DivisionImpossible)
        return ans, ans

    def __divmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if not other:
            if not self:
                return (_signal(context, DivisionUndefined), None)
            return (_signal(context, DivisionByZero), _signal(context, InvalidOperation))
        quotient, remainder = self._divide(other, context)
        remainder = remainder._fix(context)
        return quotient, remainder

    def __rdivmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __mod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if not other:
            if not self:
                return _signal(context, DivisionUndefined)
            return _signal(context, InvalidOperation)
        remainder = self._divide(other, context)[1]
        return remainder._fix(context)

    def __rmod__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __floordiv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if not other:
            if not self:
                return _signal(context, DivisionUndefined)
            return _signal(context, DivisionByZero)
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __float__(self):
        if self._isnan():
            s = "-nan" if self._sign else "nan"
        else:
            s = str(self)
        return float(s)

    def __int__(self):
        if self._is_special:
            if self._isnan():
                raise ValueError("cannot convert NaN to integer")
            elif self._isinfinity():
                raise OverflowError("cannot convert Infinity to integer")
        s = (-1) ** self._sign
        if self._exp >= 0:
            return s * int(self._int) * 10 ** self._exp
        else:
            return s * int(self._int[:self._exp] or '0')

    __trunc__ = __int__

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __pow__(self, other, modulo=None, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if other._is_special or self._is_special:
            return Decimal('NaN')
        if other._exp < 0 and other._int.rstrip('0') != other._int[:len(other._int) + other._exp].rstrip('0') if False else not other._isinteger():
            if self._sign:
                return _signal(context, InvalidOperation) or Decimal('NaN')
            with localcontext(context) as c:
                c.prec = context.prec + 10
                r = (self.ln(c) * other).exp(c)
            return r._fix(context)
        n = int(other)
        if not self:
            if n < 0:
                return _signal(context, DivisionByZero) or _dec_from_triple(0, '0', 'F', True)
            if n == 0:
                return _signal(context, InvalidOperation) or Decimal('NaN')
            return _dec_from_triple(self._sign if n % 2 else 0, '0', 0)
        if n == 0:
            return Decimal(1)
        sign = self._sign if n % 2 else 0
        if n > 0:
            ans = _dec_from_triple(sign, str(int(self._int) ** n), self._exp * n)
            return ans._fix(context)
        with localcontext(context) as c:
            c.prec = context.prec + 3
            denom = _dec_from_triple(0, str(int(self._int) ** -n), self._exp * -n)
            ans = Decimal(1).__truediv__(denom, context=c)
        ans = _dec_from_triple(sign, ans._int, ans._exp)
        return ans._fix(context)

    def __rpow__(self, other, context=None):
        other = _convert_other(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, context=context)

    def _isinteger(self):
        if self._is_special:
            return False
        if self._exp >= 0:
            return True
        rest = self._int[self._exp:]
        return rest == '0' * len(rest)

    def adjusted(self):
        try:
            return self._exp + len(self._int) - 1
        except TypeError:
            return 0

    def _fix(self, context):
        if self._is_special:
            return self
        Etiny = context.Etiny()
        Etop = context.Etop()
        if not self:
            exp_max = [context.Emax, Etop][context.clamp]
            new_exp = min(max(self._exp, Etiny), exp_max)
            if new_exp != self._exp:
                return _dec_from_triple(self._sign, '0', new_exp)
            return self
        exp_min = len(self._int) + self._exp - context.prec
        if exp_min > Etop:
            _signal(context, Overflow)
            return _dec_from_triple(self._sign, '0', 'F', True)
        self_is_subnormal = exp_min < Etiny
        if self_is_subnormal:
            exp_min = Etiny
        if self._exp < exp_min:
            digits = len(self._int) + self._exp - exp_min
            if digits < 0:
                self = _dec_from_triple(self._sign, '1', exp_min - 1)
                digits = 0
            changed = _ROUNDERS[context.rounding](self, digits)
            coeff = self._int[:digits] or '0'
            if changed > 0:
                coeff = str(int(coeff) + 1)
                if len(coeff) > context.prec:
                    coeff = coeff[:-1]
                    exp_min += 1
            if changed:
                context.flags[Inexact] = True
                context.flags[Rounded] = True
                if context.traps.get(Inexact):
                    raise Inexact([Inexact])
            return _dec_from_triple(self._sign, coeff, exp_min)
        if context.clamp == 1 and self._exp > Etop:
            self_padded = self._int + '0' * (self._exp - Etop)
            return _dec_from_triple(self._sign, self_padded, Etop)
        return self

    def _rescale(self, exp, rounding):
        if self._is_special:
            return Decimal(self)
        if not self:
            return _dec_from_triple(self._sign, '0', exp)
        if self._exp >= exp:
            return _dec_from_triple(self._sign, self._int + '0' * (self._exp - exp), exp)
        digits = len(self._int) + self._exp - exp
        if digits < 0:
            self = _dec_from_triple(self._sign, '1', exp - 1)
            digits = 0
        changed = _ROUNDERS[rounding](self, digits)
        coeff = self._int[:digits] or '0'
        if changed == 1:
            coeff = str(int(coeff) + 1)
        return _dec_from_triple(self._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        exp = _dec(exp)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special or exp._is_special:
            if self._isnan() or exp._isnan():
                return Decimal('NaN')
            if exp._isinfinity() and self._isinfinity():
                return Decimal(self)
            return _signal(context, InvalidOperation) or Decimal('NaN')
        ans = self._rescale(exp._exp, rounding)
        if len(ans._int) > context.prec:
            return _signal(context, InvalidOperation) or Decimal('NaN')
        if ans and ans.adjusted() < context.Emin:
            context.flags[Subnormal] = True
        return ans._fix(context)

    def same_quantum(self, other, context=None):
        other = _dec(other)
        if self._is_special or other._is_special:
            return (self._isnan() and other._isnan()) or (self._isinfinity() and other._isinfinity())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._is_special:
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            exp = _dec_from_triple(0, '1', -n)
            return self.quantize(exp)
        if self._is_special:
            if self._isnan():
                raise ValueError("cannot round a NaN")
            else:
                raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __floor__(self):
        if self._is_special:
            if self._isnan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._is_special:
            if self._isnan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_CEILING))

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            return Decimal(self)
        dup = self._fix(context)
        if dup._isinfinity():
            return dup
        if not dup:
            return _dec_from_triple(dup._sign, '0', 0)
        exp_max = [context.Emax, context.Etop()][context.clamp]
        end = len(dup._int)
        exp = dup._exp
        while dup._int[end - 1] == '0' and exp < exp_max:
            exp += 1
            end -= 1
        return _dec_from_triple(dup._sign, dup._int[:end], exp)

    def sqrt(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            if self._isnan():
                return Decimal('NaN')
            if self._isinfinity() and self._sign == 0:
                return Decimal(self)
        if not self:
            ans = _dec_from_triple(self._sign, '0', self._exp // 2)
            return ans._fix(context)
        if self._sign == 1:
            return _signal(context, InvalidOperation) or Decimal('NaN')
        prec = context.prec + 1
        op_int = int(self._int)
        op_exp = self._exp
        if op_exp & 1:
            c = op_int * 10
            e = op_exp - 1
        else:
            c = op_int
            e = op_exp
        l = (len(self._int) >> 1) + 1
        shift = prec - l
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e = e // 2 - shift
        n = _math.isqrt(c)
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        else:
            if n % 5 == 0:
                n += 1
        ans = _dec_from_triple(0, str(n), e)
        context = context.copy()
        rounding = context.rounding
        context.rounding = ROUND_HALF_EVEN
        ans = ans._fix(context)
        return ans

    def exp(self, context=None):
        if context is None:
            context = getcontext()
        return Decimal(repr(_math.exp(float(self))))._fix(context) if False else _dec_from_float_ctx(_math.exp(float(self)), context)

    def ln(self, context=None):
        if context is None:
            context = getcontext()
        return _dec_from_float_ctx(_math.log(float(self)), context)

    def log10(self, context=None):
        if context is None:
            context = getcontext()
        if self._isinteger() and self._int.rstrip('0') == '1' and not self._sign:
            return Decimal(len(self._int) - 1 + self._exp)
        return _dec_from_float_ctx(_math.log10(float(self)), context)

    def max(self, other, context=None):
        other = _dec(other)
        return self if self._cmp(other) >= 0 else other

    def min(self, other, context=None):
        other = _dec(other)
        return self if self._cmp(other) <= 0 else other

    def copy_abs(self):
        return _dec_from_triple(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _dec_from_triple(1 - self._sign if True else 0, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _dec(other)
        return _dec_from_triple(other._sign, self._int, self._exp, self._is_special)

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'N'

    def is_snan(self):
        return self._exp == 'n'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == '0'

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def fma(self, other, third, context=None):
        other = _dec(other)
        product = _dec_from_triple(self._sign ^ other._sign, str(int(self._int) * int(other._int)), self._exp + other._exp)
        return product.__add__(third, context)

    def __format__(self, specifier, context=None):
        if context is None:
            context = getcontext()
        m = _re.match(r'\A(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ])?(?P<zeropad>0)?(?P<minimumwidth>\d+)?(?P<thousands_sep>[,_])?(?:\.(?P<precision>\d+))?(?P<type>[eEfFgGn%])?\Z', specifier, _re.DOTALL)
        if m is None:
            raise ValueError("Invalid format specifier: " + specifier)
        spec = m.groupdict()
        typ = spec['type']
        prec = spec['precision']
        prec = int(prec) if prec is not None else None
        rounding = context.rounding
        if self._is_special:
            body = str(abs(self)) if False else ('Infinity' if self._isinfinity() else 'NaN')
            if typ == '%':
                body += '%'
            sign = '-' if self._sign else ''
            return _format_align(sign, body, spec)
        if typ is None:
            typ = ['g', 'G'][context.capitals] if prec is not None else None
        if typ == '%':
            self = _dec_from_triple(self._sign, self._int, self._exp + 2)
        if typ in ('e', 'E'):
            if prec is None:
                prec = len(self._int) - 1
            self = _round_sig(self, prec + 1, rounding)
        elif typ in ('f', 'F', '%'):
            if prec is not None:
                self = self._rescale(-prec, rounding)
        elif typ in ('g', 'G', 'n'):
            if prec is not None:
                if prec == 0:
                    prec = 1
                self = _round_sig(self, prec, rounding)
        if not self._int.strip('0') and typ is not None:
            zero_sign = self._sign
        leftdigits = self._exp + len(self._int)
        if typ in ('e', 'E'):
            if not self and prec is not None:
                dotplace = 1 - prec
            else:
                dotplace = 1
        elif typ in ('f', 'F', '%'):
            dotplace = leftdigits
        elif typ in ('g', 'G', 'n'):
            if self._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        else:
            if self._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        if dotplace < 0:
            intpart = '0'
            fracpart = '0' * (-dotplace) + self._int
        elif dotplace > len(self._int):
            intpart = self._int + '0' * (dotplace - len(self._int))
            fracpart = ''
        else:
            intpart = self._int[:dotplace] or '0'
            fracpart = self._int[dotplace:]
        exp = leftdigits - dotplace
        echar = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}.get(typ, 'E' if context.capitals else 'e')
        sign = '-' if self._sign else ''
        if spec['sign'] in ('+', ' ') and not self._sign:
            sign = spec['sign']
        if spec['thousands_sep']:
            intpart = _group(intpart, spec['thousands_sep'])
        body = intpart
        if fracpart or (typ in ('e', 'E', 'f', 'F', '%') and prec and False):
            body += '.' + fracpart
        if exp != 0 or typ in ('e', 'E'):
            if not (typ in ('f', 'F', '%')):
                body += "%s%+d" % (echar, exp)
        if typ == '%':
            body += '%'
        return _format_align(sign, body, spec)


def _group(digits, sep):
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


def _format_align(sign, body, spec):
    minimumwidth = int(spec['minimumwidth'] or 0)
    fill = spec['fill'] or ' '
    align = spec['align'] or '>'
    if spec['zeropad'] and not spec['align']:
        fill = '0'
        align = '='
    padding = fill * (minimumwidth - len(sign) - len(body))
    if align == '<':
        return sign + body + padding
    elif align == '>':
        return padding + sign + body
    elif align == '=':
        return sign + padding + body
    half = len(padding) // 2
    return padding[:half] + sign + body + padding[half:]


def _round_sig(d, digits, rounding):
    if not d:
        return d
    exp = d.adjusted() - digits + 1
    return d._rescale(exp, rounding) if d._exp < exp else d


def _dec_from_float_ctx(f, context):
    ctx = context.copy()
    ctx.prec = min(context.prec, 17)
    return Decimal(repr(f))._fix(ctx)


def _raise_conv(context):
    raise InvalidOperation([ConversionSyntax])


def _dec_from_triple(sign, coefficient, exponent, special=False):
    self = object.__new__(Decimal)
    self._sign = sign
    self._int = coefficient
    self._exp = exponent
    self._is_special = special
    return self


def _round_down(self, prec):
    if _all_zeros(self._int, prec):
        return 0
    else:
        return -1


def _round_up(self, prec):
    return -_round_down(self, prec)


def _round_half_up(self, prec):
    if self._int[prec] in '56789':
        return 1
    elif _all_zeros(self._int, prec):
        return 0
    else:
        return -1


def _round_half_down(self, prec):
    if _exact_half(self._int, prec):
        return -1
    else:
        return _round_half_up(self, prec)


def _round_half_even(self, prec):
    if _exact_half(self._int, prec) and (prec == 0 or self._int[prec - 1] in '02468'):
        return -1
    else:
        return _round_half_up(self, prec)


def _round_ceiling(self, prec):
    if self._sign:
        return _round_down(self, prec)
    else:
        return -_round_down(self, prec)


def _round_floor(self, prec):
    if not self._sign:
        return _round_down(self, prec)
    else:
        return -_round_down(self, prec)


def _round_05up(self, prec):
    if prec and self._int[prec - 1] not in '05':
        return _round_down(self, prec)
    else:
        return -_round_down(self, prec)


_ROUNDERS = {ROUND_DOWN: _round_down, ROUND_UP: _round_up, ROUND_HALF_UP: _round_half_up,
             ROUND_HALF_DOWN: _round_half_down, ROUND_HALF_EVEN: _round_half_even,
             ROUND_CEILING: _round_ceiling, ROUND_FLOOR: _round_floor, ROUND_05UP: _round_05up}
`;

/** Source of the fractions module. */
export const fractionsSource = String.raw`"""Fraction, Rational numbers."""
import math as _math
import re as _re

__all__ = ['Fraction']

_PyHASH_MODULUS = 2305843009213693951
_PyHASH_INF = 314159

_RATIONAL_FORMAT = _re.compile(r"""
    \A\s*                                 # optional whitespace at the start,
    (?P<sign>[-+]?)                       # an optional sign, then
    (?=\d|\.\d)                           # lookahead for digit or .digit
    (?P<num>\d*|\d+(_\d+)*)               # numerator (possibly empty)
    (?:                                   # followed by
       (?:\s*/\s*(?P<denom>\d+(_\d+)*))?  # an optional denominator
    |                                     # or
       (?:\.(?P<decimal>\d*|\d+(_\d+)*))? # an optional fractional part
       (?:E(?P<exp>[-+]?\d+(_\d+)*))?     # and optional exponent
    )
    \s*\Z                                 # and optional whitespace to finish
""", _re.VERBOSE | _re.IGNORECASE)


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            elif isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            elif isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif hasattr(numerator, 'as_integer_ratio') and not isinstance(numerator, str):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                m = _RATIONAL_FORMAT.match(numerator)
                if m is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator = int(m.group('num') or '0')
                denom = m.group('denom')
                if denom:
                    denominator = int(denom)
                else:
                    denominator = 1
                    decimal = m.group('decimal')
                    if decimal:
                        decimal = decimal.replace('_', '')
                        scale = 10 ** len(decimal)
                        numerator = numerator * scale + int(decimal)
                        denominator *= scale
                    exp = m.group('exp')
                    if exp:
                        exp = int(exp)
                        if exp >= 0:
                            numerator *= 10 ** exp
                        else:
                            denominator *= 10 ** -exp
                if m.group('sign') == '-':
                    numerator = -numerator
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                n1, d1 = (numerator._numerator, numerator._denominator) if isinstance(numerator, Fraction) else (int(numerator), 1)
                n2, d2 = (denominator._numerator, denominator._denominator) if isinstance(denominator, Fraction) else (int(denominator), 1)
                numerator, denominator = n1 * d2, d1 * n2
            else:
                numerator, denominator = int(numerator), int(denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        else:
            return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        else:
            return '%s/%s' % (self._numerator, self._denominator)

    def _operator_fallbacks(monomorphic_operator, fallback_operator):
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic_operator(a, b)
            elif isinstance(b, int):
                return monomorphic_operator(a, Fraction(b))
            elif isinstance(b, float):
                return fallback_operator(float(a), b)
            elif isinstance(b, complex):
                return fallback_operator(complex(a), b)
            else:
                return NotImplemented
        forward.__name__ = '__' + fallback_operator.__name__ + '__'

        def reverse(b, a):
            if isinstance(a, Fraction):
                return monomorphic_operator(a, b)
            elif isinstance(a, int):
                return monomorphic_operator(Fraction(a), b)
            elif isinstance(a, float):
                return fallback_operator(a, float(b))
            else:
                return NotImplemented
        reverse.__name__ = '__r' + fallback_operator.__name__ + '__'
        return forward, reverse

    def _add(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = _math.gcd(da, db)
        if g == 1:
            return Fraction(na * db + da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = _math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _sub(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = _math.gcd(da, db)
        if g == 1:
            return Fraction(na * db - da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = _math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _mul(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g1 = _math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = _math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction(na * nb, db * da, _normalize=False)

    def _div(a, b):
        nb, db = b._numerator, b._denominator
        if nb == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (a._numerator * db))
        na, da = a._numerator, a._denominator
        g1 = _math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = _math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __add__, __radd__ = _operator_fallbacks(_add, lambda a, b: a + b)
    __sub__, __rsub__ = _operator_fallbacks(_sub, lambda a, b: a - b)
    __mul__, __rmul__ = _operator_fallbacks(_mul, lambda a, b: a * b)
    __truediv__, __rtruediv__ = _operator_fallbacks(_div, lambda a, b: a / b)
    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, lambda a, b: a // b)
    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod)
    __mod__, __rmod__ = _operator_fallbacks(_mod, lambda a, b: a % b)

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)) and (isinstance(b, int) or b.denominator == 1):
            power = b if isinstance(b, int) else b.numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
            elif a._numerator >= 0:
                return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
            else:
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
        elif isinstance(b, (int, Fraction)):
            return float(a) ** float(b)
        elif isinstance(b, float):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if isinstance(a, float):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        else:
            return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        else:
            return a._numerator // a._denominator

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            elif remainder * 2 > d:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        else:
            return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            else:
                return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, Fraction):
            return op(self._numerator * other._denominator, self._denominator * other._numerator)
        if isinstance(other, int):
            return op(self._numerator, self._denominator * other)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            else:
                return self._richcmp(self.from_float(other), op)
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
`;

/** Source of the gc module. */
export const gcSource = String.raw`"""Garbage collector interface (the host's GC does the work)."""
_enabled = True
garbage = []
callbacks = []
DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38


def collect(generation=2):
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return (700, 10, 10)


def set_threshold(*args):
    pass


def get_objects(generation=None):
    return []


def get_referrers(*objs):
    return []


def get_referents(*objs):
    return []


def is_tracked(obj):
    return not isinstance(obj, (int, float, str, bool, type(None)))


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def get_debug():
    return 0


def set_debug(flags):
    pass


def get_stats():
    return [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]
`;

/** Source of the graphlib module. */
export const graphlibSource = String.raw`"""Topological sorting of graphs."""
__all__ = ["TopologicalSorter", "CycleError"]

_NODE_OUT = -1
_NODE_DONE = -2


class _NodeInfo:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    pass


class TopologicalSorter:
    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        result = self._node2info.get(node)
        if result is None:
            self._node2info[node] = result = _NodeInfo(node)
        return result

    def add(self, node, *predecessors):
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        nodeinfo = self._get_nodeinfo(node)
        nodeinfo.npredecessors += len(predecessors)
        for pred in predecessors:
            pred_info = self._get_nodeinfo(pred)
            pred_info.successors.append(node)

    def prepare(self):
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [i.node for i in self._node2info.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        n2i = self._node2info
        for node in result:
            n2i[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        n2i = self._node2info
        for node in nodes:
            nodeinfo = n2i.get(node)
            if nodeinfo is None:
                raise ValueError(f"node {node!r} was not added using add()")
            stat = nodeinfo.npredecessors
            if stat != _NODE_OUT:
                if stat >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                elif stat == _NODE_DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                else:
                    assert False, f"node {node!r}: unknown status {stat}"
            nodeinfo.npredecessors = _NODE_DONE
            for successor in nodeinfo.successors:
                successor_info = n2i[successor]
                successor_info.npredecessors -= 1
                if successor_info.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        n2i = self._node2info
        stack = []
        itstack = []
        seen = set()
        node2stacki = {}
        for node in n2i:
            if node in seen:
                continue
            while True:
                if node in seen:
                    if node in node2stacki:
                        return stack[node2stacki[node]:] + [node]
                else:
                    seen.add(node)
                    itstack.append(iter(n2i[node].successors).__next__)
                    node2stacki[node] = len(stack)
                    stack.append(node)
                while stack:
                    try:
                        node = itstack[-1]()
                        break
                    except StopIteration:
                        del node2stacki[stack.pop()]
                        itstack.pop()
                else:
                    break
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            node_group = self.get_ready()
            yield from node_group
            self.done(*node_group)
`;

/** Source of the hashlib module. */
export const hashlibSource = String.raw`"""Secure hashes and message digests (md5, sha1, sha224, sha256, sha384, sha512) in pure Python."""

algorithms_guaranteed = frozenset({'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'})
algorithms_available = algorithms_guaranteed

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & _M32


def _rotr32(x, n):
    return ((x >> n) | (x << (32 - n))) & _M32


def _rotr64(x, n):
    return ((x >> n) | (x << (64 - n))) & _M64


_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
_MD5_K = [int(abs(__import__('math').sin(i + 1)) * 4294967296) & _M32 for i in range(64)]


def _md5(data):
    a0, b0, c0, d0 = 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476
    ml = (8 * len(data)) & _M64
    msg = data + b'\x80' + b'\x00' * ((56 - (len(data) + 1) % 64) % 64) + ml.to_bytes(8, 'little')
    for off in range(0, len(msg), 64):
        m = [int.from_bytes(msg[off + 4 * i:off + 4 * i + 4], 'little') for i in range(16)]
        a, b, c, d = a0, b0, c0, d0
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) % 16
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) % 16
            else:
                f = c ^ (b | (~d & _M32))
                g = (7 * i) % 16
            f = (f + a + _MD5_K[i] + m[g]) & _M32
            a = d
            d = c
            c = b
            b = (b + _rotl32(f, _MD5_S[i])) & _M32
        a0 = (a0 + a) & _M32
        b0 = (b0 + b) & _M32
        c0 = (c0 + c) & _M32
        d0 = (d0 + d) & _M32
    return b''.join(x.to_bytes(4, 'little') for x in (a0, b0, c0, d0))


def _sha1(data):
    h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
    ml = 8 * len(data)
    msg = data + b'\x80' + b'\x00' * ((56 - (len(data) + 1) % 64) % 64) + ml.to_bytes(8, 'big')
    for off in range(0, len(msg), 64):
        w = [int.from_bytes(msg[off + 4 * i:off + 4 * i + 4], 'big') for i in range(16)]
        for i in range(16, 80):
            w.append(_rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1))
        a, b, c, d, e = h
        for i in range(80):
            if i < 20:
                f = (b & c) | (~b & d)
                k = 0x5A827999
            elif i < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif i < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            temp = (_rotl32(a, 5) + (f & _M32) + e + k + w[i]) & _M32
            e = d
            d = c
            c = _rotl32(b, 30)
            b = a
            a = temp
        h = [(x + y) & _M32 for x, y in zip(h, (a, b, c, d, e))]
    return b''.join(x.to_bytes(4, 'big') for x in h)


_K256 = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]


def _sha256(data, h=None, outlen=32):
    if h is None:
        h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    ml = 8 * len(data)
    msg = data + b'\x80' + b'\x00' * ((56 - (len(data) + 1) % 64) % 64) + ml.to_bytes(8, 'big')
    for off in range(0, len(msg), 64):
        w = [int.from_bytes(msg[off + 4 * i:off + 4 * i + 4], 'big') for i in range(16)]
        for i in range(16, 64):
            s0 = _rotr32(w[i - 15], 7) ^ _rotr32(w[i - 15], 18) ^ (w[i - 15] >> 3)
            s1 = _rotr32(w[i - 2], 17) ^ _rotr32(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M32)
        a, b, c, d, e, f, g, hh = h
        for i in range(64):
            S1 = _rotr32(e, 6) ^ _rotr32(e, 11) ^ _rotr32(e, 25)
            ch = (e & f) ^ (~e & g)
            t1 = (hh + S1 + ch + _K256[i] + w[i]) & _M32
            S0 = _rotr32(a, 2) ^ _rotr32(a, 13) ^ _rotr32(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & _M32
            hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & _M32, c, b, a, (t1 + t2) & _M32
        h = [(x + y) & _M32 for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b''.join(x.to_bytes(4, 'big') for x in h)[:outlen]


def _sha224(data):
    return _sha256(data, [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4], 28)


def _sha512(data, h=None, outlen=64):
    import random
    if h is None:
        return random._sha512(data)
    full = _sha512_core(data, h)
    return full[:outlen]


def _sha512_core(data, h):
    import random
    return random._sha512(data, h)


def _sha384(data):
    return _sha512_core(data, [0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
                               0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4])[:48]


class _Hash:
    def __init__(self, name, fn, digest_size, block_size, data=b''):
        self.name = name
        self._fn = fn
        self.digest_size = digest_size
        self.block_size = block_size
        self._data = b''
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        self._data += bytes(data)

    def digest(self):
        return self._fn(self._data)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = _Hash(self.name, self._fn, self.digest_size, self.block_size)
        h._data = self._data
        return h

    def __repr__(self):
        return f"<{self.name} _hashlib.HASH object @ {hex(id(self))}>"


_CONSTRUCTORS = {
    'md5': (_md5, 16, 64), 'sha1': (_sha1, 20, 64), 'sha224': (_sha224, 28, 64),
    'sha256': (_sha256, 32, 64), 'sha384': (_sha384, 48, 128), 'sha512': (_sha512, 64, 128),
}


def new(name, data=b'', **kwargs):
    key = name.lower().replace('-', '')
    if key not in _CONSTRUCTORS:
        raise ValueError('unsupported hash type ' + name)
    fn, ds, bs = _CONSTRUCTORS[key]
    return _Hash(key, fn, ds, bs, data)


def md5(data=b'', **kwargs):
    return new('md5', data)


def sha1(data=b'', **kwargs):
    return new('sha1', data)


def sha224(data=b'', **kwargs):
    return new('sha224', data)


def sha256(data=b'', **kwargs):
    return new('sha256', data)


def sha384(data=b'', **kwargs):
    return new('sha384', data)


def sha512(data=b'', **kwargs):
    return new('sha512', data)
`;

/** Source of the io module. */
export const ioSource = String.raw`"""In-memory text and binary streams."""
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _Buffer:
    _empty = ''
    _kind = 'string'

    def __init__(self, initial_value=None, newline='\n'):
        if initial_value is None:
            initial_value = self._empty
        self._check_type(initial_value)
        self._chunks = [initial_value] if initial_value else []
        self._len = len(initial_value)
        self._pos = 0
        self.closed = False

    def _check_type(self, s):
        pass

    def _value(self):
        if len(self._chunks) != 1:
            self._chunks = [self._empty.join(self._chunks)]
        return self._chunks[0] if self._chunks else self._empty

    def _checkclosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def getvalue(self):
        self._checkclosed()
        return self._value()

    def write(self, s):
        self._checkclosed()
        self._check_type(s)
        n = len(s)
        if not n:
            return 0
        if self._pos == self._len:
            self._chunks.append(s)
            self._len += n
            self._pos += n
            return n
        v = self._value()
        if self._pos > self._len:
            v = v + self._pad(self._pos - self._len)
        v = v[:self._pos] + s + v[self._pos + n:]
        self._chunks = [v]
        self._len = len(v)
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._checkclosed()
        v = self._value()
        if size is None or size < 0:
            r = v[self._pos:]
        else:
            r = v[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._checkclosed()
        v = self._value()
        nl = '\n' if self._empty == '' else b'\n'
        i = v.find(nl, self._pos)
        end = self._len if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = v[self._pos:end]
        self._pos = max(self._pos, end)
        return r

    def readlines(self, hint=-1):
        out = []
        while True:
            line = self.readline()
            if not line:
                return out
            out.append(line)

    def __iter__(self):
        self._checkclosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._checkclosed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._len + pos)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._checkclosed()
        return self._pos

    def truncate(self, size=None):
        self._checkclosed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        v = self._value()[:size]
        self._chunks = [v] if v else []
        self._len = len(v)
        return size

    def close(self):
        self.closed = True

    def flush(self):
        self._checkclosed()

    def isatty(self):
        return False

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def __enter__(self):
        self._checkclosed()
        return self

    def __exit__(self, *args):
        self.close()


class StringIO(_Buffer):
    _empty = ''

    def _check_type(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")

    def _pad(self, n):
        return '\0' * n

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(_Buffer):
    _empty = b''

    def __init__(self, initial_bytes=b''):
        super().__init__(bytes(initial_bytes))

    def _check_type(self, s):
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(s).__name__}'")

    def _pad(self, n):
        return b'\0' * n

    def getbuffer(self):
        return self._value()


class TextIOWrapper:
    pass


class IOBase:
    pass


TextIOBase = IOBase
BufferedIOBase = IOBase
RawIOBase = IOBase


def open(*args, **kwargs):
    import builtins
    return builtins.open(*args, **kwargs)
`;

/** Source of the keyword module. */
export const keywordSource = String.raw`"""Keywords (from "Grammar/python.gram")."""
__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def',
    'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'
]

softkwlist = ['_', 'case', 'match']

_kwset = frozenset(kwlist)
_softset = frozenset(softkwlist)


def iskeyword(s):
    return s in _kwset


def issoftkeyword(s):
    return s in _softset
`;

/** Source of the numbers module. */
export const numbersSource = String.raw`"""Abstract Base Classes for numbers."""
from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


class Number(metaclass=ABCMeta):
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    __slots__ = ()


class Real(Complex):
    __slots__ = ()


class Rational(Real):
    __slots__ = ()


class Integral(Rational):
    __slots__ = ()


Integral.register(int)
Integral.register(bool)
Real.register(float)
try:
    Complex.register(complex)
except NameError:
    pass


def _register_fraction():
    try:
        from fractions import Fraction
        Rational.register(Fraction)
    except ImportError:
        pass
`;

/** Source of the os module. */
export const osSource = String.raw`"""Miscellaneous operating system interfaces (the parts a sandboxed VM can offer)."""
import sys

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
curdir = '.'
pardir = '..'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


class _Environ(dict):
    def __repr__(self):
        return 'environ(' + dict.__repr__(self) + ')'

    def copy(self):
        return dict(self)


environ = _Environ()
error = OSError


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def getcwd():
    return _cwd


_cwd = '/'
try:
    _p = sys.path[0] if sys.path else ''
    if _p.startswith('/'):
        _cwd = _p
except Exception:
    pass


def getcwdb():
    return getcwd().encode()


def getpid():
    return 1


def getppid():
    return 0


def cpu_count():
    return 1


def urandom(n):
    import random
    return bytes(random.getrandbits(8) for _ in range(n))


class stat_result(tuple):
    def __new__(cls, mode, size, mtime=0.0):
        self = tuple.__new__(cls, (mode, 0, 0, 1, 0, 0, size, int(mtime), int(mtime), int(mtime)))
        self._mtime = mtime
        return self

    st_mode = property(lambda self: self[0])
    st_size = property(lambda self: self[6])
    st_mtime = property(lambda self: self._mtime)
    st_atime = property(lambda self: self._mtime)
    st_ctime = property(lambda self: self._mtime)


def stat(path):
    path = fspath(path)
    import _taipan_fs
    st = _taipan_fs.stat(path)
    if st is not None:
        return stat_result(0o40755 if st[0] else 0o100644, st[1], st[2])
    try:
        with open(path, 'rb') as f:
            data = f.read()
        return stat_result(0o100644, len(data))
    except IsADirectoryError:
        return stat_result(0o40755, 4096)
    except FileNotFoundError:
        raise FileNotFoundError(2, 'No such file or directory', path) from None
    except OSError as e:
        if 'directory' in str(e).lower():
            return stat_result(0o40755, 4096)
        raise


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    fs = getattr(type(path), '__fspath__', None)
    if fs is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    return fs(path)


class PathLike:
    def __class_getitem__(cls, item):
        return cls


def listdir(path='.'):
    import _taipan_fs
    return sorted(_taipan_fs.listdir(fspath(path)))


def remove(path, *, dir_fd=None):
    import _taipan_fs
    _taipan_fs.remove(fspath(path))


unlink = remove


def rmdir(path, *, dir_fd=None):
    import _taipan_fs
    _taipan_fs.rmdir(fspath(path))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    import _taipan_fs
    _taipan_fs.rename(fspath(src), fspath(dst))


replace = rename


def mkdir(path, mode=0o777, *, dir_fd=None):
    import _taipan_fs
    _taipan_fs.mkdir(fspath(path))


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for name in names:
        if path.isdir(path.join(top, name)):
            dirs.append(name)
        else:
            nondirs.append(name)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        yield from walk(path.join(top, d), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


def get_terminal_size(fd=1):
    return terminal_size((80, 24))


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])


import posixpath as path
sys.modules['os.path'] = path
`;

/** Source of the posixpath module. */
export const posixpathSource = String.raw`"""Common operations on POSIX pathnames."""
import os as _os

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'


def normcase(s):
    return s


def isabs(s):
    return s.startswith('/')


def join(a, *p):
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    sepIndex = p.rfind('/')
    dotIndex = p.rfind('.')
    if dotIndex > sepIndex:
        filenameIndex = sepIndex + 1
        while filenameIndex < dotIndex:
            if p[filenameIndex:filenameIndex + 1] != '.':
                return p[:dotIndex], p[dotIndex:]
            filenameIndex += 1
    return p, p[:0]


def splitdrive(p):
    return p[:0], p


def basename(p):
    i = p.rfind('/') + 1
    return p[i:]


def dirname(p):
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    if path == '':
        return '.'
    initial_slashes = path.startswith('/')
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if (comp != '..' or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == '..')):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    comps = new_comps
    path = '/'.join(comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


realpath = abspath


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    split_paths = [path.split(sep) for path in paths]
    isabs_ = {p.startswith(sep) for p in paths}
    if len(isabs_) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if paths[0].startswith(sep) else ''
    return prefix + sep.join(common)


def expanduser(path):
    if not path.startswith('~'):
        return path
    home = _os.environ.get('HOME', '/root')
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        return (home.rstrip('/') or '/') + path[i:]
    return path


def expandvars(path):
    if '$' not in path:
        return path
    import re
    def repl(m):
        name = m.group(1) or m.group(2)
        return _os.environ.get(name, m.group(0))
    return re.sub(r'\$(\w+)|\$\{([^}]*)\}', repl, path)


def exists(path):
    try:
        _os.stat(path)
    except (OSError, ValueError):
        return False
    return True


lexists = exists


def isfile(path):
    try:
        return _os.stat(path).st_mode == 0o100644
    except (OSError, ValueError):
        return False


def isdir(path):
    try:
        return _os.stat(path).st_mode == 0o40755
    except (OSError, ValueError):
        return False


def islink(path):
    return False


def ismount(path):
    return path == '/'


def getsize(filename):
    return _os.stat(filename).st_size
`;

/** Source of the pprint module. */
export const pprintSource = String.raw`"""Support to pretty-print lists, tuples, & dictionaries recursively (port of CPython's pprint)."""
import collections as _collections
import sys as _sys
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj)))


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        if stream is not None:
            self._stream = stream
        else:
            self._stream = _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        sio = _StringIO()
        self._format(object, sio, 0, 0, {}, 0)
        return sio.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            p = self._dispatch.get(type(object).__repr__, None)
            if p is not None:
                context[objid] = 1
                p(self, object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
            elif (not isinstance(object, type) and hasattr(type(object), '__dataclass_fields__')
                  and getattr(type(object).__repr__, '__dataclass_repr__', False)):
                context[objid] = 1
                self._pprint_dataclass(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        cls_name = object.__class__.__name__
        indent += len(cls_name) + 1
        items = [(f.name, getattr(object, f.name)) for f in _dc_fields(object) if f.repr]
        stream.write(cls_name + '(')
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(')')

    _dispatch = {}

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write('{')
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        length = len(object)
        if length:
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        write('}')

    _dispatch[dict.__repr__] = _pprint_dict

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '(')
        self._format(list(object.items()), stream, indent + len(cls.__name__) + 1, allowance + 1, context, level)
        stream.write(')')

    _dispatch[_collections.OrderedDict.__repr__] = _pprint_ordered_dict

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    _dispatch[list.__repr__] = _pprint_list

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    _dispatch[tuple.__repr__] = _pprint_tuple

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = object.__class__
        if typ is set:
            stream.write('{')
            endchar = '}'
        else:
            stream.write(typ.__name__ + '({')
            endchar = '})'
            indent += len(typ.__name__) + 1
        object = sorted(object, key=_safe_key)
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    _dispatch[set.__repr__] = _pprint_set
    _dispatch[frozenset.__repr__] = _pprint_set

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if not len(object):
            write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width1 = max_width = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                max_width1 -= allowance
            if len(rep) <= max_width1:
                chunks.append(rep)
            else:
                import re
                parts = re.findall(r'\S*\s*', line)
                assert parts
                assert not parts[-1]
                parts.pop()
                max_width2 = max_width
                current = ''
                for j, part in enumerate(parts):
                    candidate = current + part
                    if j == len(parts) - 1 and i == len(lines) - 1:
                        max_width2 -= allowance
                    if len(repr(candidate)) > max_width2:
                        if current:
                            chunks.append(repr(current))
                        current = part
                    else:
                        current = candidate
                if current:
                    chunks.append(repr(current))
        if len(chunks) == 1:
            write(rep)
            return
        if level == 1:
            write('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                write('\n' + ' ' * indent)
            write(rep)
        if level == 1:
            write(')')

    _dispatch[str.__repr__] = _pprint_str

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        write = stream.write
        if len(object) <= 4:
            write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            write('(')
        delim = ''
        for rep in _wrap_bytes_repr(object, self._width - indent, allowance):
            write(delim)
            write(rep)
            if not delim:
                delim = '\n' + ' ' * indent
        if parens:
            write(')')

    _dispatch[bytes.__repr__] = _pprint_bytes

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        rdf = self._repr(object.default_factory, context, level)
        cls = object.__class__
        indent += len(cls.__name__) + 1
        stream.write('%s(%s,\n%s' % (cls.__name__, rdf, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    _dispatch[_collections.defaultdict.__repr__] = _pprint_default_dict

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '({')
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')
        items = object.most_common()
        self._format_dict_items(items, stream, indent + len(cls.__name__) + 1, allowance + 2, context, level)
        stream.write('})')

    _dispatch[_collections.Counter.__repr__] = _pprint_counter

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        stream.write(cls.__name__ + '(')
        indent += len(cls.__name__) + 1
        stream.write('[')
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            rml = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, rml))

    _dispatch[_collections.deque.__repr__] = _pprint_deque

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            write(rep)
            write(': ')
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                write(delimnl)

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            write(key)
            write('=')
            if id(ent) in context:
                write("...")
            else:
                self._format(ent, stream, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                write(delimnl)

    def _format_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        it = iter(items)
        try:
            next_ent = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            ent = next_ent
            try:
                next_ent = next(it)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    write(delim)
                    delim = ', '
                    write(rep)
                    continue
            write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        repr, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return repr

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _builtin_scalars:
            return repr(object), True, False
        r = getattr(typ, "__repr__", None)
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            else:
                return repr(object), True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            append = components.append
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            for k, v in items:
                krepr, kreadable, krecur = self.format(k, context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level)
                append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                if krecur or vrecur:
                    recursive = True
            del context[objid]
            return "{%s}" % ", ".join(components), readable, recursive
        if (issubclass(typ, list) and r is list.__repr__) or (issubclass(typ, tuple) and r is tuple.__repr__):
            if issubclass(typ, list):
                if not object:
                    return "[]", True, False
                format = "[%s]"
            elif len(object) == 1:
                format = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                format = "(%s)"
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return format % "...", False, objid in context
            if objid in context:
                return _recursion(object), False, True
            context[objid] = 1
            readable = True
            recursive = False
            components = []
            append = components.append
            level += 1
            for o in object:
                orepr, oreadable, orecur = self.format(o, context, maxlevels, level)
                append(orepr)
                if not oreadable:
                    readable = False
                if orecur:
                    recursive = True
            del context[objid]
            return format % ", ".join(components), readable, recursive
        rep = repr(object)
        return rep, (rep and not rep.startswith('<')), False


def _dc_fields(object):
    import dataclasses
    return dataclasses.fields(object)


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex if False else float, bool, type(None)})


def _recursion(object):
    return ("<Recursion on %s with id=%s>" % (type(object).__name__, id(object)))


def _wrap_bytes_repr(object, width, allowance):
    current = b''
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i: i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                yield repr(current)
            current = part
        else:
            current = candidate
    if current:
        yield repr(current)
`;

/** Source of the queue module. */
export const queueSource = String.raw`"""A multi-producer, multi-consumer queue (single-threaded here)."""
from collections import deque
import heapq

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    pass


class Full(Exception):
    pass


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        pass

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue(Queue):
    pass
`;

/** Source of the struct module. */
export const structSource = String.raw`"""Interpret bytes as packed binary data."""
__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8,
          'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
_STD_SIZES = dict(_SIZES, l=4, L=4)


def _parse(fmt):
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    order = '@'
    if fmt and fmt[0] in '@=<>!':
        order = fmt[0]
        fmt = fmt[1:]
    native = order == '@'
    sizes = _SIZES if native else _STD_SIZES
    items = []
    offset = 0
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        while c.isdigit():
            count = (count or 0) * 10 + int(c)
            i += 1
            if i >= len(fmt):
                raise error('repeat count given without format specifier')
            c = fmt[i]
        if c not in sizes or (not native and c in 'nNP'):
            raise error('bad char in struct format')
        size = sizes[c]
        if native and c not in 'sp' and size > 1:
            offset = (offset + size - 1) // size * size
        if c in 'sp':
            items.append((c, count if count is not None else 1, offset))
            offset += count if count is not None else 1
        else:
            for _ in range(count if count is not None else 1):
                if native and size > 1:
                    offset = (offset + size - 1) // size * size
                items.append((c, 1, offset))
                offset += size
        i += 1
    byteorder = 'big' if order in '>!' else 'little'
    return items, offset, byteorder, native


def calcsize(fmt):
    return _parse(fmt)[1]


def _float_bits(v, size):
    import math
    if size == 8:
        return _double_to_bits(v)
    if size == 4:
        return _to_small_float(v, 8, 23)
    return _to_small_float(v, 5, 10)


def _double_to_bits(v):
    import math
    if v != v:
        return 0x7ff8000000000000
    sign = 1 if math.copysign(1.0, v) < 0 else 0
    v = abs(v)
    if v == float('inf'):
        return (sign << 63) | (0x7ff << 52)
    if v == 0:
        return sign << 63
    m, e = math.frexp(v)
    e -= 1
    m *= 2
    if e < -1022:
        mant = int(round(v / 2.0 ** -1074))
        return (sign << 63) | mant
    mant = int((m - 1) * (1 << 52))
    return (sign << 63) | ((e + 1023) << 52) | mant


def _to_small_float(v, ebits, mbits):
    import math
    bias = (1 << (ebits - 1)) - 1
    if v != v:
        return ((1 << ebits) - 1) << mbits | (1 << (mbits - 1))
    sign = 1 if math.copysign(1.0, v) < 0 else 0
    v = abs(v)
    if v == float('inf'):
        return (sign << (ebits + mbits)) | (((1 << ebits) - 1) << mbits)
    if v == 0:
        return sign << (ebits + mbits)
    m, e = math.frexp(v)
    e -= 1
    if e + bias <= 0:
        mant = round(v / 2.0 ** (1 - bias - mbits))
        return (sign << (ebits + mbits)) | mant
    mant = round((m * 2 - 1) * (1 << mbits))
    if mant == 1 << mbits:
        mant = 0
        e += 1
    if e + bias >= (1 << ebits) - 1:
        raise OverflowError('float too large to pack with %s format' % ('f' if ebits == 8 else 'e'))
    return (sign << (ebits + mbits)) | ((e + bias) << mbits) | mant


def _bits_to_float(bits, ebits, mbits):
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    e = (bits >> mbits) & ((1 << ebits) - 1)
    m = bits & ((1 << mbits) - 1)
    bias = (1 << (ebits - 1)) - 1
    if e == (1 << ebits) - 1:
        return sign * float('inf') if m == 0 else float('nan')
    if e == 0:
        return sign * m * 2.0 ** (1 - bias - mbits)
    return sign * (1 + m / (1 << mbits)) * 2.0 ** (e - bias)


def pack(fmt, *values):
    items, size, order, native = _parse(fmt)
    nvals = sum(1 for c, n, o in items if c != 'x')
    if len(values) != nvals:
        raise error('pack expected %d items for packing (got %d)' % (nvals, len(values)))
    out = bytearray(size)
    vi = 0
    for c, n, off in items:
        if c == 'x':
            continue
        v = values[vi]
        vi += 1
        sz = (_SIZES if native else _STD_SIZES)[c]
        if c in 'sp':
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for 's' must be a bytes object")
            data = bytes(v)[:n] if c == 's' else bytes([min(len(v), n - 1)]) + bytes(v)[:n - 1]
            out[off:off + len(data)] = data
        elif c == 'c':
            if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                raise error('char format requires a bytes object of length 1')
            out[off] = v[0]
        elif c == '?':
            out[off] = 1 if v else 0
        elif c in 'efd':
            if not isinstance(v, (int, float)):
                raise error('required argument is not a float')
            bits = _float_bits(float(v), sz)
            out[off:off + sz] = bits.to_bytes(sz, order)
        else:
            if not isinstance(v, int):
                raise error('required argument is not an integer')
            signed = c in 'bhilqn'
            lo = -(1 << (8 * sz - 1)) if signed else 0
            hi = (1 << (8 * sz - 1)) - 1 if signed else (1 << (8 * sz)) - 1
            if not lo <= v <= hi:
                if (not signed and v < 0) or sz == 8:
                    raise error('argument out of range')
                if c in 'bB':
                    raise error("byte format requires %d <= number <= %d" % (lo, hi) if signed else "ubyte format requires 0 <= number <= 255")
                raise error("'%s' format requires %d <= number <= %d" % (c, lo, hi))
            out[off:off + sz] = v.to_bytes(sz, order, signed=signed)
    return bytes(out)


def unpack(fmt, buffer):
    items, size, order, native = _parse(fmt)
    buffer = bytes(buffer)
    if len(buffer) != size:
        raise error('unpack requires a buffer of %d bytes' % size)
    return _unpack(items, order, native, buffer, 0)


def _unpack(items, order, native, buffer, base):
    out = []
    for c, n, off in items:
        off += base
        sz = (_SIZES if native else _STD_SIZES)[c]
        if c == 'x':
            continue
        if c == 's':
            out.append(buffer[off:off + n])
        elif c == 'p':
            ln = min(buffer[off], n - 1)
            out.append(buffer[off + 1:off + 1 + ln])
        elif c == 'c':
            out.append(buffer[off:off + 1])
        elif c == '?':
            out.append(buffer[off] != 0)
        elif c == 'd':
            out.append(_bits_to_float(int.from_bytes(buffer[off:off + 8], order), 11, 52))
        elif c == 'f':
            out.append(_bits_to_float(int.from_bytes(buffer[off:off + 4], order), 8, 23))
        elif c == 'e':
            out.append(_bits_to_float(int.from_bytes(buffer[off:off + 2], order), 5, 10))
        else:
            out.append(int.from_bytes(buffer[off:off + sz], order, signed=c in 'bhilqn'))
    return tuple(out)


def unpack_from(fmt, buffer, offset=0):
    items, size, order, native = _parse(fmt)
    buffer = bytes(buffer)
    if len(buffer) - offset < size:
        raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)' % (size + offset, size, offset, len(buffer)))
    return _unpack(items, order, native, buffer, offset)


def iter_unpack(fmt, buffer):
    size = calcsize(fmt)
    buffer = bytes(buffer)
    if size == 0 or len(buffer) % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    for i in range(0, len(buffer), size):
        yield unpack(fmt, buffer[i:i + size])


def pack_into(fmt, buffer, offset, *values):
    data = pack(fmt, *values)
    buffer[offset:offset + len(data)] = data


class Struct:
    def __init__(self, format):
        self.format = format
        self.size = calcsize(format)

    def pack(self, *values):
        return pack(self.format, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)
`;

/** Source of the textwrap module. */
export const textwrapSource = String.raw`"""Text wrapping and filling."""
import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


class TextWrapper:
    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    word_punct = r'[\w!"\'&.,?]'
    letter = r'[^\d\W]'
    whitespace = r'[%s]' % re.escape(_whitespace)
    nowhitespace = '[^' + whitespace[1:]
    wordsep_re = re.compile(r'''
        ( # any whitespace
          %(ws)s+
        | # em-dash between words
          (?<=%(wp)s) -{2,} (?=\w)
        | # word, possibly hyphenated
          %(nws)s+? (?:
            # hyphenated word
              -(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-))
              (?= %(lt)s -? %(lt)s)
            | # end of word
              (?=%(ws)s|\Z)
            | # em-dash
              (?<=%(wp)s) (?=-{2,}\w)
            )
        )''' % {'wp': word_punct, 'lt': letter,
               'ws': whitespace, 'nws': nowhitespace},
        re.VERBOSE)
    del word_punct, letter, nowhitespace

    wordsep_simple_re = re.compile(r'(%s+)' % whitespace)
    del whitespace

    sentence_end_re = re.compile(r'[a-z]'
                                 r'[\.\!\?]'
                                 r'[\"\']?'
                                 r'\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            chunks = self.wordsep_re.split(text)
        else:
            chunks = self.wordsep_simple_re.split(text)
        chunks = [c for c in chunks if c]
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        patsearch = self.sentence_end_re.search
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and patsearch(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and
                         len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


_whitespace_only_re = re.compile('^[ \t]+$', re.MULTILINE)
_leading_whitespace_re = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def dedent(text):
    margin = None
    text = _whitespace_only_re.sub('', text)
    indents = _leading_whitespace_re.findall(text)
    for indent in indents:
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        text = re.sub(r'(?m)^' + margin, '', text)
    return text


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        for line in text.splitlines(True):
            yield (prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines())
`;

/** Source of the time module. */
export const timeSource = String.raw`"""Time access and conversions."""
from _time import time, time_ns, perf_counter, perf_counter_ns, monotonic, monotonic_ns, process_time, sleep, _local_offset

_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time(tuple):
    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __new__(cls, seq, zone=None, gmtoff=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)")
        self = tuple.__new__(cls, seq[:9])
        self._zone = zone if len(seq) < 10 else seq[9]
        self._gmtoff = gmtoff if len(seq) < 11 else seq[10]
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        return 'time.struct_time(' + ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self)) + ')'

    def __reduce__(self):
        return (struct_time, (tuple(self),))


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _civil(days):
    z = days + 719468
    era = (z if z >= 0 else z - 146096) // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + (m <= 2), m, d)


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


_CUM = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]


def _breakdown(secs, isdst, zone, gmtoff):
    days, rem = divmod(secs, 86400)
    y, m, d = _civil(days)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + 3) % 7
    yday = _CUM[m - 1] + d + (m > 2 and _is_leap(y))
    return struct_time((y, m, d, hh, mm, ss, wday, yday, isdst), zone, gmtoff)


def gmtime(secs=None):
    if secs is None:
        secs = time()
    return _breakdown(int(secs // 1), 0, 'UTC', 0)


def localtime(secs=None):
    if secs is None:
        secs = time()
    off = _local_offset(secs)
    return _breakdown(int(secs // 1) + off, 0, tzname[0], off)


def mktime(t):
    secs = _days_from_civil(t[0], t[1], 1) * 86400 + (t[2] - 1) * 86400 + t[3] * 3600 + t[4] * 60 + t[5]
    return float(secs - _local_offset(secs))


def _timegm(t):
    return _days_from_civil(t[0], t[1], 1) * 86400 + (t[2] - 1) * 86400 + t[3] * 3600 + t[4] * 60 + t[5]


def asctime(t=None):
    if t is None:
        t = localtime()
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[t[6]], _MONTHNAMES[t[1]], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    if t is None:
        t = localtime()
    import datetime as _dt

    class _Obj:
        microsecond = 0

        def utcoffset(self):
            off = getattr(t, 'tm_gmtoff', None)
            return None if off is None else _dt.timedelta(seconds=off)

        def tzname(self):
            return getattr(t, 'tm_zone', None)
    return _dt._wrap_strftime(_Obj(), format, tuple(t))


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    import datetime as _dt
    y, m, d, hh, mm, ss, frac, gmtoff = _dt._strptime(data_string, format)
    wday = (_days_from_civil(y, m, d) + 3) % 7
    yday = _CUM[m - 1] + d + (m > 2 and _is_leap(y))
    return struct_time((y, m, d, hh, mm, ss, wday, yday, -1))


timezone = -_local_offset(0)
altzone = timezone
daylight = 0
tzname = ('UTC', 'UTC') if timezone == 0 else ('LOCAL', 'LOCAL')


def get_clock_info(name):
    raise ValueError('unknown clock')
`;

/** Source of the types module. */
export const typesSource = String.raw`"""Names of the interpreter's types."""
import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
SimpleNamespace = None


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame) if _e.__traceback__ is not None and hasattr(_e.__traceback__, 'tb_frame') else None

GenericAlias = type(list[int])
UnionType = type(int | str)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
GetSetDescriptorType = type(FunctionType.__dict__['__code__']) if '__code__' in FunctionType.__dict__ else None
MemberDescriptorType = GetSetDescriptorType
CellType = None


class SimpleNamespace:
    def __init__(self, mapping=None, /, **kwargs):
        if mapping is not None:
            self.__dict__.update(mapping)
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return f"{name}({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    meta = (kwds or {}).get('metaclass', type)
    return meta(name, tuple(bases), ns)


def resolve_bases(bases):
    return tuple(bases)


class DynamicClassAttribute(property):
    pass


def coroutine(func):
    return func
`;

/** Source of the warnings module. */
export const warningsSource = String.raw`"""Python part of the warnings subsystem."""
import sys

filters = []
defaultaction = "default"
onceregistry = {}
_seen = set()


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" %
                (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    return f"{filename}:{lineno}: {category.__name__}: {message}\n"


def showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


def _action_for(category, message):
    for action, msg, cat, mod, lineno in filters:
        if (msg is None or msg.match(str(message))) and issubclass(category, cat):
            return action
    return defaultaction


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    action = _action_for(category, message)
    if action == "ignore":
        return
    if action == "error":
        if isinstance(message, Warning):
            raise message
        raise category(message)
    key = (str(message), category)
    if action in ("default", "once", "module") and key in _seen:
        return
    _seen.add(key)
    for log in _logs:
        log.append(WarningMessage(message if isinstance(message, Warning) else category(message), category, "<string>", 0))
        return
    showwarning(message, category, sys.argv[0] if sys.argv and sys.argv[0] else "<string>", 0)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None):
    warn(message, category)


class _Pattern:
    def __init__(self, text):
        self.text = text

    def match(self, s):
        import re
        return re.match(self.text, s, re.I)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    item = (action, _Pattern(message) if message else None, category, module, lineno)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def simplefilter(action, category=Warning, lineno=0, append=False):
    item = (action, None, category, None, lineno)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)


def resetwarnings():
    filters[:] = []


_logs = []


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._action = action
        self._category = category

    def __enter__(self):
        self._filters = filters[:]
        self._seen = set(_seen)
        _seen.clear()
        if self._action is not None:
            simplefilter(self._action, self._category)
        if self._record:
            log = []
            _logs.insert(0, log)
            self._log = log
            return log
        return None

    def __exit__(self, *exc_info):
        filters[:] = self._filters
        _seen.clear()
        _seen.update(self._seen)
        if self._record:
            _logs.remove(self._log)
`;

/** Source of the weakref module. */
export const weakrefSource = String.raw`"""Weak references: a target dies where CPython would free it (see vm/finalize.ts), then its
references return None and their callbacks run."""
import _weakref
from collections.abc import MutableMapping as _MutableMapping, MutableSet as _MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize", "KeyedRef"]

_NOT_WEAKREFABLE = (int, str, tuple, list, dict, type(None), bool, float, bytes, complex)


class ref:
    __slots__ = ('_cell', '_callback', '_hash', '__weakref__', '__dict__')

    def __init__(self, obj, callback=None):
        if type(obj) in _NOT_WEAKREFABLE:
            raise TypeError(f"cannot create weak reference to '{type(obj).__name__}' object")
        self._callback = callback
        self._hash = None
        self._cell = _weakref.cell(obj, self, callback)

    def __call__(self):
        return _weakref.get(self._cell)

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        if self._hash is None:
            o = self()
            if o is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(o)
        return self._hash

    def __repr__(self):
        o = self()
        if o is None:
            return f"<weakref at {hex(id(self))}; dead>"
        return f"<weakref at {hex(id(self))}; to '{type(o).__name__}' at {hex(id(o))}>"

    @property
    def __callback__(self):
        return self._callback


ReferenceType = ref


class KeyedRef(ref):
    __slots__ = ('key',)

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
        self.key = key


class WeakMethod(ref):
    __slots__ = ('_func_ref', '_meth_type')

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        super().__init__(obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)


def _dead():
    raise ReferenceError('weakly-referenced object no longer exists')


class ProxyType:
    """A weak proxy: attribute access and operators go to the referent while it lives."""
    __slots__ = ('_ref',)

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_ref', ref(obj, None if callback is None else (lambda r: callback(self))))

    def _target(self):
        o = object.__getattribute__(self, '_ref')()
        if o is None:
            _dead()
        return o

    def __getattr__(self, name):
        return getattr(self._target(), name)

    def __setattr__(self, name, value):
        setattr(self._target(), name, value)

    def __delattr__(self, name):
        delattr(self._target(), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_ref')()
        return '<weakproxy at %s; to %s>' % (hex(id(self)), 'dead' if o is None else "'%s' at %s" % (type(o).__name__, hex(id(o))))

    def __str__(self):
        return str(self._target())

    def __bool__(self):
        return bool(self._target())

    def __len__(self):
        return len(self._target())

    def __iter__(self):
        return iter(self._target())

    def __contains__(self, item):
        return item in self._target()

    def __getitem__(self, key):
        return self._target()[key]

    def __setitem__(self, key, value):
        self._target()[key] = value

    def __eq__(self, other):
        return self._target() == other

    def __lt__(self, other):
        return self._target() < other

    def __add__(self, other):
        return self._target() + other

    def __sub__(self, other):
        return self._target() - other

    def __mul__(self, other):
        return self._target() * other

    __hash__ = None


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return self._target()(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    if type(obj) in _NOT_WEAKREFABLE:
        raise TypeError(f"cannot create weak reference to '{type(obj).__name__}' object")
    return (CallableProxyType if callable(obj) else ProxyType)(obj, callback)


def getweakrefcount(obj):
    return _weakref.count(obj)


def getweakrefs(obj):
    return _weakref.refs(obj)


class WeakValueDictionary(_MutableMapping):
    def __init__(self, other=(), /, **kw):
        self.data = {}

        def remove(wr):
            if self.data.get(wr.key) is wr:
                del self.data[wr.key]
        self._remove = remove
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return sum(1 for wr in self.data.values() if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))


class WeakKeyDictionary(_MutableMapping):
    def __init__(self, dict=None):
        self.data = {}

        def remove(k):
            self.data.pop(k, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return sum(1 for k in self.data if k() is not None)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def keyrefs(self):
        return list(self.data)

    def copy(self):
        return WeakKeyDictionary(self.items())

    __copy__ = copy

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))


class WeakSet(_MutableSet):
    def __init__(self, data=None):
        self.data = set()

        def remove(item):
            self.data.discard(item)
        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def copy(self):
        return WeakSet(self)

    def __repr__(self):
        return repr(self.data)


class finalize:
    """Calls func(*args, **kwargs) when obj dies, or at exit (atexit=True) if it is still alive."""
    _registry = {}
    _index = 0
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        self._func = func
        self._args = args
        self._kwargs = kwargs or {}
        self.atexit = True
        finalize._index += 1
        self._order = finalize._index
        self._ref = ref(obj, self)
        finalize._registry[self] = None

    def __call__(self, _=None):
        if finalize._registry.pop(self, 0) is None:
            return self._func(*self._args, **self._kwargs)

    def detach(self):
        obj = self._ref()
        if obj is not None and finalize._registry.pop(self, 0) is None:
            return (obj, self._func, self._args, self._kwargs)

    def peek(self):
        obj = self._ref()
        if obj is not None and self in finalize._registry:
            return (obj, self._func, self._args, self._kwargs)

    @property
    def alive(self):
        return self in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        pending = sorted((f for f in cls._registry if f.atexit), key=lambda f: f._order)
        for f in reversed(pending):
            f()
`;
