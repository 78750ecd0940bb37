// int and bool: Python's exact integer semantics over JS numbers and bigints.
import { latin1String } from "./latin1.js";
import { ctorArity } from "./arity.js";
import { intType, boolType, floatType, None, NotImplemented, typeOf, type PyValue, PyType, PyObject } from "./object.js";
import { PyDict } from "./dict.js";
import { PyFloat } from "./float.js";
import { defMethod, defGetSet, PyClassMethod, PyBuiltin } from "./function.js";
import { newTuple } from "./tuple.js";
import { raise } from "../raise.js";
import { normBig, toBig, call, getAttrOrUndefined, lookupSpecial, toArray, format as pyFormat } from "../ops.js";
import { hashInt } from "../numeric/hash.js";
import { formatIntSpec, formatFloatSpec } from "./numfmt.js";
import { floatFromString } from "./float_methods.js";
import { ratioToDouble, powIntExact } from "../numeric/ratio.js";

type Int = number | bigint;

/** An instance of a user subclass of int: the int value plus the instance's class and dict. */
export class PyIntObj extends PyObject {
  /** The int value. */
  readonly value: Int;
  constructor(cls: PyType, value: Int) {
    super(cls);
    this.value = value;
  }
}

/** The int value of an int, bool or int-subclass instance, or undefined for anything else. */
export function asInt(v: PyValue): Int | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
  }
  if (v instanceof PyIntObj) return v.value;
  return undefined;
}

function big(a: Int): bigint {
  return typeof a === "bigint" ? a : BigInt(a);
}

/** int → float with OverflowError for huge values. */
export function intToFloat(a: Int): number {
  if (typeof a === "number") return a;
  const f = Number(a);
  if (!Number.isFinite(f)) raise("OverflowError", "int too large to convert to float");
  return f;
}

/** Python `a + b` on ints. */
export function intAdd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(big(a) + big(b));
}

/** Python `a - b` on ints. */
export function intSub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(big(a) - big(b));
}

/** Python `a * b` on ints. */
export function intMul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return normBig(big(a) * big(b));
}

/** Python `a // b` on ints (floor division). */
export function intFloorDiv(a: Int, b: Int): Int {
  if (b == 0) raise("ZeroDivisionError", "integer division or modulo by zero");
  if (typeof a === "number" && typeof b === "number" && Math.abs(a) < 2 ** 52 && Math.abs(b) < 2 ** 52) {
    const q = Math.floor(a / b);
    return q === 0 ? 0 : q;
  }
  const A = big(a), Bv = big(b);
  let q = A / Bv;
  if ((A % Bv !== 0n) && ((A < 0n) !== (Bv < 0n))) q -= 1n;
  return normBig(q);
}

/** Python `a % b` on ints (sign of the divisor). */
export function intMod(a: Int, b: Int): Int {
  if (b == 0) raise("ZeroDivisionError", "integer modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const A = big(a), Bv = big(b);
  let r = A % Bv;
  if (r !== 0n && (r < 0n) !== (Bv < 0n)) r += Bv;
  return normBig(r);
}

/** Python `a / b` on ints. */
export function intTrueDiv(a: Int, b: Int): number {
  if (b == 0) raise("ZeroDivisionError", "division by zero");
  if (typeof a === "number" && typeof b === "number") return a / b;
  // Exact rational, rounded once (CPython's long true division is correctly rounded).
  const A = big(a), Bv = big(b);
  const neg = (A < 0n) !== (Bv < 0n);
  const r = ratioToDouble(A < 0n ? -A : A, Bv < 0n ? -Bv : Bv);
  if (!Number.isFinite(r)) raise("OverflowError", "integer division result too large for a float");
  return neg ? -r : r;
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n % mod;
  base %= mod;
  if (base < 0n) base += mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    exp >>= 1n;
    base = (base * base) % mod;
  }
  return result;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) raise("ValueError", "base is not invertible for the given modulus");
  return ((oldS % m) + m) % m;
}

/** Python `pow(a, b[, m])` on ints; negative exponents give floats. */
export function intPow(a: Int, b: Int, m?: Int): PyValue {
  if (m !== undefined) {
    if (m == 0) raise("ValueError", "pow() 3rd argument cannot be 0");
    const M = big(m);
    const absM = M < 0n ? -M : M;
    let base = big(a);
    let e = big(b);
    if (e < 0n) {
      base = modInverse(base, absM);
      e = -e;
    }
    let r = modPow(base, e, absM);
    if (M < 0n && r !== 0n) r += M;
    return normBig(r);
  }
  if (b < 0) {
    if (a == 0) raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    const fa = intToFloat(a);
    const fb = intToFloat(b);
    return new PyFloat(Number.isFinite(fa) && fb >= -1100 ? powIntExact(fa, fb) : Math.pow(fa, fb));
  }
  if (typeof a === "number" && typeof b === "number") {
    const r = Math.pow(a, b);
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(big(a) ** big(b));
}

/** Python `a << b`. */
export function intLshift(a: Int, b: Int): Int {
  if (b < 0) raise("ValueError", "negative shift count");
  if (a == 0) return 0;
  // CPython refuses shift counts beyond its maximum digit count; V8 would throw a RangeError.
  if (b > 2 ** 32) raise("OverflowError", "too many digits in integer");
  if (typeof a === "number" && typeof b === "number" && b < 31 && a >= -(2 ** 21) && a <= 2 ** 21) return a * 2 ** b;
  return normBig(big(a) << big(b));
}

/** Python `a >> b`. */
export function intRshift(a: Int, b: Int): Int {
  if (b < 0) raise("ValueError", "negative shift count");
  if (typeof a === "number" && typeof b === "number") {
    if (b >= 53) return a < 0 ? -1 : 0;
    if (b < 32 && a >= -0x80000000 && a <= 0x7fffffff) return a >> b;
    return Math.floor(a / 2 ** b);
  }
  return normBig(big(a) >> big(b));
}

function bitop(a: Int, b: Int, op: number): Int {
  if (typeof a === "number" && typeof b === "number" && a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) {
    return op === 0 ? a & b : op === 1 ? a | b : a ^ b;
  }
  const A = big(a), Bv = big(b);
  return normBig(op === 0 ? A & Bv : op === 1 ? A | Bv : A ^ Bv);
}

/** Compares two ints: -1, 0 or 1. */
export function intCmp(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Python int → str in base 10. */
export function intStr(a: Int): string {
  return typeof a === "number" ? String(a) : bigToDecimal(a);
}

/** `sys.set_int_max_str_digits` (0 = no limit). */
export const intLimits = { maxStrDigits: 4300 };

/** Decimal text of a big int, with CPython's int_max_str_digits check. */
export function bigToDecimal(v: bigint): string {
  const s = v.toString();
  const lim = intLimits.maxStrDigits;
  if (lim > 0 && s.length - (v < 0n ? 1 : 0) > lim) {
    raise("ValueError", `Exceeds the limit (${lim} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

/** Parses `int(s, base)` with Python's syntax (underscores, prefixes, whitespace). */
export function intFromString(s: string, base: number): Int {
  const orig = s;
  const bad = (): never => raise("ValueError", `invalid literal for int() with base ${base}: ${reprStr(orig)}`);
  s = s.trim();
  let neg = false;
  if (s.startsWith("-") || s.startsWith("+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  let b = base;
  const low = s.toLowerCase();
  if (b === 0) {
    if (low.startsWith("0x")) b = 16, s = s.slice(2);
    else if (low.startsWith("0o")) b = 8, s = s.slice(2);
    else if (low.startsWith("0b")) b = 2, s = s.slice(2);
    else {
      b = 10;
      if (/^0+[1-9]/.test(s.replace(/_/g, ""))) bad();
    }
    if (s.startsWith("_")) s = s.slice(1);
  } else if ((b === 16 && low.startsWith("0x")) || (b === 8 && low.startsWith("0o")) || (b === 2 && low.startsWith("0b"))) {
    s = s.slice(2);
    if (s.startsWith("_")) s = s.slice(1);
  }
  if (s === "" || s.startsWith("_") || s.endsWith("_") || s.includes("__")) bad();
  s = s.replace(/_/g, "");
  const lim = intLimits.maxStrDigits;
  if (lim > 0 && s.length > lim && (b & (b - 1)) !== 0) {
    raise("ValueError", `Exceeds the limit (${lim} digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz".slice(0, b);
  let r = 0n;
  const B = BigInt(b);
  for (const ch of s.toLowerCase()) {
    let d = digits.indexOf(ch);
    if (d < 0) {
      const cp = ch.codePointAt(0)!;
      const uni = /\p{Nd}/u.test(ch) ? unicodeDigit(cp) : -1;
      if (uni >= 0 && uni < b) d = uni;
      else bad();
    }
    r = r * B + BigInt(d);
  }
  return normBig(neg ? -r : r);
}

/**
 * The value of a Unicode decimal digit (category Nd), or -1. Nd digits come in runs of whole
 * blocks of ten starting at the digit zero, so the value is the distance from the run's start
 * modulo 10.
 */
export function unicodeDigit(cp: number): number {
  const isNd = (c: number): boolean => /\p{Nd}/u.test(String.fromCodePoint(c));
  if (!isNd(cp)) return -1;
  let start = cp;
  while (start > 0 && isNd(start - 1)) start--;
  return (cp - start) % 10;
}

/** `s` with Unicode decimal digits replaced by ASCII ones and Unicode spaces by ' ' (for float()). */
export function asciiDigits(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const d = ch > "\x7f" ? unicodeDigit(ch.codePointAt(0)!) : -1;
    out += d >= 0 ? String(d) : ch > "\x7f" && /\s/u.test(ch) ? " " : ch;
  }
  return out;
}

function reprStr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/** `int(x)` for any value. */
export function toInt(v: PyValue): Int {
  const i = asInt(v);
  if (i !== undefined) return i;
  if (v instanceof PyFloat) return floatToInt(v.value);
  if (typeof v === "string") return intFromString(v, 10);
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const f = lookupSpecial(v, name);
    if (f !== undefined && f !== None) {
      const r = call(f, [v]);
      const ri = asInt(r);
      if (ri === undefined) {
        if (name === "__trunc__") return toInt(r);
        raise("TypeError", `${name} returned non-int (type ${typeOf(r).name})`);
      }
      return ri;
    }
  }
  raise("TypeError", `int() argument must be a string, a bytes-like object or a real number, not '${typeOf(v).name}'`);
}

/** Truncates a float to an int. */
export function floatToInt(x: number): Int {
  if (x !== x) raise("ValueError", "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) raise("OverflowError", "cannot convert float infinity to integer");
  const t = Math.trunc(x);
  if (Number.isSafeInteger(t)) return t === 0 ? 0 : t;
  return normBig(BigInt(t));
}

function binop(name: string, f: (a: Int, b: Int) => PyValue, reflected: boolean): void {
  const impl = (args: PyValue[]): PyValue => {
    const a = asInt(args[0]);
    const b = asInt(args[1]);
    if (a === undefined || b === undefined) return NotImplemented;
    return reflected ? f(b, a) : f(a, b);
  };
  defMethod(intType, name, impl);
}

const INT_OPS: [string, (a: Int, b: Int) => PyValue][] = [
  ["add", intAdd], ["sub", intSub], ["mul", intMul], ["floordiv", intFloorDiv], ["mod", intMod],
  ["truediv", (a, b) => new PyFloat(intTrueDiv(a, b))], ["lshift", intLshift], ["rshift", intRshift],
  ["and", (a, b) => bitop(a, b, 0)], ["or", (a, b) => bitop(a, b, 1)], ["xor", (a, b) => bitop(a, b, 2)],
  ["divmod", (a, b) => newTuple([intFloorDiv(a, b), intMod(a, b)])],
];
for (const [n, f] of INT_OPS) {
  binop(`__${n}__`, f, false);
  binop(`__r${n}__`, f, true);
}
defMethod(intType, "__pow__", (args) => {
  const a = asInt(args[0]), b = asInt(args[1]);
  if (a === undefined || b === undefined) return NotImplemented;
  const m = args.length > 2 && args[2] !== None ? asInt(args[2]) : undefined;
  if (args.length > 2 && args[2] !== None && m === undefined) return NotImplemented;
  if (m !== undefined && b < 0 && false) return None;
  return intPow(a, b, m);
});
defMethod(intType, "__rpow__", (args) => {
  const a = asInt(args[0]), b = asInt(args[1]);
  if (a === undefined || b === undefined) return NotImplemented;
  return intPow(b, a);
});
for (const [n, op] of [["__lt__", 0], ["__le__", 1], ["__eq__", 2], ["__ne__", 3], ["__gt__", 4], ["__ge__", 5]] as const) {
  defMethod(intType, n, (args) => {
    const a = asInt(args[0])!;
    const bv = args[1];
    // Like CPython, int's comparisons know only ints; float's reflected ones handle int vs float.
    const b: Int | undefined = asInt(bv);
    if (b === undefined) return NotImplemented;
    switch (op) {
      case 0: return a < b;
      case 1: return a <= b;
      case 2: return a == b;
      case 3: return a != b;
      case 4: return a > b;
      default: return a >= b;
    }
  });
}
defMethod(intType, "__neg__", (args) => {
  const a = asInt(args[0])!;
  return typeof a === "number" ? (a === 0 ? 0 : -a) : normBig(-a);
});
defMethod(intType, "__pos__", (args) => asInt(args[0])!);
defMethod(intType, "__abs__", (args) => {
  const a = asInt(args[0])!;
  return typeof a === "number" ? Math.abs(a) : normBig(a < 0n ? -a : a);
});
defMethod(intType, "__invert__", (args) => {
  const a = asInt(args[0])!;
  return typeof a === "number" ? intSub(-a, 1) : normBig(-a - 1n);
});
defMethod(intType, "__bool__", (args) => asInt(args[0]) != 0);
defMethod(intType, "__int__", (args) => asInt(args[0])!);
defMethod(intType, "__index__", (args) => asInt(args[0])!);
defMethod(intType, "__float__", (args) => new PyFloat(intToFloat(asInt(args[0])!)));
defMethod(intType, "__trunc__", (args) => asInt(args[0])!);
defMethod(intType, "__floor__", (args) => asInt(args[0])!);
defMethod(intType, "__ceil__", (args) => asInt(args[0])!);
defMethod(intType, "__hash__", (args) => hashInt(asInt(args[0])!));
defMethod(intType, "__repr__", (args) => {
  const v = args[0];
  if (typeof v === "boolean") return v ? "True" : "False";
  return intStr(asInt(v)!);
});
defMethod(intType, "__round__", (args) => {
  const a = asInt(args[0])!;
  if (args.length < 2 || args[1] === None) return a;
  const nd = asInt(args[1]);
  if (nd === undefined) raise("TypeError", `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
  if (nd >= 0) return a;
  const p = intPow(10, -nd) as Int;
  const q = intFloorDiv(a, p);
  const r = intMod(a, p);
  const twice = intMul(r, 2);
  let qq = q;
  if (twice > p || (twice == p && intMod(q, 2) != 0)) qq = intAdd(q, 1);
  return intMul(qq, p);
});
defMethod(intType, "__format__", (args) => formatIntSpec(asInt(args[0])!, args[1] as string, args[0]));
defMethod(intType, "bit_length", (args) => {
  const a = asInt(args[0])!;
  if (a == 0) return 0;
  return (a < 0 ? -big(a) : big(a)).toString(2).length;
});
defMethod(intType, "bit_count", (args) => {
  const a = asInt(args[0])!;
  return [...(a < 0 ? -big(a) : big(a)).toString(2)].filter((c) => c === "1").length;
});
defMethod(intType, "conjugate", (args) => asInt(args[0])!);
defMethod(intType, "as_integer_ratio", (args) => newTuple([asInt(args[0])!, 1]));

/**
 * The (length, byteorder, signed) of to_bytes / from_bytes: positional or keyword, with
 * CPython's defaults (1, 'big', False) and messages. `first` names the leading argument.
 */
function bytesArgs(fn: string, first: string, args: PyValue[], kw: Map<string, PyValue> | null): [PyValue | undefined, string, boolean] {
  const names = [first, "byteorder"];
  if (args.length > 3) raise("TypeError", `${fn}() takes at most 2 positional arguments (${args.length - 1} given)`);
  const vals: (PyValue | undefined)[] = [args[1], args[2]];
  let signed: PyValue = false;
  for (const [k, v] of kw ?? []) {
    const i = names.indexOf(k);
    if (k === "signed") signed = v;
    else if (i < 0) raise("TypeError", `${fn}() got an unexpected keyword argument '${k}'`);
    else if (vals[i] !== undefined) raise("TypeError", `argument for ${fn}() given by name ('${k}') and position (${i + 1})`);
    else vals[i] = v;
  }
  const order = vals[1] ?? "big";
  if (typeof order !== "string") raise("TypeError", `${fn}() argument 'byteorder' must be str, not ${typeOf(order).name}`);
  if (order !== "big" && order !== "little") raise("ValueError", "byteorder must be either 'little' or 'big'");
  return [vals[0], order, isTrue(signed)];
}

defMethod(intType, "to_bytes", (args, kw) => {
  const a = big(asInt(args[0])!);
  const [lenV, order, signed] = bytesArgs("to_bytes", "length", args, kw);
  const len = lenV === undefined ? 1 : asInt(lenV);
  if (len === undefined) raise("TypeError", `'${typeOf(lenV!).name}' object cannot be interpreted as an integer`);
  if (len < 0) raise("ValueError", "length argument must be non-negative");
  const length = Number(len);
  let v = a;
  if (v < 0n) {
    if (!signed) raise("OverflowError", "can't convert negative int to unsigned");
    v += 1n << BigInt(8 * length);
  }
  const bytes: number[] = [];
  for (let i = 0; i < length; i++) {
    bytes.push(Number(v & 0xffn));
    v >>= 8n;
  }
  const fits = v === 0n && !(signed && (a >= 0n ? length > 0 && bytes[length - 1] >= 0x80 : length === 0 || bytes[length - 1] < 0x80));
  if (!fits) raise("OverflowError", "int too big to convert");
  if (order === "big") bytes.reverse();
  return call(bytesCtor(), [newListOfInts(bytes)]);
});
defGetSet(intType, "real", (s) => asInt(s)!);
defGetSet(intType, "imag", () => 0);
defGetSet(intType, "numerator", (s) => asInt(s)!);
defGetSet(intType, "denominator", () => 1);

import { PyList } from "./list.js";
import { rt } from "../runtime.js";
function newListOfInts(b: number[]): PyValue {
  return new PyList(b);
}
function bytesCtor(): PyValue {
  return rt().builtins.getStr("bytes")!;
}

intType.ns.set("from_bytes", new PyClassMethod(new PyBuiltin("from_bytes", (args, kw) => {
  const cls = args[0] as PyType;
  const [data, order, signed] = bytesArgs("from_bytes", "bytes", args, kw);
  if (data === undefined) raise("TypeError", "from_bytes() missing required argument 'bytes' (pos 1)");
  if (typeof data === "string") raise("TypeError", "cannot convert 'str' object to bytes");
  const it = (data as { data?: Uint8Array }).data;
  const arr: number[] = it instanceof Uint8Array ? Array.from(it) : toArray(data).map(byteOf);
  if (order === "little") arr.reverse();
  // One hex parse instead of a shift per byte, which is quadratic in the length.
  let hex = "0x0";
  for (const b of arr) hex += (b < 16 ? "0" : "") + b.toString(16);
  let v = BigInt(hex);
  if (signed && arr.length && arr[0] >= 0x80) v -= 1n << BigInt(8 * arr.length);
  const r = normBig(v);
  return cls === intType ? r : call(cls, [r]);
})));
function byteOf(x: PyValue): number {
  const n = asInt(x);
  if (n === undefined) raise("TypeError", `'${typeOf(x).name}' object cannot be interpreted as an integer`);
  if (n < 0 || n > 255) raise("ValueError", "bytes must be in range(0, 256)");
  return Number(n);
}

intType.ns.set("__new__", new PyBuiltin("__new__", (args, kw) => {
  const cls = args[0] as PyType;
  if (args.length > 3) raise("TypeError", `int() takes at most 2 arguments (${args.length - 1} given)`);
  let v: Int = 0;
  for (const k of kw?.keys() ?? []) if (k !== "base") raise("TypeError", `'${k}' is an invalid keyword argument for int()`);
  const x = args.length > 1 ? args[1] : undefined;
  const baseV = args.length > 2 ? args[2] : kw?.get("base");
  if (baseV !== undefined) {
    const base = asInt(baseV);
    if (base === undefined) raise("TypeError", `'${typeOf(baseV).name}' object cannot be interpreted as an integer`);
    if (base !== 0 && (base < 2 || base > 36)) raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
    if (typeof x !== "string") {
      const d = (x as { data?: Uint8Array } | undefined)?.data;
      if (d instanceof Uint8Array) v = intFromString(latin1String(d), Number(base));
      else raise("TypeError", "int() can't convert non-string with explicit base");
    } else v = intFromString(x, Number(base));
  } else if (x !== undefined) {
    const d = (x as { data?: Uint8Array }).data;
    v = d instanceof Uint8Array ? intFromString(latin1String(d), 10) : toInt(x);
  }
  if (cls === intType) return v;
  const o = new PyIntObj(cls, v);
  if (cls.hasInstanceDict) o.dict = new PyDict();
  return o;
}));

boolType.ns.set("__new__", new PyBuiltin("__new__", ctorArity("bool", "C0-1M", (args) => (args.length > 1 ? truth(args[1]) : false))));
import { isTrue } from "../ops.js";
function truth(v: PyValue): boolean {
  return isTrue(v);
}
defMethod(boolType, "__repr__", (args) => (args[0] ? "True" : "False"));
for (const [n, op] of [["and", 0], ["or", 1], ["xor", 2]] as const) {
  const f = (args: PyValue[]): PyValue => {
    const [a, b] = args;
    if (typeof a === "boolean" && typeof b === "boolean") return op === 0 ? a && b : op === 1 ? a || b : a !== b;
    const x = asInt(a), y = asInt(b);
    if (x === undefined || y === undefined) return NotImplemented;
    return bitop(x, y, op);
  };
  defMethod(boolType, `__${n}__`, f);
  defMethod(boolType, `__r${n}__`, f);
}
void floatType;
void pyFormat;
void formatFloatSpec;
void floatFromString;

/** `a <op> b` for two ints (operator numbers as in ops.BINOPS); the protocol layer's int fast path. */
export function intBinary(op: number, a: Int, b: Int): PyValue {
  switch (op) {
    case 0: return intAdd(a, b);
    case 1: return intSub(a, b);
    case 2: return intMul(a, b);
    case 3: return new PyFloat(intTrueDiv(a, b));
    case 4: return intFloorDiv(a, b);
    case 5: return intMod(a, b);
    case 6: return intPow(a, b);
    case 7: return intLshift(a, b);
    case 8: return intRshift(a, b);
    case 9: return bitop(a, b, 0);
    case 10: return bitop(a, b, 1);
    case 11: return bitop(a, b, 2);
  }
  return NotImplemented;
}
