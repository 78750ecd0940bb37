// The format-spec mini-language for int, float and str (format(), str.format, f-strings).
import { raise } from "../raise.js";
import { floatRepr } from "../numeric/float.js";
import type { PyValue } from "./object.js";
import { typeOf } from "./object.js";
import { bigToDecimal } from "./int.js";
import { str as pyStr } from "../ops.js";

/** A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`. */
export interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
  /** `z`: a result that rounds to negative zero loses its sign (floats only). */
  z: boolean;
}

/** Parses a format spec (CPython's messages on errors). */
export function parseSpec(spec: string, typeName = ""): Spec {
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su.exec(spec);
  if (m === null) {
    // A second grouping separator: `{:,,}`, `{:_,}`.
    const g = /^(?:.?[<>=^])?[-+ ]?z?#?0?\d*([,_])([,_])/su.exec(spec);
    if (g !== null) raise("ValueError", g[1] === g[2] ? `Cannot specify '${g[1]}' with '${g[1]}'.` : "Cannot specify both ',' and '_'.");
    if (/\.(?![0-9])/.test(spec) && /^[^.]*\.[^0-9]/.test(spec)) raise("ValueError", "Format specifier missing precision");
    raise("ValueError", typeName ? `Invalid format specifier '${spec}' for object of type '${typeName}'` : "Invalid format specifier");
  }
  if (m[8] !== undefined && m[10] === "n") raise("ValueError", `Cannot specify '${m[8]}' with 'n'.`);
  return {
    fill: m[1] ?? (m[6] ? "0" : " "),
    align: m[2] ?? (m[6] && !m[2] ? "=" : ""),
    sign: m[3] ?? "",
    alt: !!m[5],
    zero: !!m[6],
    width: m[7] ? Number(m[7]) : 0,
    grouping: m[8] ?? "",
    precision: m[9] !== undefined ? Number(m[9]) : -1,
    type: m[10] ?? "",
    z: m[4] !== undefined,
  };
}

function pad(s: string, sp: Spec, defaultAlign: string, signLen = 0): string {
  const len = [...s].length;
  if (len >= sp.width) return s;
  const n = sp.width - len;
  const align = sp.align || defaultAlign;
  const f = sp.fill;
  switch (align) {
    case "<": return s + f.repeat(n);
    case ">": return f.repeat(n) + s;
    case "^": return f.repeat(Math.floor(n / 2)) + s + f.repeat(n - Math.floor(n / 2));
    default: return s.slice(0, signLen) + f.repeat(n) + s.slice(signLen);
  }
}

function group(digits: string, sep: string, every: number): string {
  if (!sep) return digits;
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % every === 0) out += sep;
    out += digits[i];
  }
  return out;
}

function signOf(neg: boolean, sp: Spec): string {
  return neg ? "-" : sp.sign === "+" ? "+" : sp.sign === " " ? " " : "";
}

/** Zero-padding with grouping: CPython pads the digits themselves so separators appear in the padding. */
function finishNumber(sign: string, prefix: string, body: string, sp: Spec, intPartLen: number, sepEvery: number): string {
  void intPartLen;
  void sepEvery;
  const s = sign + prefix + body;
  if (sp.align === "=" || (sp.zero && !sp.align)) {
    return pad(s, sp, "=", sign.length + prefix.length);
  }
  return pad(s, sp, ">");
}

/** CPython groups the padding too (`00,001,234`) when it is zeros inserted after the sign. */
function groupsPadding(sp: Spec): boolean {
  return sp.fill === "0" && sp.align === "=";
}

function zeroGrouped(intDigits: string, rest: string, sign: string, prefix: string, sp: Spec, every: number): string {
  // With '0' fill and a grouping separator the padding itself is grouped.
  const sep = sp.grouping === "," ? "," : "_";
  let digits = intDigits;
  let grouped = group(digits, sep, every);
  while (sign.length + prefix.length + [...grouped].length + rest.length < sp.width) {
    digits = "0" + digits;
    grouped = group(digits, sep, every);
  }
  return sign + prefix + grouped + rest;
}

/** `format(int, spec)`. */
export function formatIntSpec(v: number | bigint, spec: string, orig: PyValue): string {
  if (spec === "") {
    // An int subclass instance formats as its str(), which may be a user __repr__/__str__.
    if (typeof orig === "object") return pyStr(orig);
    return typeof orig === "boolean" ? (orig ? "True" : "False") : typeof v === "bigint" ? bigToDecimal(v) : String(v);
  }
  const sp = parseSpec(spec, typeOf(orig).name);
  let t = sp.type;
  if ("eEfFgG%".includes(t) && t !== "") {
    if (!Number.isFinite(Number(v))) raise("OverflowError", "int too large to convert to float");
    return formatFloatSpec(Number(v), spec);
  }
  if (t === "") t = "d";
  if (sp.z) raise("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
  if (sp.precision >= 0) raise("ValueError", "Precision not allowed in integer format specifier");
  if (t === "c") {
    if (sp.sign) raise("ValueError", "Sign not allowed with integer format specifier 'c'");
    if (sp.alt) raise("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < 0 || v > 0x10ffff) raise("OverflowError", "%c arg not in range(0x110000)");
    return pad(String.fromCodePoint(Number(v)), sp, "<");
  }
  const neg = v < 0;
  const abs = neg ? -BigInt(v) : BigInt(v);
  let digits: string;
  let prefix = "";
  let every = 3;
  switch (t) {
    case "d": case "n": digits = bigToDecimal(abs); break;
    case "b": digits = abs.toString(2); prefix = sp.alt ? "0b" : ""; every = 4; break;
    case "o": digits = abs.toString(8); prefix = sp.alt ? "0o" : ""; every = 4; break;
    case "x": digits = abs.toString(16); prefix = sp.alt ? "0x" : ""; every = 4; break;
    case "X": digits = abs.toString(16).toUpperCase(); prefix = sp.alt ? "0X" : ""; every = 4; break;
    default:
      raise("ValueError", `Unknown format code '${t}' for object of type '${typeOf(orig).name}'`);
  }
  if (sp.grouping === "," && !"dn".includes(t)) raise("ValueError", `Cannot specify ',' with '${t}'.`);
  const sign = signOf(neg, sp);
  if (sp.grouping && groupsPadding(sp)) return zeroGrouped(digits, "", sign, prefix, sp, every);
  return finishNumber(sign, prefix, group(digits, sp.grouping, every), sp, digits.length, every);
}

/** Exact decimal digits of a double in fixed notation with `prec` places (correctly rounded, half-even on ties). */
export function toFixedExact(x: number, prec: number): string {
  const neg = x < 0;
  const [m, e] = decompose(Math.abs(x));
  let num = m, den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  const scaled = num * 10n ** BigInt(prec);
  let q = scaled / den;
  const r = scaled % den;
  if (r * 2n > den || (r * 2n === den && (q & 1n) === 1n)) q += 1n;
  let s = q.toString();
  if (prec > 0) {
    s = s.padStart(prec + 1, "0");
    s = s.slice(0, s.length - prec) + "." + s.slice(s.length - prec);
  }
  return neg ? "-" + s : s;
}

const f64 = new DataView(new ArrayBuffer(8));

/** x = m * 2^e with m a non-negative integer (x finite, >= 0). */
function decompose(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  f64.setFloat64(0, x);
  const hi = f64.getUint32(0), lo = f64.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = exp - 1075;
  }
  return [mant, e];
}

/**
 * `x` (finite, >= 0) with `prec` digits after the point in exponent notation, correctly rounded
 * half-even like CPython (JS toExponential rounds exact ties up: 2.5 -> "3e+0").
 */
function toExp(x: number, prec: number, upper: boolean): string {
  let digits: string;
  let en: number;
  if (x === 0) {
    digits = "0".repeat(prec + 1);
    en = 0;
  } else {
    en = Number(x.toExponential().split("e")[1]);
    digits = scaledDigits(x, prec - en);
    if (digits.length > prec + 1) {
      en += 1;
      digits = scaledDigits(x, prec - en);
    }
  }
  const mant = prec > 0 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${mant}${upper ? "E" : "e"}${en < 0 ? "-" : "+"}${String(Math.abs(en)).padStart(2, "0")}`;
}

/** round_half_even(x * 10^k) as a decimal string (x finite, > 0). */
function scaledDigits(x: number, k: number): string {
  const [m, e] = decompose(x);
  let num = m, den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (k >= 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  let q = num / den;
  const r = num % den;
  if (r * 2n > den || (r * 2n === den && (q & 1n) === 1n)) q += 1n;
  return q.toString();
}

function gFormat(x: number, prec: number, alt: boolean, upper: boolean, reprStyle: boolean): string {
  if (prec === 0) prec = 1;
  if (x === 0) {
    const z = alt ? "0." + "0".repeat(prec - 1) : "0";
    return reprStyle ? "0.0" : z;
  }
  const exp = Number(toExp(x, prec - 1, false).split("e")[1]);
  let s: string;
  // With no presentation type (reprStyle) CPython keeps a digit after the point, so it switches
  // to exponent notation one digit earlier.
  if (exp >= -4 && exp < (reprStyle ? prec - 1 : prec)) {
    s = toFixedExact(x, prec - 1 - exp);
    if (!alt && s.includes(".")) s = s.replace(/\.?0+$/, "");
    if (reprStyle && !s.includes(".")) s += ".0";
    else if (alt && !s.includes(".")) s += ".";
  } else {
    s = toExp(x, prec - 1, upper);
    if (!alt) s = s.replace(/\.?0+(?=[eE])/, "");
  }
  return s;
}

/** `format(float, spec)`. */
export function formatFloatSpec(x: number, spec: string): string {
  if (spec === "") return floatRepr(x);
  const sp = parseSpec(spec, "float");
  let t = sp.type;
  if (!"eEfFgGn%".includes(t) || (t === "" && false)) {
    if (t !== "") raise("ValueError", `Unknown format code '${t}' for object of type 'float'`);
  }
  const neg = x < 0 || Object.is(x, -0);
  let a = Math.abs(x);
  let body: string;
  const prec = sp.precision;
  if (!Number.isFinite(a)) {
    body = a !== a ? "nan" : "inf";
    if (t === "E" || t === "F" || t === "G") body = body.toUpperCase();
    const sign = signOf(x < 0, sp);
    return pad(sign + body, { ...sp, fill: sp.zero && !sp.align ? " " : sp.fill }, ">", sign.length);
  }
  switch (t) {
    case "f": case "F": body = toFixedExact(a, prec < 0 ? 6 : prec); if (sp.alt && !body.includes(".")) body += "."; break;
    case "e": case "E": body = toExp(a, prec < 0 ? 6 : prec, t === "E"); if (sp.alt && !body.includes(".")) body = body.replace(/([eE])/, ".$1"); break;
    case "%": body = toFixedExact(a * 100, prec < 0 ? 6 : prec) + "%"; break;
    case "g": case "G": case "n": body = gFormat(a, prec < 0 ? 6 : prec, sp.alt, t === "G", false); if (t === "G") body = body.toUpperCase(); break;
    default:
      if (prec < 0) body = floatRepr(a);
      else body = gFormat(a, prec, sp.alt, false, true);
      t = "";
  }
  // `z`: a negative value that rounded to zero prints without its minus sign.
  const sign = signOf(neg && !(sp.z && /^[0.]+(?:[eE][-+]\d+|%)?$/.test(body)), sp);
  const dot = body.search(/[.eE%]/);
  const intPart = dot < 0 ? body : body.slice(0, dot);
  const rest = dot < 0 ? "" : body.slice(dot);
  if (sp.grouping && /^\d+$/.test(intPart)) {
    if (groupsPadding(sp)) return zeroGrouped(intPart, rest, sign, "", sp, 3);
    body = group(intPart, sp.grouping, 3) + rest;
  }
  return finishNumber(sign, "", body, sp, intPart.length, 3);
}

/** `format(str, spec)`. */
export function formatStrSpec(s: string, spec: string): string {
  if (spec === "") return s;
  const sp = parseSpec(spec, "str");
  if (sp.type !== "" && sp.type !== "s") raise("ValueError", `Unknown format code '${sp.type}' for object of type 'str'`);
  if (sp.sign) raise("ValueError", "Sign not allowed in string format specifier");
  if (sp.z) raise("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
  if (sp.alt) raise("ValueError", "Alternate form (#) not allowed in string format specifier");
  if (sp.align === "=" && /^(.)?=/su.test(spec)) raise("ValueError", "'=' alignment not allowed in string format specifier");
  if (sp.align === "=") sp.align = "";
  if (sp.grouping) raise("ValueError", `Cannot specify '${sp.grouping}' with 's'.`);
  if (sp.precision >= 0) s = [...s].slice(0, sp.precision).join("");
  return pad(s, sp, "<");
}
