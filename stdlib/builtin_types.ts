// Builtin classes that live in the builtins namespace but not in vm/objects: enumerate, zip, map,
// filter, reversed, the callable iterator of iter(f, sentinel), and super.
import { PyObject, PyType, None, typeOf, objectType, makeBuiltinType, type PyValue } from "../vm/objects/object.js";
import { newTuple } from "../vm/objects/tuple.js";
import { PyDict } from "../vm/objects/dict.js";
import { PyBuiltin, PyFunction, PyClassMethod, PyStaticMethod, PyProperty, PyGetSet, defMethod } from "../vm/objects/function.js";
import { PyException, newException } from "../vm/objects/exception.js";
import { PyIterator, makeIteratorType } from "../vm/objects/iterator.js";
import { asInt } from "../vm/objects/int.js";
import { raise } from "../vm/raise.js";
import * as ops from "../vm/ops.js";

type Kw = Map<string, PyValue> | null;

function noKw(name: string, kw: Kw): void {
  if (kw !== null && kw.size > 0) raise("TypeError", `${name}() takes no keyword arguments`);
}

/** An index-like value as a number or bigint (`__index__` honoured). */
function indexValue(v: PyValue): number | bigint {
  const i = asInt(v);
  if (i !== undefined) return typeof i === "boolean" ? +i : i;
  const f = typeOf(v).lookup("__index__");
  if (f === undefined) raise("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  const r = asInt(ops.call(f, [v]));
  if (r === undefined) raise("TypeError", `__index__ returned non-int (type ${typeOf(v).name})`);
  return r;
}

// ----------------------------------------------------------------------------- enumerate

/** `enumerate`. */
export const enumerateType = makeIteratorType("enumerate");

class Enumerate extends PyIterator {
  constructor(private readonly it: PyValue, private i: number | bigint, cls: PyType) {
    super(cls);
  }
  override next(): PyValue | undefined {
    const x = ops.iterNext(this.it);
    if (x === undefined) return undefined;
    const i = this.i;
    this.i = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : ops.normBig(BigInt(i) + 1n);
    return newTuple([i, x]);
  }
}
enumerateType.ns.set("__new__", new PyBuiltin("__new__", (args, kw) => {
  const cls = args[0] as PyType;
  let iterable: PyValue | undefined = args[1];
  let start: PyValue | undefined = args[2];
  const n = args.length - 1 + (kw?.size ?? 0);
  if (n > 2) raise("TypeError", `enumerate() takes at most 2 arguments (${n} given)`);
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === "iterable" && iterable === undefined) iterable = v;
      else if (k === "start" && start === undefined) start = v;
      else raise("TypeError", `'${k}' is an invalid keyword argument for enumerate()`);
    }
  }
  if (iterable === undefined) raise("TypeError", "enumerate() missing required argument 'iterable'");
  const s = start === undefined ? 0 : indexValue(start);
  return new Enumerate(ops.getIter(iterable), s, cls);
}));

// ----------------------------------------------------------------------------- zip

/** `zip`. */
export const zipType = makeIteratorType("zip");

class Zip extends PyIterator {
  constructor(private readonly its: PyValue[], private readonly strict: boolean, cls: PyType) {
    super(cls);
  }
  override next(): PyValue | undefined {
    const its = this.its;
    if (its.length === 0) return undefined;
    const out = new Array<PyValue>(its.length);
    for (let i = 0; i < its.length; i++) {
      const x = ops.iterNext(its[i]);
      if (x === undefined) {
        if (this.strict) {
          const plural = (j: number) => (j > 1 ? `s 1-${j}` : " 1");
          if (i > 0) raise("ValueError", `zip() argument ${i + 1} is shorter than argument${plural(i)}`);
          for (let j = 1; j < its.length; j++) {
            if (ops.iterNext(its[j]) !== undefined) raise("ValueError", `zip() argument ${j + 1} is longer than argument${plural(j)}`);
          }
        }
        return undefined;
      }
      out[i] = x;
    }
    return newTuple(out);
  }
}
zipType.ns.set("__new__", new PyBuiltin("__new__", (args, kw) => {
  let strict = false;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === "strict") strict = ops.isTrue(v);
      else raise("TypeError", `zip() got an unexpected keyword argument '${k}'`);
    }
  }
  return new Zip(args.slice(1).map((a) => ops.getIter(a)), strict, args[0] as PyType);
}));

// ----------------------------------------------------------------------------- map / filter

/** `map`. */
export const mapType = makeIteratorType("map");

class MapIter extends PyIterator {
  constructor(private readonly f: PyValue, private readonly its: PyValue[], cls: PyType) {
    super(cls);
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
mapType.ns.set("__new__", new PyBuiltin("__new__", (args, kw) => {
  const cls = args[0] as PyType;
  if (cls === mapType) noKw("map", kw);
  if (args.length < 3) raise("TypeError", "map() must have at least two arguments.");
  return new MapIter(args[1], args.slice(2).map((a) => ops.getIter(a)), cls);
}));

/** `filter`. */
export const filterType = makeIteratorType("filter");

class FilterIter extends PyIterator {
  constructor(private readonly f: PyValue, private readonly it: PyValue, cls: PyType) {
    super(cls);
  }
  override next(): PyValue | undefined {
    const f = this.f;
    for (;;) {
      const x = ops.iterNext(this.it);
      if (x === undefined) return undefined;
      if (f === None || f === boolTypeRef() ? ops.isTrue(x) : ops.isTrue(ops.call(f, [x]))) return x;
    }
  }
}
let boolRef: PyValue | null = null;
function boolTypeRef(): PyValue {
  if (boolRef === null) boolRef = typeOf(true);
  return boolRef;
}
filterType.ns.set("__new__", new PyBuiltin("__new__", (args, kw) => {
  const cls = args[0] as PyType;
  if (cls === filterType) noKw("filter", kw);
  if (args.length !== 3) raise("TypeError", `filter expected 2 arguments, got ${args.length - 1}`);
  return new FilterIter(args[1], ops.getIter(args[2]), cls);
}));

// ----------------------------------------------------------------------------- reversed

/** `reversed`. */
export const reversedType = makeIteratorType("reversed");

class SeqReversed extends PyIterator {
  private i: number;
  constructor(private readonly seq: PyValue, n: number, cls: PyType) {
    super(cls);
    this.i = n - 1;
  }
  override next(): PyValue | undefined {
    if (this.i < 0) return undefined;
    try {
      return ops.getItem(this.seq, this.i--);
    } catch (e) {
      if (e instanceof PyException && (e.cls.name === "IndexError" || ops.isStopIteration(e))) {
        this.i = -1;
        return undefined;
      }
      throw e;
    }
  }
  /** `__length_hint__`. */
  lengthHint(): number {
    return this.i + 1;
  }
}
defMethod(reversedType, "__length_hint__", (args) => (args[0] instanceof SeqReversed ? args[0].lengthHint() : 0));
reversedType.ns.set("__new__", new PyBuiltin("__new__", (args, kw) => {
  const cls = args[0] as PyType;
  if (cls === reversedType) noKw("reversed", kw);
  if (args.length !== 2) raise("TypeError", `reversed expected 1 argument, got ${args.length - 1}`);
  const v = args[1];
  const t = typeOf(v);
  const r = t.lookup("__reversed__");
  if (r === None) raise("TypeError", `'${t.name}' object is not reversible`);
  if (r !== undefined) return ops.call(r, [v]);
  if (t.lookup("__getitem__") === undefined || v instanceof PyDict) raise("TypeError", `'${t.name}' object is not reversible`);
  return new SeqReversed(v, ops.len(v), cls);
}));

/** `reversed(seq)` from TypeScript. */
export function reversedOf(v: PyValue): PyValue {
  return ops.call(reversedType, [v]);
}

// ----------------------------------------------------------------------------- iter(f, sentinel)

const callableIterType = makeIteratorType("callable_iterator");

/** The iterator of `iter(callable, sentinel)`. */
export class CallableIter extends PyIterator {
  private done = false;
  constructor(private readonly f: PyValue, private readonly sentinel: PyValue) {
    super(callableIterType);
  }
  override next(): PyValue | undefined {
    if (this.done) return undefined;
    let v: PyValue;
    try {
      v = ops.call(this.f, []);
    } catch (e) {
      if (ops.isStopIteration(e)) {
        this.done = true;
        return undefined;
      }
      throw e;
    }
    if (v === this.sentinel || ops.eq(v, this.sentinel)) {
      this.done = true;
      return undefined;
    }
    return v;
  }
}

// ----------------------------------------------------------------------------- super

/** `super`. */
export const superType = makeBuiltinType("super", objectType, null);

/** A `super()` proxy: attribute lookup starts after `thisType` in the MRO of `objType`. */
export class PySuper extends PyObject {
  constructor(readonly thisType: PyType, readonly obj: PyValue, readonly objType: PyType | null) {
    super(superType);
  }
}

let superResolver: () => [PyType, PyValue] = () => raise("RuntimeError", "super(): no arguments");

/** Installs the zero-argument super() resolver (reads `__class__` and the first argument of the running frame). */
export function setSuperResolver(f: () => [PyType, PyValue]): void {
  superResolver = f;
}

/** supercheck: the type whose MRO is searched. */
function superCheck(t: PyType, obj: PyValue): PyType {
  if (obj instanceof PyType && obj.isSubtype(t)) return obj;
  const ot = typeOf(obj);
  if (ot.isSubtype(t)) return ot;
  const cls = ops.getAttrOrUndefined(obj, "__class__");
  if (cls instanceof PyType && cls !== ot && cls.isSubtype(t)) return cls;
  raise("TypeError", "super(type, obj): obj must be an instance or subtype of type");
}

superType.ns.set("__new__", new PyBuiltin("__new__", (args, kw) => {
  const cls = args[0] as PyType;
  if (cls === superType) noKw("super", kw);
  if (args.length > 3) raise("TypeError", `super() takes at most 2 arguments (${args.length - 1} given)`);
  let t: PyValue, obj: PyValue;
  if (args.length === 1) [t, obj] = superResolver();
  else {
    t = args[1];
    obj = args.length > 2 ? args[2] : None;
  }
  if (!(t instanceof PyType)) raise("TypeError", `super() argument 1 must be a type, not ${typeOf(t).name}`);
  const objType = obj === None ? null : superCheck(t, obj);
  const s = new PySuper(t, obj, objType);
  if (cls !== superType) s.cls = cls;
  return s;
}));
defMethod(superType, "__init__", () => None);

/** Binds a descriptor found through super, like super_getattro (obj is NULL when it is the type). */
function superBind(d: PyValue, s: PySuper): PyValue {
  const start = s.objType!;
  if (s.obj !== start) return ops.bindAttr(d, s.obj, start);
  // Class-level binding: functions stay plain, classmethods bind the class.
  if (typeof d !== "object") return d;
  if (d instanceof PyFunction || d instanceof PyBuiltin) return d;
  if (d instanceof PyClassMethod) return ops.bindAttr(d, start, start);
  if (d instanceof PyStaticMethod) return d.func;
  if (d instanceof PyProperty || d instanceof PyGetSet) return d;
  const get = d.cls.lookup("__get__");
  if (get !== undefined && d.cls.isHeap) return ops.call(get, [d, None, start]);
  return d;
}

superType.customGetAttr = (o, name) => {
  const s = o as PySuper;
  if (name === "__thisclass__") return s.thisType;
  if (name === "__self__") return s.obj;
  if (name === "__self_class__") return s.objType ?? None;
  if (name !== "__class__" && s.objType !== null) {
    const mro = s.objType.mro;
    let i = mro.indexOf(s.thisType);
    for (i++; i > 0 && i < mro.length; i++) {
      const d = mro[i].ns.get(name);
      if (d !== undefined) return superBind(d, s);
    }
  }
  return ops.genericGetAttr(o, name, s.cls);
};
defMethod(superType, "__repr__", (args) => {
  const s = args[0] as PySuper;
  if (s.objType !== null) return `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>`;
  return `<super: <class '${s.thisType.name}'>, NULL>`;
});
defMethod(superType, "__get__", (args) => {
  const s = args[0] as PySuper;
  const obj = args[1];
  if (obj === None || s.objType !== null) return s;
  return ops.call(typeOf(s), [s.thisType, obj]);
});

// ----------------------------------------------------------------------------- exit / quit

const quitterType = makeBuiltinType("Quitter", objectType, null, false);
quitterType.ns.set("__module__", "_sitebuiltins");

/** `exit` / `quit`: callable objects that raise SystemExit, with the site module's repr. */
export class Quitter extends PyObject {
  constructor(readonly name: string) {
    super(quitterType);
  }
}
defMethod(quitterType, "__repr__", (args) => `Use ${(args[0] as Quitter).name}() or Ctrl-D (i.e. EOF) to exit`);
defMethod(quitterType, "__call__", (args) => {
  if (args.length > 2) raise("TypeError", `__call__() takes from 1 to 2 positional arguments but ${args.length} were given`);
  throw newException("SystemExit", args.length > 1 ? args[1] : undefined);
});
