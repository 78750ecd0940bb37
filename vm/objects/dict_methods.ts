// dict's Python methods and the dict_keys / dict_values / dict_items views (Objects/dictobject.c).
import { PyObject, PyType, NotImplemented, None, typeOf, makeBuiltinType, type PyValue } from "./object.js";
import { PyDict, dictType } from "./dict.js";
import { PyList } from "./list.js";
import { newTuple, PyTuple } from "./tuple.js";
import { PyIterator, makeIteratorType } from "./iterator.js";
import { defMethod, defGetSet, PyBuiltin, PyClassMethod, type BuiltinFn } from "./function.js";
import { PyException, newException } from "./exception.js";
import { raise } from "../raise.js";
import {
  toArray, call, getAttrOrUndefined, getItem, setItem, repr, eq, getIter, iterNext, allocInstance, contains, len,
  callMethod,
} from "../ops.js";
import { guardRepr } from "./sequence.js";
import { PyMappingProxy } from "./type.js";
import { PySet, setFromIterable, setType, frozensetType } from "./set.js";

type Kw = Map<string, PyValue> | null;

// ----------------------------------------------------------------------------- iterators

const keyIterType = makeIteratorType("dict_keyiterator");
const valueIterType = makeIteratorType("dict_valueiterator");
const itemIterType = makeIteratorType("dict_itemiterator");
const revKeyIterType = makeIteratorType("dict_reversekeyiterator");
const revValueIterType = makeIteratorType("dict_reversevalueiterator");
const revItemIterType = makeIteratorType("dict_reverseitemiterator");

/** What a dict iterator yields. */
export const enum DictIterKind {
  KEYS = 0,
  VALUES = 1,
  ITEMS = 2,
}

/** Iterates a dict's keys/values/items in insertion order, detecting mutation like CPython. */
export class DictIterator extends PyIterator {
  private d: PyDict | null;
  private pos: number;
  private expectSize: number;
  private remaining: number;
  constructor(d: PyDict, private readonly kind: DictIterKind) {
    super(kind === DictIterKind.KEYS ? keyIterType : kind === DictIterKind.VALUES ? valueIterType : itemIterType);
    this.d = d;
    this.pos = 0;
    this.expectSize = d.size;
    this.remaining = d.size;
  }
  override next(): PyValue | undefined {
    const d = this.d;
    if (d === null) return undefined;
    if (d.size !== this.expectSize) {
      this.expectSize = -1;
      raise("RuntimeError", "dictionary changed size during iteration");
    }
    const keys = d.keys;
    let i = this.pos;
    while (i < keys.length && keys[i] === undefined) i++;
    if (i >= keys.length) {
      this.d = null;
      return undefined;
    }
    if (this.remaining === 0) {
      this.d = null;
      raise("RuntimeError", "dictionary keys changed during iteration");
    }
    this.pos = i + 1;
    this.remaining--;
    const k = keys[i]!;
    if (this.kind === DictIterKind.KEYS) return k;
    if (this.kind === DictIterKind.VALUES) return d.vals[i]!;
    return newTuple([k, d.vals[i]!]);
  }
  /** `__length_hint__`. */
  lengthHint(): number {
    return this.d !== null && this.d.size === this.expectSize ? this.remaining : 0;
  }
}

/** `reversed(d)` and `reversed(d.keys())` etc. */
export class DictReverseIterator extends PyIterator {
  private d: PyDict | null;
  private pos: number;
  private expectSize: number;
  private remaining: number;
  constructor(d: PyDict, private readonly kind: DictIterKind) {
    super(kind === DictIterKind.KEYS ? revKeyIterType : kind === DictIterKind.VALUES ? revValueIterType : revItemIterType);
    this.d = d;
    this.pos = d.keys.length - 1;
    this.expectSize = d.size;
    this.remaining = d.size;
  }
  override next(): PyValue | undefined {
    const d = this.d;
    if (d === null) return undefined;
    if (d.size !== this.expectSize) {
      this.expectSize = -1;
      raise("RuntimeError", "dictionary changed size during iteration");
    }
    const keys = d.keys;
    let i = Math.min(this.pos, keys.length - 1);
    while (i >= 0 && keys[i] === undefined) i--;
    if (i < 0) {
      this.d = null;
      return undefined;
    }
    this.pos = i - 1;
    this.remaining--;
    const k = keys[i]!;
    if (this.kind === DictIterKind.KEYS) return k;
    if (this.kind === DictIterKind.VALUES) return d.vals[i]!;
    return newTuple([k, d.vals[i]!]);
  }
  /** `__length_hint__`. */
  lengthHint(): number {
    return this.d !== null && this.d.size === this.expectSize ? Math.max(this.remaining, 0) : 0;
  }
}

for (const t of [keyIterType, valueIterType, itemIterType, revKeyIterType, revValueIterType, revItemIterType]) {
  defMethod(t, "__length_hint__", (args) => (args[0] as DictIterator).lengthHint());
}

// ----------------------------------------------------------------------------- views

const keysType = makeBuiltinType("dict_keys", undefined, null, false);
const valuesType = makeBuiltinType("dict_values", undefined, null, false);
const itemsType = makeBuiltinType("dict_items", undefined, null, false);

/** A live view over a dict (`d.keys()`, `d.values()`, `d.items()`). */
export class DictView extends PyObject {
  constructor(readonly d: PyDict, readonly kind: DictIterKind) {
    super(kind === DictIterKind.KEYS ? keysType : kind === DictIterKind.VALUES ? valuesType : itemsType);
  }
}

// ----------------------------------------------------------------------------- helpers

function D(v: PyValue): PyDict {
  return v as PyDict;
}

function noKw(t: PyType, name: string, kw: Kw): void {
  if (kw !== null && kw.size > 0) raise("TypeError", `${t.name}.${name}() takes no keyword arguments`);
}

/** Defines a method taking no arguments besides self. */
function def0(t: PyType, name: string, f: (self: PyValue) => PyValue): void {
  defMethod(t, name, (args, kw) => {
    noKw(t, name, kw);
    if (args.length !== 1) raise("TypeError", `${t.name}.${name}() takes no arguments (${args.length - 1} given)`);
    return f(args[0]);
  });
}

/** Defines a method taking exactly one argument besides self (METH_O). */
function def1(t: PyType, name: string, f: (self: PyValue, x: PyValue) => PyValue): void {
  defMethod(t, name, (args, kw) => {
    noKw(t, name, kw);
    if (args.length !== 2) raise("TypeError", `${t.name}.${name}() takes exactly one argument (${args.length - 1} given)`);
    return f(args[0], args[1]);
  });
}

/** Defines a method with `min..max` positional arguments (Argument Clinic's positional check). */
function defN(t: PyType, name: string, min: number, max: number, f: BuiltinFn): void {
  defMethod(t, name, (args, kw) => {
    noKw(t, name, kw);
    checkPositional(name, args.length - 1, min, max);
    return f(args, kw);
  });
}

function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) raise("TypeError", `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n > max) raise("TypeError", `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

function keyError(k: PyValue): never {
  throw newException("KeyError", k);
}

function isTypeError(e: unknown): boolean {
  return e instanceof PyException && e.cls.isSubtype(typeErrorType());
}
let typeErrorCache: PyType | null = null;
function typeErrorType(): PyType {
  if (typeErrorCache === null) typeErrorCache = newException("TypeError").cls;
  return typeErrorCache;
}

const dictIter = (): PyValue | undefined => dictType.ns.get("__iter__");

/** True for dicts whose iteration is the plain dict one (CPython merges those directly). */
function plainIterDict(v: PyValue): v is PyDict {
  return v instanceof PyDict && (v.cls === dictType || v.cls.lookup("__iter__") === dictIter());
}

/** dict_merge: `d.update(mapping)` for anything with a `keys()` method. */
export function dictMerge(d: PyDict, other: PyValue): void {
  if (plainIterDict(other)) {
    if (other === d) return;
    const keys = other.keys, vals = other.vals;
    const n = keys.length;
    for (let i = 0; i < n && i < other.keys.length; i++) {
      const k = keys[i];
      if (k !== undefined) d.set(k, vals[i]!);
    }
    return;
  }
  const ks = toArray(callMethod(other, "keys", []));
  for (const k of ks) d.set(k, getItem(other, k));
}

/** PyDict_MergeFromSeq2: `d.update(iterable_of_pairs)`. */
export function dictMergeFromSeq2(d: PyDict, seq: PyValue): void {
  const it = getIter(seq);
  let i = 0;
  for (let x = iterNext(it); x !== undefined; x = iterNext(it), i++) {
    let pair: PyValue[];
    if ((x instanceof PyTuple || x instanceof PyList) && !x.cls.isHeap) pair = x.items;
    else {
      try {
        pair = toArray(x);
      } catch (e) {
        if (isTypeError(e)) raise("TypeError", `cannot convert dictionary update sequence element #${i} to a sequence`);
        throw e;
      }
    }
    if (pair.length !== 2) raise("ValueError", `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0], pair[1]);
  }
}

/** dict_update_arg: a mapping (has `keys`) or an iterable of pairs. */
export function dictUpdateFrom(d: PyDict, other: PyValue): void {
  if (other instanceof PyDict && other.cls === dictType) return dictMerge(d, other);
  if (getAttrOrUndefined(other, "keys") !== undefined) return dictMerge(d, other);
  dictMergeFromSeq2(d, other);
}

function updateCommon(d: PyDict, args: PyValue[], kw: Kw, name: string): void {
  if (args.length > 2) raise("TypeError", `${name} expected at most 1 argument, got ${args.length - 1}`);
  if (args.length > 1) dictUpdateFrom(d, args[1]);
  if (kw !== null) for (const [k, v] of kw) d.setStr(k, v);
}

/** dict_equal: same keys, equal values (identity first, like PyObject_RichCompareBool). */
export function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  const keys = a.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === undefined) continue;
    const v = a.vals[i]!;
    const w = b.get(k);
    if (w === undefined) return false;
    if (v !== w && !eq(v, w)) return false;
  }
  return true;
}

// ----------------------------------------------------------------------------- dict methods

dictType.ns.set("__new__", new PyBuiltin("__new__", (args) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) raise("TypeError", cls === undefined ? "dict.__new__(): not enough arguments" : `dict.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtype(dictType)) raise("TypeError", `dict.__new__(${cls.name}): ${cls.name} is not a subtype of dict`);
  return cls === dictType ? new PyDict() : allocInstance(cls);
}));
defMethod(dictType, "__init__", (args, kw) => {
  updateCommon(D(args[0]), args, kw, "dict");
  return None;
});
def0(dictType, "__len__", (s) => D(s).size);
def1(dictType, "__getitem__", (s, k) => {
  const d = D(s);
  const v = d.get(k);
  if (v !== undefined) return v;
  if (d.cls !== dictType) {
    const missing = d.cls.lookup("__missing__");
    if (missing !== undefined) return call(missing, [d, k]);
  }
  return keyError(k);
});
defMethod(dictType, "__setitem__", (args) => {
  if (args.length !== 3) raise("TypeError", `expected 2 arguments, got ${args.length - 1}`);
  D(args[0]).set(args[1], args[2]);
  return None;
});
defMethod(dictType, "__delitem__", (args) => {
  if (args.length !== 2) raise("TypeError", `expected 1 argument, got ${args.length - 1}`);
  if (D(args[0]).delete(args[1]) === undefined) keyError(args[1]);
  return None;
});
def1(dictType, "__contains__", (s, k) => D(s).has(k));
def0(dictType, "__iter__", (s) => new DictIterator(D(s), DictIterKind.KEYS));
def0(dictType, "__reversed__", (s) => new DictReverseIterator(D(s), DictIterKind.KEYS));
def0(dictType, "keys", (s) => new DictView(D(s), DictIterKind.KEYS));
def0(dictType, "values", (s) => new DictView(D(s), DictIterKind.VALUES));
def0(dictType, "items", (s) => new DictView(D(s), DictIterKind.ITEMS));
defN(dictType, "get", 1, 2, (args) => {
  const v = D(args[0]).get(args[1]);
  return v === undefined ? (args.length > 2 ? args[2] : None) : v;
});
defN(dictType, "setdefault", 1, 2, (args) => {
  const d = D(args[0]);
  const v = d.get(args[1]);
  if (v !== undefined) return v;
  const dflt = args.length > 2 ? args[2] : None;
  d.set(args[1], dflt);
  return dflt;
});
defN(dictType, "pop", 1, 2, (args) => {
  const d = D(args[0]);
  // CPython answers from an empty dict without hashing the key.
  if (d.size === 0) {
    if (args.length > 2) return args[2];
    return keyError(args[1]);
  }
  const v = d.delete(args[1]);
  if (v !== undefined) return v;
  if (args.length > 2) return args[2];
  return keyError(args[1]);
});
def0(dictType, "popitem", (s) => {
  const r = D(s).popLast();
  if (r === undefined) raise("KeyError", "popitem(): dictionary is empty");
  return newTuple(r);
});
def0(dictType, "clear", (s) => {
  D(s).clear();
  return None;
});
def0(dictType, "copy", (s) => D(s).copy());
defMethod(dictType, "update", (args, kw) => {
  updateCommon(D(args[0]), args, kw, "update");
  return None;
});
dictType.ns.set("fromkeys", new PyClassMethod(new PyBuiltin("fromkeys", (args, kw) => {
  if (kw !== null && kw.size > 0) raise("TypeError", "dict.fromkeys() takes no keyword arguments");
  checkPositional("fromkeys", args.length - 1, 1, 2);
  const cls = args[0];
  const value = args.length > 2 ? args[2] : None;
  const d = cls === dictType ? new PyDict() : call(cls, []);
  const iterable = args[1];
  if (d instanceof PyDict && d.cls === dictType) {
    if (iterable instanceof PyDict && iterable.cls === dictType) {
      for (const k of iterable.keyList()) d.set(k, value);
      return d;
    }
    if (iterable instanceof PySet && (iterable.cls === setType || iterable.cls === frozensetType)) {
      for (const k of iterable.items()) d.set(k, value);
      return d;
    }
  }
  const it = getIter(iterable);
  const fast = d instanceof PyDict && d.cls === dictType;
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) {
    if (fast) (d as PyDict).set(k, value);
    else setItem(d, k, value);
  }
  return d;
})));
defMethod(dictType, "__or__", (args) => {
  if (!(args[1] instanceof PyDict)) return NotImplemented;
  const d = D(args[0]).copy();
  dictUpdateFrom(d, args[1]);
  return d;
});
defMethod(dictType, "__ror__", (args) => {
  if (!(args[1] instanceof PyDict)) return NotImplemented;
  const d = args[1].copy();
  dictUpdateFrom(d, args[0]);
  return d;
});
defMethod(dictType, "__ior__", (args) => {
  dictUpdateFrom(D(args[0]), args[1]);
  return args[0];
});
defMethod(dictType, "__eq__", (args) => (args[1] instanceof PyDict ? dictEqual(D(args[0]), args[1]) : NotImplemented));
defMethod(dictType, "__ne__", (args) => (args[1] instanceof PyDict ? !dictEqual(D(args[0]), args[1]) : NotImplemented));
for (const n of ["__lt__", "__le__", "__gt__", "__ge__"]) defMethod(dictType, n, () => NotImplemented);
dictType.ns.set("__hash__", None);
def0(dictType, "__repr__", (s) => {
  const d = D(s);
  if (d.size === 0) return "{}";
  return guardRepr(d, "{...}", () => {
    let out = "{";
    let first = true;
    const keys = d.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      const v = d.vals[i]!;
      out += (first ? "" : ", ") + repr(k) + ": " + repr(v);
      first = false;
    }
    return out + "}";
  });
});
def0(dictType, "__sizeof__", (s) => 48 + 24 * D(s).keys.length);
// ----------------------------------------------------------------------------- views

function V(v: PyValue): DictView {
  return v as DictView;
}

/** True for dict_keys and dict_items (the set-like views). */
function isSetView(v: PyValue): v is DictView {
  return v instanceof DictView && v.kind !== DictIterKind.VALUES;
}

/** dictitems_contains. */
function itemsContains(d: PyDict, x: PyValue): boolean {
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const v = d.get(x.items[0]);
  return v !== undefined && (v === x.items[1] || eq(v, x.items[1]));
}

function viewContains(view: DictView, x: PyValue): boolean {
  if (view.kind === DictIterKind.KEYS) return view.d.has(x);
  if (view.kind === DictIterKind.ITEMS) return itemsContains(view.d, x);
  const d = view.d;
  for (let i = 0; i < d.keys.length; i++) {
    if (d.keys[i] === undefined) continue;
    const v = d.vals[i]!;
    if (v === x || eq(v, x)) return true;
  }
  return false;
}

/** dictviews_to_set: keys of an exact dict use the dict fast path (same order as CPython). */
function viewToSet(v: PyValue): PySet {
  if (v instanceof DictView && v.kind === DictIterKind.KEYS && v.d.cls === dictType) return setFromIterable(v.d);
  return setFromIterable(v);
}

/** _PyDictView_Intersect. */
function viewIntersect(a: PyValue, b: PyValue): PyValue {
  let self = a, other = b;
  if (!isSetView(self)) {
    self = b;
    other = a;
  }
  const sv = self as DictView;
  const lenSelf = sv.d.size;
  if (other instanceof PySet && other.cls === setType && lenSelf <= other.used) return callMethod(other, "intersection", [self]);
  let view = sv;
  if (isSetView(other) && other.d.size > lenSelf) {
    view = other;
    other = sv;
  }
  const result = new PySet(setType);
  const it = getIter(other);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if (viewContains(view, x)) result.add(x);
  }
  return result;
}

/** dictitems_xor: both operands are items views. */
function itemsXor(a: DictView, b: DictView): PyValue {
  const temp = a.d.copy();
  const result = new PySet(setType);
  for (const [k, v2] of b.d.entries()) {
    const v1 = temp.get(k);
    if (v1 !== undefined && (v1 === v2 || eq(v1, v2))) temp.delete(k);
    else result.add(newTuple([k, v2]));
  }
  result.update(new DictView(temp, DictIterKind.ITEMS));
  return result;
}

/** all_contained_in: every item of `a` is in `b`. */
function allContainedIn(a: PyValue, b: PyValue): boolean {
  const it = getIter(a);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (!contains(b, x)) return false;
  return true;
}

for (const t of [keysType, valuesType, itemsType]) {
  def0(t, "__len__", (s) => V(s).d.size);
  def0(t, "__iter__", (s) => new DictIterator(V(s).d, V(s).kind));
  def0(t, "__reversed__", (s) => new DictReverseIterator(V(s).d, V(s).kind));
  def1(t, "__contains__", (s, x) => viewContains(V(s), x));
  def0(t, "__repr__", (s) => {
    const v = V(s);
    return guardRepr(v, "...", () => {
      const items: string[] = [];
      const it = new DictIterator(v.d, v.kind);
      for (let x = it.next(); x !== undefined; x = it.next()) items.push(repr(x));
      return `${t.name}([${items.join(", ")}])`;
    });
  });
  defGetSet(t, "mapping", (s) => new PyMappingProxy(V(s).d));
}
for (const t of [keysType, itemsType]) {
  // The number slots receive (left, right) whichever side the view is on.
  const binop = (name: string, f: (l: PyValue, r: PyValue) => PyValue): void => {
    defMethod(t, `__${name}__`, (args) => f(args[0], args[1]));
    defMethod(t, `__r${name}__`, (args) => f(args[1], args[0]));
  };
  binop("sub", (l, r) => {
    const s = viewToSet(l);
    callMethod(s, "difference_update", [r]);
    return s;
  });
  binop("and", viewIntersect);
  binop("or", (l, r) => {
    const s = viewToSet(l);
    s.update(r);
    return s;
  });
  binop("xor", (l, r) => {
    if (l instanceof DictView && l.kind === DictIterKind.ITEMS && r instanceof DictView && r.kind === DictIterKind.ITEMS) return itemsXor(l, r);
    const s = viewToSet(l);
    callMethod(s, "symmetric_difference_update", [r]);
    return s;
  });
  const cmp = (name: string, f: (a: PyValue, la: number, b: PyValue, lb: number) => boolean): void => {
    defMethod(t, name, (args) => {
      const a = args[0], b = args[1];
      if (!(b instanceof PySet) && !isSetView(b)) return NotImplemented;
      return f(a, len(a), b, len(b));
    });
  };
  cmp("__eq__", (a, la, b, lb) => la === lb && allContainedIn(a, b));
  cmp("__ne__", (a, la, b, lb) => !(la === lb && allContainedIn(a, b)));
  cmp("__lt__", (a, la, b, lb) => la < lb && allContainedIn(a, b));
  cmp("__le__", (a, la, b, lb) => la <= lb && allContainedIn(a, b));
  cmp("__gt__", (a, la, b, lb) => la > lb && allContainedIn(b, a));
  cmp("__ge__", (a, la, b, lb) => la >= lb && allContainedIn(b, a));
  t.ns.set("__hash__", None);
  def1(t, "isdisjoint", (s, o) => {
    let self: PyValue = s, other = o;
    if (self === other) return V(s).d.size === 0;
    if (other instanceof PySet || isSetView(other)) {
      if (len(other) > V(s).d.size) {
        self = o;
        other = s;
      }
    }
    const it = getIter(other);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (contains(self, x)) return false;
    return true;
  });
}


