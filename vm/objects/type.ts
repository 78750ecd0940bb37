// Class creation (type(name, bases, ns)), the C3 MRO, and the Python-visible parts of type/object,
// plus the small types the type machinery hands out: mappingproxy, GenericAlias and UnionType.
import {
  PyType, PyObject, typeType, objectType, noneType, None, NotImplemented, Ellipsis, typeOf, bumpTypeEpoch,
  makeBuiltinType, type PyValue,
} from "./object.js";
import { PyDict } from "./dict.js";
import { PyTuple, newTuple } from "./tuple.js";
import { PyList } from "./list.js";
import {
  PyFunction, PyBuiltin, PyStaticMethod, PyClassMethod, PyCell, PyProperty, PyGetSet, defMethod, defGetSet,
} from "./function.js";
import { PyException, exceptionTypes, newException } from "./exception.js";
import { raise } from "../raise.js";
import {
  call, typeCallDefault, getAttrOrUndefined, repr, hash, eq, isTrue, toArray, getItem, bindAttr,
} from "../ops.js";
import { hashTuple } from "../numeric/hash.js";

// ----------------------------------------------------------------------------- MRO and layout

/** C3 linearisation of a new class's bases (mro_implementation), with CPython's error text. */
export function computeMro(cls: PyType, bases: PyType[]): PyType[] {
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) raise("TypeError", `duplicate base class ${bases[i].name}`);
    }
  }
  const seqs = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [cls];
  for (;;) {
    let empty = true;
    let cand: PyType | null = null;
    for (const s of seqs) {
      if (s.length === 0) continue;
      empty = false;
      const c = s[0];
      if (!seqs.some((t) => t.indexOf(c) > 0)) {
        cand = c;
        break;
      }
    }
    if (empty) return out;
    if (cand === null) {
      // set_mro_error: the heads of the lists that are left, without duplicates.
      const heads: PyType[] = [];
      for (const s of seqs) if (s.length > 0 && !heads.includes(s[0])) heads.push(s[0]);
      raise("TypeError", `Cannot create a consistent method resolution\norder (MRO) for bases ${heads.map((b) => b.name).join(", ")}`);
    }
    out.push(cand);
    for (const s of seqs) if (s[0] === cand) s.shift();
  }
}

/** Per heap class: the base that decides the layout (`__base__`) and its own `__slots__`. */
interface HeapInfo {
  base: PyType;
  slots: string[] | null;
}
const heapInfo = new WeakMap<PyType, HeapInfo>();

/** Builtin exception types whose instances carry extra fields (their own layout in CPython). */
const EXC_WITH_FIELDS = new Set([
  "BaseException", "SystemExit", "StopIteration", "ImportError", "OSError", "SyntaxError", "NameError", "AttributeError",
  "UnicodeError", "UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError",
]);

/** solid_base: the most derived type whose instance layout this type shares. */
function solidBase(t: PyType): PyType {
  if (t === objectType) return t;
  if (t.isHeap) {
    const info = heapInfo.get(t);
    if (info === undefined) return solidBase(t.bases[0] ?? objectType);
    if (info.slots !== null && info.slots.some((s) => s !== "__dict__" && s !== "__weakref__")) return t;
    return solidBase(info.base);
  }
  if (exceptionTypes.get(t.name) === t && !EXC_WITH_FIELDS.has(t.name)) return solidBase(t.bases[0]);
  return t;
}

/** best_base: the base whose solid base is the most derived; raises on a layout conflict. */
function bestBase(bases: PyType[]): PyType {
  let base: PyType | null = null;
  let winner: PyType | null = null;
  for (const b of bases) {
    const candidate = solidBase(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (winner.isSubtype(candidate)) {
      // keep the current winner
    } else if (candidate.isSubtype(winner)) {
      winner = candidate;
      base = b;
    } else {
      raise("TypeError", "multiple bases have instance lay-out conflict");
    }
  }
  return base ?? objectType;
}

/** `__base__` of any type. */
export function typeBase(t: PyType): PyType | null {
  const info = heapInfo.get(t);
  if (info !== undefined) return info.base;
  return t.bases.length > 0 ? t.bases[0] : null;
}

/** _PyType_CalculateMetaclass: the most derived metaclass of `meta` and the bases' metaclasses. */
export function calculateMetaclass(meta: PyType, bases: PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = typeOf(b);
    if (winner.isSubtype(t)) continue;
    if (t.isSubtype(winner)) {
      winner = t;
      continue;
    }
    raise("TypeError", "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

// ----------------------------------------------------------------------------- subclass registry

const subclassRegistry = new WeakMap<PyType, WeakRef<PyType>[]>();

function registerSubclass(base: PyType, cls: PyType): void {
  let list = subclassRegistry.get(base);
  if (list === undefined) {
    list = [];
    subclassRegistry.set(base, list);
  }
  list.push(new WeakRef(cls));
}

/** `cls.__subclasses__()`: the live direct subclasses in creation order. */
export function subclassesOf(cls: PyType): PyType[] {
  const list = subclassRegistry.get(cls);
  if (list === undefined) return [];
  const out: PyType[] = [];
  for (const r of list) {
    const t = r.deref();
    if (t !== undefined && t.bases.includes(cls)) out.push(t);
  }
  return out;
}

// ----------------------------------------------------------------------------- __slots__

const memberType = makeBuiltinType("member_descriptor", objectType, null, false);
/** Slot values of instances of classes with `__slots__` (kept outside the instance dict). */
const slotValues = new WeakMap<object, Map<string, PyValue>>();
/** The `__slots__` values of an instance (for the finalizer's heap walk). */
export function slotValuesOf(o: object): Map<string, PyValue> | undefined {
  return slotValues.get(o);
}

function slotDescriptor(owner: PyType, name: string): PyGetSet {
  const check = (s: PyValue): PyObject => {
    if (!(s instanceof PyObject) || !typeOf(s).isSubtype(owner)) {
      raise("TypeError", `descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${typeOf(s).name}' object`);
    }
    return s;
  };
  const g = new PyGetSet(name, (s) => {
    const v = slotValues.get(check(s))?.get(name);
    if (v === undefined) raise("AttributeError", `'${typeOf(s).name}' object has no attribute '${name}'`);
    return v;
  }, (s, v) => {
    const o = check(s);
    let m = slotValues.get(o);
    if (v === undefined) {
      if (m === undefined || !m.delete(name)) raise("AttributeError", name);
      return;
    }
    if (m === undefined) {
      m = new Map();
      slotValues.set(o, m);
    }
    m.set(name, v);
  });
  g.cls = memberType;
  memberOwners.set(g, owner);
  return g;
}
const memberOwners = new WeakMap<PyGetSet, PyType>();
defMethod(memberType, "__repr__", (args) => {
  const g = args[0] as PyGetSet;
  return `<member '${g.name}' of '${memberOwners.get(g)?.name ?? "?"}' objects>`;
});
defMethod(memberType, "__get__", (args) => {
  const g = args[0] as PyGetSet;
  return args[1] === None ? g : g.get(args[1]);
});
defMethod(memberType, "__set__", (args) => {
  (args[0] as PyGetSet).set!(args[1], args[2]);
  return None;
});
defMethod(memberType, "__delete__", (args) => {
  (args[0] as PyGetSet).set!(args[1], undefined);
  return None;
});
defGetSet(memberType, "__name__", (s) => (s as PyGetSet).name);
defGetSet(memberType, "__objclass__", (s) => memberOwners.get(s as PyGetSet) ?? None);

/** `_Cls__name` mangling of private slot names. */
function mangleSlot(clsName: string, name: string): string {
  if (!name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = clsName.replace(/^_+/, "");
  return stripped === "" ? name : `_${stripped}${name}`;
}

function parseSlots(clsName: string, v: PyValue, ns: PyDict): string[] {
  const raw = typeof v === "string" ? [v] : toArray(v);
  const out: string[] = [];
  for (const s of raw) {
    if (typeof s !== "string") raise("TypeError", `__slots__ items must be strings, not '${typeOf(s).name}'`);
    if (!/^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*$/.test(s)) raise("TypeError", "__slots__ must be identifiers");
    const m = mangleSlot(clsName, s);
    if (out.includes(m)) raise("TypeError", `duplicate slot name`);
    out.push(m);
  }
  for (const s of out) {
    if (s === "__dict__" || s === "__weakref__") continue;
    if (ns.getStr(s) !== undefined) raise("ValueError", `'${s}' in __slots__ conflicts with class variable`);
  }
  return out;
}

// ----------------------------------------------------------------------------- class creation

/** The `__dict__` descriptor that heap classes (and modules) carry, as in CPython. */
export const instanceDictDescr = new PyGetSet("__dict__", (s) => {
  if (s instanceof PyObject) {
    if (s.dict === null && typeOf(s).hasInstanceDict) s.dict = new PyDict();
    if (s.dict !== null) return s.dict;
  }
  raise("AttributeError", `'${typeOf(s).name}' object has no attribute '__dict__'`);
}, (s, v) => {
  if (!(v instanceof PyDict)) raise("TypeError", `__dict__ must be set to a dictionary, not a '${typeOf(v ?? None).name}'`);
  (s as PyObject).dict = v;
});
const weakrefDescr = new PyGetSet("__weakref__", () => None);

let runtimeErrorType: PyType | null = null;

/**
 * Creates a class the way `type.__new__` does: C3 MRO, the instance layout of the best base,
 * `__slots__`, implicit static/class methods, `__set_name__` and the parent's `__init_subclass__`.
 * The class statement (`__build_class__`) reaches it through `type.__new__`.
 */
export function makeClass(name: string, basesV: PyValue[], ns: PyDict, meta: PyType = typeType, kw: Map<string, PyValue> | null = null): PyType {
  const bases: PyType[] = [];
  for (const b of basesV) {
    if (!(b instanceof PyType)) raise("TypeError", "bases must be types");
    if (!b.isBaseType) raise("TypeError", `type '${b.name}' is not an acceptable base type`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(objectType);
  const base = bestBase(bases);
  const cls = new PyType(meta, name, bases, null);
  cls.isHeap = true;
  cls.mro = computeMro(cls, bases);

  // Layout: the first builtin type (other than object) in the MRO allocates instances.
  let alloc = objectType.alloc;
  for (const t of cls.mro) {
    if (t !== cls && !t.isHeap && t.alloc !== null && t !== objectType) {
      alloc = t.alloc;
      break;
    }
  }
  cls.alloc = alloc;

  const slotsV = ns.getStr("__slots__");
  const slots = slotsV === undefined ? null : parseSlots(name, slotsV, ns);
  if (slots !== null && slots.some((s) => s !== "__dict__" && s !== "__weakref__")) {
    const solid = solidBase(base);
    if (!solid.isHeap && (solid.name === "int" || solid.name === "tuple" || solid.name === "bytes")) {
      raise("TypeError", `nonempty __slots__ not supported for subtype of '${solid.name}'`);
    }
  }
  const baseHasDict = cls.mro.slice(1).some((t) => t.hasInstanceDict);
  cls.hasInstanceDict = slots === null || slots.includes("__dict__") || baseHasDict;
  heapInfo.set(cls, { base, slots });

  const qual = ns.getStr("__qualname__");
  if (qual !== undefined && typeof qual !== "string") raise("TypeError", `type __qualname__ must be a str, not ${typeOf(qual).name}`);
  cls.qualname = typeof qual === "string" ? qual : name;
  for (const [k, v] of ns.entries()) {
    if (typeof k !== "string" || k === "__qualname__" || k === "__classcell__") continue;
    let val = v;
    if ((k === "__init_subclass__" || k === "__class_getitem__") && v instanceof PyFunction) val = new PyClassMethod(v);
    if (k === "__new__" && v instanceof PyFunction) val = new PyStaticMethod(v);
    cls.ns.set(k, val);
  }
  if (slots !== null) {
    for (const s of slots) if (s !== "__dict__" && s !== "__weakref__") cls.ns.set(s, slotDescriptor(cls, s));
  }
  if (!cls.ns.has("__doc__")) cls.ns.set("__doc__", None);
  if (cls.hasInstanceDict && !baseHasDictDescr(cls)) cls.ns.set("__dict__", instanceDictDescr);
  if ((slots === null || slots.includes("__weakref__")) && !cls.mro.slice(1).some((t) => t.ns.has("__weakref__"))) {
    cls.ns.set("__weakref__", weakrefDescr);
  }
  if (cls.ns.has("__eq__") && !cls.ns.has("__hash__")) cls.ns.set("__hash__", None);
  const cell = ns.getStr("__classcell__");
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) raise("TypeError", `__classcell__ must be a nonlocal cell, not ${typeOf(cell).name}`);
    cell.value = cls;
  }
  bumpTypeEpoch();
  for (const b of bases) registerSubclass(b, cls);

  // type_new_set_names: __set_name__ on every attribute that defines it.
  for (const [k, v] of [...cls.ns]) {
    if (v instanceof PyProperty && v.name === "") v.name = k;
    if (typeof v !== "object") continue;
    const sn = v.cls.lookup("__set_name__");
    if (sn === undefined) continue;
    try {
      call(sn, [v, cls, k]);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      if (runtimeErrorType === null) runtimeErrorType = newException("RuntimeError").cls;
      const wrapped = newException(runtimeErrorType, `Error calling __set_name__ on '${v.cls.name}' instance ${repr(k)} in '${name}'`);
      wrapped.cause = e;
      wrapped.context = e;
      wrapped.suppressContext = true;
      throw wrapped;
    }
  }

  // type_new_init_subclass: super(cls, cls).__init_subclass__(**kw).
  const mro = cls.mro;
  for (let i = 1; i < mro.length; i++) {
    const d = mro[i].ns.get("__init_subclass__");
    if (d === undefined) continue;
    call(bindAttr(d, cls, cls), [], kw !== null && kw.size > 0 ? kw : null);
    break;
  }
  return cls;
}

function baseHasDictDescr(cls: PyType): boolean {
  return cls.mro.slice(1).some((t) => t.ns.has("__dict__"));
}

function T(v: PyValue): PyType {
  if (!(v instanceof PyType)) raise("TypeError", `descriptor requires a 'type' object but received a '${typeOf(v).name}'`);
  return v;
}

let moduleNameHook: () => string | undefined = () => undefined;
/** Lets the interpreter say which module is running (for `type(name, bases, ns)`). */
export function setModuleNameHook(f: () => string | undefined): void {
  moduleNameHook = f;
}

typeType.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kw) => {
  const meta = T(args[0]);
  if (args.length === 2 && meta === typeType && (kw === null || kw.size === 0)) return typeOf(args[1]);
  if (args.length !== 4) raise("TypeError", meta === typeType ? "type() takes 1 or 3 arguments" : `type.__new__() takes exactly 3 arguments (${args.length - 1} given)`);
  const [, name, bases, ns] = args;
  if (typeof name !== "string") raise("TypeError", `type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  if (!(bases instanceof PyTuple)) raise("TypeError", `type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
  if (!(ns instanceof PyDict)) raise("TypeError", `type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`);
  const winner = calculateMetaclass(meta, bases.items);
  if (winner !== meta) {
    const wnew = winner.lookup("__new__");
    if (wnew !== typeType.ns.get("__new__") && wnew !== undefined) {
      return call(wnew instanceof PyStaticMethod ? wnew.func : wnew, [winner, name, bases, ns], kw);
    }
  }
  const d = ns.copy();
  if (d.getStr("__module__") === undefined) {
    const g = moduleNameHook();
    if (g !== undefined) d.setStr("__module__", g);
  }
  return makeClass(name, bases.items, d, winner, kw);
})));
defMethod(typeType, "__init__", (args, kw) => {
  if (kw !== null && kw.size > 0 && args.length === 2) raise("TypeError", "type.__init__() takes no keyword arguments");
  if (args.length !== 2 && args.length !== 4) raise("TypeError", "type.__init__() takes 1 or 3 arguments");
  return None;
});
defMethod(typeType, "__call__", (args, kw) => typeCallDefault(T(args[0]), args.slice(1), kw));
typeType.ns.set("__prepare__", new PyClassMethod(new PyBuiltin("__prepare__", () => new PyDict())));
defMethod(typeType, "__repr__", (args) => {
  const t = T(args[0]);
  const mod = t.ns.get("__module__");
  if (typeof mod === "string" && mod !== "builtins") return `<class '${mod}.${t.qualname}'>`;
  return `<class '${t.qualname}'>`;
});
defMethod(typeType, "mro", (args) => new PyList(T(args[0]).mro.slice()));
defMethod(typeType, "__subclasses__", (args) => new PyList(subclassesOf(T(args[0]))));
defMethod(typeType, "__instancecheck__", (args) => typeOf(args[1]).isSubtype(T(args[0])));
defMethod(typeType, "__subclasscheck__", (args) => {
  const c = args[1];
  if (!(c instanceof PyType)) raise("TypeError", "issubclass() arg 1 must be a class");
  return c.isSubtype(T(args[0]));
});
defMethod(typeType, "__or__", (args) => unionOr(args[0], args[1]));
defMethod(typeType, "__ror__", (args) => unionOr(args[1], args[0]));
defMethod(typeType, "__dir__", (args) => new PyList(dirOf(args[0])));
defMethod(typeType, "__sizeof__", () => 888);
defGetSet(typeType, "__name__", (s) => T(s).name, (s, v) => {
  const t = T(s);
  if (!t.isHeap) raise("TypeError", `cannot set '__name__' attribute of immutable type '${t.name}'`);
  if (typeof v !== "string") raise("TypeError", `can only assign string to ${t.name}.__name__, not '${typeOf(v ?? None).name}'`);
  t.name = v;
});
defGetSet(typeType, "__qualname__", (s) => T(s).qualname, (s, v) => {
  const t = T(s);
  if (!t.isHeap) raise("TypeError", `cannot set '__qualname__' attribute of immutable type '${t.name}'`);
  if (typeof v !== "string") raise("TypeError", `can only assign string to ${t.name}.__qualname__, not '${typeOf(v ?? None).name}'`);
  t.qualname = v;
});
defGetSet(typeType, "__module__", (s) => {
  const t = T(s);
  const m = t.ns.get("__module__");
  if (t.isHeap) return m === undefined ? "builtins" : m;
  return typeof m === "string" ? m : "builtins";
}, (s, v) => {
  const t = T(s);
  if (!t.isHeap) raise("TypeError", `cannot set '__module__' attribute of immutable type '${t.name}'`);
  t.ns.set("__module__", v ?? None);
  bumpTypeEpoch();
});
defGetSet(typeType, "__doc__", (s) => {
  const d = T(s).ns.get("__doc__");
  if (d === undefined) return None;
  if (typeof d === "object" && !T(s).isHeap) return d;
  if (typeof d === "object" && d.cls.lookup("__get__") !== undefined && !(d instanceof PyFunction)) return call(d.cls.lookup("__get__")!, [d, None, s]);
  return d;
}, (s, v) => {
  const t = T(s);
  if (!t.isHeap) raise("TypeError", `cannot set '__doc__' attribute of immutable type '${t.name}'`);
  t.ns.set("__doc__", v ?? None);
  bumpTypeEpoch();
});
defGetSet(typeType, "__bases__", (s) => newTuple(T(s).bases.slice()));
defGetSet(typeType, "__base__", (s) => typeBase(T(s)) ?? None);
defGetSet(typeType, "__mro__", (s) => newTuple(T(s).mro.slice()));
defGetSet(typeType, "__dict__", (s) => new PyMappingProxy(T(s)));
defGetSet(typeType, "__annotations__", (s) => {
  const t = T(s);
  const a = t.ns.get("__annotations__");
  if (a !== undefined) return a;
  if (!t.isHeap) raise("AttributeError", `type object '${t.name}' has no attribute '__annotations__'`);
  const d = new PyDict();
  t.ns.set("__annotations__", d);
  bumpTypeEpoch();
  return d;
}, (s, v) => {
  const t = T(s);
  if (v === undefined) t.ns.delete("__annotations__");
  else t.ns.set("__annotations__", v);
  bumpTypeEpoch();
});
defGetSet(typeType, "__abstractmethods__", (s) => {
  const v = T(s).ns.get("__abstractmethods__");
  if (v === undefined || T(s) === typeType) raise("AttributeError", "__abstractmethods__");
  return v;
}, (s, v) => {
  if (v === undefined) T(s).ns.delete("__abstractmethods__");
  else T(s).ns.set("__abstractmethods__", v);
  bumpTypeEpoch();
});
defGetSet(typeType, "__text_signature__", () => None);

// ----------------------------------------------------------------------------- object

defMethod(objectType, "__eq__", (args) => {
  if (args.length !== 2) raise("TypeError", `expected 1 argument, got ${args.length - 1}`);
  return args[0] === args[1] ? true : NotImplemented;
});
defMethod(objectType, "__ne__", (args) => {
  const eqf = typeOf(args[0]).lookup("__eq__");
  if (eqf === undefined) return NotImplemented;
  const r = call(eqf, [args[0], args[1]]);
  return r === NotImplemented ? NotImplemented : !isTrue(r);
});
for (const n of ["__lt__", "__le__", "__gt__", "__ge__"]) defMethod(objectType, n, () => NotImplemented);
defMethod(objectType, "__dir__", (args) => new PyList(dirOf(args[0])));
defMethod(objectType, "__reduce_ex__", (args) => {
  const o = args[0];
  return newTuple([copyregReconstructor(), newTuple([typeOf(o), objectType, None]), o instanceof PyObject && o.dict !== null ? o.dict : None]);
});
defMethod(objectType, "__reduce__", (args) => {
  const o = args[0];
  return newTuple([copyregReconstructor(), newTuple([typeOf(o), objectType, None]), o instanceof PyObject && o.dict !== null ? o.dict : None]);
});
defMethod(objectType, "__getstate__", (args) => {
  const o = args[0];
  return o instanceof PyObject && o.dict !== null && o.dict.size > 0 ? o.dict : None;
});
let reconstructor: PyBuiltin | null = null;
function copyregReconstructor(): PyBuiltin {
  if (reconstructor === null) {
    reconstructor = new PyBuiltin("_reconstructor", (a) => {
      const cls = T(a[0]);
      const obj = cls.alloc !== null ? cls.alloc(cls) : raise("TypeError", `cannot create '${cls.name}' instances`);
      if (cls.hasInstanceDict && obj.dict === null) obj.dict = new PyDict();
      return obj;
    });
  }
  return reconstructor;
}
defMethod(objectType, "__sizeof__", () => 16);
objectType.ns.set("__init_subclass__", new PyClassMethod(new PyBuiltin("__init_subclass__", (args, kw) => {
  if (kw !== null && kw.size > 0) raise("TypeError", `${T(args[0]).qualname}.__init_subclass__() takes no keyword arguments`);
  if (args.length > 1) raise("TypeError", `${T(args[0]).qualname}.__init_subclass__() takes no arguments (${args.length - 1} given)`);
  return None;
})));
objectType.ns.set("__subclasshook__", new PyClassMethod(new PyBuiltin("__subclasshook__", () => NotImplemented)));
defGetSet(objectType, "__class__", (s) => typeOf(s), (s, v) => {
  if (v === undefined) raise("TypeError", "can't delete __class__ attribute");
  if (!(v instanceof PyType)) raise("TypeError", `__class__ must be set to a class, not '${typeOf(v).name}' object`);
  const cur = typeOf(s);
  if (!(s instanceof PyObject) || !cur.isHeap || !v.isHeap) raise("TypeError", "__class__ assignment only supported for mutable types or ModuleType subclasses");
  if (solidBase(cur) !== solidBase(v) || cur.hasInstanceDict !== v.hasInstanceDict) {
    raise("TypeError", `__class__ assignment: '${v.name}' object layout differs from '${cur.name}'`);
  }
  s.cls = v;
});
objectType.ns.set("__doc__", "The base class of the class hierarchy.");

/** `dir(obj)`: attribute names from the instance dict and the class MRO (object.__dir__), sorted. */
export function dirOf(obj: PyValue): string[] {
  const names = new Set<string>();
  if (obj instanceof PyType) {
    for (const t of obj.mro) for (const k of t.ns.keys()) names.add(k);
  } else {
    if (obj instanceof PyObject && obj.dict !== null) for (const k of obj.dict.keyList()) if (typeof k === "string") names.add(k);
    for (const t of typeOf(obj).mro) for (const k of t.ns.keys()) names.add(k);
    const slots = obj instanceof PyObject ? slotValues.get(obj) : undefined;
    if (slots !== undefined) for (const k of slots.keys()) names.add(k);
  }
  return [...names].sort();
}

// ----------------------------------------------------------------------------- mappingproxy

/** `mappingproxy`: the read-only `cls.__dict__` (or `types.MappingProxyType(mapping)`). */
export const mappingProxyType: PyType = makeBuiltinType("mappingproxy", objectType, null, false);

/** A read-only view of a class namespace or of a mapping. */
export class PyMappingProxy extends PyObject {
  constructor(readonly target: PyType | PyValue) {
    super(mappingProxyType);
  }
  /** A dict snapshot of the mapping (class namespaces are JS Maps). */
  snapshot(): PyDict {
    const t = this.target;
    if (t instanceof PyType) {
      const d = new PyDict();
      for (const [k, v] of t.ns) d.setStr(k, v);
      return d;
    }
    if (t instanceof PyDict) return t;
    const d = new PyDict();
    for (const k of toArray(call(getAttrOrUndefined(t, "keys")!, []))) d.set(k, getItem(t, k));
    return d;
  }
  /** Value for `k`, or undefined. */
  lookup(k: PyValue): PyValue | undefined {
    const t = this.target;
    if (t instanceof PyType) return typeof k === "string" ? t.ns.get(k) : (hash(k), undefined);
    if (t instanceof PyDict) return t.get(k);
    try {
      return getItem(t, k);
    } catch (e) {
      if (e instanceof PyException && e.cls.name === "KeyError") return undefined;
      throw e;
    }
  }
}

function MP(v: PyValue): PyMappingProxy {
  return v as PyMappingProxy;
}
mappingProxyType.ns.set("__new__", new PyBuiltin("__new__", (args) => {
  const m = args[1];
  if (m === undefined) raise("TypeError", "mappingproxy() missing required argument 'mapping' (pos 1)");
  if (getAttrOrUndefined(m, "keys") === undefined || m instanceof PyList || m instanceof PyTuple) {
    raise("TypeError", `mappingproxy() argument must be a mapping, not ${typeOf(m).name}`);
  }
  return new PyMappingProxy(m);
}));
defMethod(mappingProxyType, "__getitem__", (args) => {
  const v = MP(args[0]).lookup(args[1]);
  if (v === undefined) throw newException("KeyError", args[1]);
  return v;
});
defMethod(mappingProxyType, "__contains__", (args) => MP(args[0]).lookup(args[1]) !== undefined);
defMethod(mappingProxyType, "__len__", (args) => MP(args[0]).snapshot().size);
defMethod(mappingProxyType, "__iter__", (args) => call(getAttrOrUndefined(MP(args[0]).snapshot(), "__iter__")!, []));
defMethod(mappingProxyType, "__reversed__", (args) => call(getAttrOrUndefined(MP(args[0]).snapshot(), "__reversed__")!, []));
for (const n of ["keys", "values", "items"]) {
  defMethod(mappingProxyType, n, (args) => call(getAttrOrUndefined(MP(args[0]).snapshot(), n)!, []));
}
defMethod(mappingProxyType, "get", (args) => {
  const v = MP(args[0]).lookup(args[1]);
  return v === undefined ? (args.length > 2 ? args[2] : None) : v;
});
defMethod(mappingProxyType, "copy", (args) => {
  const t = MP(args[0]).target;
  if (t instanceof PyType) return MP(args[0]).snapshot();
  return call(getAttrOrUndefined(t, "copy")!, []);
});
defMethod(mappingProxyType, "__repr__", (args) => `mappingproxy(${repr(MP(args[0]).snapshot())})`);
defMethod(mappingProxyType, "__str__", (args) => repr(MP(args[0]).snapshot()));
defMethod(mappingProxyType, "__eq__", (args) => {
  const o = args[1] instanceof PyMappingProxy ? args[1].snapshot() : args[1];
  return eq(MP(args[0]).snapshot(), o);
});
defMethod(mappingProxyType, "__or__", (args) => {
  const o = args[1] instanceof PyMappingProxy ? args[1].snapshot() : args[1];
  if (!(o instanceof PyDict)) return NotImplemented;
  const d = MP(args[0]).snapshot().copy();
  for (const [k, v] of o.entries()) d.set(k, v);
  return d;
});
mappingProxyType.ns.set("__hash__", None);

// ----------------------------------------------------------------------------- GenericAlias

/** `types.GenericAlias` (`list[int]`). */
export const genericAliasType: PyType = makeBuiltinType("GenericAlias", objectType, null, false);
genericAliasType.ns.set("__module__", "types");

/** `origin[args]`. */
export class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyValue, readonly args: PyTuple) {
    super(genericAliasType);
  }
}

/** `origin[args]` as CPython's `__class_getitem__` builds it for builtin containers. */
export function genericAlias(origin: PyValue, args: PyValue): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args : newTuple([args]));
}

/** ga_repr_item. */
function typeReprItem(v: PyValue): string {
  if (v === Ellipsis) return "...";
  if (v instanceof PyGenericAlias || v instanceof PyUnion) return repr(v);
  if (v instanceof PyType) {
    const mod = v.ns.get("__module__");
    if (typeof mod !== "string" || mod === "builtins") return v.qualname;
    return `${mod}.${v.qualname}`;
  }
  if (v instanceof PyList) return `[${v.items.map(typeReprItem).join(", ")}]`;
  return repr(v);
}

function GA(v: PyValue): PyGenericAlias {
  return v as PyGenericAlias;
}
genericAliasType.ns.set("__new__", new PyBuiltin("__new__", (args) => {
  if (args.length !== 3) raise("TypeError", `GenericAlias expected 2 arguments, got ${args.length - 1}`);
  return genericAlias(args[1], args[2]);
}));
defMethod(genericAliasType, "__repr__", (args) => {
  const g = GA(args[0]);
  const items = g.args.items;
  const inner = items.length === 0 ? "()" : items.map(typeReprItem).join(", ");
  return `${typeReprItem(g.origin)}[${inner}]`;
});
defMethod(genericAliasType, "__call__", (args, kw) => {
  const r = call(GA(args[0]).origin, args.slice(1), kw);
  if (r instanceof PyObject && r.dict !== null) r.dict.setStr("__orig_class__", args[0]);
  return r;
});
defMethod(genericAliasType, "__mro_entries__", (args) => newTuple([GA(args[0]).origin]));
defMethod(genericAliasType, "__instancecheck__", () => raise("TypeError", "isinstance() argument 2 cannot be a parameterized generic"));
defMethod(genericAliasType, "__subclasscheck__", () => raise("TypeError", "issubclass() argument 2 cannot be a parameterized generic"));
defMethod(genericAliasType, "__eq__", (args) => {
  const o = args[1];
  if (!(o instanceof PyGenericAlias)) return NotImplemented;
  const a = GA(args[0]);
  return eq(a.origin, o.origin) && eq(a.args, o.args);
});
defMethod(genericAliasType, "__hash__", (args) => hashTuple([hash(GA(args[0]).origin), hash(GA(args[0]).args)]));
defMethod(genericAliasType, "__or__", (args) => unionOr(args[0], args[1]));
defMethod(genericAliasType, "__ror__", (args) => unionOr(args[1], args[0]));
defMethod(genericAliasType, "__getitem__", (args) => raise("TypeError", `${repr(args[0])} is not a generic class`));
genericAliasType.customGetAttr = (o, name) => {
  const g = o as PyGenericAlias;
  switch (name) {
    case "__origin__": return g.origin;
    case "__args__": return g.args;
    case "__parameters__": return newTuple([]);
    case "__class__": return genericAliasType;
    case "__unpacked__": return false;
  }
  const own = genericAliasType.lookup(name);
  if (own !== undefined) return bindAttr(own, o, genericAliasType);
  return getAttrOrUndefined(g.origin, name);
};

// ----------------------------------------------------------------------------- UnionType

/** `types.UnionType` (`int | str`). */
export const unionType: PyType = makeBuiltinType("UnionType", objectType, null, false);
unionType.ns.set("__module__", "types");

/** `X | Y` of types. */
export class PyUnion extends PyObject {
  constructor(readonly args: PyValue[]) {
    super(unionType);
  }
}

function unionable(v: PyValue): boolean {
  return v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion;
}

/** `a | b` for types, None, generic aliases and unions (NotImplemented otherwise). */
export function unionOr(a: PyValue, b: PyValue): PyValue {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const out: PyValue[] = [];
  for (const x of [a, b]) {
    const parts = x instanceof PyUnion ? x.args : [x === None ? noneType : x];
    for (const p of parts) if (!out.some((q) => q === p || (q instanceof PyGenericAlias && eq(q, p)))) out.push(p);
  }
  if (out.length === 1) return out[0];
  return new PyUnion(out);
}

function U(v: PyValue): PyUnion {
  return v as PyUnion;
}
defMethod(unionType, "__repr__", (args) => U(args[0]).args.map((a) => (a === noneType ? "None" : typeReprItem(a))).join(" | "));
defMethod(unionType, "__or__", (args) => unionOr(args[0], args[1]));
defMethod(unionType, "__ror__", (args) => unionOr(args[1], args[0]));
defMethod(unionType, "__eq__", (args) => {
  const o = args[1];
  if (!(o instanceof PyUnion)) return NotImplemented;
  const a = U(args[0]).args, b = o.args;
  return a.length === b.length && a.every((x) => b.some((y) => x === y || eq(x, y)));
});
defMethod(unionType, "__hash__", (args) => {
  let h = 0;
  for (const x of U(args[0]).args) h ^= Number(BigInt.asIntN(32, BigInt(hash(x))));
  return h === -1 ? -2 : h;
});
defMethod(unionType, "__instancecheck__", (args) => U(args[0]).args.some((t) => t instanceof PyType && typeOf(args[1]).isSubtype(t)));
defMethod(unionType, "__subclasscheck__", (args) => {
  const c = args[1];
  if (!(c instanceof PyType)) raise("TypeError", "issubclass() arg 1 must be a class");
  return U(args[0]).args.some((t) => t instanceof PyType && c.isSubtype(t));
});
defGetSet(unionType, "__args__", (s) => newTuple(U(s).args.slice()));
defGetSet(unionType, "__parameters__", () => newTuple([]));
