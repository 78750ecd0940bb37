// The builtins namespace: builtin functions, types and exceptions, one fresh dict per VM.
import { memoryviewType } from "../vm/objects/memoryview.js";
import { PyBigRange } from "../vm/objects/range_big.js";
import {
  PyObject, PyType, None, NotImplemented, Ellipsis, typeOf, typeType, objectType, intType, boolType, floatType,
  strType, makeBuiltinType, type PyValue,
} from "../vm/objects/object.js";
import { PyDict, dictType } from "../vm/objects/dict.js";
import { PyList, listType } from "../vm/objects/list.js";
import { PyTuple, tupleType } from "../vm/objects/tuple.js";
import { PyFloat } from "../vm/objects/float.js";
import {
  PyBuiltin, PyFunction, PyMethod, PyClassMethod, staticMethodType, classMethodType, propertyType, type BuiltinFn,
} from "../vm/objects/function.js";
import { exceptionTypes, newException, PyException } from "../vm/objects/exception.js";
import "../vm/objects/exception_group.js";
import { complexType } from "../vm/objects/complex.js";
import { anextBuiltin, aiterBuiltin } from "../vm/objects/generator.js";
import { PyIterator, iteratorTypes } from "../vm/objects/iterator.js";
import { rangeType } from "../vm/objects/range.js";
import { sliceType } from "../vm/objects/slice.js";
import { PySet, setType, frozensetType, frozensetHash } from "../vm/objects/set.js";
import { PyModule } from "../vm/objects/module.js";
import { raise } from "../vm/raise.js";
import * as ops from "../vm/ops.js";
import { rt } from "../vm/runtime.js";
import { asInt, intPow } from "../vm/objects/int.js";
import { sortItems, reverseFlag } from "../vm/objects/list_methods.js";
import { dirOf, PyUnion, genericAlias, setModuleNameHook } from "../vm/objects/type.js";
import { ascii } from "../vm/interp_helpers.js";
import { bytesType, bytearrayType, PyBytes } from "../vm/objects/bytes.js";
import {
  enumerateType, zipType, mapType, filterType, reversedType, superType, CallableIter, Quitter, setSuperResolver,
} from "./builtin_types.js";
import "../vm/objects/str.js";
import "../vm/objects/dict_methods.js";
import "../vm/objects/callable_methods.js";
import "../vm/objects/exception_methods.js";
import "../vm/objects/range_methods.js";
import "../vm/objects/bytes_methods.js";
import "../vm/objects/deque.js";

export { setSuperResolver };

type Kw = Map<string, PyValue> | null;

function fn(name: string, f: BuiltinFn): PyBuiltin {
  return new PyBuiltin(name, f);
}

function noKw(name: string, kw: Kw): void {
  if (kw !== null && kw.size > 0) raise("TypeError", `${name}() takes no keyword arguments`);
}

/** METH_O builtins: `len() takes exactly one argument (0 given)`. */
function one(name: string, args: PyValue[], kw: Kw): PyValue {
  noKw(name, kw);
  if (args.length !== 1) raise("TypeError", `${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Argument Clinic's positional count check: `getattr expected at least 2 arguments, got 1`. */
function nargs(name: string, args: PyValue[], min: number, max: number): void {
  const n = args.length;
  if (n < min) raise("TypeError", `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n > max) raise("TypeError", `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

function attrName(v: PyValue): string {
  if (typeof v !== "string") raise("TypeError", `attribute name must be string, not '${typeOf(v).name}'`);
  return v;
}

function isAttributeError(e: unknown): boolean {
  return e instanceof PyException && e.cls.isSubtype(exceptionTypes.get("AttributeError")!);
}

/** `getattr(obj, name, default)`: AttributeError from anywhere (descriptors included) gives the default. */
function getAttrOr(obj: PyValue, name: string): PyValue | undefined {
  try {
    return ops.getAttrOrUndefined(obj, name);
  } catch (e) {
    if (isAttributeError(e)) return undefined;
    throw e;
  }
}

// ----------------------------------------------------------------------------- frame hooks

let frameAccess: { globals: () => PyDict; locals: () => PyDict } = {
  globals: () => raise("RuntimeError", "globals() outside a frame"),
  locals: () => raise("RuntimeError", "locals() outside a frame"),
};

/** Installs access to the running frame's namespaces (for globals()/locals()/vars()/dir()). */
export function setFrameAccessors(a: { globals: () => PyDict; locals: () => PyDict }): void {
  frameAccess = a;
}

// type(name, bases, ns) takes __module__ from the calling frame's globals.
setModuleNameHook(() => {
  try {
    const n = frameAccess.globals().getStr("__name__");
    return typeof n === "string" ? n : undefined;
  } catch {
    return undefined;
  }
});

let compileHook: (src: string, filename: string, mode: string) => PyValue = () => raise("RuntimeError", "compile unavailable");
/** Installs compile() (vm/exec.ts owns the compiler). */
export function setCompileHook(f: (src: string, filename: string, mode: string) => PyValue): void {
  compileHook = f;
}
let execHook: (src: PyValue, globals: PyDict, locals: PyDict, mode: "exec" | "eval") => PyValue = () => raise("RuntimeError", "exec unavailable");
/** Installs the implementation of exec()/eval(). */
export function setExecHook(f: (src: PyValue, globals: PyDict, locals: PyDict, mode: "exec" | "eval") => PyValue): void {
  execHook = f;
}

let importHook: (name: string, globals: PyValue, fromlist: PyValue, level: number) => PyValue = () => raise("ImportError", "import unavailable");
/** Installs `__import__`. */
export function setImportHook(f: (name: string, globals: PyValue, fromlist: PyValue, level: number) => PyValue): void {
  importHook = f;
}

// ----------------------------------------------------------------------------- isinstance / issubclass

const ISINSTANCE_ARG2 = "isinstance() arg 2 must be a type, a tuple of types, or a union";

/** check_class: an object with a tuple `__bases__` counts as a class. */
function isClassLike(v: PyValue): boolean {
  if (v instanceof PyType) return true;
  try {
    return ops.getAttrOrUndefined(v, "__bases__") instanceof PyTuple;
  } catch (e) {
    if (isAttributeError(e)) return false;
    throw e;
  }
}

/** abstract_issubclass over `__bases__` for class-like objects. */
function abstractIsSubclass(derived: PyValue, cls: PyValue): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = getAttrOr(derived, "__bases__");
    if (!(bases instanceof PyTuple) || bases.items.length === 0) return false;
    if (bases.items.length === 1) {
      derived = bases.items[0];
      continue;
    }
    return bases.items.some((b) => abstractIsSubclass(b, cls));
  }
}

/** object_isinstance. */
function objectIsInstance(v: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    if (typeOf(v).isSubtype(cls)) return true;
    const icls = getAttrOr(v, "__class__");
    return icls instanceof PyType && icls !== typeOf(v) && icls.isSubtype(cls);
  }
  if (!isClassLike(cls)) raise("TypeError", ISINSTANCE_ARG2);
  const icls = getAttrOr(v, "__class__");
  return icls !== undefined && abstractIsSubclass(icls, cls);
}

/** PyObject_IsInstance: exact type, tuples, unions, then `__instancecheck__` on the metaclass. */
export function isInstanceOf(v: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    if (typeOf(v) === cls) return true;
    if (cls.cls === typeType) return typeOf(v).isSubtype(cls);
  }
  if (cls instanceof PyUnion) return cls.args.some((c) => isInstanceOf(v, c));
  if (cls instanceof PyTuple) return cls.items.some((c) => isInstanceOf(v, c));
  const checker = typeOf(cls).lookup("__instancecheck__");
  if (checker !== undefined) return ops.isTrue(ops.call(checker, [cls, v]));
  return objectIsInstance(v, cls);
}

/** PyObject_IsSubclass. */
export function isSubclassOf(derived: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && cls.cls === typeType) {
    if (derived === cls) return true;
    if (derived instanceof PyType) return derived.isSubtype(cls);
  }
  if (cls instanceof PyUnion) return cls.args.some((c) => isSubclassOf(derived, c));
  if (cls instanceof PyTuple) return cls.items.some((c) => isSubclassOf(derived, c));
  const checker = typeOf(cls).lookup("__subclasscheck__");
  if (checker !== undefined && !(cls instanceof PyType && checker === typeType.ns.get("__subclasscheck__"))) {
    return ops.isTrue(ops.call(checker, [cls, derived]));
  }
  if (!isClassLike(derived)) raise("TypeError", "issubclass() arg 1 must be a class");
  if (!isClassLike(cls)) raise("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  if (derived instanceof PyType && cls instanceof PyType) return derived.isSubtype(cls);
  return abstractIsSubclass(derived, cls);
}

// ----------------------------------------------------------------------------- helpers

function minmax(name: string, args: PyValue[], kw: Kw, op: number): PyValue {
  let key: PyValue = None;
  let dflt: PyValue | undefined;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === "key") key = v;
      else if (k === "default") dflt = v;
      else raise("TypeError", `'${k}' is an invalid keyword argument for ${name}()`);
    }
  }
  if (args.length === 0) raise("TypeError", `${name} expected at least 1 argument, got 0`);
  if (args.length > 1 && dflt !== undefined) raise("TypeError", `Cannot specify a default for ${name}() with multiple positional arguments`);
  const it = ops.getIter(args.length === 1 ? args[0] : new PyTuple(args));
  let best: PyValue | undefined;
  let bestKey: PyValue = None;
  for (let x = ops.iterNext(it); x !== undefined; x = ops.iterNext(it)) {
    const k = key === None ? x : ops.call(key, [x]);
    if (best === undefined) {
      best = x;
      bestKey = k;
    } else if (typeof k === "number" && typeof bestKey === "number" ? (op === ops.C.GT ? k > bestKey : k < bestKey) : ops.isTrue(ops.compareOp(op, k, bestKey))) {
      best = x;
      bestKey = k;
    }
  }
  if (best === undefined) {
    if (dflt !== undefined) return dflt;
    raise("ValueError", `${name}() arg is an empty sequence`);
  }
  return best;
}

function intToBase(v: PyValue, base: number, prefix: string): string {
  let i = asInt(v);
  if (i === undefined) {
    const idx = typeOf(v).lookup("__index__");
    if (idx === undefined) raise("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
    i = asInt(ops.call(idx, [v]));
    if (i === undefined) raise("TypeError", `__index__ returned non-int (type ${typeOf(v).name})`);
  }
  const n = typeof i === "boolean" ? +i : i;
  const neg = n < 0;
  const s = (neg ? -BigInt(n) : BigInt(n)).toString(base);
  return (neg ? "-" : "") + prefix + s;
}

function sumOf(args: PyValue[], kw: Kw): PyValue {
  let start: PyValue | undefined = args.length > 1 ? args[1] : undefined;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === "start" && start === undefined) start = v;
      else raise("TypeError", `'${k}' is an invalid keyword argument for sum()`);
    }
  }
  if (args.length < 1) raise("TypeError", "sum() takes at least 1 positional argument (0 given)");
  if (args.length > 2) raise("TypeError", `sum() takes at most 2 arguments (${args.length} given)`);
  let acc: PyValue = start ?? 0;
  if (typeof acc === "string") raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyBytes) raise("TypeError", `sum() can't sum ${acc.cls.isSubtype(bytearrayType) ? "bytearray" : "bytes"} [use b''.join(seq) instead]`);
  const v = args[0];
  const items = (v instanceof PyList || v instanceof PyTuple) && !v.cls.isHeap ? v.items : null;
  if (items !== null) {
    for (let i = 0; i < items.length; i++) acc = ops.binaryOp(ops.B.ADD, acc, items[i]);
    return acc;
  }
  const it = ops.getIter(v);
  for (let x = ops.iterNext(it); x !== undefined; x = ops.iterNext(it)) acc = ops.binaryOp(ops.B.ADD, acc, x);
  return acc;
}

function roundOf(args: PyValue[], kw: Kw): PyValue {
  let x: PyValue | undefined = args[0];
  let nd: PyValue | undefined = args[1];
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === "number" && x === undefined) x = v;
      else if (k === "ndigits" && nd === undefined) nd = v;
      else raise("TypeError", `'${k}' is an invalid keyword argument for round()`);
    }
  }
  if (args.length > 2) raise("TypeError", `round() takes at most 2 arguments (${args.length} given)`);
  if (x === undefined) raise("TypeError", "round() missing required argument 'number' (pos 1)");
  const f = typeOf(x).lookup("__round__");
  if (f === undefined) raise("TypeError", `type ${typeOf(x).name} doesn't define __round__ method`);
  return nd === undefined || nd === None ? ops.call(f, [x]) : ops.call(f, [x, nd]);
}

// ----------------------------------------------------------------------------- stdout / print

const streamType = makeBuiltinType("TextIOWrapper", objectType, null, false);
streamType.ns.set("__module__", "_io");

/** sys.stdout / sys.stderr: writes go to the VM's sinks. */
export class StdStream extends PyObject {
  constructor(readonly which: "stdout" | "stderr") {
    super(streamType);
  }
  /** Writes text to the sink. */
  write(s: string): void {
    const r = rt();
    (this.which === "stdout" ? r.stdout : r.stderr)(s);
  }
}
function SS(v: PyValue): StdStream {
  if (!(v instanceof StdStream)) raise("TypeError", `descriptor requires a '_io.TextIOWrapper' object but received a '${typeOf(v).name}'`);
  return v;
}
streamType.ns.set("write", new PyBuiltin("write", (args) => {
  const s = args[1];
  if (typeof s !== "string") raise("TypeError", `write() argument must be str, not ${typeOf(s).name}`);
  SS(args[0]).write(s);
  return ops.strLen(s);
}, true, "TextIOWrapper"));
streamType.ns.set("__enter__", new PyBuiltin("__enter__", (args) => args[0], true, "TextIOWrapper"));
streamType.ns.set("__exit__", new PyBuiltin("__exit__", () => None, true, "TextIOWrapper"));
streamType.ns.set("flush", new PyBuiltin("flush", () => None, true, "TextIOWrapper"));
streamType.ns.set("isatty", new PyBuiltin("isatty", () => false, true, "TextIOWrapper"));
streamType.ns.set("fileno", new PyBuiltin("fileno", (args) => (SS(args[0]).which === "stdout" ? 1 : 2), true, "TextIOWrapper"));
streamType.ns.set("writable", new PyBuiltin("writable", () => true, true, "TextIOWrapper"));
streamType.ns.set("readable", new PyBuiltin("readable", () => false, true, "TextIOWrapper"));
streamType.ns.set("writelines", new PyBuiltin("writelines", (args) => {
  const it = ops.getIter(args[1]);
  for (let x = ops.iterNext(it); x !== undefined; x = ops.iterNext(it)) {
    if (typeof x !== "string") raise("TypeError", `write() argument must be str, not ${typeOf(x).name}`);
    SS(args[0]).write(x);
  }
  return None;
}, true, "TextIOWrapper"));
streamType.ns.set("__repr__", new PyBuiltin("__repr__", (args) => {
  const w = SS(args[0]).which;
  return `<_io.TextIOWrapper name='<${w}>' mode='w' encoding='utf-8'>`;
}, true, "TextIOWrapper"));
streamType.ns.set("encoding", "utf-8");
streamType.ns.set("errors", "strict");

/** The current `sys.stdout` (or `sys.stderr`) object. */
function sysStream(name: "stdout" | "stderr"): PyValue {
  const sys = rt().modules.getStr("sys");
  const v = sys instanceof PyModule ? sys.dict.getStr(name) : undefined;
  if (v === undefined || v === None) raise("RuntimeError", `lost sys.${name}`);
  return v;
}

/** Writes `s` to a file object (StdStream fast path). */
function writeTo(file: PyValue, s: string): void {
  if (file instanceof StdStream) file.write(s);
  else ops.call(ops.getAttr(file, "write"), [s]);
}

function printOf(args: PyValue[], kw: Kw): PyValue {
  let sep = " ", end = "\n";
  let file: PyValue = None;
  let flush = false;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === "sep") {
        if (v !== None && typeof v !== "string") raise("TypeError", `sep must be None or a string, not ${typeOf(v).name}`);
        if (v !== None) sep = v as string;
      } else if (k === "end") {
        if (v !== None && typeof v !== "string") raise("TypeError", `end must be None or a string, not ${typeOf(v).name}`);
        if (v !== None) end = v as string;
      } else if (k === "file") file = v;
      else if (k === "flush") flush = ops.isTrue(v);
      else raise("TypeError", `'${k}' is an invalid keyword argument for print()`);
    }
  }
  if (file === None) {
    const sys = rt().modules.getStr("sys");
    file = sys instanceof PyModule ? sys.dict.getStr("stdout") ?? None : None;
    if (file === None) {
      // No sys (or sys.stdout is None): CPython silently prints nothing.
      if (sys instanceof PyModule) return None;
      let s = "";
      for (let i = 0; i < args.length; i++) s += (i > 0 ? sep : "") + ops.str(args[i]);
      rt().stdout(s + end);
      return None;
    }
  }
  if (file instanceof StdStream) {
    let s = "";
    for (let i = 0; i < args.length; i++) {
      if (i > 0) s += sep;
      const a = args[i];
      s += typeof a === "string" ? a : ops.str(a);
    }
    file.write(s + end);
    return None;
  }
  // A user file object sees the same sequence of write() calls as under CPython.
  const write = ops.getAttr(file, "write");
  for (let i = 0; i < args.length; i++) {
    if (i > 0) ops.call(write, [sep]);
    ops.call(write, [ops.str(args[i])]);
  }
  ops.call(write, [end]);
  if (flush) ops.call(ops.getAttr(file, "flush"), []);
  return None;
}

// ----------------------------------------------------------------------------- generic aliases

/** Gives the builtin containers `__class_getitem__` (`list[int]`) unless their owners already did. */
function installClassGetItem(): void {
  const cg = new PyClassMethod(new PyBuiltin("__class_getitem__", (args) => genericAlias(args[0], args[1])));
  for (const t of [listType, tupleType, dictType, setType, frozensetType, typeType, enumerateType]) {
    if (!t.ns.has("__class_getitem__")) t.ns.set("__class_getitem__", cg);
  }
}

// ----------------------------------------------------------------------------- the namespace

/** Creates a fresh builtins namespace for one VM. */
export function createBuiltins(): PyDict {
  const b = new PyDict();
  const def = (name: string, f: BuiltinFn) => b.setStr(name, fn(name, f));
  def("print", printOf);
  def("len", (args, kw) => {
    const v = one("len", args, kw);
    // A range beyond 2**53 can have a length that is no JS number (its __len__ checks ssize_t).
    if (v instanceof PyBigRange) return ops.call(rangeType.ns.get("__len__")!, [v]);
    return ops.len(v);
  });
  def("abs", (args, kw) => {
    const v = one("abs", args, kw);
    if (typeof v === "number") return Math.abs(v);
    if (v instanceof PyFloat && !v.cls.isHeap) return new PyFloat(Math.abs(v.value));
    const f = typeOf(v).lookup("__abs__");
    if (f === undefined) raise("TypeError", `bad operand type for abs(): '${typeOf(v).name}'`);
    return ops.call(f, [v]);
  });
  def("all", (args, kw) => {
    const it = ops.getIter(one("all", args, kw));
    for (let x = ops.iterNext(it); x !== undefined; x = ops.iterNext(it)) if (!ops.isTrue(x)) return false;
    return true;
  });
  def("any", (args, kw) => {
    const it = ops.getIter(one("any", args, kw));
    for (let x = ops.iterNext(it); x !== undefined; x = ops.iterNext(it)) if (ops.isTrue(x)) return true;
    return false;
  });
  def("ascii", (args, kw) => ascii(ops.repr(one("ascii", args, kw))));
  def("bin", (args, kw) => intToBase(one("bin", args, kw), 2, "0b"));
  def("oct", (args, kw) => intToBase(one("oct", args, kw), 8, "0o"));
  def("hex", (args, kw) => intToBase(one("hex", args, kw), 16, "0x"));
  def("callable", (args, kw) => {
    const v = one("callable", args, kw);
    return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyMethod || v instanceof PyType ||
      typeOf(v).lookup("__call__") !== undefined;
  });
  def("chr", (args, kw) => {
    const v = one("chr", args, kw);
    let i = asInt(v);
    if (i === undefined) {
      const idx = typeOf(v).lookup("__index__");
      if (idx === undefined) raise("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
      i = asInt(ops.call(idx, [v]))!;
    }
    const n = typeof i === "boolean" ? +i : i;
    if (typeof n === "bigint" || n > 2147483647 || n < -2147483648) raise("OverflowError", "Python int too large to convert to C int");
    if (n < 0 || n > 0x10ffff) raise("ValueError", "chr() arg not in range(0x110000)");
    return String.fromCodePoint(n);
  });
  def("ord", (args, kw) => {
    const s = one("ord", args, kw);
    if (typeof s === "string") {
      const n = ops.strLen(s);
      if (n !== 1) raise("TypeError", `ord() expected a character, but string of length ${n} found`);
      return s.codePointAt(0)!;
    }
    if (s instanceof PyBytes) {
      if (s.data.length !== 1) raise("TypeError", `ord() expected a character, but string of length ${s.data.length} found`);
      return s.data[0];
    }
    const str = typeOf(s).isSubtype(strType) ? ops.str(s) : undefined;
    if (str !== undefined) return ops.call(b.getStr("ord")!, [str]);
    raise("TypeError", `ord() expected string of length 1, but ${typeOf(s).name} found`);
  });
  def("divmod", (args, kw) => {
    noKw("divmod", kw);
    if (args.length !== 2) raise("TypeError", `divmod expected 2 arguments, got ${args.length}`);
    const [x, y] = args;
    const r = ops.binaryTryDunder(x, y, "__divmod__", "__rdivmod__");
    if (r === NotImplemented) raise("TypeError", `unsupported operand type(s) for divmod(): '${typeOf(x).name}' and '${typeOf(y).name}'`);
    return r;
  });
  def("pow", (args, kw) => {
    let base: PyValue | undefined = args[0], exp: PyValue | undefined = args[1], mod: PyValue | undefined = args[2];
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k === "base" && base === undefined) base = v;
        else if (k === "exp" && exp === undefined) exp = v;
        else if (k === "mod" && mod === undefined) mod = v;
        else raise("TypeError", `'${k}' is an invalid keyword argument for pow()`);
      }
    }
    if (args.length > 3) raise("TypeError", `pow() takes at most 3 arguments (${args.length} given)`);
    if (base === undefined) raise("TypeError", "pow() missing required argument 'base' (pos 1)");
    if (exp === undefined) raise("TypeError", "pow() missing required argument 'exp' (pos 2)");
    if (mod === undefined || mod === None) return ops.binaryOp(ops.B.POW, base, exp);
    const tp = typeOf(base).lookup("__pow__");
    if (tp !== undefined && typeOf(base).isHeap) {
      const r = ops.call(tp, [base, exp, mod]);
      if (r !== NotImplemented) return r;
    }
    const a = asInt(base), e = asInt(exp), m = asInt(mod);
    if (a === undefined || e === undefined || m === undefined) {
      // Numbers that are not all ints get the 3-argument rule; anything else has no __pow__ at all.
      const isNum = (v: PyValue): boolean => asInt(v) !== undefined || v instanceof PyFloat || typeOf(v).name === "complex";
      if ([base, exp, mod].every(isNum)) raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
      raise("TypeError", `unsupported operand type(s) for ** or pow(): '${typeOf(base).name}', '${typeOf(exp).name}', '${typeOf(mod).name}'`);
    }
    const n = (x: number | bigint | boolean) => (typeof x === "boolean" ? +x : x);
    return intPow(n(a), n(e), n(m));
  });
  def("getattr", (args, kw) => {
    noKw("getattr", kw);
    nargs("getattr", args, 2, 3);
    const name = attrName(args[1]);
    if (args.length === 3) {
      const v = getAttrOr(args[0], name);
      return v === undefined ? args[2] : v;
    }
    return ops.getAttr(args[0], name);
  });
  def("setattr", (args, kw) => {
    noKw("setattr", kw);
    if (args.length !== 3) raise("TypeError", `setattr expected 3 arguments, got ${args.length}`);
    ops.setAttr(args[0], attrName(args[1]), args[2]);
    return None;
  });
  def("delattr", (args, kw) => {
    noKw("delattr", kw);
    if (args.length !== 2) raise("TypeError", `delattr expected 2 arguments, got ${args.length}`);
    ops.delAttr(args[0], attrName(args[1]));
    return None;
  });
  def("hasattr", (args, kw) => {
    noKw("hasattr", kw);
    if (args.length !== 2) raise("TypeError", `hasattr expected 2 arguments, got ${args.length}`);
    return getAttrOr(args[0], attrName(args[1])) !== undefined;
  });
  def("hash", (args, kw) => {
    const v = one("hash", args, kw);
    // Builtin frozenset hashes are full 64-bit values (ops.hash would reduce them like ints).
    if (v instanceof PySet && v.cls === frozensetType) return frozensetHash(v);
    return ops.hash(v);
  });
  def("id", (args, kw) => {
    const v = one("id", args, kw);
    // The same number the default reprs show as the address (<... at 0x...>).
    if (typeof v === "object") return 0x7f0000000000 + ops.identity(v) * 16;
    return 0x7f0000000000 + ops.identity(boxKey(v)) * 16;
  });
  def("repr", (args, kw) => ops.repr(one("repr", args, kw)));
  def("format", (args, kw) => {
    // Positional-only in 3.11.
    noKw("format", kw);
    if (args.length > 2) raise("TypeError", `format expected at most 2 arguments, got ${args.length}`);
    if (args.length === 0) raise("TypeError", "format expected at least 1 argument, got 0");
    const v = args[0], spec: PyValue | undefined = args[1];
    if (spec !== undefined && typeof spec !== "string") raise("TypeError", `format() argument 2 must be str, not ${typeOf(spec).name}`);
    return ops.format(v, spec ?? "");
  });
  def("isinstance", (args, kw) => {
    noKw("isinstance", kw);
    if (args.length !== 2) raise("TypeError", `isinstance expected 2 arguments, got ${args.length}`);
    return isInstanceOf(args[0], args[1]);
  });
  def("issubclass", (args, kw) => {
    noKw("issubclass", kw);
    if (args.length !== 2) raise("TypeError", `issubclass expected 2 arguments, got ${args.length}`);
    return isSubclassOf(args[0], args[1]);
  });
  b.setStr("anext", anextBuiltin);
  b.setStr("aiter", aiterBuiltin);
  def("iter", (args, kw) => {
    noKw("iter", kw);
    nargs("iter", args, 1, 2);
    if (args.length === 2) {
      const f = args[0];
      if (!(f instanceof PyFunction || f instanceof PyBuiltin || f instanceof PyMethod || f instanceof PyType || typeOf(f).lookup("__call__") !== undefined)) {
        raise("TypeError", "iter(v, w): v must be callable");
      }
      return new CallableIter(f, args[1]);
    }
    return ops.getIter(args[0]);
  });
  def("next", (args, kw) => {
    noKw("next", kw);
    nargs("next", args, 1, 2);
    const it = args[0];
    if (it instanceof PyIterator) {
      const v = it.next();
      if (v !== undefined) return v;
      if (args.length > 1) return args[1];
      const ret = (it as unknown as { returnValue?: PyValue }).returnValue;
      throw newException("StopIteration", ret !== undefined && ret !== None ? ret : undefined);
    }
    const f = typeOf(it).lookup("__next__");
    if (f === undefined) raise("TypeError", `'${typeOf(it).name}' object is not an iterator`);
    try {
      return ops.call(f, [it]);
    } catch (e) {
      if (args.length > 1 && ops.isStopIteration(e)) return args[1];
      throw e;
    }
  });
  def("max", (args, kw) => minmax("max", args, kw, ops.C.GT));
  def("min", (args, kw) => minmax("min", args, kw, ops.C.LT));
  def("sum", sumOf);
  def("round", roundOf);
  def("sorted", (args, kw) => {
    if (args.length !== 1) raise("TypeError", `sorted expected 1 argument, got ${args.length}`);
    // CPython copies the iterable before list.sort looks at the keywords.
    if (kw !== null && [...kw.keys()].some((k) => k !== "key" && k !== "reverse")) ops.toArray(args[0]);
    let key: PyValue = None;
    let rev = false;
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k === "key") key = v;
        else if (k === "reverse") rev = reverseFlag(v);
        else raise("TypeError", `'${k}' is an invalid keyword argument for sort()`);
      }
    }
    return new PyList(sortItems(ops.toArray(args[0]), key, rev));
  });
  def("dir", (args, kw) => {
    noKw("dir", kw);
    if (args.length > 1) raise("TypeError", `dir expected at most 1 argument, got ${args.length}`);
    if (args.length === 0) return new PyList(sortItems(frameAccess.locals().keyList(), None, false));
    const v = args[0];
    const f = typeOf(v).lookup("__dir__");
    if (f === undefined) return new PyList(dirOf(v));
    return new PyList(sortItems(ops.toArray(ops.call(f, [v])), None, false));
  });
  def("vars", (args, kw) => {
    noKw("vars", kw);
    if (args.length > 1) raise("TypeError", `vars expected at most 1 argument, got ${args.length}`);
    if (args.length === 0) return frameAccess.locals();
    const d = getAttrOr(args[0], "__dict__");
    if (d === undefined) raise("TypeError", "vars() argument must have __dict__ attribute");
    return d;
  });
  def("globals", (args, kw) => {
    noKw("globals", kw);
    if (args.length > 0) raise("TypeError", `globals() takes no arguments (${args.length} given)`);
    return frameAccess.globals();
  });
  def("locals", (args, kw) => {
    noKw("locals", kw);
    if (args.length > 0) raise("TypeError", `locals() takes no arguments (${args.length} given)`);
    return frameAccess.locals();
  });
  def("input", (args, kw) => {
    noKw("input", kw);
    nargs("input", args, 0, 1);
    if (args.length > 0) {
      const out = sysStream("stdout");
      writeTo(out, ops.str(args[0]));
      if (!(out instanceof StdStream)) {
        const fl = getAttrOr(out, "flush");
        if (fl !== undefined) ops.call(fl, []);
      }
    }
    const r = rt();
    let line = r.stdin === null ? null : r.stdin();
    if (line === null) raise("EOFError", "EOF when reading a line");
    if (line.endsWith("\n")) line = line.slice(0, line.endsWith("\r\n") ? -2 : -1);
    return line;
  });
  def("exec", (args) => {
    const g = args.length > 1 && args[1] !== None ? (args[1] as PyDict) : frameAccess.globals();
    const l = args.length > 2 && args[2] !== None ? (args[2] as PyDict) : args.length > 1 && args[1] !== None ? g : frameAccess.locals();
    execHook(args[0], g, l, "exec");
    return None;
  });
  def("compile", (args, kw) => {
    let src = args[0] ?? kw?.get("source");
    const filename = args[1] ?? kw?.get("filename");
    const mode = args[2] ?? kw?.get("mode");
    if (src instanceof PyBytes) src = new TextDecoder().decode(src.data);
    if (typeof src !== "string") raise("TypeError", "compile() arg 1 must be a string, bytes or AST object");
    if (typeof filename !== "string") raise("TypeError", `compile() argument 'filename' must be str, not ${typeOf(filename ?? None).name}`);
    if (mode !== "exec" && mode !== "eval" && mode !== "single") raise("ValueError", "compile() mode must be 'exec', 'eval' or 'single'");
    return compileHook(src, filename, mode);
  });
  def("eval", (args) => {
    const g = args.length > 1 && args[1] !== None ? (args[1] as PyDict) : frameAccess.globals();
    const l = args.length > 2 && args[2] !== None ? (args[2] as PyDict) : args.length > 1 && args[1] !== None ? g : frameAccess.locals();
    return execHook(args[0], g, l, "eval");
  });
  def("__import__", (args, kw) => {
    const name = args[0] ?? kw?.get("name");
    if (typeof name !== "string") raise("TypeError", `__import__() argument 1 must be str, not ${typeOf(name ?? None).name}`);
    const fromlist = args[3] ?? kw?.get("fromlist") ?? None;
    const lv = asInt(args[4] ?? kw?.get("level") ?? 0);
    return importHook(name, args[1] ?? kw?.get("globals") ?? None, fromlist, lv === undefined ? 0 : Number(lv));
  });
  b.setStr("exit", new Quitter("exit"));
  b.setStr("quit", new Quitter("quit"));
  for (const [name, t] of [
    ["int", intType], ["float", floatType], ["complex", complexType], ["str", strType], ["bool", boolType], ["list", listType], ["tuple", tupleType],
    ["dict", dictType], ["set", setType], ["frozenset", frozensetType], ["range", rangeType], ["slice", sliceType],
    ["object", objectType], ["type", typeType], ["property", propertyType], ["staticmethod", staticMethodType],
    ["classmethod", classMethodType], ["super", superType], ["bytes", bytesType], ["bytearray", bytearrayType], ["memoryview", memoryviewType],
    ["enumerate", enumerateType], ["zip", zipType], ["map", mapType], ["filter", filterType], ["reversed", reversedType],
  ] as const) b.setStr(name, t);
  for (const [k, v] of exceptionTypes) b.setStr(k, v);
  b.setStr("None", None);
  b.setStr("Ellipsis", Ellipsis);
  b.setStr("NotImplemented", NotImplemented);
  b.setStr("True", true);
  b.setStr("False", false);
  b.setStr("__debug__", true);
  b.setStr("__name__", "builtins");
  b.setStr("__doc__", "Built-in functions, types, exceptions, and other objects.");
  installIteratorDunders();
  return b;
}

const boxes = new Map<unknown, PyObject>();
/** A stable identity object for a primitive value (`id(5) == id(5)`). */
function boxKey(v: PyValue): PyObject {
  let o = boxes.get(v);
  if (o === undefined) {
    o = new PyObject(objectType);
    if (boxes.size < 100000) boxes.set(v, o);
  }
  return o;
}

/** Iterator types get Python-visible `__iter__` (self) and `__next__` (StopIteration when done). */
function installIteratorDunders(): void {
  for (const t of iteratorTypes) {
    if (!t.ns.has("__iter__")) t.ns.set("__iter__", new PyBuiltin("__iter__", (args) => args[0], true, t.name));
    if (!t.ns.has("__next__")) {
      t.ns.set("__next__", new PyBuiltin("__next__", (args) => {
        const v = (args[0] as PyIterator).next();
        if (v === undefined) throw newException("StopIteration");
        return v;
      }, true, t.name));
    }
  }
}
installIteratorDunders();
installClassGetItem();

