// The builtins namespace: builtin functions, types and exceptions, one fresh dict per VM.
import {
  PyObject, PyType, None, NotImplemented, Ellipsis, typeOf, typeType, objectType, intType, boolType, floatType,
  strType, makeBuiltinType, type PyValue,
} from "../vm/objects/object.js";
import { PyDict, dictType } from "../vm/objects/dict.js";
import { PyList, listType } from "../vm/objects/list.js";
import { PyTuple, tupleType, newTuple } from "../vm/objects/tuple.js";
import { PyFloat } from "../vm/objects/float.js";
import {
  PyBuiltin, PyFunction, staticMethodType, classMethodType, propertyType, PyCell, type BuiltinFn,
} from "../vm/objects/function.js";
import { exceptionTypes, newException, PyException } from "../vm/objects/exception.js";
import { PyIterator, makeIteratorType, iteratorTypes } from "../vm/objects/iterator.js";
import { PyRange, rangeType } from "../vm/objects/range.js";
import { PySlice, sliceType } from "../vm/objects/slice.js";
import { PySet, setType, frozensetType, frozensetHash } from "../vm/objects/set.js";
import { PyModule, moduleType } from "../vm/objects/module.js";
import { raise } from "../vm/raise.js";
import * as ops from "../vm/ops.js";
import { rt } from "../vm/runtime.js";
import { asInt, intPow, toInt } from "../vm/objects/int.js";
import { asFloat } from "../vm/objects/float_methods.js";
import { sortItems } from "../vm/objects/list_methods.js";
import { dirOf } from "../vm/objects/type.js";
import { ascii } from "../vm/interp_helpers.js";
import { bytesType, bytearrayType } from "../vm/objects/bytes.js";
import "../vm/objects/str.js";
import "../vm/objects/dict_methods.js";
import "../vm/objects/callable_methods.js";
import "../vm/objects/range_methods.js";

type Kw = Map<string, PyValue> | null;

function fn(name: string, f: BuiltinFn): PyBuiltin {
  return new PyBuiltin(name, f);
}

function noKw(name: string, kw: Kw): void {
  if (kw && kw.size) raise("TypeError", `${name}() takes no keyword arguments`);
}

function nargs(name: string, args: PyValue[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    if (min === max) raise("TypeError", `${name}() takes exactly ${min === 1 ? "one argument" : `${min} arguments`} (${args.length} given)`);
    if (args.length < min) raise("TypeError", `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
    raise("TypeError", `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`);
  }
}

// ----------------------------------------------------------------------------- iterator types

const enumerateType = makeIteratorType("enumerate");
const zipType = makeIteratorType("zip");
const mapType = makeIteratorType("map");
const filterType = makeIteratorType("filter");
const reversedType = makeIteratorType("reversed");
const callableIterType = makeIteratorType("callable_iterator");

class Enumerate extends PyIterator {
  constructor(private readonly it: PyValue, private i: number | bigint) {
    super(enumerateType);
  }
  override next(): PyValue | undefined {
    const x = ops.iterNext(this.it);
    if (x === undefined) return undefined;
    const i = this.i;
    this.i = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : ops.normBig(BigInt(i) + 1n);
    return newTuple([i, x]);
  }
}

class Zip extends PyIterator {
  constructor(private readonly its: PyValue[], private readonly strict: boolean) {
    super(zipType);
  }
  override next(): PyValue | undefined {
    const its = this.its;
    if (its.length === 0) return undefined;
    const out = new Array<PyValue>(its.length);
    for (let i = 0; i < its.length; i++) {
      const x = ops.iterNext(its[i]);
      if (x === undefined) {
        if (this.strict) {
          if (i > 0) raise("ValueError", `zip() argument ${i + 1} is shorter than argument${i > 1 ? "s 1-" + i : " 1"}`);
          for (let j = 1; j < its.length; j++) {
            if (ops.iterNext(its[j]) !== undefined) raise("ValueError", `zip() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
          }
        }
        return undefined;
      }
      out[i] = x;
    }
    return newTuple(out);
  }
}

class MapIter extends PyIterator {
  constructor(private readonly f: PyValue, private readonly its: PyValue[]) {
    super(mapType);
  }
  override next(): PyValue | undefined {
    const its = this.its;
    if (its.length === 1) {
      const x = ops.iterNext(its[0]);
      return x === undefined ? undefined : ops.call(this.f, [x]);
    }
    const args = new Array<PyValue>(its.length);
    for (let i = 0; i < its.length; i++) {
      const x = ops.iterNext(its[i]);
      if (x === undefined) return undefined;
      args[i] = x;
    }
    return ops.call(this.f, args);
  }
}

class FilterIter extends PyIterator {
  constructor(private readonly f: PyValue, private readonly it: PyValue) {
    super(filterType);
  }
  override next(): PyValue | undefined {
    for (;;) {
      const x = ops.iterNext(this.it);
      if (x === undefined) return undefined;
      if (this.f === None ? ops.isTrue(x) : ops.isTrue(ops.call(this.f, [x]))) return x;
    }
  }
}

class SeqReversed extends PyIterator {
  private i: number;
  constructor(private readonly seq: PyValue) {
    super(reversedType);
    this.i = ops.len(seq) - 1;
  }
  override next(): PyValue | undefined {
    if (this.i < 0) return undefined;
    return ops.getItem(this.seq, this.i--);
  }
}

class CallableIter extends PyIterator {
  private done = false;
  constructor(private readonly f: PyValue, private readonly sentinel: PyValue) {
    super(callableIterType);
  }
  override next(): PyValue | undefined {
    if (this.done) return undefined;
    const v = ops.call(this.f, []);
    if (ops.eq(v, this.sentinel)) {
      this.done = true;
      return undefined;
    }
    return v;
  }
}

// ----------------------------------------------------------------------------- super

const superType = makeBuiltinType("super", objectType, null);

/** A `super()` proxy. */
class PySuper extends PyObject {
  constructor(readonly thisType: PyType, readonly obj: PyValue, readonly objType: PyType) {
    super(superType);
  }
}

let superResolver: () => [PyType, PyValue] = () => raise("RuntimeError", "super(): no arguments");

/** Installs the zero-argument super() resolver (reads `__class__` and the first argument of the running frame). */
export function setSuperResolver(f: () => [PyType, PyValue]): void {
  superResolver = f;
}

superType.ns.set("__new__", new PyBuiltin("__new__", (args) => {
  let t: PyValue, obj: PyValue;
  if (args.length === 1) [t, obj] = superResolver();
  else {
    t = args[1];
    obj = args.length > 2 ? args[2] : None;
  }
  if (!(t instanceof PyType)) raise("TypeError", `super() argument 1 must be a type, not ${typeOf(t).name}`);
  let objType: PyType;
  if (obj instanceof PyType && obj.isSubtype(t)) objType = obj;
  else if (typeOf(obj).isSubtype(t)) objType = typeOf(obj);
  else if (obj === None && args.length === 2) objType = t;
  else raise("TypeError", "super(type, obj): obj must be an instance or subtype of type");
  return new PySuper(t, obj, objType);
}));
superType.ns.set("__init__", new PyBuiltin("__init__", () => None, true, "super"));
superType.customGetAttr = (o, name) => {
  const s = o as PySuper;
  if (name === "__class__") return superType;
  const mro = s.objType.mro;
  let i = mro.indexOf(s.thisType);
  for (i++; i < mro.length; i++) {
    const d = mro[i].ns.get(name);
    if (d !== undefined) {
      if (s.obj === s.objType && d instanceof PyFunction) return d;
      return ops.bindAttr(d, s.obj === s.objType && !(d instanceof PyFunction) ? s.obj : s.obj, s.objType);
    }
  }
  return ops.genericGetAttr(o, name, superType);
};
superType.ns.set("__repr__", new PyBuiltin("__repr__", (args) => {
  const s = args[0] as PySuper;
  return `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>`;
}, true, "super"));

// ----------------------------------------------------------------------------- helpers

function minmax(name: string, args: PyValue[], kw: Kw, wantMax: boolean): PyValue {
  const key = kw?.get("key") ?? None;
  const dflt = kw?.get("default");
  if (kw) for (const k of kw.keys()) if (k !== "key" && k !== "default") raise("TypeError", `'${k}' is an invalid keyword argument for ${name}()`);
  let items: PyValue[];
  if (args.length === 0) raise("TypeError", `${name} expected at least 1 argument, got 0`);
  if (args.length === 1) items = ops.toArray(args[0]);
  else {
    if (dflt !== undefined) raise("TypeError", `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    raise("ValueError", `${name}() arg is an empty sequence`);
  }
  let best = items[0];
  let bestKey = key === None ? best : ops.call(key, [best]);
  for (let i = 1; i < items.length; i++) {
    const x = items[i];
    const k = key === None ? x : ops.call(key, [x]);
    if (wantMax ? ops.lessThan(bestKey, k) : ops.lessThan(k, bestKey)) {
      best = x;
      bestKey = k;
    }
  }
  return best;
}

function isinstanceCheck(v: PyValue, spec: PyValue, fname: string): boolean {
  if (spec instanceof PyType) {
    if (typeOf(v).isSubtype(spec)) return true;
    const meta = spec.cls;
    if (meta !== typeType) {
      const ic = meta.lookup("__instancecheck__");
      if (ic !== undefined) return ops.isTrue(ops.call(ic, [spec, v]));
    }
    return false;
  }
  if (spec instanceof PyTuple) return spec.items.some((s) => isinstanceCheck(v, s, fname));
  raise("TypeError", `${fname}() arg 2 must be a type, a tuple of types, or a union`);
}

function issubclassCheck(c: PyValue, spec: PyValue): boolean {
  if (!(c instanceof PyType)) raise("TypeError", "issubclass() arg 1 must be a class");
  if (spec instanceof PyType) {
    const meta = spec.cls;
    if (meta !== typeType) {
      const sc = meta.lookup("__subclasscheck__");
      if (sc !== undefined && sc !== typeType.ns.get("__subclasscheck__")) return ops.isTrue(ops.call(sc, [spec, c]));
    }
    return c.isSubtype(spec);
  }
  if (spec instanceof PyTuple) return spec.items.some((s) => issubclassCheck(c, s));
  raise("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

function intToBase(v: PyValue, base: number, prefix: string): string {
  let i = asInt(v);
  if (i === undefined) {
    const idx = typeOf(v).lookup("__index__");
    if (idx === undefined) raise("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
    i = asInt(ops.call(idx, [v]))!;
  }
  const neg = i < 0;
  const s = (neg ? -BigInt(i) : BigInt(i)).toString(base);
  return (neg ? "-" : "") + prefix + s;
}

let frameAccess: { globals: () => PyDict; locals: () => PyDict } = {
  globals: () => raise("RuntimeError", "globals() outside a frame"),
  locals: () => raise("RuntimeError", "locals() outside a frame"),
};

/** Installs access to the running frame's namespaces (for globals()/locals()/vars()). */
export function setFrameAccessors(a: { globals: () => PyDict; locals: () => PyDict }): void {
  frameAccess = a;
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

function sumOf(args: PyValue[], kw: Kw): PyValue {
  if (args.length < 1) raise("TypeError", "sum() takes at least 1 positional argument (0 given)");
  let acc: PyValue = args.length > 1 ? args[1] : kw?.get("start") ?? 0;
  if (typeof acc === "string") raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]");
  if (typeOf(acc).name === "bytes") raise("TypeError", "sum() can't sum bytes [use b''.join(seq) instead]");
  const v = args[0];
  const items = v instanceof PyList || v instanceof PyTuple ? v.items : null;
  if (items !== null) {
    for (let i = 0; i < items.length; i++) acc = ops.binaryOp(0, acc, items[i]);
    return acc;
  }
  const it = ops.getIter(v);
  for (let x = ops.iterNext(it); x !== undefined; x = ops.iterNext(it)) acc = ops.binaryOp(0, acc, x);
  return acc;
}

function roundOf(args: PyValue[], kw: Kw): PyValue {
  const x = args[0] ?? kw?.get("number");
  if (x === undefined) raise("TypeError", "round() missing required argument 'number' (pos 1)");
  const nd = args.length > 1 ? args[1] : kw?.get("ndigits");
  const f = typeOf(x).lookup("__round__");
  if (f === undefined) raise("TypeError", `type ${typeOf(x).name} doesn't define __round__ method`);
  return nd === undefined ? ops.call(f, [x]) : ops.call(f, [x, nd]);
}

function printOf(args: PyValue[], kw: Kw): PyValue {
  let sep = " ", end = "\n";
  let file: PyValue = None;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === "sep") {
        if (v !== None && typeof v !== "string") raise("TypeError", `sep must be None or a string, not ${typeOf(v).name}`);
        if (v !== None) sep = v as string;
      } else if (k === "end") {
        if (v !== None && typeof v !== "string") raise("TypeError", `end must be None or a string, not ${typeOf(v).name}`);
        if (v !== None) end = v as string;
      } else if (k === "file") file = v;
      else if (k === "flush") continue;
      else raise("TypeError", `'${k}' is an invalid keyword argument for print()`);
    }
  }
  let s = "";
  for (let i = 0; i < args.length; i++) {
    if (i > 0) s += sep;
    const a = args[i];
    s += typeof a === "string" ? a : ops.str(a);
  }
  s += end;
  if (file === None) {
    const sys = rt().modules.getStr("sys");
    const out = sys instanceof PyModule ? sys.dict.getStr("stdout") : undefined;
    if (out !== undefined && !(out instanceof StdStream)) {
      ops.call(ops.getAttr(out, "write"), [s]);
      return None;
    }
    rt().stdout(s);
  } else if (file instanceof StdStream) file.write(s);
  else ops.call(ops.getAttr(file, "write"), [s]);
  return None;
}

const streamType = makeBuiltinType("TextIOWrapper", objectType, null, false);

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
streamType.ns.set("write", new PyBuiltin("write", (args) => {
  const s = args[1];
  if (typeof s !== "string") raise("TypeError", `write() argument must be str, not ${typeOf(s).name}`);
  (args[0] as StdStream).write(s);
  return ops.strLen(s);
}, true, "TextIOWrapper"));
streamType.ns.set("__enter__", new PyBuiltin("__enter__", (args) => args[0], true, "TextIOWrapper"));
streamType.ns.set("__exit__", new PyBuiltin("__exit__", () => None, true, "TextIOWrapper"));
streamType.ns.set("flush", new PyBuiltin("flush", () => None, true, "TextIOWrapper"));
streamType.ns.set("isatty", new PyBuiltin("isatty", () => false, true, "TextIOWrapper"));
streamType.ns.set("writelines", new PyBuiltin("writelines", (args) => {
  for (const x of ops.toArray(args[1])) (args[0] as StdStream).write(ops.str(x));
  return None;
}, true, "TextIOWrapper"));

/** Creates a fresh builtins namespace for one VM. */
export function createBuiltins(): PyDict {
  const b = new PyDict();
  const def = (name: string, f: BuiltinFn) => b.setStr(name, fn(name, f));
  def("print", printOf);
  def("len", (args, kw) => {
    noKw("len", kw);
    nargs("len", args, 1, 1);
    return ops.len(args[0]);
  });
  def("abs", (args) => {
    nargs("abs", args, 1, 1);
    const v = args[0];
    if (typeof v === "number") return Math.abs(v);
    if (v instanceof PyFloat) return new PyFloat(Math.abs(v.value));
    const f = typeOf(v).lookup("__abs__");
    if (f === undefined) raise("TypeError", `bad operand type for abs(): '${typeOf(v).name}'`);
    return ops.call(f, [v]);
  });
  def("all", (args) => {
    nargs("all", args, 1, 1);
    const it = ops.getIter(args[0]);
    for (let x = ops.iterNext(it); x !== undefined; x = ops.iterNext(it)) if (!ops.isTrue(x)) return false;
    return true;
  });
  def("any", (args) => {
    nargs("any", args, 1, 1);
    const it = ops.getIter(args[0]);
    for (let x = ops.iterNext(it); x !== undefined; x = ops.iterNext(it)) if (ops.isTrue(x)) return true;
    return false;
  });
  def("ascii", (args) => ascii(ops.repr(args[0])));
  def("bin", (args) => intToBase(args[0], 2, "0b"));
  def("oct", (args) => intToBase(args[0], 8, "0o"));
  def("hex", (args) => intToBase(args[0], 16, "0x"));
  def("callable", (args) => {
    const v = args[0];
    return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyType || typeOf(v).lookup("__call__") !== undefined;
  });
  def("chr", (args) => {
    const i = asInt(args[0]);
    if (i === undefined) raise("TypeError", `'${typeOf(args[0]).name}' object cannot be interpreted as an integer`);
    if (i < 0 || i > 0x10ffff) raise("ValueError", "chr() arg not in range(0x110000)");
    return String.fromCodePoint(Number(i));
  });
  def("ord", (args) => {
    const s = args[0];
    if (typeof s === "string") {
      const n = ops.strLen(s);
      if (n !== 1) raise("TypeError", `ord() expected a character, but string of length ${n} found`);
      return s.codePointAt(0)!;
    }
    const d = (s as { data?: Uint8Array }).data;
    if (d instanceof Uint8Array) {
      if (d.length !== 1) raise("TypeError", `ord() expected a character, but string of length ${d.length} found`);
      return d[0];
    }
    raise("TypeError", `ord() expected string of length 1, but ${typeOf(s).name} found`);
  });
  def("divmod", (args) => {
    nargs("divmod", args, 2, 2);
    const [a, c] = args;
    const r = ops.binaryTryDunder(a, c, "__divmod__", "__rdivmod__");
    if (r === NotImplemented) raise("TypeError", `unsupported operand type(s) for divmod(): '${typeOf(a).name}' and '${typeOf(c).name}'`);
    return r;
  });
  def("pow", (args, kw) => {
    const base = args[0] ?? kw?.get("base");
    const exp = args[1] ?? kw?.get("exp");
    const mod = args[2] ?? kw?.get("mod") ?? None;
    if (base === undefined || exp === undefined) raise("TypeError", "pow() missing required argument");
    if (mod === None) return ops.binaryOp(6, base, exp);
    const a = asInt(base), e = asInt(exp), m = asInt(mod);
    if (a === undefined || e === undefined || m === undefined) raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
    return intPow(a, e, m);
  });
  def("getattr", (args) => {
    nargs("getattr", args, 2, 3);
    const name = args[1];
    if (typeof name !== "string") raise("TypeError", "attribute name must be string, not '" + typeOf(name).name + "'");
    if (args.length === 3) {
      const v = ops.getAttrOrUndefined(args[0], name);
      return v === undefined ? args[2] : v;
    }
    return ops.getAttr(args[0], name);
  });
  def("setattr", (args) => {
    nargs("setattr", args, 3, 3);
    if (typeof args[1] !== "string") raise("TypeError", `attribute name must be string, not '${typeOf(args[1]).name}'`);
    ops.setAttr(args[0], args[1], args[2]);
    return None;
  });
  def("delattr", (args) => {
    nargs("delattr", args, 2, 2);
    if (typeof args[1] !== "string") raise("TypeError", `attribute name must be string, not '${typeOf(args[1]).name}'`);
    ops.delAttr(args[0], args[1]);
    return None;
  });
  def("hasattr", (args) => {
    nargs("hasattr", args, 2, 2);
    if (typeof args[1] !== "string") raise("TypeError", "hasattr(): attribute name must be string");
    return ops.getAttrOrUndefined(args[0], args[1]) !== undefined;
  });
  def("hash", (args) => {
    nargs("hash", args, 1, 1);
    const v = args[0];
    // Builtin frozenset hashes are full 64-bit values (ops.hash would reduce them like ints).
    if (v instanceof PySet && v.cls === frozensetType) return frozensetHash(v);
    return ops.hash(v);
  });
  def("id", (args) => {
    const v = args[0];
    if (typeof v === "object") return ops.identity(v);
    return ops.identity(boxKey(v));
  });
  def("repr", (args) => ops.repr(args[0]));
  def("format", (args) => ops.format(args[0], args.length > 1 ? (args[1] as string) : ""));
  def("isinstance", (args) => {
    nargs("isinstance", args, 2, 2);
    return isinstanceCheck(args[0], args[1], "isinstance");
  });
  def("issubclass", (args) => {
    nargs("issubclass", args, 2, 2);
    return issubclassCheck(args[0], args[1]);
  });
  def("iter", (args) => {
    nargs("iter", args, 1, 2);
    if (args.length === 2) return new CallableIter(args[0], args[1]);
    return ops.getIter(args[0]);
  });
  def("next", (args) => {
    nargs("next", args, 1, 2);
    const it = args[0];
    if (!(it instanceof PyIterator) && typeOf(it).lookup("__next__") === undefined) raise("TypeError", `'${typeOf(it).name}' object is not an iterator`);
    if (it instanceof PyIterator) {
      const v = it.next();
      if (v !== undefined) return v;
      if (args.length > 1) return args[1];
      const gen = it as unknown as { returnValue?: PyValue };
      throw newException("StopIteration", gen.returnValue !== undefined && gen.returnValue !== None ? gen.returnValue : undefined);
    }
    try {
      return ops.call(typeOf(it).lookup("__next__")!, [it]);
    } catch (e) {
      if (args.length > 1 && ops.isStopIteration(e)) return args[1];
      throw e;
    }
  });
  def("max", (args, kw) => minmax("max", args, kw, true));
  def("min", (args, kw) => minmax("min", args, kw, false));
  def("sum", sumOf);
  def("round", roundOf);
  def("sorted", (args, kw) => {
    if (args.length !== 1) raise("TypeError", `sorted expected 1 argument, got ${args.length}`);
    const key = kw?.get("key") ?? None;
    const rev = kw?.has("reverse") ? ops.isTrue(kw.get("reverse")!) : false;
    return new PyList(sortItems(ops.toArray(args[0]), key, rev));
  });
  def("reversed", (args) => {
    nargs("reversed", args, 1, 1);
    const v = args[0];
    const r = typeOf(v).lookup("__reversed__");
    if (r !== undefined && r !== None) return ops.call(r, [v]);
    if (typeOf(v).lookup("__getitem__") === undefined || typeOf(v).lookup("__len__") === undefined || v instanceof PyDict) {
      raise("TypeError", `'${typeOf(v).name}' object is not reversible`);
    }
    return new SeqReversed(v);
  });
  def("enumerate", (args, kw) => {
    const it = args[0] ?? kw?.get("iterable");
    if (it === undefined) raise("TypeError", "enumerate() missing required argument 'iterable' (pos 1)");
    const start = args.length > 1 ? args[1] : kw?.get("start") ?? 0;
    const s = asInt(start);
    if (s === undefined) raise("TypeError", `'${typeOf(start).name}' object cannot be interpreted as an integer`);
    return new Enumerate(ops.getIter(it), s);
  });
  def("zip", (args, kw) => {
    const strict = kw?.has("strict") ? ops.isTrue(kw.get("strict")!) : false;
    return new Zip(args.map((a, i) => {
      void i;
      return ops.getIter(a);
    }), strict);
  });
  def("map", (args) => {
    if (args.length < 2) raise("TypeError", "map() must have at least two arguments.");
    return new MapIter(args[0], args.slice(1).map((a) => ops.getIter(a)));
  });
  def("filter", (args) => {
    nargs("filter", args, 2, 2);
    return new FilterIter(args[0], ops.getIter(args[1]));
  });
  def("dir", (args) => {
    if (args.length === 0) return new PyList(frameAccess.locals().keyList().sort());
    const f = typeOf(args[0]).lookup("__dir__");
    if (f !== undefined && !(args[0] instanceof PyType)) {
      const r = ops.toArray(ops.call(f, [args[0]]));
      return new PyList(sortItems(r, None, false));
    }
    return new PyList(dirOf(args[0]));
  });
  def("vars", (args) => {
    if (args.length === 0) return frameAccess.locals();
    const d = ops.getAttrOrUndefined(args[0], "__dict__");
    if (d === undefined) raise("TypeError", "vars() argument must have __dict__ attribute");
    return d;
  });
  def("globals", () => frameAccess.globals());
  def("locals", () => frameAccess.locals());
  def("input", (args) => {
    if (args.length > 0) rt().stdout(ops.str(args[0]));
    const r = rt();
    const line = r.stdin === null ? null : r.stdin();
    if (line === null) raise("EOFError", "EOF when reading a line");
    return line;
  });
  def("exec", (args) => {
    const g = args.length > 1 && args[1] !== None ? (args[1] as PyDict) : frameAccess.globals();
    const l = args.length > 2 && args[2] !== None ? (args[2] as PyDict) : args.length > 1 && args[1] !== None ? g : frameAccess.locals();
    execHook(args[0], g, l, "exec");
    return None;
  });
  def("eval", (args) => {
    const g = args.length > 1 && args[1] !== None ? (args[1] as PyDict) : frameAccess.globals();
    const l = args.length > 2 && args[2] !== None ? (args[2] as PyDict) : args.length > 1 && args[1] !== None ? g : frameAccess.locals();
    return execHook(args[0], g, l, "eval");
  });
  def("__import__", (args, kw) => {
    const name = args[0] as string;
    const fromlist = args[3] ?? kw?.get("fromlist") ?? None;
    const level = Number(asInt(args[4] ?? kw?.get("level") ?? 0) ?? 0);
    return importHook(name, args[1] ?? None, fromlist, level);
  });
  for (const [name, t] of [
    ["int", intType], ["float", floatType], ["str", strType], ["bool", boolType], ["list", listType], ["tuple", tupleType],
    ["dict", dictType], ["set", setType], ["frozenset", frozensetType], ["range", rangeType], ["slice", sliceType],
    ["object", objectType], ["type", typeType], ["property", propertyType], ["staticmethod", staticMethodType],
    ["classmethod", classMethodType], ["super", superType], ["bytes", bytesType], ["bytearray", bytearrayType],
  ] as const) b.setStr(name, t);
  for (const [k, v] of exceptionTypes) b.setStr(k, v);
  b.setStr("None", None);
  b.setStr("Ellipsis", Ellipsis);
  b.setStr("NotImplemented", NotImplemented);
  b.setStr("True", true);
  b.setStr("False", false);
  b.setStr("__debug__", true);
  b.setStr("__name__", "builtins");
  installIteratorDunders();
  return b;
}

const boxes = new Map<unknown, PyObject>();
function boxKey(v: PyValue): PyObject {
  let o = boxes.get(v);
  if (o === undefined) {
    o = new PyObject(objectType);
    if (boxes.size < 100000) boxes.set(v, o);
  }
  return o;
}

// Iterator types get Python-visible __iter__/__next__.
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

void PyRange;
void PySlice;
void PySet;
void PyCell;
void moduleType;
void PyException;
void toInt;
void asFloat;
