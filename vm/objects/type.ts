// Class creation (type(name, bases, ns)), the C3 MRO, and the Python-visible parts of type/object.
import {
  PyType, PyObject, typeType, objectType, None, NotImplemented, typeOf, bumpTypeEpoch, type PyValue,
} from "./object.js";
import { PyDict } from "./dict.js";
import { PyTuple, newTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { PyFunction, PyBuiltin, PyStaticMethod, PyClassMethod, PyCell, PyProperty, PyGetSet, defMethod, defGetSet } from "./function.js";
import { raise } from "../raise.js";
import { call, callType, typeCallDefault, getAttrOrUndefined, genericGetAttr, identity, repr, defaultRepr, allocInstance } from "../ops.js";

/** C3 linearisation of a new class's bases. */
export function computeMro(cls: PyType, bases: PyType[]): PyType[] {
  const seqs = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const out: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const c = s[0];
      if (!nonEmpty.some((t) => t.indexOf(c) > 0)) {
        cand = c;
        break;
      }
    }
    if (cand === null) {
      raise("TypeError", `Cannot create a consistent method resolution order (MRO) for bases ${bases.map((b) => b.name).join(", ")}`);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

/** Creates a class the way `type.__new__` does. */
export function makeClass(name: string, basesV: PyValue[], ns: PyDict, meta: PyType = typeType, kw: Map<string, PyValue> | null = null): PyType {
  const bases: PyType[] = [];
  for (const b of basesV) {
    if (!(b instanceof PyType)) raise("TypeError", `bases must be types`);
    if (!b.isBaseType) raise("TypeError", `type '${b.name}' is not an acceptable base type`);
    if (bases.includes(b)) raise("TypeError", `duplicate base class ${b.name}`);
    bases.push(b);
  }
  if (bases.length === 0) bases.push(objectType);
  const cls = new PyType(meta, name, bases, null);
  cls.isHeap = true;
  cls.mro = computeMro(cls, bases);
  // Layout: the first base with an allocator other than object's decides the instance class.
  let alloc = objectType.alloc;
  for (const t of cls.mro) {
    if (t !== cls && !t.isHeap && t.alloc !== null && t !== objectType) {
      alloc = t.alloc;
      break;
    }
  }
  cls.alloc = alloc;
  cls.hasInstanceDict = true;
  const qual = ns.getStr("__qualname__");
  cls.qualname = typeof qual === "string" ? qual : name;
  for (const [k, v] of ns.entries()) {
    if (typeof k !== "string" || k === "__qualname__" || k === "__classcell__") continue;
    let val = v;
    if ((k === "__init_subclass__" || k === "__class_getitem__") && v instanceof PyFunction) val = new PyClassMethod(v);
    if (k === "__new__" && v instanceof PyFunction) val = new PyStaticMethod(v);
    cls.ns.set(k, val);
  }
  if (!cls.ns.has("__doc__")) cls.ns.set("__doc__", None);
  if (!cls.mro.slice(1).some((t) => t.ns.has("__dict__"))) {
    cls.ns.set("__dict__", instanceDictDescr);
    cls.ns.set("__weakref__", weakrefDescr);
  }
  if (cls.ns.has("__eq__") && !cls.ns.has("__hash__")) cls.ns.set("__hash__", None);
  const cell = ns.getStr("__classcell__");
  if (cell instanceof PyCell) cell.value = cls;
  bumpTypeEpoch();
  for (const [k, v] of cls.ns) {
    if (v instanceof PyProperty && v.name === "") v.name = k;
    if (typeof v === "object" && v.cls.isHeap) {
      const sn = v.cls.lookup("__set_name__");
      if (sn !== undefined) call(sn, [v, cls, k]);
    }
  }
  // __init_subclass__ of the nearest base that defines it.
  const parent = cls.mro[1];
  const isub = parent.lookup("__init_subclass__");
  if (isub instanceof PyClassMethod) call(isub.func, [cls], kw && kw.size ? kw : null);
  else if (kw && kw.size) raise("TypeError", `${name}.__init_subclass__() takes no keyword arguments`);
  return cls;
}

function T(v: PyValue): PyType {
  if (!(v instanceof PyType)) raise("TypeError", `descriptor requires a 'type' object but received a '${typeOf(v).name}'`);
  return v;
}

typeType.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kw) => {
  const meta = T(args[0]);
  if (args.length === 2) return typeOf(args[1]);
  if (args.length !== 4) raise("TypeError", "type() takes 1 or 3 arguments");
  const [, name, bases, ns] = args;
  if (typeof name !== "string") raise("TypeError", `type.__new__() argument 1 must be str, not ${typeOf(name).name}`);
  if (!(bases instanceof PyTuple)) raise("TypeError", `type.__new__() argument 2 must be tuple, not ${typeOf(bases).name}`);
  if (!(ns instanceof PyDict)) raise("TypeError", `type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`);
  if (!ns.getStr("__module__")) {
    const g = getModuleName();
    if (g !== undefined) ns.setStr("__module__", g);
  }
  return makeClass(name, bases.items, ns, meta, kw);
})));

let moduleNameHook: () => string | undefined = () => undefined;
/** Lets the interpreter say which module is running (for `type(name, bases, ns)`). */
export function setModuleNameHook(f: () => string | undefined): void {
  moduleNameHook = f;
}
function getModuleName(): string | undefined {
  return moduleNameHook();
}

defMethod(typeType, "__init__", () => None);
defMethod(typeType, "__call__", (args, kw) => typeCallDefault(T(args[0]), args.slice(1), kw));
defMethod(typeType, "__repr__", (args) => {
  const t = T(args[0]);
  const mod = t.ns.get("__module__");
  if (typeof mod === "string" && mod !== "builtins") return `<class '${mod}.${t.qualname}'>`;
  return `<class '${t.qualname}'>`;
});
defMethod(typeType, "mro", (args) => new PyList(T(args[0]).mro.slice()));
defMethod(typeType, "__subclasses__", () => new PyList([]));
defMethod(typeType, "__instancecheck__", (args) => typeOf(args[1]).isSubtype(T(args[0])));
defMethod(typeType, "__subclasscheck__", (args) => T(args[1]).isSubtype(T(args[0])));
defMethod(typeType, "__or__", (args) => newTuple([args[0], args[1]]));
defGetSet(typeType, "__name__", (s) => T(s).name, (s, v) => {
  if (typeof v !== "string") raise("TypeError", `can only assign string to ${T(s).name}.__name__, not '${typeOf(v ?? None).name}'`);
  T(s).name = v;
});
defGetSet(typeType, "__qualname__", (s) => T(s).qualname, (s, v) => {
  T(s).qualname = String(v);
});
defGetSet(typeType, "__module__", (s) => {
  const m = T(s).ns.get("__module__");
  return m === undefined ? "builtins" : m;
}, (s, v) => {
  T(s).ns.set("__module__", v ?? None);
});
defGetSet(typeType, "__doc__", (s) => T(s).ns.get("__doc__") ?? None);
defGetSet(typeType, "__bases__", (s) => newTuple(T(s).bases.slice()));
defGetSet(typeType, "__base__", (s) => T(s).bases[0] ?? None);
defGetSet(typeType, "__mro__", (s) => newTuple(T(s).mro.slice()));
defGetSet(typeType, "__dict__", (s) => {
  const d = new PyDict();
  for (const [k, v] of T(s).ns) d.setStr(k, v);
  return d;
});
defGetSet(typeType, "__class__", (s) => typeOf(s));

// ----------------------------------------------------------------------------- object

defMethod(objectType, "__eq__", (args) => (args[0] === args[1] ? true : NotImplemented));
defMethod(objectType, "__ne__", (args) => {
  const eqf = typeOf(args[0]).lookup("__eq__");
  if (eqf === undefined) return NotImplemented;
  const r = call(eqf, [args[0], args[1]]);
  return r === NotImplemented ? NotImplemented : !(r === true || (r !== false && r !== 0 && r !== None));
});
for (const n of ["__lt__", "__le__", "__gt__", "__ge__"]) defMethod(objectType, n, () => NotImplemented);
defMethod(objectType, "__dir__", (args) => new PyList(dirOf(args[0])));
defMethod(objectType, "__reduce_ex__", () => raise("TypeError", "pickling is not supported"));
defMethod(objectType, "__sizeof__", () => 16);
objectType.ns.set("__init_subclass__", new PyClassMethod(new PyBuiltin("__init_subclass__", () => None)));
objectType.ns.set("__subclasshook__", new PyClassMethod(new PyBuiltin("__subclasshook__", () => NotImplemented)));
defGetSet(objectType, "__class__", (s) => typeOf(s), (s, v) => {
  if (!(v instanceof PyType)) raise("TypeError", `__class__ must be set to a class, not '${typeOf(v ?? None).name}' object`);
  if (!(s instanceof PyObject) || !typeOf(s).isHeap || !v.isHeap) raise("TypeError", "__class__ assignment only supported for mutable types or ModuleType subclasses");
  s.cls = v;
});
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
objectType.ns.set("__doc__", "The base class of the class hierarchy.");

/** `dir(obj)`: attribute names from the instance dict and the class MRO, sorted. */
export function dirOf(obj: PyValue): string[] {
  const names = new Set<string>();
  if (obj instanceof PyType) {
    for (const t of obj.mro) for (const k of t.ns.keys()) names.add(k);
  } else {
    if (obj instanceof PyObject && obj.dict !== null) for (const k of obj.dict.keyList()) if (typeof k === "string") names.add(k);
    for (const t of typeOf(obj).mro) for (const k of t.ns.keys()) names.add(k);
    names.add("__class__");
  }
  return [...names].sort();
}

void getAttrOrUndefined;
void genericGetAttr;
void identity;
void repr;
void defaultRepr;
void allocInstance;
