// Callables: Python functions, cells, builtins, bound methods and the method descriptors.
import { PyObject, PyType, makeBuiltinType, None, type PyValue } from "./object.js";
import type { PyDict } from "./dict.js";
import type { CodeObject } from "../code.js";
import { withArity } from "./arity.js";

/** `function`. */
export const functionType: PyType = makeBuiltinType("function", undefined, null, false);
/** `cell`. */
export const cellType: PyType = makeBuiltinType("cell", undefined, null, false);
/** `builtin_function_or_method`. */
export const builtinType: PyType = makeBuiltinType("builtin_function_or_method", undefined, null, false);
/** `method` (a bound Python method). */
export const methodType: PyType = makeBuiltinType("method", undefined, null, false);
/** `staticmethod`. */
export const staticMethodType: PyType = makeBuiltinType("staticmethod", undefined, (cls) => new PyStaticMethod(None, cls));
/** `classmethod`. */
export const classMethodType: PyType = makeBuiltinType("classmethod", undefined, (cls) => new PyClassMethod(None, cls));
/** `property`. */
export const propertyType: PyType = makeBuiltinType("property", undefined, (cls) => new PyProperty(None, None, None, None, cls));

/** A closure cell. `undefined` contents mean the variable is unbound. */
export class PyCell extends PyObject {
  /** The cell contents. */
  value: PyValue | undefined;
  constructor(value: PyValue | undefined) {
    super(cellType);
    this.value = value;
  }
}

/** A function defined in Python. */
export class PyFunction extends PyObject {
  /** The compiled body. */
  code: CodeObject;
  /** Module globals the body runs in. */
  globals: PyDict;
  /** `__name__`. */
  name: string;
  /** `__qualname__`. */
  qualname: string;
  /** Positional defaults (`__defaults__`), or null. */
  defaults: PyValue[] | null;
  /** Keyword-only defaults (`__kwdefaults__`), or null. */
  kwdefaults: PyDict | null;
  /** Free-variable cells, in `code.freevars` order, or null. */
  closure: PyCell[] | null;
  /** `__doc__`. */
  doc: PyValue;
  /** `__module__`. */
  module: PyValue;
  /** `__annotations__`, created lazily. */
  annotations: PyDict | null;
  constructor(code: CodeObject, globals: PyDict, name: string, qualname: string) {
    super(functionType);
    this.code = code;
    this.globals = globals;
    this.name = name;
    this.qualname = qualname;
    this.defaults = null;
    this.kwdefaults = null;
    this.closure = null;
    this.doc = None;
    this.module = None;
    this.annotations = null;
  }
}

/** Signature of every builtin implemented in TypeScript. */
export type BuiltinFn = (args: PyValue[], kw: Map<string, PyValue> | null) => PyValue;

/** A function implemented in TypeScript. With `binds`, it is a method: `args[0]` is self. */
export class PyBuiltin extends PyObject {
  /** `__name__`. */
  name: string;
  /** The implementation. */
  fn: BuiltinFn;
  /** True for methods of builtin types (bound on attribute access like functions). */
  binds: boolean;
  /** Bound receiver for `obj.method` on builtin objects, or undefined when unbound. */
  self: PyValue | undefined;
  /** Owning type's name for `<method 'x' of 'list' objects>` reprs; empty for plain functions. */
  owner: string;
  /** For methods defined with {@link defMethod}: the type `self` must be an instance of. */
  ownerType: PyType | null;
  constructor(name: string, fn: BuiltinFn, binds = false, owner = "") {
    super(builtinType);
    this.name = name;
    this.fn = fn;
    this.binds = binds;
    this.self = undefined;
    this.owner = owner;
    this.ownerType = null;
  }
}

/** A bound method: `func` called with `self` prepended. */
export class PyMethod extends PyObject {
  /** The underlying callable. */
  func: PyValue;
  /** The receiver. */
  self: PyValue;
  constructor(func: PyValue, self: PyValue) {
    super(methodType);
    this.func = func;
    this.self = self;
  }
}

/** `staticmethod(f)`. */
export class PyStaticMethod extends PyObject {
  /** The wrapped callable. */
  func: PyValue;
  constructor(func: PyValue, cls: PyType = staticMethodType) {
    super(cls);
    this.func = func;
  }
}

/** `classmethod(f)`. */
export class PyClassMethod extends PyObject {
  /** The wrapped callable. */
  func: PyValue;
  constructor(func: PyValue, cls: PyType = classMethodType) {
    super(cls);
    this.func = func;
  }
}

/** `property(fget, fset, fdel, doc)`. */
export class PyProperty extends PyObject {
  /** Getter or None. */
  fget: PyValue;
  /** Setter or None. */
  fset: PyValue;
  /** Deleter or None. */
  fdel: PyValue;
  /** Docstring or None. */
  doc: PyValue;
  /** Attribute name (from `__set_name__`), for error messages. */
  name: string;
  constructor(fget: PyValue, fset: PyValue, fdel: PyValue, doc: PyValue, cls: PyType = propertyType) {
    super(cls);
    this.name = "";
    this.fget = fget;
    this.fset = fset;
    this.fdel = fdel;
    this.doc = doc;
  }
}

/** Defines a builtin method on a type's namespace. */
export function defMethod(t: PyType, name: string, fn: BuiltinFn): void {
  const b = new PyBuiltin(name, withArity(t.name, name, fn), true, t.name);
  b.ownerType = t;
  t.ns.set(name, b);
}

/** `getset_descriptor`. */
export const getSetType: PyType = makeBuiltinType("getset_descriptor", undefined, null, false);

/** A computed attribute of a builtin type (a data descriptor implemented in TypeScript). */
export class PyGetSet extends PyObject {
  /** Attribute name. */
  name: string;
  /** Reads the attribute from `self`. */
  get: (self: PyValue) => PyValue;
  /** Writes the attribute, or null when read-only. */
  set: ((self: PyValue, v: PyValue | undefined) => void) | null;
  /** Owning type's name, for `<attribute 'real' of 'int' objects>`; empty when unknown. */
  owner = "";
  constructor(name: string, get: (self: PyValue) => PyValue, set: ((self: PyValue, v: PyValue | undefined) => void) | null = null) {
    super(getSetType);
    this.name = name;
    this.get = get;
    this.set = set;
  }
}

/** Defines a computed attribute on a type's namespace (`set` receives undefined for `del`). */
export function defGetSet(t: PyType, name: string, get: (self: PyValue) => PyValue, set: ((self: PyValue, v: PyValue | undefined) => void) | null = null): void {
  const d = new PyGetSet(name, get, set);
  d.owner = t.name;
  t.ns.set(name, d);
}
