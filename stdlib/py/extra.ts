// More pure-Python standard modules: dataclasses, enum, json, statistics.

/** Source of the dataclasses module. */
export const dataclassesSource = String.raw`"""Data classes: generated __init__, __repr__, __eq__ and ordering from annotations."""


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True, hash=None, kw_only=False):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare
        self.hash = hash
        self.kw_only = kw_only

    def __repr__(self):
        return f"Field(name={self.name!r},default={self.default!r})"


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, compare=True, hash=None, kw_only=False):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, compare, hash, kw_only)


def fields(obj):
    return tuple(f for f in obj.__dataclass_fields__.values())


def asdict(obj):
    if hasattr(type(obj), '__dataclass_fields__'):
        return {f.name: asdict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, list):
        return [asdict(v) for v in obj]
    if isinstance(obj, tuple):
        return type(obj)(asdict(v) for v in obj)
    if isinstance(obj, dict):
        return {asdict(k): asdict(v) for k, v in obj.items()}
    return obj


def astuple(obj):
    if hasattr(type(obj), '__dataclass_fields__'):
        return tuple(astuple(getattr(obj, f.name)) for f in fields(obj))
    if isinstance(obj, list):
        return [astuple(v) for v in obj]
    return obj


def replace(obj, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _process(cls, init, repr, eq, order, frozen, unsafe_hash, kw_only_all):
    flds = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields:
            for f in base_fields.values():
                flds[f.name] = f
    anns = cls.__dict__.get('__annotations__', {})
    for name, typ in anns.items():
        if repr_type(typ).startswith('typing.ClassVar') or typ == 'ClassVar':
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
        else:
            f = Field(default=default)
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default)} for field {name} is not allowed: use default_factory")
        f.name = name
        f.type = typ
        if kw_only_all:
            f.kw_only = True
        flds[name] = f
    cls.__dataclass_fields__ = flds
    field_list = list(flds.values())

    if init:
        seen_default = False
        for f in field_list:
            if not f.init or f.kw_only:
                continue
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument '{f.name}' follows default argument")

        def __init__(self, *args, **kwargs):
            positional = [f for f in field_list if f.init and not f.kw_only]
            if len(args) > len(positional):
                raise TypeError(f"{cls.__qualname__}.__init__() takes {len(positional) + 1} positional arguments but {len(args) + 1} were given")
            values = {}
            for f, v in zip(positional, args):
                values[f.name] = v
            for k, v in kwargs.items():
                if k in values:
                    raise TypeError(f"{cls.__qualname__}.__init__() got multiple values for argument '{k}'")
                if k not in flds or not flds[k].init:
                    raise TypeError(f"{cls.__qualname__}.__init__() got an unexpected keyword argument '{k}'")
                values[k] = v
            missing = []
            for f in field_list:
                if f.name in values:
                    continue
                if f.default is not MISSING:
                    values[f.name] = f.default
                elif f.default_factory is not MISSING:
                    values[f.name] = f.default_factory()
                elif f.init:
                    missing.append(f.name)
            if missing:
                s = 's' if len(missing) > 1 else ''
                quoted = ["'" + m + "'" for m in missing]
                names = ', '.join(quoted[:-1]) + (' and ' if len(missing) > 1 else '') + quoted[-1]
                raise TypeError(f"{cls.__qualname__}.__init__() missing {len(missing)} required positional argument{s}: {names}")
            for f in field_list:
                if f.name in values:
                    object.__setattr__(self, f.name, values[f.name])
            post = getattr(self, '__post_init__', None)
            if post is not None:
                post()
        if '__init__' not in cls.__dict__:
            cls.__init__ = __init__

    if repr and '__repr__' not in cls.__dict__:
        def __repr__(self):
            inner = ', '.join(f"{f.name}={getattr(self, f.name)!r}" for f in field_list if f.repr)
            return f"{type(self).__qualname__}({inner})"
        cls.__repr__ = __repr__

    def _key(self):
        return tuple(getattr(self, f.name) for f in field_list if f.compare)

    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _key(self) == _key(other)
            return NotImplemented
        cls.__eq__ = __eq__
        if not unsafe_hash and not frozen:
            cls.__hash__ = None

    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b), ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            def method(self, other, op=op):
                if other.__class__ is self.__class__:
                    return op(_key(self), _key(other))
                return NotImplemented
            method.__name__ = name
            setattr(cls, name, method)

    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError(f"cannot assign to field '{name}'")

        def __delattr__(self, name):
            raise FrozenInstanceError(f"cannot delete field '{name}'")
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    if (frozen and eq) or unsafe_hash:
        def __hash__(self):
            return hash(_key(self))
        cls.__hash__ = __hash__
    cls.__match_args__ = tuple(f.name for f in field_list if f.init and not f.kw_only)
    return cls


def repr_type(t):
    return t if isinstance(t, str) else repr(t)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    def wrap(c):
        return _process(c, init, repr, eq, order, frozen, unsafe_hash, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)
`;

/** Source of the enum module. */
export const enumSource = String.raw`"""Enumerations (Enum, IntEnum, Flag basics, auto, unique)."""


class auto:
    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter
        self.value = None


class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = []
        for key, value in list(ns.items()):
            if key.startswith('_') or callable(value) and not isinstance(value, auto) or isinstance(value, (staticmethod, classmethod, property)):
                continue
            members.append((key, value))
        for key, _ in members:
            del ns[key]
        cls = super().__new__(mcls, name, bases, ns)
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._member_names_ = []
        last = 0
        base_is_int = any(issubclass(b, int) for b in bases if b is not Enum)
        for key, value in members:
            if isinstance(value, auto):
                value = last + 1
            if isinstance(value, int) and not isinstance(value, bool):
                last = value
            if value in cls._value2member_map_:
                member = cls._value2member_map_[value]
                cls._member_map_[key] = member
                continue
            member = int.__new__(cls, value) if base_is_int else object.__new__(cls)
            member._name_ = key
            member._value_ = value
            cls._member_map_[key] = member
            cls._value2member_map_[value] = member
            cls._member_names_.append(key)
        for key, member in cls._member_map_.items():
            type.__setattr__(cls, key, member)
        return cls

    def __call__(cls, value, *args):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}") from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[n] for n in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[n] for n in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        return isinstance(member, cls) and member._name_ in cls._member_map_

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"


class Enum(metaclass=EnumMeta):
    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self._name_}"

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)


class IntEnum(int, Enum):
    __repr__ = Enum.__repr__

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, Enum) else other)

    def __lt__(self, other):
        return self._value_ < (other._value_ if isinstance(other, Enum) else other)

    def __hash__(self):
        return hash(self._value_)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __add__(self, o): return self._value_ + o
    def __radd__(self, o): return o + self._value_
    def __sub__(self, o): return self._value_ - o
    def __rsub__(self, o): return o - self._value_
    def __mul__(self, o): return self._value_ * o
    def __rmul__(self, o): return o * self._value_
    def __le__(self, o): return self._value_ <= (o._value_ if isinstance(o, Enum) else o)
    def __gt__(self, o): return self._value_ > (o._value_ if isinstance(o, Enum) else o)
    def __ge__(self, o): return self._value_ >= (o._value_ if isinstance(o, Enum) else o)


class Flag(Enum):
    pass


def unique(enumeration):
    seen = {}
    for name, member in enumeration.__members__.items():
        if name != member.name:
            raise ValueError(f"duplicate values found in {enumeration!r}: {name} -> {member.name}")
    return enumeration
`;

/** Source of the json module. */
export const jsonSource = String.raw`"""JSON encoding and decoding with CPython's formatting."""


class JSONDecodeError(ValueError):
    __module__ = "json.decoder"

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        super().__init__(f"{msg}: line {lineno} column {colno} (char {pos})")
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        if ch in _ESC:
            out.append(_ESC[ch])
        elif ord(ch) < 0x20 or (ensure_ascii and ord(ch) > 0x7e):
            n = ord(ch)
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _float_repr(o):
    if o != o:
        return 'NaN'
    if o == float('inf'):
        return 'Infinity'
    if o == float('-inf'):
        return '-Infinity'
    return repr(o)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    if separators is None:
        item_sep, key_sep = (', ', ': ') if indent is None else (',', ': ')
    else:
        item_sep, key_sep = separators

    def enc(o, level):
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, str):
            return _encode_str(o, ensure_ascii)
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            if not allow_nan and (o != o or o in (float('inf'), float('-inf'))):
                raise ValueError("Out of range float values are not JSON compliant")
            return _float_repr(o)
        if isinstance(o, (list, tuple)):
            if not o:
                return '[]'
            if indent is None:
                return '[' + item_sep.join(enc(v, level + 1) for v in o) + ']'
            pad = '\n' + indent * (level + 1)
            return '[' + pad + (item_sep + pad).join(enc(v, level + 1) for v in o) + '\n' + indent * level + ']'
        if isinstance(o, dict):
            if not o:
                return '{}'
            items = list(o.items())
            if sort_keys:
                items.sort(key=lambda kv: kv[0])
            parts = []
            for k, v in items:
                if isinstance(k, str):
                    ks = k
                elif isinstance(k, bool) or k is None:
                    ks = {True: 'true', False: 'false', None: 'null'}[k]
                elif isinstance(k, int):
                    ks = str(k)
                elif isinstance(k, float):
                    ks = _float_repr(k)
                elif skipkeys:
                    continue
                else:
                    raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")
                parts.append(_encode_str(ks, ensure_ascii) + key_sep + enc(v, level + 1))
            if indent is None:
                return '{' + item_sep.join(parts) + '}'
            pad = '\n' + indent * (level + 1)
            return '{' + pad + (item_sep + pad).join(parts) + '\n' + indent * level + '}'
        if default is not None:
            return enc(default(o), level)
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
    return enc(obj, 0)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


def loads(s, *, object_hook=None, parse_float=None, parse_int=None, object_pairs_hook=None, **kw):
    pos = 0
    n = len(s)

    def ws():
        nonlocal pos
        while pos < n and s[pos] in ' \t\n\r':
            pos += 1

    def value():
        nonlocal pos
        ws()
        if pos >= n:
            raise JSONDecodeError("Expecting value", s, pos)
        c = s[pos]
        if c == '{':
            pos += 1
            pairs = []
            ws()
            if pos < n and s[pos] == '}':
                pos += 1
                return _obj(pairs)
            while True:
                ws()
                if pos >= n or s[pos] != '"':
                    raise JSONDecodeError("Expecting property name enclosed in double quotes", s, pos)
                k = string()
                ws()
                if pos >= n or s[pos] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, pos)
                pos += 1
                pairs.append((k, value()))
                ws()
                if pos < n and s[pos] == ',':
                    pos += 1
                    continue
                if pos < n and s[pos] == '}':
                    pos += 1
                    return _obj(pairs)
                raise JSONDecodeError("Expecting ',' delimiter", s, pos)
        if c == '[':
            pos += 1
            out = []
            ws()
            if pos < n and s[pos] == ']':
                pos += 1
                return out
            while True:
                out.append(value())
                ws()
                if pos < n and s[pos] == ',':
                    pos += 1
                    continue
                if pos < n and s[pos] == ']':
                    pos += 1
                    return out
                raise JSONDecodeError("Expecting ',' delimiter", s, pos)
        if c == '"':
            return string()
        for lit, val in (('null', None), ('true', True), ('false', False), ('NaN', float('nan')), ('Infinity', float('inf')), ('-Infinity', float('-inf'))):
            if s.startswith(lit, pos):
                pos += len(lit)
                return val
        start = pos
        if c == '-':
            pos += 1
        if pos < n and s[pos] == '0':
            pos += 1
        else:
            while pos < n and s[pos].isdigit():
                pos += 1
        is_float = False
        if pos < n and s[pos] == '.':
            is_float = True
            pos += 1
            while pos < n and s[pos].isdigit():
                pos += 1
        if pos < n and s[pos] in 'eE':
            is_float = True
            pos += 1
            if pos < n and s[pos] in '+-':
                pos += 1
            while pos < n and s[pos].isdigit():
                pos += 1
        text = s[start:pos]
        if text in ('', '-'):
            raise JSONDecodeError("Expecting value", s, start)
        if is_float:
            return parse_float(text) if parse_float else float(text)
        return parse_int(text) if parse_int else int(text)

    def _obj(pairs):
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs)
        d = dict(pairs)
        return object_hook(d) if object_hook is not None else d

    def string():
        nonlocal pos
        pos += 1
        out = []
        while True:
            if pos >= n:
                raise JSONDecodeError("Unterminated string starting at", s, pos)
            c = s[pos]
            if c == '"':
                pos += 1
                return ''.join(out)
            if c == '\\':
                e = s[pos + 1]
                if e == 'u':
                    code = int(s[pos + 2:pos + 6], 16)
                    pos += 6
                    if 0xd800 <= code < 0xdc00 and s[pos:pos + 2] == '\\u':
                        low = int(s[pos + 2:pos + 6], 16)
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                        pos += 6
                    out.append(chr(code))
                    continue
                out.append({'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f', '/': '/', '\\': '\\', '"': '"'}[e])
                pos += 2
                continue
            out.append(c)
            pos += 1

    result = value()
    ws()
    if pos != n:
        raise JSONDecodeError("Extra data", s, pos)
    return result


def load(fp, **kw):
    return loads(fp.read(), **kw)
`;

/** Source of the statistics module. */
export const statisticsSource = String.raw`"""Basic statistics."""
import math


class StatisticsError(ValueError):
    pass


def mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('mean requires at least one data point')
    total = sum(data)
    n = len(data)
    if all(isinstance(x, int) for x in data):
        q, r = divmod(total, n)
        return q if r == 0 else total / n
    return total / n


def fmean(data):
    data = list(data)
    if not data:
        raise StatisticsError('fmean requires at least one data point')
    return math.fsum(data) / len(data)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    n = len(data)
    return data[n // 2] if n % 2 else data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data[len(data) // 2]


def mode(data):
    data = list(data)
    if not data:
        raise StatisticsError('no mode for empty data')
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    for x in data:
        if counts[x] == best:
            return x


def multimode(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    if not counts:
        return []
    best = max(counts.values())
    return [k for k, v in counts.items() if v == best]


def _ss(data, c=None):
    if c is None:
        c = mean(data)
    return sum((x - c) ** 2 for x in data)


def variance(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('variance requires at least two data points')
    return _ss(data, xbar) / (len(data) - 1)


def pvariance(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _ss(data, mu) / len(data)


def stdev(data, xbar=None):
    return math.sqrt(variance(data, xbar))


def pstdev(data, mu=None):
    return math.sqrt(pvariance(data, mu))
`;
