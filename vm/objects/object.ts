// The value model: PyValue, the PyObject base class, PyType and the builtin singletons.
import type { PyDict } from "./dict.js";

/**
 * Any Python value. Ints are JS numbers (|x| <= 2^53-1) or bigints beyond; bools are JS
 * booleans; strs are JS strings; everything else is a {@link PyObject}.
 */
export type PyValue = number | bigint | boolean | string | PyObject;

/** Base class of every heap-allocated Python object. */
export class PyObject {
  /** The object's Python type. */
  cls: PyType;
  /** Instance attribute dictionary, or null for objects without one. */
  dict: PyDict | null;
  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
  }
}

/** Bumped whenever any type's namespace or bases change; type lookup caches key on it. */
let typeEpoch = 0;

/** Invalidates every type's attribute cache (after a class attribute is set or deleted). */
export function bumpTypeEpoch(): void {
  typeEpoch++;
}

/** Current type epoch (inline caches compare against it). */
export function currentTypeEpoch(): number {
  return typeEpoch;
}

/** Allocates the instance layout of a type; inherited by subclasses from their builtin base. */
export type Allocator = (cls: PyType) => PyObject;

/** A Python class: builtin or user-defined. */
export class PyType extends PyObject {
  /** `__name__`. */
  name: string;
  /** `__qualname__`. */
  qualname: string;
  /** Direct bases (`__bases__`). */
  bases: PyType[];
  /** Method resolution order (`__mro__`), starting with this type. */
  mro: PyType[];
  /** The class namespace (`__dict__`). */
  ns: Map<string, PyValue>;
  /** Creates a bare instance with the right JS layout, or null if the type can't be instantiated that way. */
  alloc: Allocator | null;
  /** True for classes created by a `class` statement. */
  isHeap: boolean;
  /** Whether instances get a `__dict__`. */
  hasInstanceDict: boolean;
  /** Whether user code may subclass this type. */
  isBaseType: boolean;
  /** Attribute lookup that replaces the generic one for this builtin type (e.g. `super`), or null. */
  customGetAttr: ((obj: PyValue, name: string) => PyValue | undefined) | null;
  private cache: Map<string, PyValue | undefined>;
  private cacheEpoch: number;

  constructor(meta: PyType | null, name: string, bases: PyType[], alloc: Allocator | null) {
    // `type` itself is its own metatype; patched after creation for the bootstrap case.
    super(meta as PyType);
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.mro = [this];
    this.ns = new Map();
    this.alloc = alloc;
    this.isHeap = false;
    this.hasInstanceDict = false;
    this.isBaseType = true;
    this.customGetAttr = null;
    this.cache = new Map();
    this.cacheEpoch = -1;
  }

  /** Looks `name` up along the MRO (no descriptors applied). */
  lookup(name: string): PyValue | undefined {
    if (this.cacheEpoch !== typeEpoch) {
      this.cache.clear();
      this.cacheEpoch = typeEpoch;
    }
    let v = this.cache.get(name);
    if (v !== undefined || this.cache.has(name)) return v;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      v = mro[i].ns.get(name);
      if (v !== undefined) break;
    }
    this.cache.set(name, v);
    return v;
  }

  /** True if this type is `other` or inherits from it. */
  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/** The metatype `type`. */
export const typeType: PyType = new PyType(null, "type", [], null);
typeType.cls = typeType;

/** `object`, the root of every MRO. */
export const objectType: PyType = new PyType(typeType, "object", [], (cls) => new PyObject(cls));
typeType.bases = [objectType];
typeType.mro = [typeType, objectType];

/** Creates a builtin type with a single base (default `object`). */
export function makeBuiltinType(name: string, base: PyType = objectType, alloc: Allocator | null = null, baseType = true): PyType {
  const t = new PyType(typeType, name, [base], alloc ?? base.alloc);
  t.mro = [t, ...base.mro];
  t.isBaseType = baseType;
  return t;
}

/** `int`. */
export const intType = makeBuiltinType("int", objectType, null);
/** `bool` (a subclass of int; not subclassable). */
export const boolType = makeBuiltinType("bool", intType, null, false);
/** `float`. */
export const floatType = makeBuiltinType("float");
/** `str`. */
export const strType = makeBuiltinType("str", objectType, null);
/** `NoneType`. */
export const noneType = makeBuiltinType("NoneType", objectType, null, false);
/** `NotImplementedType`. */
export const notImplementedType = makeBuiltinType("NotImplementedType", objectType, null, false);
/** `ellipsis`. */
export const ellipsisType = makeBuiltinType("ellipsis", objectType, null, false);

/** The `None` singleton. */
export const None: PyObject = new PyObject(noneType);
/** The `NotImplemented` singleton. */
export const NotImplemented: PyObject = new PyObject(notImplementedType);
/** The `Ellipsis` singleton. */
export const Ellipsis: PyObject = new PyObject(ellipsisType);

/** The Python type of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return intType;
    case "string":
      return strType;
    case "boolean":
      return boolType;
    default:
      return v.cls;
  }
}

/** The type's name as used in error messages (`'int' object ...`). */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

/** True for Python ints (including bools, which subclass int). */
export function isInt(v: PyValue): v is number | bigint | boolean {
  const t = typeof v;
  return t === "number" || t === "bigint" || t === "boolean";
}
