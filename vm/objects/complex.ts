// complex (Objects/complexobject.c): arithmetic with CPython's division and power algorithms,
// repr, hashing, parsing and format specs.
import { ctorArity } from "./arity.js";
import { PyObject, PyType, makeBuiltinType, NotImplemented, typeOf, type PyValue } from "./object.js";
import { PyFloat } from "./float.js";
import { defMethod, defGetSet, PyBuiltin } from "./function.js";
import { newTuple } from "./tuple.js";
import { raise } from "../raise.js";
import { floatRepr } from "../numeric/float.js";
import { hashFloat } from "../numeric/hash.js";
import { asInt, intToFloat } from "./int.js";
import { formatFloatSpec, parseSpec } from "./numfmt.js";
import { lookupSpecial, call } from "../ops.js";

/** C's hypot, correctly rounded (V8's Math.hypot can be an ulp off glibc's). */
export function hypot(x: number, y: number): number {
  const ax = Math.abs(x), ay = Math.abs(y);
  if (ax === Infinity || ay === Infinity) return Infinity;
  if (ax !== ax || ay !== ay) return NaN;
  if (ax === 0 || ay === 0) return ax + ay;
  return hypotHook([ax, ay], Math.max(ax, ay));
}
let hypotHook: (v: number[], max: number) => number = (v) => Math.hypot(v[0], v[1]);
/** Installs math's correctly rounded vector norm. */
export function setHypot(f: (v: number[], max: number) => number): void {
  hypotHook = f;
}

/** `complex`. */
export const complexType: PyType = makeBuiltinType("complex", undefined, null);

/** A complex number (also instances of complex subclasses, with a heap class). */
export class PyComplex extends PyObject {
  constructor(readonly re: number, readonly im: number, cls: PyType = complexType) {
    super(cls);
  }
}

/** The operand as [re, im] if it is a number (int, float, bool, complex), else undefined. */
function asComplex(v: PyValue): [number, number] | undefined {
  if (v instanceof PyComplex) return [v.re, v.im];
  if (v instanceof PyFloat) return [v.value, 0];
  const i = asInt(v);
  return i === undefined ? undefined : [intToFloat(i), 0];
}

function C(v: PyValue): PyComplex {
  if (!(v instanceof PyComplex)) raise("TypeError", `descriptor requires a 'complex' object but received a '${typeOf(v).name}'`);
  return v;
}

const mk = (re: number, im: number): PyComplex => new PyComplex(re, im);

function quot(ar: number, ai: number, br: number, bi: number): [number, number] {
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) raise("ZeroDivisionError", "complex division by zero");
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

function prod(ar: number, ai: number, br: number, bi: number): [number, number] {
  return [ar * br - ai * bi, ar * bi + ai * br];
}

function cpow(ar: number, ai: number, br: number, bi: number): [number, number] {
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) raise("ZeroDivisionError", "0.0 to a negative or complex power");
    return [0, 0];
  }
  // Integral exponents up to 100 by repeated squaring, as CPython's c_powi.
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    let n = Math.abs(br);
    let rr = 1, ri = 0, xr = ar, xi = ai;
    for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
      if (Math.floor(n / mask) % 2 === 1) [rr, ri] = prod(rr, ri, xr, xi);
      [xr, xi] = prod(xr, xi, xr, xi);
    }
    return br < 0 ? quot(1, 0, rr, ri) : [rr, ri];
  }
  const vabs = hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

/** `a ** b` for a float base that would give a complex result (float_pow's fallback). */
export function complexPow(a: number, b: number): PyComplex {
  const [r, i] = cpow(a, 0, b, 0);
  return mk(r, i);
}

function binop(name: string, f: (ar: number, ai: number, br: number, bi: number) => [number, number]): void {
  defMethod(complexType, `__${name}__`, (args) => {
    const a = C(args[0]);
    const b = asComplex(args[1]);
    if (b === undefined) return NotImplemented;
    const [r, i] = f(a.re, a.im, b[0], b[1]);
    return mk(r, i);
  });
  defMethod(complexType, `__r${name}__`, (args) => {
    const a = C(args[0]);
    const b = asComplex(args[1]);
    if (b === undefined) return NotImplemented;
    const [r, i] = f(b[0], b[1], a.re, a.im);
    return mk(r, i);
  });
}
binop("add", (ar, ai, br, bi) => [ar + br, ai + bi]);
binop("sub", (ar, ai, br, bi) => [ar - br, ai - bi]);
binop("mul", prod);
binop("truediv", quot);
binop("pow", (ar, ai, br, bi) => {
  const [r, i] = cpow(ar, ai, br, bi);
  if ((!Number.isFinite(r) || !Number.isFinite(i)) && [ar, ai, br, bi].every(Number.isFinite)) raise("OverflowError", "complex exponentiation");
  return [r, i];
});
defMethod(complexType, "__neg__", (args) => mk(-C(args[0]).re, -C(args[0]).im));
defMethod(complexType, "__pos__", (args) => mk(C(args[0]).re, C(args[0]).im));
defMethod(complexType, "__abs__", (args) => {
  const c = C(args[0]);
  const r = hypot(c.re, c.im);
  if (!Number.isFinite(r) && Number.isFinite(c.re) && Number.isFinite(c.im)) raise("OverflowError", "absolute value too large");
  return new PyFloat(r);
});
defMethod(complexType, "__bool__", (args) => C(args[0]).re !== 0 || C(args[0]).im !== 0);
defMethod(complexType, "conjugate", (args) => mk(C(args[0]).re, -C(args[0]).im));
defGetSet(complexType, "real", (s) => new PyFloat(C(s).re));
defGetSet(complexType, "imag", (s) => new PyFloat(C(s).im));
defMethod(complexType, "__getnewargs__", (args) => newTuple([new PyFloat(C(args[0]).re), new PyFloat(C(args[0]).im)]));

defMethod(complexType, "__eq__", (args) => {
  const a = C(args[0]);
  const b = args[1];
  if (b instanceof PyComplex) return a.re === b.re && a.im === b.im;
  if (b instanceof PyFloat) return a.im === 0 && a.re === b.value;
  const i = asInt(b);
  if (i === undefined) return NotImplemented;
  return a.im === 0 && Number.isFinite(a.re) && Number.isInteger(a.re) && BigInt(a.re) === BigInt(i);
});
defMethod(complexType, "__ne__", (args) => {
  const r = call(complexType.ns.get("__eq__")!, args);
  return r === NotImplemented ? r : !r;
});
for (const n of ["__lt__", "__le__", "__gt__", "__ge__"]) defMethod(complexType, n, () => NotImplemented);

/** repr of one part: the shortest repr, without a trailing ".0". */
function part(x: number): string {
  const s = floatRepr(x);
  return s.endsWith(".0") ? s.slice(0, -2) : s;
}

/** `repr(complex)`. */
export function complexRepr(re: number, im: number): string {
  const imS = part(im);
  if (re === 0 && !Object.is(re, -0)) return `${imS}j`;
  const sign = im < 0 || Object.is(im, -0) || (im !== im && imS.startsWith("-")) ? "" : "+";
  return `(${part(re)}${sign}${imS}j)`;
}
defMethod(complexType, "__repr__", (args) => complexRepr(C(args[0]).re, C(args[0]).im));

const IMAG = 1000003n;
const MASK = (1n << 64n) - 1n;
defMethod(complexType, "__hash__", (args) => {
  const c = C(args[0]);
  const hr = BigInt(hashFloat(c.re, c)), hi = BigInt(hashFloat(c.im, c));
  let h = (hr + IMAG * hi) & MASK;
  if (h >= 1n << 63n) h -= 1n << 64n;
  if (h === -1n) h = -2n;
  return Number(h);
});

defMethod(complexType, "__format__", (args) => {
  const c = C(args[0]);
  const spec = args[1] as string;
  if (spec === "") return complexRepr(c.re, c.im);
  const sp = parseSpec(spec, "complex");
  if (sp.fill === "0" && sp.zero) raise("ValueError", "Zero padding is not allowed in complex format specifier");
  if (sp.align === "=") raise("ValueError", "'=' alignment flag is not allowed in complex format specifier");
  if (!"eEfFgGn".includes(sp.type) || sp.type === "") {
    if (sp.type !== "") raise("ValueError", `Unknown format code '${sp.type}' for object of type 'complex'`);
  }
  let inner = "";
  if (sp.precision >= 0) inner += `.${sp.precision}`;
  const t = sp.type === "" ? (sp.precision >= 0 ? "g" : "r") : sp.type;
  const fmt = (x: number, sign: string): string => (t === "r" ? (sign === "+" && !(x < 0 || Object.is(x, -0)) ? "+" : sign === " " && x >= 0 ? " " : "") + part(x) : formatFloatSpec(x, `${sign}${sp.grouping}${inner}${t}`));
  const noRe = sp.type === "" && c.re === 0 && !Object.is(c.re, -0);
  let body = noRe ? fmt(c.im, sp.sign === "-" ? "" : sp.sign) + "j" : fmt(c.re, sp.sign === "-" ? "" : sp.sign) + fmt(c.im, "+") + "j";
  if (sp.type === "" && !noRe) body = `(${body})`;
  const width = sp.width;
  const len = [...body].length;
  if (len >= width) return body;
  const fill = sp.fill, n = width - len;
  switch (sp.align) {
    case "<": return body + fill.repeat(n);
    case "^": return fill.repeat(Math.floor(n / 2)) + body + fill.repeat(n - Math.floor(n / 2));
    default: return fill.repeat(n) + body;
  }
});

function parseComplex(s: string): [number, number] {
  const bad = (): never => raise("ValueError", "complex() arg is a malformed string");
  let t = s.trim().replace(/(?<=\d)_(?=\d)/g, "");
  if (t.startsWith("(") && t.endsWith(")")) t = t.slice(1, -1).trim();
  const num = String.raw`(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)`;
  const m = new RegExp(String.raw`^([+-]?${num})?(?:([+-])(${num})?([jJ]))?$`, "i").exec(t);
  const m2 = new RegExp(String.raw`^([+-]?)(${num})?([jJ])$`, "i").exec(t);
  const f = (x: string): number => {
    const l = x.toLowerCase().replace(/^\+/, "");
    if (/^-?(inf|infinity)$/.test(l)) return l.startsWith("-") ? -Infinity : Infinity;
    if (/^-?nan$/.test(l)) return NaN;
    return Number(l);
  };
  if (m2 !== null) return [0, (m2[1] === "-" ? -1 : 1) * (m2[2] === undefined ? 1 : f(m2[2]))];
  if (m === null || t === "") bad();
  const re = m![1] !== undefined ? f(m![1]) : 0;
  if (m![2] === undefined) {
    if (m![1] === undefined) bad();
    return [re, 0];
  }
  if (m![1] === undefined) bad();
  const im = (m![2] === "-" ? -1 : 1) * (m![3] === undefined ? 1 : f(m![3]));
  return [re, im];
}

/** A cmath argument as [re, im] (CPython's "D" format: complex, float, int or their dunders). */
export function cmathArg(v: PyValue): [number, number] {
  const c = asComplex(v);
  if (c !== undefined) return c;
  const cm = lookupSpecial(v, "__complex__");
  if (cm === undefined && lookupSpecial(v, "__float__") === undefined && lookupSpecial(v, "__index__") === undefined) {
    raise("TypeError", `must be real number, not ${typeOf(v).name}`);
  }
  return toComplexArg(v, "argument");
}

/** CPython's complex quotient (ZeroDivisionError on 0). */
export function complexQuot(ar: number, ai: number, br: number, bi: number): [number, number] {
  return quot(ar, ai, br, bi);
}

/** A complex from a number or an object with __complex__ / __float__ / __index__. */
function toComplexArg(v: PyValue, which: string): [number, number] {
  const c = asComplex(v);
  if (c !== undefined) return c;
  const cm = lookupSpecial(v, "__complex__");
  if (cm !== undefined) {
    const r = call(cm, [v]);
    if (!(r instanceof PyComplex)) raise("TypeError", `__complex__ returned non-complex (type ${typeOf(r).name})`);
    return [r.re, r.im];
  }
  const fm = lookupSpecial(v, "__float__") ?? lookupSpecial(v, "__index__");
  if (fm !== undefined) {
    const r = call(fm, [v]);
    const rc = asComplex(r);
    if (rc !== undefined) return rc;
  }
  raise("TypeError", `complex() ${which} must be a string or a number, not '${typeOf(v).name}'`);
}

complexType.ns.set("__new__", new PyBuiltin("__new__", ctorArity("complex", "P0-2", (args, kw) => {
  const cls = args[0] as PyType;
  let real: PyValue | undefined = args[1];
  let imag: PyValue | undefined = args[2];
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === "real") real = v;
      else if (k === "imag") imag = v;
      else raise("TypeError", `complex() got an unexpected keyword argument '${k}'`);
    }
  }
  let re = 0, im = 0;
  if (typeof real === "string") {
    if (imag !== undefined) raise("TypeError", "complex() can't take second arg if first is a string");
    [re, im] = parseComplex(real);
  } else {
    if (real !== undefined) [re, im] = toComplexArg(real, "first argument");
    if (imag !== undefined) {
      if (typeof imag === "string") raise("TypeError", "complex() second arg can't be a string");
      const [ir, ii] = toComplexArg(imag, "second argument");
      // complex_new: only complex parts mix (so complex(-1, -0.0) keeps the sign of zero).
      if (imag instanceof PyComplex) re -= ii;
      im = real instanceof PyComplex ? im + ir : ir;
    }
  }
  return new PyComplex(re, im, cls);
}, ["real", "imag"])));
