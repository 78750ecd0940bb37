// Small pure-Python standard modules: string, copy, typing, abc.

/** Source of the string module. */
export const stringSource = String.raw`"""Common string constants and capwords."""
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_` + "`" + String.raw`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _sub(self, mapping, safe):
        out = []
        s = self.template
        i = 0
        while i < len(s):
            c = s[i]
            if c == '$' and i + 1 < len(s):
                if s[i + 1] == '$':
                    out.append('$')
                    i += 2
                    continue
                j = i + 1
                braced = s[j] == '{'
                if braced:
                    j += 1
                k = j
                while k < len(s) and (s[k].isalnum() or s[k] == '_'):
                    k += 1
                name = s[j:k]
                if braced:
                    k += 1
                if name in mapping:
                    out.append(str(mapping[name]))
                elif safe:
                    out.append(s[i:k])
                else:
                    raise KeyError(name)
                i = k
                continue
            out.append(c)
            i += 1
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        m = dict(mapping or {}, **kws)
        return self._sub(m, False)

    def safe_substitute(self, mapping=None, /, **kws):
        m = dict(mapping or {}, **kws)
        return self._sub(m, True)
`;

/** Source of the copy module. */
export const copySource = String.raw`"""Shallow and deep copy operations."""


class Error(Exception):
    pass


def copy(x):
    cls = type(x)
    if cls in (int, float, bool, str, tuple, frozenset, type, range, bytes) or x is None:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    cp = getattr(x, '__copy__', None)
    if cp is not None:
        return cp()
    if isinstance(x, (list, dict, set)):
        new = cls.__new__(cls)
        if isinstance(x, list):
            new.extend(x)
        elif isinstance(x, dict):
            new.update(x)
        else:
            new.update(x)
        if hasattr(x, '__dict__'):
            new.__dict__.update(x.__dict__)
        return new
    new = object.__new__(cls)
    if hasattr(x, '__dict__'):
        new.__dict__.update(x.__dict__)
    return new


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if cls in (int, float, bool, str, type, range, bytes, frozenset) or x is None or callable(x) and not hasattr(x, '__dict__') and cls is not list:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    if cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        memo[d] = y
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set:
        y = set(deepcopy(a, memo) for a in x)
        memo[d] = y
        return y
    dc = getattr(x, '__deepcopy__', None)
    if dc is not None:
        y = dc(memo)
        memo[d] = y
        return y
    if isinstance(x, tuple):
        y = cls(*[deepcopy(a, memo) for a in x]) if hasattr(cls, '_fields') else cls(deepcopy(a, memo) for a in x)
        memo[d] = y
        return y
    if isinstance(x, (list, dict, set)):
        y = cls.__new__(cls)
        memo[d] = y
        if isinstance(x, list):
            y.extend(deepcopy(a, memo) for a in x)
        elif isinstance(x, dict):
            for k, v in x.items():
                y[deepcopy(k, memo)] = deepcopy(v, memo)
        else:
            y.update(deepcopy(a, memo) for a in x)
    else:
        y = object.__new__(cls)
        memo[d] = y
    if hasattr(x, '__dict__'):
        for k, v in x.__dict__.items():
            setattr(y, k, deepcopy(v, memo))
    return y
`;

/** Source of the typing module (annotations only: the names exist and subscript to themselves). */
export const typingSource = String.raw`"""Type hints: enough of typing for annotated programs to run."""


class _Special:
    def __init__(self, name, args=()):
        self._name = name
        self.__args__ = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Special(self._name, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type {self._name} cannot be instantiated")

    def __repr__(self):
        if self.__args__:
            return f"typing.{self._name}[{', '.join(_r(a) for a in self.__args__)}]"
        return f"typing.{self._name}"

    def __or__(self, other):
        return _Special('Union', (self, other))

    def __ror__(self, other):
        return _Special('Union', (other, self))

    def __eq__(self, other):
        return isinstance(other, _Special) and self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self._name)


def _r(a):
    if isinstance(a, type):
        return a.__name__ if a.__module__ == 'builtins' else f"{a.__module__}.{a.__qualname__}"
    if a is None or a is type(None):
        return 'None'
    return repr(a)


Any = _Special('Any')
Union = _Special('Union')
Optional = _Special('Optional')
List = _Special('List')
Dict = _Special('Dict')
Set = _Special('Set')
FrozenSet = _Special('FrozenSet')
Tuple = _Special('Tuple')
Callable = _Special('Callable')
Iterable = _Special('Iterable')
Iterator = _Special('Iterator')
Generator = _Special('Generator')
Sequence = _Special('Sequence')
Mapping = _Special('Mapping')
MutableMapping = _Special('MutableMapping')
Type = _Special('Type')
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Literal = _Special('Literal')
NoReturn = _Special('NoReturn')
Deque = _Special('Deque')
DefaultDict = _Special('DefaultDict')
Counter = _Special('Counter')
TYPE_CHECKING = False


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return f"~{self.__name__}"


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol:
    def __class_getitem__(cls, params):
        return cls


class NamedTuple:
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def get_type_hints(obj):
    return dict(getattr(obj, '__annotations__', {}))
`;

/** Source of the abc module. */
export const abcSource = String.raw`"""Abstract base classes (simplified: abstract methods block instantiation)."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta(type):
    def __call__(cls, *args, **kwargs):
        abstract = sorted(name for name in dir(cls) if getattr(getattr(cls, name, None), '__isabstractmethod__', False))
        if abstract:
            s = 's' if len(abstract) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{s} {', '.join(abstract)}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        return subclass


class ABC(metaclass=ABCMeta):
    __slots__ = ()
`;

/** Source of collections.abc (structural checks: an object is Iterable if it has __iter__, ...). */
export const collectionsAbcSource = String.raw`"""Abstract base classes for containers, checked structurally."""


class _ABCMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls in getattr(sub, '__mro__', ()):
            return True
        for base in cls._registry:
            if base in getattr(sub, '__mro__', ()):
                return True
        if not cls._required:
            return False
        for name in cls._required:
            for k in sub.__mro__:
                d = vars(k)
                if name in d:
                    if d[name] is None:
                        return False
                    break
            else:
                return False
        return True

    def register(cls, sub):
        cls._registry.append(sub)
        return sub


def _abc(name, required, bases=(), registry=()):
    return _ABCMeta(name, bases, {'_required': required, '_registry': list(registry)})


Hashable = _abc('Hashable', ('__hash__',))
Iterable = _abc('Iterable', ('__iter__',))
Iterator = _abc('Iterator', ('__iter__', '__next__'))
Reversible = _abc('Reversible', ('__reversed__', '__iter__'))
Generator = _abc('Generator', ('send', 'throw', '__next__'))
Sized = _abc('Sized', ('__len__',))
Container = _abc('Container', ('__contains__',))
Callable = _abc('Callable', ('__call__',))
Collection = _abc('Collection', ('__len__', '__iter__', '__contains__'))
Sequence = _abc('Sequence', (), registry=(list, tuple, str, range, bytes))
MutableSequence = _abc('MutableSequence', (), registry=(list,))
Mapping = _abc('Mapping', (), registry=(dict,))
MutableMapping = _abc('MutableMapping', (), registry=(dict,))
Set = _abc('Set', (), registry=(set, frozenset))
MutableSet = _abc('MutableSet', (), registry=(set,))
KeysView = _abc('KeysView', (), registry=(type({}.keys()),))
ValuesView = _abc('ValuesView', (), registry=(type({}.values()),))
ItemsView = _abc('ItemsView', (), registry=(type({}.items()),))
`;
