// float: arithmetic with Python's division/modulo/power rules, conversions, rounding, repr.
import { latin1String } from "./latin1.js";
import { withArity, ctorArity } from "./arity.js";
import { floatType, strType, None, NotImplemented, typeOf, type PyValue, PyType } from "./object.js";
import { PyFloat } from "./float.js";
import { defMethod, defGetSet, PyBuiltin, PyClassMethod } from "./function.js";
import { newTuple } from "./tuple.js";
import { PyDict } from "./dict.js";
import { raise } from "../raise.js";
import { call, lookupSpecial, normBig, repr, str as pyStr } from "../ops.js";
import { floatRepr } from "../numeric/float.js";
import { powIntExact } from "../numeric/ratio.js";
import { hashFloat } from "../numeric/hash.js";
import { asInt, intToFloat, floatToInt, asciiDigits } from "./int.js";
import { formatFloatSpec, toFixedExact } from "./numfmt.js";
import { complexPow } from "./complex.js";

/** A float operand (float, int or bool) as a double, or undefined. */
export function asFloat(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  const i = asInt(v);
  return i === undefined ? undefined : intToFloat(i);
}

/** Python float `a % b`. */
export function floatMod(a: number, b: number): number {
  if (b === 0) raise("ZeroDivisionError", "float modulo");
  let m = a % b;
  // C's `if (mod)`: NaN counts as true (JS truthiness would not).
  if (m !== 0) {
    if ((b < 0) !== (m < 0)) m += b;
  } else m = b < 0 ? -0 : 0;
  return m;
}

/** Python float divmod → [floordiv, mod] (CPython's float_divmod). */
export function floatDivmod(a: number, b: number, what = "float divmod()"): [number, number] {
  if (b === 0) raise("ZeroDivisionError", what);
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) {
      mod += b;
      div -= 1;
    }
  } else mod = b < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    const q = a / b;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** Python float `a ** b`. */
export function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0) raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
  if (a === 1 || b === 0) return 1;
  // Integral exponents: exact rational rounded once, as glibc's correctly rounded pow gives.
  const r = Number.isInteger(b) && Math.abs(b) <= 1100 && Math.abs(b) > 2 && Number.isFinite(a) && a !== 0 ? powIntExact(a, b) : Math.pow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) raise("OverflowError", "(34, 'Numerical result out of range')");
  return r;
}

/** Parses `float(s)` with Python's syntax. */
export function floatFromString(s: string): number {
  const t = asciiDigits(s).trim().replace(/(?<=\d)_(?=\d)/g, "");
  const low = t.toLowerCase();
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(low);
  if (m) return low.includes("nan") ? NaN : m[1] === "-" ? -Infinity : Infinity;
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return Number(t);
  raise("ValueError", `could not convert string to float: ${repr(s)}`);
}

/** `float(v)`. */
export function toFloat(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  const i = asInt(v);
  if (i !== undefined) return intToFloat(i);
  if (typeof v === "string") return floatFromString(v);
  // A str subclass instance (PyStrObj; not imported here, str.ts imports this module).
  if (typeOf(v).isSubtype(strType)) return floatFromString((v as unknown as { value: string }).value);
  const f = lookupSpecial(v, "__float__");
  if (f !== undefined) {
    const r = call(f, [v]);
    if (!(r instanceof PyFloat)) raise("TypeError", `${typeOf(v).name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return r.value;
  }
  const ix = lookupSpecial(v, "__index__");
  if (ix !== undefined) return intToFloat(asInt(call(ix, [v]))!);
  const data = (v as { data?: unknown }).data;
  if (data instanceof Uint8Array && typeOf(v).lookup("decode") !== undefined) return floatFromString(latin1String(data));
  raise("TypeError", `float() argument must be a string or a real number, not '${typeOf(v).name}'`);
}

/** round(x) half-to-even, or round(x, n) correctly rounded via the exact decimal expansion. */
export function floatRound(x: number, nd: number | null): PyValue {
  if (nd === null) {
    if (!Number.isFinite(x)) floatToInt(x);
    let r = Math.round(x);
    if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
    return floatToInt(r);
  }
  if (!Number.isFinite(x) || x === 0) return new PyFloat(x);
  if (nd > 308) return new PyFloat(x);
  if (nd < -308) return new PyFloat(0 * Math.sign(x));
  if (nd >= 0) {
    const s = toFixedExactHalfEven(x, nd);
    return new PyFloat(Number(s));
  }
  const p = Math.pow(10, -nd);
  const y = x / p;
  let r = Math.round(y);
  if (Math.abs(y - Math.trunc(y)) === 0.5) r = 2 * Math.round(y / 2);
  const out = r * p;
  return new PyFloat(out === 0 ? (x < 0 ? -0 : 0) : out);
}

function toFixedExactHalfEven(x: number, nd: number): string {
  // toFixedExact rounds half-even on the exact binary value, which is what CPython does.
  return toFixedExact(x, nd);
}

function binop(name: string, f: (a: number, b: number) => PyValue): void {
  defMethod(floatType, `__${name}__`, (args) => {
    const a = (args[0] as PyFloat).value;
    const b = asFloat(args[1]);
    return b === undefined ? NotImplemented : f(a, b);
  });
  defMethod(floatType, `__r${name}__`, (args) => {
    const a = (args[0] as PyFloat).value;
    const b = asFloat(args[1]);
    return b === undefined ? NotImplemented : f(b, a);
  });
}

binop("add", (a, b) => new PyFloat(a + b));
binop("sub", (a, b) => new PyFloat(a - b));
binop("mul", (a, b) => new PyFloat(a * b));
binop("truediv", (a, b) => {
  if (b === 0) raise("ZeroDivisionError", "float division by zero");
  return new PyFloat(a / b);
});
binop("floordiv", (a, b) => new PyFloat(floatDivmod(a, b, "float floor division by zero")[0]));
binop("mod", (a, b) => new PyFloat(floatMod(a, b)));
binop("divmod", (a, b) => {
  const [d, m] = floatDivmod(a, b);
  return newTuple([new PyFloat(d), new PyFloat(m)]);
});
binop("pow", (a, b) => (a < 0 && !Number.isInteger(b) && Number.isFinite(b) ? complexPow(a, b) : new PyFloat(floatPow(a, b))));

for (const [n, op] of [["__lt__", 0], ["__le__", 1], ["__eq__", 2], ["__ne__", 3], ["__gt__", 4], ["__ge__", 5]] as const) {
  defMethod(floatType, n, (args) => {
    const a = (args[0] as PyFloat).value;
    const o = args[1];
    let b: number | bigint;
    if (o instanceof PyFloat) b = o.value;
    else {
      const i = asInt(o);
      if (i === undefined) return NotImplemented;
      b = i;
    }
    switch (op) {
      case 0: return a < b;
      case 1: return a <= b;
      case 2: return a == b;
      case 3: return !(a == b);
      case 4: return a > b;
      default: return a >= b;
    }
  });
}
defMethod(floatType, "__neg__", (args) => new PyFloat(-(args[0] as PyFloat).value));
defMethod(floatType, "__pos__", (args) => args[0]);
defMethod(floatType, "__abs__", (args) => new PyFloat(Math.abs((args[0] as PyFloat).value)));
defMethod(floatType, "__bool__", (args) => (args[0] as PyFloat).value !== 0);
defMethod(floatType, "__int__", (args) => floatToInt((args[0] as PyFloat).value));
defMethod(floatType, "__trunc__", (args) => floatToInt((args[0] as PyFloat).value));
defMethod(floatType, "__floor__", (args) => floatToInt(Math.floor((args[0] as PyFloat).value)));
defMethod(floatType, "__ceil__", (args) => floatToInt(Math.ceil((args[0] as PyFloat).value)));
defMethod(floatType, "__float__", (args) => args[0]);
defMethod(floatType, "__hash__", (args) => hashFloat((args[0] as PyFloat).value, args[0] as PyFloat));
defMethod(floatType, "__repr__", (args) => floatRepr((args[0] as PyFloat).value));
defMethod(floatType, "__format__", (args) => {
  const f = args[0] as PyFloat;
  // A subclass instance with an empty spec formats as its str() (maybe a user __repr__).
  if (args[1] === "" && f.cls !== floatType) return pyStr(f);
  return formatFloatSpec(f.value, args[1] as string);
});
defMethod(floatType, "__round__", (args) => {
  const nd = args.length > 1 && args[1] !== None ? asInt(args[1]) : null;
  if (args.length > 1 && args[1] !== None && nd === undefined) raise("TypeError", `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
  return floatRound((args[0] as PyFloat).value, nd === null || nd === undefined ? null : Number(nd));
});
defMethod(floatType, "is_integer", (args) => Number.isInteger((args[0] as PyFloat).value));
defMethod(floatType, "conjugate", (args) => args[0]);
defMethod(floatType, "as_integer_ratio", (args) => {
  const x = (args[0] as PyFloat).value;
  if (x !== x) raise("ValueError", "cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) raise("OverflowError", "cannot convert Infinity to integer ratio");
  let m = x;
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  let num = BigInt(m);
  let den = 1n << BigInt(e);
  while (den > 1n && num % 2n === 0n) {
    num /= 2n;
    den /= 2n;
  }
  return newTuple([normBig(num), normBig(den)]);
});
defMethod(floatType, "hex", (args) => {
  const x = (args[0] as PyFloat).value;
  if (x !== x) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0";
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const sign = hi >>> 31 ? "-" : "";
  let exp = (hi >>> 20) & 0x7ff;
  const mant = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, "0");
  let lead = "1";
  if (exp === 0) {
    lead = "0";
    exp = -1022;
  } else exp -= 1023;
  return `${sign}0x${lead}.${mant}p${exp >= 0 ? "+" : ""}${exp}`;
});
defGetSet(floatType, "real", (s) => s);
defGetSet(floatType, "imag", () => new PyFloat(0));
floatType.ns.set("fromhex", new PyClassMethod(new PyBuiltin("fromhex", withArity("float", "fromhex", (args) => {
  if (typeof args[1] !== "string") raise("TypeError", `must be str, not ${typeOf(args[1]).name}`);
  const f = new PyFloat(floatFromHex(args[1]));
  return args[0] === floatType ? f : call(args[0], [f]);
}), true)));

/** float.fromhex: the hex value correctly rounded (half-even) to a double. */
function floatFromHex(text: string): number {
  const s = text.trim().toLowerCase();
  const special = /^([+-]?)(inf|infinity|nan)$/.exec(s);
  if (special) return special[2] === "nan" ? NaN : special[1] === "-" ? -Infinity : Infinity;
  const m = /^([+-])?(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(s);
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) raise("ValueError", "invalid hexadecimal floating-point string");
  const frac = m[3] ?? "";
  const mant = BigInt("0x0" + m[2] + frac);
  const sign = m[1] === "-" ? -1 : 1;
  if (mant === 0n) return sign * 0;
  const e = Number(m[4] ?? 0) - 4 * frac.length;
  const bits = mant.toString(2).length;
  const top = bits - 1 + e;
  if (top > 1023) raise("OverflowError", "hexadecimal value too large to represent as a float");
  const prec = top >= -1022 ? 53 : 53 - (-1022 - top);
  const shift = bits - prec;
  let q = mant;
  if (shift > 0) {
    q = mant >> BigInt(shift);
    const rem = mant & ((1n << BigInt(shift)) - 1n);
    const half = 1n << BigInt(shift - 1);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  }
  const scale = e + Math.max(shift, 0);
  // Two steps so neither power of two over- or underflows on its own.
  const v = Number(q) * Math.pow(2, Math.trunc(scale / 2)) * Math.pow(2, scale - Math.trunc(scale / 2));
  if (!Number.isFinite(v)) raise("OverflowError", "hexadecimal value too large to represent as a float");
  return sign * v;
}
floatType.ns.set("__new__", new PyBuiltin("__new__", ctorArity("float", "C0-1M", (args) => {
  const cls = args[0] as PyType;
  const v = args.length > 1 ? toFloat(args[1]) : 0;
  const f = new PyFloat(v);
  if (cls !== floatType) {
    f.cls = cls;
    if (cls.hasInstanceDict) f.dict = new PyDict();
  }
  return f;
})));
