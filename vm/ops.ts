// The abstract object protocol (CPython's abstract.c): every operation on values goes here.
import { PyModule } from "./objects/module.js";
import {
  PyObject, PyType, None, NotImplemented, typeOf, typeType, objectType, bumpTypeEpoch,
  type PyValue,
} from "./objects/object.js";
import { PyFloat } from "./objects/float.js";
import { PyTuple, newTuple } from "./objects/tuple.js";
import { PyList } from "./objects/list.js";
import { PySlice } from "./objects/slice.js";
import { sliceGet, listAssignSlice } from "./objects/sequence.js";
import { strGetItem, strCompare } from "./objects/str_index.js";
import { PyDict } from "./objects/dict.js";
import {
  PyFunction, PyBuiltin, PyMethod, PyStaticMethod, PyClassMethod, PyProperty, PyGetSet,
} from "./objects/function.js";
import { PyException, newException } from "./objects/exception.js";
import { PyIterator, notIterableTypes } from "./objects/iterator.js";
import { raise } from "./raise.js";
import { rt } from "./runtime.js";
import { hashInt, hashFloat, hashTuple } from "./numeric/hash.js";
import { floatRepr } from "./numeric/float.js";
import { strRepr } from "./objects/strrepr.js";
import { intBinary, bigToDecimal } from "./objects/int.js";
import { registerFinalizable } from "./finalize.js";
import { PySet } from "./objects/set.js";
import { strHashCPython } from "./objects/str_hash.js";

// ---------------------------------------------------------------------------------------
// Operator numbering shared with the compiler's BINARY_OP / COMPARE_OP operands.

/** Binary operators: dunder names, symbols for error messages. Index = operator number. */
export const BINOPS: readonly { name: string; rname: string; iname: string; sym: string }[] = [
  { name: "__add__", rname: "__radd__", iname: "__iadd__", sym: "+" },
  { name: "__sub__", rname: "__rsub__", iname: "__isub__", sym: "-" },
  { name: "__mul__", rname: "__rmul__", iname: "__imul__", sym: "*" },
  { name: "__truediv__", rname: "__rtruediv__", iname: "__itruediv__", sym: "/" },
  { name: "__floordiv__", rname: "__rfloordiv__", iname: "__ifloordiv__", sym: "//" },
  { name: "__mod__", rname: "__rmod__", iname: "__imod__", sym: "%" },
  { name: "__pow__", rname: "__rpow__", iname: "__ipow__", sym: "**" },
  { name: "__lshift__", rname: "__rlshift__", iname: "__ilshift__", sym: "<<" },
  { name: "__rshift__", rname: "__rrshift__", iname: "__irshift__", sym: ">>" },
  { name: "__and__", rname: "__rand__", iname: "__iand__", sym: "&" },
  { name: "__or__", rname: "__ror__", iname: "__ior__", sym: "|" },
  { name: "__xor__", rname: "__rxor__", iname: "__ixor__", sym: "^" },
  { name: "__matmul__", rname: "__rmatmul__", iname: "__imatmul__", sym: "@" },
];

/** Binary operator numbers (index into {@link BINOPS}). */
export const enum B {
  ADD, SUB, MUL, TRUEDIV, FLOORDIV, MOD, POW, LSHIFT, RSHIFT, AND, OR, XOR, MATMUL,
}

/** Comparison operator numbers. */
export const enum C {
  LT, LE, EQ, NE, GT, GE,
}

const CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const CMP_SWAP = [C.GT, C.GE, C.EQ, C.NE, C.LT, C.LE];
const CMP_SYM = ["<", "<=", "==", "!=", ">", ">="];

// ---------------------------------------------------------------------------------------
// Calling Python code from TypeScript.

/** Runs a Python function to completion (installed by the interpreter). */
export type PyCallHook = (fn: PyFunction, args: PyValue[], kw: Map<string, PyValue> | null) => PyValue;

let pyCall: PyCallHook = () => {
  throw new Error("interpreter not initialised");
};

/** Installs the interpreter's entry point for calling Python functions. */
export function setPyCallHook(h: PyCallHook): void {
  pyCall = h;
}

/** Calls any Python callable. */
export function call(f: PyValue, args: PyValue[], kw: Map<string, PyValue> | null = null): PyValue {
  if (f instanceof PyFunction) return pyCall(f, args, kw);
  if (f instanceof PyBuiltin) {
    if (f.self !== undefined) return f.fn([f.self, ...args], kw);
    const owner = f.ownerType;
    if (owner !== null && (args.length === 0 || !typeOf(args[0]).isSubtype(owner))) badSelf(f, owner, args);
    return f.fn(args, kw);
  }
  if (f instanceof PyMethod) return call(f.func, [f.self, ...args], kw);
  if (f instanceof PyType) return callType(f, args, kw);
  const m = typeOf(f).lookup("__call__");
  if (m === undefined) raise("TypeError", `'${typeOf(f).name}' object is not callable`);
  return call(m, [f, ...args], kw);
}

function badSelf(f: PyBuiltin, owner: PyType, args: PyValue[]): never {
  if (args.length === 0) raise("TypeError", `unbound method ${owner.name}.${f.name}() needs an argument`);
  raise("TypeError", `descriptor '${f.name}' for '${owner.name}' objects doesn't apply to a '${typeOf(args[0]).name}' object`);
}

/** Calls `obj.name(*args)` looking the method up on the type (like CPython's call_method). */
export function callMethod(obj: PyValue, name: string, args: PyValue[]): PyValue {
  const m = lookupSpecial(obj, name);
  if (m === undefined) raise("AttributeError", `'${typeOf(obj).name}' object has no attribute '${name}'`);
  return call(m, [obj, ...args], null);
}

/** Type-level lookup of a special method (bypasses the instance dict, as CPython does). */
export function lookupSpecial(obj: PyValue, name: string): PyValue | undefined {
  return typeOf(obj).lookup(name);
}

/** `cls(*args, **kw)`: `__new__` then `__init__`. */
export function callType(cls: PyType, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  if (cls === typeType && args.length === 1 && (kw === null || kw.size === 0)) return typeOf(args[0]);
  const meta = cls.cls;
  if (meta !== typeType) {
    const mcall = meta.lookup("__call__");
    if (mcall !== undefined && mcall !== typeType.ns.get("__call__")) return call(mcall, [cls, ...args], kw);
  }
  return typeCallDefault(cls, args, kw);
}

/** `type.__call__`: `__new__` then `__init__`, without consulting the metaclass again. */
export function typeCallDefault(cls: PyType, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  if (cls === typeType && args.length === 1 && (kw === null || kw.size === 0)) return typeOf(args[0]);
  const newFn = cls.lookup("__new__")!;
  let obj: PyValue;
  if (newFn === objectNew) {
    obj = allocInstance(cls);
    const init = cls.lookup("__init__");
    if (init === objectInit) {
      if (args.length > 0 || (kw !== null && kw.size > 0)) raise("TypeError", `${cls.name}() takes no arguments`);
      return obj;
    }
    const r = call(init!, [obj, ...args], kw);
    if (r !== None) raise("TypeError", `__init__() should return None, not '${typeOf(r).name}'`);
    return obj;
  }
  const nf = newFn instanceof PyStaticMethod ? newFn.func : newFn;
  obj = call(nf, [cls, ...args], kw);
  if (!isInstance(obj, cls)) return obj;
  const init = typeOf(obj).lookup("__init__");
  if (init !== undefined && init !== objectInit) {
    const r = call(init, [obj, ...args], kw);
    if (r !== None) raise("TypeError", `__init__() should return None, not '${typeOf(r).name}'`);
  }
  return obj;
}

/** Allocates a bare instance of `cls` with an instance dict if the class has one. */
export function allocInstance(cls: PyType): PyObject {
  if (cls.alloc === null) raise("TypeError", `cannot create '${cls.name}' instances`);
  const obj = cls.alloc(cls);
  if (cls.hasInstanceDict && obj.dict === null) obj.dict = new PyDict();
  if (cls.isHeap && cls.lookup("__del__") !== undefined) registerFinalizable(obj);
  return obj;
}

/** `object.__new__`; identity-compared by {@link callType} for the fast path. */
export const objectNew: PyBuiltin = new PyBuiltin("__new__", (args) => {
  if (args.length === 0) raise("TypeError", "object.__new__(): not enough arguments");
  if (!(args[0] instanceof PyType)) raise("TypeError", `object.__new__(X): X is not a type object (${typeOf(args[0]).name})`);
  const cls = args[0] as PyType;
  // A builtin base with its own __new__ (int, str, ...) must make the instance itself.
  const base = cls.mro.find((t) => !t.isHeap && t.ns.has("__new__"));
  if (base !== undefined && base !== objectType) raise("TypeError", `object.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`);
  if (args.length > 1 && cls.lookup("__init__") === objectInit) raise("TypeError", `${cls.name}() takes no arguments`);
  return allocInstance(cls);
});
/** `object.__init__`. */
export const objectInit: PyBuiltin = new PyBuiltin("__init__", (args) => {
  if (args.length > 1) {
    const t = typeOf(args[0]);
    if (t.lookup("__new__") === objectNew) raise("TypeError", `${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return None;
}, true, "object");
objectType.ns.set("__new__", objectNew);
objectType.ns.set("__init__", objectInit);

// ---------------------------------------------------------------------------------------
// isinstance / issubclass.

/** `isinstance(v, cls)` for a single class (no `__instancecheck__`). */
export function isInstance(v: PyValue, cls: PyType): boolean {
  return typeOf(v).isSubtype(cls);
}

// ---------------------------------------------------------------------------------------
// Truth, identity hashes, equality.

/** `bool(v)`. */
export function isTrue(v: PyValue): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "string":
      return v.length !== 0;
    case "bigint":
      return true;
  }
  if (v === None) return false;
  if (v instanceof PyFloat) return v.value !== 0 && v.value === v.value ? true : v.value !== 0;
  const t = v.cls;
  if (v instanceof PyList && !t.isHeap) return v.items.length !== 0;
  if (v instanceof PyTuple && !t.isHeap) return v.items.length !== 0;
  if (v instanceof PyDict && !t.isHeap) return v.size !== 0;
  const b = t.lookup("__bool__");
  if (b !== undefined) {
    const r = call(b, [v]);
    if (typeof r !== "boolean") raise("TypeError", `__bool__ should return bool, returned ${typeOf(r).name}`);
    return r;
  }
  const l = t.lookup("__len__");
  if (l !== undefined) return lenOf(call(l, [v])) !== 0;
  return true;
}

/** Validates a `__len__` result and returns it as a JS number. */
export function lenOf(r: PyValue): number {
  if (typeof r === "number") {
    if (r < 0) raise("ValueError", "__len__() should return >= 0");
    return r;
  }
  if (typeof r === "boolean") return r ? 1 : 0;
  if (typeof r === "bigint") raise("OverflowError", "cannot fit 'int' into an index-sized integer");
  raise("TypeError", `'${typeOf(r).name}' object cannot be interpreted as an integer`);
}

/** `len(v)`. */
export function len(v: PyValue): number {
  if (typeof v === "string") return strLen(v);
  if ((v instanceof PyList || v instanceof PyTuple) && !v.cls.isHeap) return v.items.length;
  if (v instanceof PyDict && !v.cls.isHeap) return v.size;
  if (v instanceof PySet && !v.cls.isHeap) return v.used;
  const l = typeOf(v).lookup("__len__");
  if (l === undefined) raise("TypeError", `object of type '${typeOf(v).name}' has no len()`);
  return lenOf(call(l, [v]));
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Number of code points in a JS string. */
export function strLen(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

const identityIds = new WeakMap<object, number>();
let nextId = 1;

/** A stable identity number for an object (`id()`, default `__hash__`). */
export function identity(v: PyObject): number {
  let id = identityIds.get(v);
  if (id === undefined) {
    id = nextId++;
    identityIds.set(v, id);
  }
  return id;
}

/** `hash(v)`. */
export function hash(v: PyValue): number | bigint {
  switch (typeof v) {
    case "number":
    case "bigint":
      return hashInt(v);
    case "string":
      return strHashCPython(v);
    case "boolean":
      return v ? 1 : 0;
  }
  if (v instanceof PyFloat) return hashFloat(v.value, v);
  const t = v.cls;
  if (v instanceof PyTuple && !t.isHeap) return hashTuple(v.items.map(hash));
  const h = t.lookup("__hash__");
  if (h === objectHash) return identity(v);
  if (h === undefined || h === None) raise("TypeError", `unhashable type: '${t.name}'`);
  const r = call(h, [v]);
  // CPython keeps a __hash__ result that fits in 64 bits as it is (only -1 becomes -2).
  if (typeof r === "number") return r === -1 ? -2 : r;
  if (typeof r === "bigint") return r >= -(2n ** 63n) && r < 2n ** 63n ? (r === -1n ? -2 : r) : hashInt(r);
  if (typeof r === "boolean") return r ? 1 : 0;
  raise("TypeError", "__hash__ method should return an integer");
}

/** `object.__hash__`. */
export const objectHash: PyBuiltin = new PyBuiltin("__hash__", (args) => identity(args[0] as PyObject), true, "object");
objectType.ns.set("__hash__", objectHash);

/** `a == b` as a JS boolean, with the identity shortcut containers use (so `nan in [nan]`). */
export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta !== "object" && ta === typeof b) return a == b;
  return isTrue(compareOp(C.EQ, a, b));
}

// ---------------------------------------------------------------------------------------
// Ints: normalisation and fast paths.

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Normalises a bigint result to a number when it fits (the int invariant). */
export function normBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

/** A JS number or bigint view of an int-like (bool included) for slow-path arithmetic. */
export function toBig(v: number | bigint | boolean): bigint {
  return typeof v === "bigint" ? v : BigInt(typeof v === "boolean" ? +v : v);
}

// ---------------------------------------------------------------------------------------
// Binary operators.

/** `a <op> b` for a binary operator number. */
export function binaryOp(op: number, a: PyValue, b: PyValue, inplace = false): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    let r: number;
    switch (op) {
      case B.ADD:
        r = a + b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
        return normBig(BigInt(a) + BigInt(b));
      case B.SUB:
        r = a - b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
        return normBig(BigInt(a) - BigInt(b));
      case B.MUL:
        r = a * b;
        if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r;
        return normBig(BigInt(a) * BigInt(b));
      case B.FLOORDIV:
        if (b !== 0) {
          r = Math.floor(a / b);
          // a / b is exact enough below 2^53 except when the quotient rounds across an integer.
          if (Math.abs(a) < 4503599627370496) return r === 0 ? 0 : r;
        }
        break;
      case B.MOD:
        if (b !== 0) {
          r = a % b;
          if (r !== 0 && (r < 0) !== (b < 0)) r += b;
          return r === 0 ? 0 : r;
        }
        break;
      case B.TRUEDIV:
        if (b !== 0 && Math.abs(a) <= MAX_SAFE) return new PyFloat(a / b);
        break;
      case B.AND:
        if (a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) return a & b;
        break;
      case B.RSHIFT:
        if (a >= -0x80000000 && a <= 0x7fffffff && b >= 0 && b < 32) return a >> b;
        break;
      case B.LSHIFT:
        if (b >= 0 && b < 31 && a >= -0x100000 && a <= 0x100000) return a * (1 << b);
        break;
      case B.OR:
        if (a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) return a | b;
        break;
      case B.XOR:
        if (a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) return a ^ b;
        break;
    }
  } else if (a instanceof PyFloat && b instanceof PyFloat && a.cls === b.cls && !a.cls.isHeap) {
    switch (op) {
      case B.ADD:
        return new PyFloat(a.value + b.value);
      case B.SUB:
        return new PyFloat(a.value - b.value);
      case B.MUL:
        return new PyFloat(a.value * b.value);
      case B.TRUEDIV:
        if (b.value !== 0) return new PyFloat(a.value / b.value);
        break;
    }
  } else if (a instanceof PyFloat && typeof b === "number" && !a.cls.isHeap) {
    switch (op) {
      case B.ADD:
        return new PyFloat(a.value + b);
      case B.SUB:
        return new PyFloat(a.value - b);
      case B.MUL:
        return new PyFloat(a.value * b);
      case B.TRUEDIV:
        if (b !== 0) return new PyFloat(a.value / b);
        break;
    }
  } else if (typeof a === "number" && b instanceof PyFloat && !b.cls.isHeap) {
    switch (op) {
      case B.ADD:
        return new PyFloat(a + b.value);
      case B.SUB:
        return new PyFloat(a - b.value);
      case B.MUL:
        return new PyFloat(a * b.value);
      case B.TRUEDIV:
        if (b.value !== 0) return new PyFloat(a / b.value);
        break;
    }
  } else if (typeof a === "string" && typeof b === "string" && op === B.ADD) {
    return a + b;
  }
  const ta = typeof a, tb = typeof b;
  if ((ta === "number" || ta === "bigint") && (tb === "number" || tb === "bigint") && op !== B.MATMUL) {
    return intBinary(op, a as number | bigint, b as number | bigint);
  }
  return binaryGeneric(op, a, b, inplace);
}

/** Dunder dispatch for `a <op> b`, with the reflected operand rules (`inplace`: the error names `<op>=`). */
export function binaryGeneric(op: number, a: PyValue, b: PyValue, inplace = false): PyValue {
  const r = binaryTry(op, a, b);
  if (r !== NotImplemented) return r;
  return binaryFail(op, a, b, inplace);
}

function binaryTry(op: number, a: PyValue, b: PyValue): PyValue {
  const d = BINOPS[op];
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = ta.lookup(d.name);
  let fb = tb !== ta ? tb.lookup(d.rname) : undefined;
  if (fb !== undefined && tb.isSubtype(ta) && fb !== ta.lookup(d.rname)) {
    const r = call(fb, [b, a]);
    if (r !== NotImplemented) return r;
    fb = undefined;
  }
  if (fa !== undefined && fa !== None) {
    // Builtin sequence concatenation / repetition is CPython's sq_concat / sq_repeat: it runs
    // only after both operands' number slots declined, so `"x" + obj` reaches obj.__radd__.
    if (fb !== undefined && fb !== None && fa instanceof PyBuiltin && isSeqSlot(fa, op)) {
      const r = call(fb, [b, a]);
      if (r !== NotImplemented) return r;
      return call(fa, [a, b]);
    }
    const r = call(fa, [a, b]);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined && fb !== None) {
    const r = call(fb, [b, a]);
    if (r !== NotImplemented) return r;
  }
  return NotImplemented;
}

const SEQ_TYPE_NAMES = new Set(["str", "list", "tuple", "bytes", "bytearray"]);
function isSeqSlot(f: PyBuiltin, op: number): boolean {
  return (op === B.ADD || op === B.MUL) && f.ownerType !== null && !f.ownerType.isHeap && SEQ_TYPE_NAMES.has(f.ownerType.name);
}

/** Tries `a.<name>(b)` then `b.<rname>(a)`; NotImplemented if neither applies (divmod and friends). */
export function binaryTryDunder(a: PyValue, b: PyValue, name: string, rname: string): PyValue {
  const ta = typeOf(a), tb = typeOf(b);
  const fa = ta.lookup(name);
  if (fa !== undefined && fa !== None) {
    const r = call(fa, [a, b]);
    if (r !== NotImplemented) return r;
  }
  const fb = tb !== ta ? tb.lookup(rname) : undefined;
  if (fb !== undefined && fb !== None) return call(fb, [b, a]);
  return NotImplemented;
}

function binaryFail(op: number, a: PyValue, b: PyValue, inplace: boolean): never {
  const sym = BINOPS[op].sym + (inplace ? "=" : "");
  if (op === B.POW && !inplace) raise("TypeError", `unsupported operand type(s) for ** or pow(): '${typeOf(a).name}' and '${typeOf(b).name}'`);
  if (op === B.RSHIFT && !inplace && a instanceof PyBuiltin && a.name === "print") {
    raise("TypeError", `unsupported operand type(s) for >>: 'builtin_function_or_method' and '${typeOf(b).name}'. Did you mean "print(<message>, file=<output_stream>)"?`);
  }
  raise("TypeError", `unsupported operand type(s) for ${sym}: '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

/** `a <op>= b`: tries `__i<op>__` first, then the binary operator. */
export function inplaceOp(op: number, a: PyValue, b: PyValue): PyValue {
  if (typeof a === "object" && !(a instanceof PyFloat)) {
    const f = a.cls.lookup(BINOPS[op].iname);
    if (f !== undefined && f !== None) {
      const r = call(f, [a, b]);
      if (r !== NotImplemented) return r;
    }
  }
  return binaryOp(op, a, b, true);
}

// ---------------------------------------------------------------------------------------
// Unary operators.

/** `-v`. */
export function neg(v: PyValue): PyValue {
  if (typeof v === "number") return v === 0 ? 0 : -v;
  if (v instanceof PyFloat) return new PyFloat(-v.value);
  return unaryDunder(v, "__neg__", "unary -");
}

/** `+v`. */
export function pos(v: PyValue): PyValue {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return unaryDunder(v, "__pos__", "unary +");
}

/** `~v`. */
export function invert(v: PyValue): PyValue {
  if (typeof v === "number" && v >= -0x80000000 && v <= 0x7fffffff) return ~v;
  return unaryDunder(v, "__invert__", "unary ~");
}

function unaryDunder(v: PyValue, name: string, what: string): PyValue {
  const f = typeOf(v).lookup(name);
  if (f === undefined) raise("TypeError", `bad operand type for ${what}: '${typeOf(v).name}'`);
  return call(f, [v]);
}

// ---------------------------------------------------------------------------------------
// Comparisons.

/** `a <op> b` for a comparison operator number; returns any value (rich comparison). */
export function compareOp(op: number, a: PyValue, b: PyValue): PyValue {
  const ta = typeof a;
  if (ta === "string" && typeof b === "string" && op !== C.EQ && op !== C.NE) {
    const c = strCompare(a as string, b);
    return op === C.LT ? c < 0 : op === C.LE ? c <= 0 : op === C.GT ? c > 0 : c >= 0;
  }
  if (ta === typeof b && (ta === "number" || ta === "string")) {
    switch (op) {
      case C.LT: return a < b;
      case C.LE: return a <= b;
      case C.EQ: return a === b;
      case C.NE: return a !== b;
      case C.GT: return a > b;
      case C.GE: return a >= b;
    }
  }
  if (a instanceof PyFloat && b instanceof PyFloat && !a.cls.isHeap && !b.cls.isHeap) {
    const x = a.value, y = b.value;
    switch (op) {
      case C.LT: return x < y;
      case C.LE: return x <= y;
      case C.EQ: return x === y;
      case C.NE: return x !== y;
      case C.GT: return x > y;
      case C.GE: return x >= y;
    }
  }
  return compareGeneric(op, a, b);
}

/** Dunder dispatch for rich comparisons with reflection and the `==`/`!=` identity fallback. */
export function compareGeneric(op: number, a: PyValue, b: PyValue): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const name = CMP_NAMES[op];
  const rname = CMP_NAMES[CMP_SWAP[op]];
  let triedReflected = false;
  if (ta !== tb && tb.isSubtype(ta)) {
    const fb = tb.lookup(rname);
    if (fb !== undefined && fb !== ta.lookup(rname)) {
      triedReflected = true;
      const r = call(fb, [b, a]);
      if (r !== NotImplemented) return r;
    }
  }
  const fa = ta.lookup(name);
  if (fa !== undefined) {
    const r = call(fa, [a, b]);
    if (r !== NotImplemented) return r;
  }
  if (!triedReflected) {
    const fb = tb.lookup(rname);
    if (fb !== undefined) {
      const r = call(fb, [b, a]);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === C.EQ) return a === b;
  if (op === C.NE) return a !== b;
  raise("TypeError", `'${CMP_SYM[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** `a < b` as a JS boolean (sorting, min/max). */
export function lessThan(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return strCompare(a, b) < 0;
  if (a instanceof PyTuple && b instanceof PyTuple && !a.cls.isHeap && !b.cls.isHeap) {
    const x = a.items, y = b.items;
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      const p = x[i], q = y[i];
      if (p === q || eq(p, q)) continue;
      return lessThan(p, q);
    }
    return x.length < y.length;
  }
  if (a instanceof PyFloat && b instanceof PyFloat && !a.cls.isHeap && !b.cls.isHeap) return a.value < b.value;
  return isTrue(compareOp(C.LT, a, b));
}

/** `item in container`. */
export function contains(container: PyValue, item: PyValue): boolean {
  if (container instanceof PyDict && !container.cls.isHeap) return container.has(item);
  if (container instanceof PySet && !container.cls.isHeap && !(item instanceof PySet)) return container.has(item);
  if (typeof container === "string") {
    if (typeof item !== "string") raise("TypeError", `'in <string>' requires string as left operand, not ${typeOf(item).name}`);
    return container.includes(item);
  }
  if ((container instanceof PyList || container instanceof PyTuple) && !container.cls.isHeap) {
    const items = container.items;
    for (let i = 0; i < items.length; i++) if (eq(items[i], item)) return true;
    return false;
  }
  const f = typeOf(container).lookup("__contains__");
  if (f !== undefined) return isTrue(call(f, [container, item]));
  const it = getIterOrNull(container);
  if (it === null) raise("TypeError", `argument of type '${typeOf(container).name}' is not iterable`);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (eq(x, item)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------
// Attributes.

function isDataDescriptor(d: PyValue): boolean {
  if (d instanceof PyProperty || d instanceof PyGetSet) return true;
  if (typeof d !== "object" || d instanceof PyFunction || d instanceof PyBuiltin) return false;
  const t = d.cls;
  return t.isHeap && (t.lookup("__set__") !== undefined || t.lookup("__delete__") !== undefined);
}

function propName(p: PyProperty): string {
  if (p.name) return ` '${p.name}'`;
  const f = p.fget;
  return f instanceof PyFunction ? ` '${f.name}'` : "";
}

/** classmethod.__get__: binds the callable to the class (chaining to the callable's own __get__, as 3.11 does). */
export function classMethodBind(f: PyValue, owner: PyValue): PyValue {
  if (typeof f !== "object" || f instanceof PyFunction || f instanceof PyBuiltin) return new PyMethod(f, owner);
  const get = typeOf(f).lookup("__get__");
  if (get === undefined) return new PyMethod(f, owner);
  return call(get, [f, owner, owner]);
}

/** Applies the descriptor protocol to a class attribute found for `obj` (None for class access). */
export function bindAttr(d: PyValue, obj: PyValue, owner: PyType): PyValue {
  if (typeof d !== "object") return d;
  if (d instanceof PyFunction) return new PyMethod(d, obj);
  if (d instanceof PyBuiltin) return d.binds ? new PyMethod(d, obj) : d;
  if (d instanceof PyClassMethod) return classMethodBind(d.func, owner);
  if (d instanceof PyStaticMethod) return d.func;
  if (d instanceof PyProperty) {
    if (d.fget === None) raise("AttributeError", `property${propName(d)} of '${typeOf(obj).name}' object has no getter`);
    return call(d.fget, [obj]);
  }
  if (d instanceof PyGetSet) return d.get(obj);
  const t = d.cls;
  if (t.isHeap) {
    const get = t.lookup("__get__");
    if (get !== undefined) return call(get, [d, obj, owner]);
  }
  return d;
}

/** `getattr(obj, name)`. Exceptions raised by `__getattr__`/`__getattribute__` propagate. */
export function getAttr(obj: PyValue, name: string): PyValue {
  if (!(obj instanceof PyType)) {
    const t = typeOf(obj);
    if (t.isHeap && t.customGetAttr === null) {
      const ga = t.lookup("__getattribute__");
      const g = t.lookup("__getattr__");
      if ((ga !== objectGetAttribute && ga !== undefined) || g !== undefined) {
        let v: PyValue | undefined;
        if (ga !== objectGetAttribute && ga !== undefined) {
          if (g === undefined) return call(ga, [obj, name]);
          v = callCatchingAttributeError(ga, obj, name);
        } else v = g === undefined ? genericGetAttr(obj, name, t) : genericGetAttrCatching(obj, name, t);
        if (v !== undefined) return v;
        if (g !== undefined) return call(g, [obj, name]);
        return attributeError(obj, name);
      }
    }
  }
  const v = getAttrOrUndefined(obj, name);
  if (v !== undefined) return v;
  if (obj instanceof PyModule) {
    // PEP 562: a module-level __getattr__ supplies missing attributes.
    const mg = obj.dict.getStr("__getattr__");
    if (mg !== undefined && name !== "__getattr__") return call(mg, [name]);
  }
  return attributeError(obj, name);
}

/** Raises CPython's AttributeError for a missing attribute. */
export function attributeError(obj: PyValue, name: string): never {
  let msg: string;
  const t = typeOf(obj);
  if (obj instanceof PyType) msg = `type object '${obj.name}' has no attribute '${name}'`;
  else if (t.name === "module" && obj instanceof PyObject && obj.dict !== null) {
    const mn = obj.dict.getStr("__name__");
    msg = `module '${typeof mn === "string" ? mn : "?"}' has no attribute '${name}'`;
  } else msg = `'${t.name}' object has no attribute '${name}'`;
  const e = newException("AttributeError", msg);
  // name/obj let the traceback suggest a close match, as CPython 3.11 does.
  e.dict = new PyDict();
  e.dict.setStr("name", name);
  e.dict.setStr("obj", obj);
  throw e;
}

/** `getattr(obj, name)` returning undefined instead of raising AttributeError. */
export function getAttrOrUndefined(obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyType) return typeGetAttr(obj, name);
  const t = typeOf(obj);
  if (t.customGetAttr !== null) return t.customGetAttr(obj, name);
  if (t.isHeap) {
    const ga = t.lookup("__getattribute__");
    if (ga !== objectGetAttribute && ga !== undefined) return customGetAttr(ga, t, obj, name);
  }
  const v = t.isHeap && t.lookup("__getattr__") !== undefined ? genericGetAttrCatching(obj, name, t) : genericGetAttr(obj, name, t);
  if (v === undefined && obj instanceof PyModule && name !== "__getattr__") {
    const mg = obj.dict.getStr("__getattr__");
    if (mg !== undefined) {
      try {
        return call(mg, [name]);
      } catch (e) {
        if (e instanceof PyException && e.cls.isSubtype(attributeErrorType())) return undefined;
        throw e;
      }
    }
  }
  if (v !== undefined || !t.isHeap) return v;
  const ga = t.lookup("__getattr__");
  if (ga !== undefined) return callCatchingAttributeError(ga, obj, name);
  return undefined;
}

function customGetAttr(ga: PyValue, t: PyType, obj: PyValue, name: string): PyValue | undefined {
  const v = callCatchingAttributeError(ga, obj, name);
  if (v !== undefined) return v;
  const g = t.lookup("__getattr__");
  if (g !== undefined) return callCatchingAttributeError(g, obj, name);
  return undefined;
}

/** The default lookup, with an AttributeError (say from a property) meaning "missing": `__getattr__` gets its turn. */
function genericGetAttrCatching(obj: PyValue, name: string, t: PyType): PyValue | undefined {
  try {
    return genericGetAttr(obj, name, t);
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtype(attributeErrorType())) return undefined;
    throw e;
  }
}

function callCatchingAttributeError(f: PyValue, obj: PyValue, name: string): PyValue | undefined {
  try {
    return call(f, [obj, name]);
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtype(attributeErrorType())) return undefined;
    throw e;
  }
}

let attrErrType: PyType | null = null;
function attributeErrorType(): PyType {
  if (attrErrType === null) attrErrType = newException("AttributeError").cls;
  return attrErrType;
}

/** `object.__getattribute__` semantics: data descriptors, instance dict, class attributes. */
export function genericGetAttr(obj: PyValue, name: string, t: PyType = typeOf(obj)): PyValue | undefined {
  const d = t.lookup(name);
  if (d !== undefined && typeof d === "object" && isDataDescriptor(d)) return bindAttr(d, obj, t);
  if (typeof obj === "object") {
    const dict = obj.dict;
    if (dict !== null) {
      const v = dict.getStr(name);
      if (v !== undefined) return v;
    }
  }
  if (d !== undefined) return bindAttr(d, obj, t);
  return undefined;
}

/** `object.__getattribute__` as a Python-visible builtin. */
export const objectGetAttribute: PyBuiltin = new PyBuiltin("__getattribute__", (args) => {
  const name = args[1];
  if (typeof name !== "string") raise("TypeError", `attribute name must be string, not '${typeOf(name).name}'`);
  const v = genericGetAttr(args[0], name);
  if (v === undefined) return attributeError(args[0], name);
  return v;
}, true, "object");
objectType.ns.set("__getattribute__", objectGetAttribute);

/** Attribute lookup on a class object: metatype data descriptors, the class MRO, then the metatype. */
function typeGetAttr(cls: PyType, name: string): PyValue | undefined {
  const meta = cls.cls;
  const md = meta.lookup(name);
  if (md !== undefined && isDataDescriptor(md)) return bindAttr(md, cls, meta);
  const d = cls.lookup(name);
  if (d !== undefined) {
    if (typeof d !== "object") return d;
    if (d instanceof PyFunction || d instanceof PyBuiltin) return d;
    if (d instanceof PyClassMethod) return classMethodBind(d.func, cls);
    if (d instanceof PyStaticMethod) return d.func;
    if (d instanceof PyProperty || d instanceof PyGetSet) return d;
    const dt = d.cls;
    if (dt.isHeap) {
      const get = dt.lookup("__get__");
      if (get !== undefined) return call(get, [d, None, cls]);
    }
    return d;
  }
  if (md !== undefined) return bindAttr(md, cls, meta);
  if (meta.isHeap) {
    const ga = meta.lookup("__getattr__");
    if (ga !== undefined) return callCatchingAttributeError(ga, cls, name);
  }
  return undefined;
}

/** `setattr(obj, name, v)`. */
export function setAttr(obj: PyValue, name: string, v: PyValue): void {
  const t = typeOf(obj);
  if (t.isHeap) {
    const sa = t.lookup("__setattr__");
    if (sa !== objectSetAttr && sa !== undefined) {
      call(sa, [obj, name, v]);
      return;
    }
  }
  genericSetAttr(obj, name, v, t);
}

/** `object.__setattr__` semantics (also used for `del` when `v` is undefined). */
export function genericSetAttr(obj: PyValue, name: string, v: PyValue | undefined, t: PyType = typeOf(obj)): void {
  if (obj instanceof PyType) {
    if (!obj.isHeap) raise("TypeError", `cannot set '${name}' attribute of immutable type '${obj.name}'`);
    const md = t.lookup(name);
    if (md instanceof PyGetSet && md.set !== null) {
      md.set(obj, v);
      return;
    }
    if (v === undefined) {
      if (!obj.ns.delete(name)) raise("AttributeError", `type object '${obj.name}' has no attribute '${name}'`);
    } else obj.ns.set(name, v);
    bumpTypeEpoch();
    return;
  }
  const d = t.lookup(name);
  if (d !== undefined && typeof d === "object") {
    if (d instanceof PyProperty) {
      if (v === undefined) {
        if (d.fdel === None) raise("AttributeError", `property '${name}' of '${t.name}' object has no deleter`);
        call(d.fdel, [obj]);
      } else {
        if (d.fset === None) raise("AttributeError", `property '${name}' of '${t.name}' object has no setter`);
        call(d.fset, [obj, v]);
      }
      return;
    }
    if (d instanceof PyGetSet) {
      if (d.set === null) raise("AttributeError", `attribute '${name}' of '${t.name}' objects is not writable`);
      d.set(obj, v);
      return;
    }
    const dt = d.cls;
    if (dt.isHeap) {
      const f = dt.lookup(v === undefined ? "__delete__" : "__set__");
      if (f !== undefined) {
        call(f, v === undefined ? [d, obj] : [d, obj, v]);
        return;
      }
    }
  }
  if (typeof obj === "object" && obj.dict === null && t.hasInstanceDict && v !== undefined) obj.dict = new PyDict();
  if (typeof obj === "object" && obj.dict !== null) {
    if (v === undefined) {
      if (obj.dict.delete(name) === undefined) attributeError(obj, name);
    } else obj.dict.setStr(name, v);
    return;
  }
  if (d !== undefined) raise("AttributeError", `'${t.name}' object attribute '${name}' is read-only`);
  raise("AttributeError", `'${t.name}' object has no attribute '${name}'`);
}

/** `object.__setattr__` as a Python-visible builtin. */
export const objectSetAttr: PyBuiltin = new PyBuiltin("__setattr__", (args) => {
  const name = args[1];
  if (typeof name !== "string") raise("TypeError", `attribute name must be string, not '${typeOf(name).name}'`);
  genericSetAttr(args[0], name, args[2]);
  return None;
}, true, "object");
objectType.ns.set("__setattr__", objectSetAttr);

/** `object.__delattr__`. */
export const objectDelAttr: PyBuiltin = new PyBuiltin("__delattr__", (args) => {
  genericSetAttr(args[0], args[1] as string, undefined);
  return None;
}, true, "object");
objectType.ns.set("__delattr__", objectDelAttr);

/** `del obj.name`. */
export function delAttr(obj: PyValue, name: string): void {
  const t = typeOf(obj);
  if (t.isHeap) {
    const da = t.lookup("__delattr__");
    if (da !== objectDelAttr && da !== undefined) {
      call(da, [obj, name]);
      return;
    }
  }
  genericSetAttr(obj, name, undefined, t);
}

/**
 * Method lookup without allocating a bound method (LOAD_METHOD). Returns the function
 * and sets `methodSelf.value` to the receiver when the result must be called with self
 * prepended; otherwise `methodSelf.value` is undefined and the result is the callable.
 */
export function loadMethod(obj: PyValue, name: string, out: { self: PyValue | undefined }): PyValue {
  const t = typeOf(obj);
  if (!(obj instanceof PyType) && t.customGetAttr === null && (!t.isHeap || t.lookup("__getattribute__") === objectGetAttribute)) {
    const d = t.lookup(name);
    if (d instanceof PyFunction || (d instanceof PyBuiltin && d.binds)) {
      const dict = typeof obj === "object" ? obj.dict : null;
      if (dict === null || dict.getStr(name) === undefined) {
        out.self = obj;
        return d;
      }
    }
  }
  // The attribute lookup may run Python code (a descriptor's __get__, __getattr__) whose own
  // LOAD_METHODs share `out`: clear it only afterwards.
  const r = getAttr(obj, name);
  out.self = undefined;
  return r;
}

// ---------------------------------------------------------------------------------------
// Subscripts.

/** Converts an index-like value (int, bool, `__index__`) to a JS number, or raises. */
export function indexOf(v: PyValue, what = "indices"): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") raise("IndexError", `cannot fit 'int' into an index-sized integer`);
  const f = typeOf(v).lookup("__index__");
  if (f !== undefined) return indexOf(call(f, [v]), what);
  if (what === "string indices") raise("TypeError", `string indices must be integers, not '${typeOf(v).name}'`);
  if (what === "slice indices") raise("TypeError", "slice indices must be integers or None or have an __index__ method");
  raise("TypeError", `${what} must be integers or slices, not ${typeOf(v).name}`);
}

/** `obj[key]`. */
export function getItem(obj: PyValue, key: PyValue): PyValue {
  if (typeof key === "number") {
    // Only the builtin types: a subclass may override __getitem__.
    if ((obj instanceof PyList || obj instanceof PyTuple) && !obj.cls.isHeap) {
      const items = obj.items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) return items[i];
    }
  }
  if (obj instanceof PyDict && obj.cls === dictTypeRef()) {
    const v = obj.get(key);
    if (v !== undefined) return v;
  }
  // Builtin slicing and str indexing without binding and calling __getitem__.
  if (typeof obj === "string") return strGetItem(obj, key);
  if (key instanceof PySlice && (obj instanceof PyList || obj instanceof PyTuple) && !obj.cls.isHeap) {
    const items = sliceGet(obj.items, key);
    return obj instanceof PyList ? new PyList(items) : newTuple(items);
  }
  const t = typeOf(obj);
  const f = t.lookup("__getitem__");
  if (f !== undefined) return call(f, [obj, key]);
  if (obj instanceof PyType) {
    const cg = obj.lookup("__class_getitem__");
    if (cg !== undefined) return call(bindAttr(cg, obj, obj), [key]);
    raise("TypeError", `type '${obj.name}' is not subscriptable`);
  }
  raise("TypeError", `'${t.name}' object is not subscriptable`);
}

let dictTypeCache: PyType | null = null;
function dictTypeRef(): PyType {
  if (dictTypeCache === null) dictTypeCache = new PyDict().cls;
  return dictTypeCache;
}

/** `obj[key] = v`. */
export function setItem(obj: PyValue, key: PyValue, v: PyValue): void {
  if (typeof key === "number" && obj instanceof PyList && !obj.cls.isHeap) {
    const items = obj.items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) {
      items[i] = v;
      return;
    }
  }
  if (obj instanceof PyDict && obj.cls === dictTypeRef()) {
    obj.set(key, v);
    return;
  }
  if (key instanceof PySlice && obj instanceof PyList && !obj.cls.isHeap) {
    listAssignSlice(obj, key, v);
    return;
  }
  const f = typeOf(obj).lookup("__setitem__");
  if (f === undefined) raise("TypeError", `'${typeOf(obj).name}' object does not support item assignment`);
  call(f, [obj, key, v]);
}

/** `del obj[key]`. */
export function delItem(obj: PyValue, key: PyValue): void {
  const f = typeOf(obj).lookup("__delitem__");
  if (f === undefined) raise("TypeError", `'${typeOf(obj).name}' object does not support item deletion`);
  call(f, [obj, key]);
}

// ---------------------------------------------------------------------------------------
// Iteration.

/** `iter(obj)`. */
export function getIter(obj: PyValue): PyValue {
  const it = getIterOrNull(obj);
  if (it === null) raise("TypeError", `'${typeOf(obj).name}' object is not iterable`);
  return it;
}

/** `iter(obj)`, or null when the object is not iterable. */
export function getIterOrNull(obj: PyValue): PyValue | null {
  if (obj instanceof PyIterator && !notIterableTypes.has(obj.cls)) return obj;
  const t = typeOf(obj);
  const f = t.lookup("__iter__");
  if (f !== undefined && f !== None) {
    const it = call(f, [obj]);
    if (!(it instanceof PyIterator) && typeOf(it).lookup("__next__") === undefined) {
      raise("TypeError", `iter() returned non-iterator of type '${typeOf(it).name}'`);
    }
    return it;
  }
  if (f !== None && t.lookup("__getitem__") !== undefined && !(obj instanceof PyDict)) return new SeqIterator(obj);
  return null;
}

let stopIterationType: PyType | null = null;
/** True if `e` is a StopIteration instance. */
export function isStopIteration(e: unknown): e is PyException {
  if (!(e instanceof PyException)) return false;
  if (stopIterationType === null) stopIterationType = newException("StopIteration").cls;
  return e.cls.isSubtype(stopIterationType);
}

/** `next(it)`, returning undefined when the iterator is exhausted. */
export function iterNext(it: PyValue): PyValue | undefined {
  if (it instanceof PyIterator) return it.next();
  const f = typeOf(it).lookup("__next__");
  if (f === undefined) raise("TypeError", `'${typeOf(it).name}' object is not an iterator`);
  try {
    return call(f, [it]);
  } catch (e) {
    if (isStopIteration(e)) return undefined;
    throw e;
  }
}

/** Collects an iterable into a JS array (fast paths for list/tuple). */
export function toArray(v: PyValue): PyValue[] {
  if ((v instanceof PyList || v instanceof PyTuple) && !v.cls.isHeap) return v.items.slice();
  const it = getIter(v);
  const out: PyValue[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
  return out;
}

/** Iterator over an object with `__getitem__` (the old sequence protocol). */
class SeqIterator extends PyIterator {
  private i = 0;
  private done = false;
  constructor(private seq: PyValue) {
    super();
  }
  override next(): PyValue | undefined {
    if (this.done) return undefined;
    try {
      return getItem(this.seq, this.i++);
    } catch (e) {
      if (e instanceof PyException && (e.cls.name === "IndexError" || isStopIteration(e))) {
        this.done = true;
        return undefined;
      }
      throw e;
    }
  }
}

// ---------------------------------------------------------------------------------------
// repr / str / format.

/** `repr(v)`. */
export function repr(v: PyValue): string {
  switch (typeof v) {
    case "number":
      return String(v);
    case "bigint":
      return bigToDecimal(v);
    case "string":
      return strRepr(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v === None) return "None";
  if (v instanceof PyFloat && !v.cls.isHeap) return floatRepr(v.value);
  const f = v.cls.lookup("__repr__");
  if (f === undefined) return defaultRepr(v);
  // Nested containers recurse through here: count it as CPython's Py_EnterRecursiveCall does.
  const state = rt();
  if (++state.depth > state.recursionLimit) {
    state.depth--;
    raise("RecursionError", "maximum recursion depth exceeded while getting the repr of an object");
  }
  let r: PyValue;
  try {
    r = call(f, [v]);
  } finally {
    state.depth--;
  }
  if (typeof r !== "string") raise("TypeError", `__repr__ returned non-string (type ${typeOf(r).name})`);
  return r;
}

/** `<module.Class object at 0x...>`. */
export function defaultRepr(v: PyObject): string {
  const t = v.cls;
  const mod = t.ns.get("__module__");
  const prefix = typeof mod === "string" && mod !== "builtins" ? mod + "." : "";
  return `<${prefix}${t.qualname} object at 0x${(0x7f0000000000 + identity(v) * 16).toString(16)}>`;
}

/** `str(v)`. */
export function str(v: PyValue): string {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return String(v);
    case "bigint":
      return bigToDecimal(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v instanceof PyFloat && !v.cls.isHeap) return floatRepr(v.value);
  const f = v.cls.lookup("__str__");
  if (f === undefined || f === objectStr) return repr(v);
  const r = call(f, [v]);
  if (typeof r !== "string") raise("TypeError", `__str__ returned non-string (type ${typeOf(r).name})`);
  return r;
}

/** `object.__str__`. */
export const objectStr: PyBuiltin = new PyBuiltin("__str__", (args) => repr(args[0]), true, "object");
objectType.ns.set("__str__", objectStr);
objectType.ns.set("__repr__", new PyBuiltin("__repr__", (args) => defaultRepr(args[0] as PyObject), true, "object"));

/** `format(v, spec)`. */
export function format(v: PyValue, spec: string): string {
  if (typeof v === "string" && spec === "") return v;
  const f = typeOf(v).lookup("__format__");
  if (f === undefined) raise("TypeError", `Type ${typeOf(v).name} doesn't define __format__`);
  const r = call(f, [v, spec]);
  if (typeof r !== "string") raise("TypeError", `__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

objectType.ns.set("__format__", new PyBuiltin("__format__", (args) => {
  const spec = args[1];
  if (spec !== "") raise("TypeError", `unsupported format string passed to ${typeOf(args[0]).name}.__format__`);
  return str(args[0]);
}, true, "object"));
