// More pure-Python standard modules: dataclasses, enum, json, statistics.

/** Source of the dataclasses module. */
export const dataclassesSource = String.raw`"""Data classes: generated __init__, __repr__, __eq__, ordering and hashing from annotations."""
import copy as _copy
import reprlib as _reprlib


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KW_ONLY_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


_FIELD = 'FIELD'
_FIELD_CLASSVAR = 'CLASSVAR'
_FIELD_INITVAR = 'INITVAR'


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def fields(class_or_instance):
    try:
        flds = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    else:
        return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _astuple_inner(getattr(obj, f.name), tuple_factory)
            result.append(value)
        return tuple_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    else:
        return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, '__dataclass_fields__').values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def _is_classvar(a_type):
    if isinstance(a_type, str):
        return a_type.startswith('ClassVar') or a_type.startswith('typing.ClassVar')
    r = repr(a_type)
    return r.startswith('typing.ClassVar')


def _is_initvar(a_type):
    if isinstance(a_type, str):
        return a_type.startswith('InitVar') or a_type.startswith('dataclasses.InitVar')
    return a_type is InitVar or type(a_type) is InitVar


def _is_kw_only(a_type):
    if isinstance(a_type, str):
        return a_type == 'KW_ONLY' or a_type == 'dataclasses.KW_ONLY'
    return a_type is KW_ONLY


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory')
    return f


def _set_qualname(cls, value):
    if callable(value):
        try:
            value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
        except (AttributeError, TypeError):
            pass
    return value


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _create_fn(name, args, body, globals, return_type=MISSING):
    txt = f"def {name}({', '.join(args)}):\n" + '\n'.join('  ' + b for b in body)
    ns = {}
    exec(txt, globals, ns)
    return ns[name]


def _field_init(f, frozen, globals, self_name):
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        if f.init:
            globals[default_name] = f.default_factory
            value = (f'{default_name}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}')
        else:
            globals[default_name] = f.default_factory
            value = f'{default_name}()'
    else:
        if f.init:
            if f.default is MISSING:
                value = f.name
            else:
                globals[default_name] = f.default
                value = f.name
        else:
            if f.default is not MISSING:
                globals[default_name] = f.default
                value = default_name
            else:
                return None
    if f._field_type is _FIELD_INITVAR:
        return None
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{f.name!r},{value})'
    return f'{self_name}.{f.name}={value}'


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = f'=__dataclass_dflt_{f.name}__'
    else:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    return f'{f.name}{default}'


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    locs = dict(globals)
    locs.update({'MISSING': MISSING, '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
                 '__dataclass_builtins_object__': object})
    body_lines = []
    for f in fields:
        line = _field_init(f, frozen, locs, self_name)
        if line:
            body_lines.append(line)
    if has_post_init:
        params_str = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body_lines.append(f'{self_name}.__post_init__({params_str})')
    if not body_lines:
        body_lines = ['pass']
    _init_params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        _init_params += ['*']
        _init_params += [_init_param(f) for f in kw_only_fields]
    return _create_fn('__init__', [self_name] + _init_params, body_lines, locs)


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'
    return f'({",".join([f"{obj_name}.{f.name}" for f in fields])},)'


_hash_action = {
    (False, False, False, False): None,
    (False, False, False, True): None,
    (False, False, True, False): None,
    (False, False, True, True): None,
    (False, True, False, False): 'set_none',
    (False, True, False, True): None,
    (False, True, True, False): 'add',
    (False, True, True, True): None,
    (True, False, False, False): 'add',
    (True, False, False, True): 'raise',
    (True, False, True, False): 'add',
    (True, False, True, True): 'raise',
    (True, True, False, False): 'add',
    (True, True, False, True): 'raise',
    (True, True, True, False): 'add',
    (True, True, True, True): 'raise',
}


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    flds = {}
    globals = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, '__dataclass_fields__', None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                flds[f.name] = f
            if getattr(b, '__dataclass_frozen__', False):
                any_frozen_base = True
    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    KW_ONLY_seen = False
    for name, type in cls_annotations.items():
        if _is_kw_only(type):
            if KW_ONLY_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type, kw_only))
    for f in cls_fields:
        flds[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and not name in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    cls.__dataclass_fields__ = flds
    cls.__dataclass_frozen__ = frozen
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    all_init_fields = [f for f in flds.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]
    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__', _init_fn(all_init_fields, std_init_fields, kw_only_init_fields, frozen,
                                                      has_post_init, '__dataclass_self__' if 'self' in flds else 'self', globals))
    field_list = [f for f in flds.values() if f._field_type is _FIELD]
    if repr:
        flds_repr = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _repr_fn(flds_repr))
    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', cmp_fields)
        other_tuple = _tuple_str('other', cmp_fields)
        _set_new_attribute(cls, '__eq__', _create_fn('__eq__', ('self', 'other'),
                           ['if other.__class__ is self.__class__:', f' return {self_tuple}=={other_tuple}',
                            'return NotImplemented'], {}))
    if order:
        flds_cmp = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', flds_cmp)
        other_tuple = _tuple_str('other', flds_cmp)
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            if _set_new_attribute(cls, name, _create_fn(name, ('self', 'other'),
                                  ['if other.__class__ is self.__class__:', f' return {self_tuple}{op}{other_tuple}',
                                   'return NotImplemented'], {})):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. Consider using functools.total_ordering')
    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class {cls.__name__}')
    action = _hash_action[(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)]
    if action == 'set_none':
        cls.__hash__ = None
    elif action == 'add':
        hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _set_qualname(cls, _create_fn('__hash__', ('self',), [f'return hash({_tuple_str("self", hash_fields)})'], {}))
    elif action == 'raise':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = cls.__name__ + '(' + ', '.join(f.name for f in std_init_fields) + ')'
        except (AttributeError, TypeError):
            pass
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    if slots:
        cls = _add_slots(cls, frozen)
    return cls


def _repr_fn(fields):
    fn = _create_fn('__repr__', ('self',),
                    ['return self.__class__.__qualname__ + f"(' + ', '.join([f"{f.name}={{self.{f.name}!r}}" for f in fields]) + ')"'], {})
    return _recursive_repr(fn)


def _recursive_repr(user_function):
    wrapper = _reprlib.recursive_repr()(user_function)
    wrapper.__name__ = '__repr__'
    wrapper.__dataclass_repr__ = True
    return wrapper


def _frozen_get_del_attr(cls, fields):
    locs = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    if fields:
        fields_str = '(' + ','.join(repr(f.name) for f in fields) + ',)'
    else:
        fields_str = '()'
    return (_create_fn('__setattr__', ('self', 'name', 'value'),
                       (f'if type(self) is cls or name in {fields_str}:',
                        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                        'super(cls, self).__setattr__(name, value)'), locs),
            _create_fn('__delattr__', ('self', 'name'),
                       (f'if type(self) is cls or name in {fields_str}:',
                        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                        'super(cls, self).__delattr__(name)'), locs))


def _add_slots(cls, is_frozen):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    cls_dict['__slots__'] = field_names
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False):
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)
`;

/** Source of the enum module. */
export const enumSource = String.raw`"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique."""


class auto:
    _counter = 0

    def __init__(self, value=None):
        auto._counter += 1
        self._order = auto._counter
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


def _high_bit(value):
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


class _EnumDict(dict):
    pass


Enum = None
ReprEnum = None
Flag = None


class EnumType(type):
    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        members = []
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        gnv = classdict.get('_generate_next_value_')
        if gnv is None and first_enum is not None:
            gnv = getattr(first_enum, '_generate_next_value_', None)
        if isinstance(gnv, staticmethod):
            gnv = gnv.__func__
        last_values = []
        for key, value in list(classdict.items()):
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or key in ignore:
                continue
            if isinstance(value, auto):
                pass
            elif _is_descriptor(value):
                continue
            members.append((key, value))
        for key in ignore:
            classdict.pop(key, None)
        for key, _ in members:
            del classdict[key]
        classdict.pop('_ignore_', None)
        resolved = []
        for key, value in members:
            if isinstance(value, auto):
                if value.value is None or value.value is _auto_null:
                    value = gnv(key, 1, len(resolved), last_values[:])
                else:
                    value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gnv(key, 1, len(resolved), last_values[:]) if isinstance(v, auto) else v for v in value)
            resolved.append((key, value))
            last_values.append(value)
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_member_type_'] = member_type
        classdict['_unhashable_values_'] = []
        enum_class = type.__new__(metacls, cls, bases, classdict, **kwds)
        repr_set = set()
        if ReprEnum is not None and ReprEnum in bases:
            if '__format__' not in classdict:
                repr_set.add('__format__')
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in classdict:
                repr_set.add('__str__')
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._flag_mask_ = 0
            enum_class._all_bits_ = 0
        custom_new = classdict.get('__new__') if Enum is not None else None
        if Enum is not None:
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        if custom_new is None:
            for b in enum_class.__mro__[1:]:
                if b is object or b is member_type:
                    break
                if '__new_member__' in b.__dict__:
                    custom_new = b.__dict__['__new_member__']
                    break
                if '__new__' in b.__dict__ and b not in (Enum, ReprEnum, Flag) and not (Enum is not None and b.__dict__['__new__'] is Enum.__dict__['__new__']):
                    custom_new = b.__dict__['__new__']
                    break
        if isinstance(custom_new, staticmethod):
            custom_new = custom_new.__func__
        if custom_new is not None:
            type.__setattr__(enum_class, '__new_member__', custom_new)
        for key, value in resolved:
            if isinstance(value, tuple):
                args = value
            else:
                args = (value,)
            if member_type is tuple:
                args = (args,)
            if custom_new is not None:
                enum_member = custom_new(enum_class, *args)
            elif member_type is object:
                enum_member = object.__new__(enum_class)
            else:
                enum_member = member_type.__new__(enum_class, *args)
            if not hasattr(enum_member, '_value_'):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    try:
                        enum_member._value_ = member_type(*args)
                    except Exception:
                        enum_member._value_ = value
            value = enum_member._value_
            enum_member._name_ = key
            enum_member.__objclass__ = enum_class
            for b in enum_class.__mro__:
                if b is Enum or b is object or b is member_type:
                    break
                if '__init__' in b.__dict__:
                    b.__dict__['__init__'](enum_member, *args)
                    break
            enum_member._sort_order_ = len(enum_class._member_names_)
            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(value)
            except TypeError:
                for m in enum_class._member_map_.values():
                    if m._value_ == value:
                        canonical = m
                        break
            if canonical is not None:
                enum_class._member_map_[key] = canonical
                type.__setattr__(enum_class, key, canonical)
                continue
            if Flag is not None and issubclass(enum_class, Flag) and isinstance(value, int):
                enum_class._all_bits_ |= value
                if value and value & (value - 1) == 0:
                    enum_class._flag_mask_ |= value
            if Flag is None or not issubclass(enum_class, Flag) or (isinstance(value, int) and value and value & (value - 1) == 0):
                enum_class._member_names_.append(key)
            enum_class._member_map_[key] = enum_member
            try:
                enum_class._value2member_map_[value] = enum_member
            except TypeError:
                enum_class._unhashable_values_.append(value)
            type.__setattr__(enum_class, key, enum_member)
        if Flag is not None and issubclass(enum_class, Flag):
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if op not in classdict:
                    type.__setattr__(enum_class, op, getattr(Flag, op))
            enum_class._boundary_ = boundary or getattr(first_enum, '_boundary_', None)
            enum_class._all_bits_ = 2 ** (enum_class._flag_mask_.bit_length()) - 1 if enum_class._flag_mask_ else 0
        if Enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict and name not in repr_set:
                    enum_method = getattr(first_enum, name)
                    found_method = getattr(enum_class, name)
                    object_method = getattr(object, name)
                    data_type_method = getattr(member_type, name)
                    if found_method in (data_type_method, object_method):
                        type.__setattr__(enum_class, name, enum_method)
        return enum_class

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases:
            return object, Enum
        for b in bases:
            if isinstance(b, EnumType) and b._member_names_:
                raise TypeError(f"<enum {class_name!r}> cannot extend {b!r}")
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as EnumName([mixin_type, ...] [data_type,] enum_type)")
        member_type = object
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                if '__new__' in base.__dict__ or base in (int, str, float, tuple, bytes):
                    member_type = base
                    break
            if member_type is not object:
                break
        return member_type, first_enum

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        return EnumType.__new__(EnumType if builtins_type(cls) is EnumType else builtins_type(cls), class_name, bases, classdict, boundary=boundary)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            try:
                return member in cls._value2member_map_ or member in cls._unhashable_values_
            except TypeError:
                return member in cls._unhashable_values_
        return isinstance(member, cls) and member._name_ in cls._member_map_

    @property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        return ['__class__', '__doc__', '__members__', '__module__'] + list(cls._member_names_)


EnumMeta = EnumType
builtins_type = type


class _MappingProxy:
    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, k):
        return k in self._d

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, k, default=None):
        return self._d.get(k, default)

    def __eq__(self, other):
        return self._d == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._d,)

    def __str__(self):
        return str(self._d)


class _auto_null_type:
    pass


_auto_null = _auto_null_type()


class Enum(metaclass=EnumType):
    _is_enum_base_ = True

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and result is not None:
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        elif exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member' % (cls.__name__, result))
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            else:
                return last + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    _is_repr_enum_base_ = True


class IntEnum(int, ReprEnum):
    _is_repr_enum_base_ = True


class StrEnum(str, ReprEnum):
    _is_repr_enum_base_ = True

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _member_new_int(cls, *args):
    return int.__new__(cls, *args)


class FlagBoundary:
    pass


STRICT = 'strict'
CONFORM = 'conform'
EJECT = 'eject'
KEEP = 'keep'


class Flag(Enum, boundary=STRICT):
    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if (not ~all_bits <= value <= all_bits) or value & (all_bits ^ flag_mask):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, bin(value), bin(flag_mask)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or unknown:
            members = [m for m in cls if m._value_ & member_value == m._value_ and m._value_]
            if unknown:
                names = [m._name_ for m in members] + [cls._numeric_repr_(unknown)]
            else:
                names = [m._name_ for m in members]
            pseudo_member._name_ = '|'.join(names)
        else:
            pseudo_member._name_ = None
        cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return cls._value2member_map_[value]

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and m._value_ & self._value_ == m._value_ and m._value_ & (m._value_ - 1) == 0:
                yield m

    def __len__(self):
        return self._value_.bit_count() if hasattr(int, 'bit_count') else bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        else:
            return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        else:
            return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._member_type_ is object or self._boundary_ is not KEEP:
            return self.__class__(self._flag_mask_ ^ self._value_ & self._flag_mask_)
        return self.__class__(~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    _is_repr_enum_base_ = True

    def __invert__(self):
        return self.__class__(self._flag_mask_ ^ self._value_ & self._flag_mask_)


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    def deco(enumeration):
        return enumeration
    return deco


def member(value):
    return value


def nonmember(value):
    return value


def global_enum(cls):
    return cls

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


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        item_sep = self.item_separator
        key_sep = self.key_separator
        ensure_ascii = self.ensure_ascii
        allow_nan = self.allow_nan
        sort_keys = self.sort_keys
        skipkeys = self.skipkeys
        markers = {} if self.check_circular else None
        default = self.default

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == float('inf'):
                text = 'Infinity'
            elif o == float('-inf'):
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON compliant")
            return text

        def enc(o, level):
            if isinstance(o, str):
                return _encode_str(o, ensure_ascii)
            if o is None:
                return 'null'
            if o is True:
                return 'true'
            if o is False:
                return 'false'
            if isinstance(o, int):
                return int.__repr__(o)
            if isinstance(o, float):
                return floatstr(o)
            if isinstance(o, (list, tuple)):
                if not o:
                    return '[]'
                if markers is not None:
                    if id(o) in markers:
                        raise ValueError("Circular reference detected")
                    markers[id(o)] = o
                if indent is None:
                    r = '[' + item_sep.join([enc(v, level + 1) for v in o]) + ']'
                else:
                    pad = '\n' + indent * (level + 1)
                    r = '[' + pad + (item_sep + pad).join([enc(v, level + 1) for v in o]) + '\n' + indent * level + ']'
                if markers is not None:
                    del markers[id(o)]
                return r
            if isinstance(o, dict):
                if not o:
                    return '{}'
                if markers is not None:
                    if id(o) in markers:
                        raise ValueError("Circular reference detected")
                    markers[id(o)] = o
                items = list(o.items())
                if sort_keys:
                    items.sort(key=lambda kv: kv[0])
                parts = []
                for k, v in items:
                    if isinstance(k, str):
                        ks = k
                    elif isinstance(k, float):
                        ks = floatstr(k)
                    elif k is True:
                        ks = 'true'
                    elif k is False:
                        ks = 'false'
                    elif k is None:
                        ks = 'null'
                    elif isinstance(k, int):
                        ks = int.__repr__(k)
                    elif skipkeys:
                        continue
                    else:
                        raise TypeError(f"keys must be str, int, float, bool or None, not {k.__class__.__name__}")
                    parts.append(_encode_str(ks, ensure_ascii) + key_sep + enc(v, level + 1))
                if indent is None:
                    r = '{' + item_sep.join(parts) + '}'
                elif not parts:
                    r = '{}'
                else:
                    pad = '\n' + indent * (level + 1)
                    r = '{' + pad + (item_sep + pad).join(parts) + '\n' + indent * level + '}'
                if markers is not None:
                    del markers[id(o)]
                return r
            if markers is not None:
                if id(o) in markers:
                    raise ValueError("Circular reference detected")
                markers[id(o)] = o
            r = enc(default(o), level)
            if markers is not None:
                del markers[id(o)]
            return r
        return iter([enc(o, 0)])


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan, indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_UNESC = {'n': '\n', 't': '\t', 'r': '\r', 'b': '\b', 'f': '\f', '/': '/', '\\': '\\', '"': '"'}


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, object_pairs_hook=None, strict=True, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    if not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if cls is not None:
        return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int, object_pairs_hook=object_pairs_hook, strict=strict, **kw).decode(s)
    return _decode(s, 0, object_hook, parse_float, parse_int, object_pairs_hook, strict, True)[0]


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        return _decode(s, 0, self.object_hook, self.parse_float, self.parse_int, self.object_pairs_hook, self.strict, True)[0]

    def raw_decode(self, s, idx=0):
        return _decode(s, idx, self.object_hook, self.parse_float, self.parse_int, self.object_pairs_hook, self.strict, False)


def _decode(s, pos, object_hook, parse_float, parse_int, object_pairs_hook, strict, whole):
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
        begin = pos
        pos += 1
        out = []
        while True:
            if pos >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            c = s[pos]
            if c < ' ' and strict:
                raise JSONDecodeError("Invalid control character at", s, pos)
            if c == '"':
                pos += 1
                return ''.join(out)
            if c == '\\':
                if pos + 1 >= n:
                    raise JSONDecodeError("Unterminated string starting at", s, begin)
                e = s[pos + 1]
                if e == 'u':
                    esc = s[pos + 2:pos + 6]
                    if len(esc) != 4 or any(ch not in '0123456789abcdefABCDEF' for ch in esc):
                        raise JSONDecodeError("Invalid \\uXXXX escape", s, pos + 1)
                    code = int(esc, 16)
                    pos += 6
                    if 0xd800 <= code < 0xdc00 and s[pos:pos + 2] == '\\u':
                        low = int(s[pos + 2:pos + 6], 16)
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                        pos += 6
                    out.append(chr(code))
                    continue
                if e not in _UNESC:
                    raise JSONDecodeError("Invalid \\escape", s, pos)
                out.append(_UNESC[e])
                pos += 2
                continue
            out.append(c)
            pos += 1

    if not whole:
        if pos < n and s[pos] in ' \t\n\r':
            raise JSONDecodeError("Expecting value", s, pos)
        result = value()
        return result, pos
    result = value()
    end = pos
    ws()
    if pos != n:
        raise JSONDecodeError("Extra data", s, pos)
    return result, end


def load(fp, **kw):
    return loads(fp.read(), **kw)
`;

/** Source of the statistics module. */
export const statisticsSource = String.raw`"""Mathematical statistics functions (CPython 3.11's algorithms: exact sums over fractions)."""
import math
import sys
from fractions import Fraction
from itertools import groupby, repeat
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple, defaultdict
from functools import reduce

import sys as _sys


class _NotDecimal:
    pass


def _decimal_type():
    # decimal is only imported by programs that use it: look it up instead of importing it.
    m = _sys.modules.get('decimal')
    return m.Decimal if m is not None else _NotDecimal


class StatisticsError(ValueError):
    pass


def _sum(data):
    count = 0
    types = set()
    partials = {}
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = sum(Fraction(n, d) for d, n in partials.items())
    T = reduce(_coerce, types, int)
    return (T, total, count)


def _ss(data, c=None):
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return (T, ssd, c, count)
    count = 0
    types = set()
    sx_partials = defaultdict(int)
    sxx_partials = defaultdict(int)
    for typ, values in groupby(data, type):
        types.add(typ)
        for n, d in map(_exact_ratio, values):
            count += 1
            sx_partials[d] += n
            sxx_partials[d] += n * n
    if not count:
        ssd = c = Fraction(0)
    elif None in sx_partials:
        ssd = c = sx_partials[None]
    else:
        sx = sum(Fraction(n, d) for d, n in sx_partials.items())
        sxx = sum(Fraction(n, d * d) for d, n in sxx_partials.items())
        ssd = (count * sxx - sx * sx) / count
        c = sx / count
    T = reduce(_coerce, types, int)
    return (T, ssd, c, count)


def _isfinite(x):
    try:
        return x.is_finite()
    except AttributeError:
        return math.isfinite(x)


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    msg = "don't know how to coerce %s and %s"
    raise TypeError(msg % (T.__name__, S.__name__))


def _exact_ratio(x):
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        msg = f"can't convert type '{type(x).__name__}' to numerator/denominator"
        raise TypeError(msg)


def _convert(value, T):
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, _decimal_type()):
            return T(value.numerator) / T(value.denominator)
        else:
            raise


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _integer_sqrt_of_frac_rto(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_sqrt_bit_width = 2 * 53 + 3


def _float_sqrt_of_frac(n, m):
    q = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = math.fsum(map(lambda a, b: a * b, data, weights))
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction, _decimal_type())):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        else:
            raise TypeError('unsupported type')
    if weights is None:
        weights = repeat(1, n)
        sum_weights = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    else:
        i = n // 2
        return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    else:
        return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    elif n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError('expected number but got %r' % obj)
    try:
        L = x - interval / 2
    except TypeError:
        L = float(x) - float(interval) / 2
    l1 = bisect_left(data, x)
    l2 = bisect_right(data, x, lo=l1) - 1
    cf = l1
    f = l2 - l1 + 1
    return L + interval * (n / 2 - cf) / f


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def stdev(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    if not isinstance(mss, Fraction):
        return math.sqrt(mss)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    mss = ss / n
    if not isinstance(mss, Fraction):
        return math.sqrt(mss)
    return _float_sqrt_of_frac(mss.numerator, mss.denominator)


def covariance(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((xi - xbar) ** 2.0 for xi in x)
    syy = math.fsum((yi - ybar) ** 2.0 for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((xi - xbar) ** 2.0 for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


class NormalDist:
    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution', '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(*_mean_stdev(data))

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * abs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / abs(x2))

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'


def _mean_stdev(data):
    T, ss, xbar, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt_of_frac(mss.numerator, mss.denominator)
    except AttributeError:
        return float(xbar), float(xbar) / float(ss)
`;
