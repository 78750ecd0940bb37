// The math module: CPython 3.11's Modules/mathmodule.c argument handling, error rules and
// algorithms (Lanczos gamma, vector_norm hypot, msum fsum, remainder, big-int logs).
// Elementary functions come from `libm` below: JS Math today (fdlibm in V8, which differs from
// glibc in the last bit for a few percent of arguments); swap in correctly rounded versions there.
import { setHypot } from "../vm/objects/complex.js";
import { powIntExact } from "../vm/numeric/ratio.js";
import { PyModule } from "../vm/objects/module.js";
import { PyBuiltin, type BuiltinFn } from "../vm/objects/function.js";
import { PyFloat } from "../vm/objects/float.js";
import { None, typeOf, type PyValue } from "../vm/objects/object.js";
import { PyList } from "../vm/objects/list.js";
import { PyTuple, newTuple } from "../vm/objects/tuple.js";
import { raise } from "../vm/raise.js";
import { call, lookupSpecial, getIter, iterNext, normBig, binaryOp, B, toArray } from "../vm/ops.js";
import { asInt, intToFloat, floatToInt } from "../vm/objects/int.js";
import { builtinModules } from "./modules.js";

type Int = number | bigint;
type Kw = Map<string, PyValue> | null;

/** pow: exact for integral exponents (glibc's pow is correctly rounded; V8's is not). */
function glibcPow(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) > 2 && Math.abs(y) <= 1100 && Number.isFinite(x) && x !== 0) return powIntExact(x, y);
  return Math.pow(x, y);
}

/** The C library functions the math module is built on (one place to make them glibc-exact). */
export const libm = {
  sqrt: Math.sqrt, exp: Math.exp, expm1: Math.expm1, log: Math.log, log2: Math.log2, log10: Math.log10,
  log1p: Math.log1p, sin: Math.sin, cos: Math.cos, tan: Math.tan, asin: Math.asin, acos: Math.acos,
  atan: Math.atan, atan2: Math.atan2, sinh: Math.sinh, cosh: Math.cosh, tanh: Math.tanh, asinh: Math.asinh,
  acosh: Math.acosh, atanh: Math.atanh, pow: glibcPow, cbrt: glibcCbrt, exp2: (x: number) => Math.pow(2, x),
  erf: glibcErf, erfc: glibcErfc,
};

// ----------------------------------------------------------------------------- argument conversion

/** PyFloat_AsDouble: floats, ints, `__float__`, `__index__`; "must be real number" otherwise. */
function num(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  const i = asInt(v);
  if (i !== undefined) return intToFloat(i);
  const f = lookupSpecial(v, "__float__");
  if (f !== undefined) {
    const r = call(f, [v]);
    if (!(r instanceof PyFloat)) raise("TypeError", `${typeOf(v).name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return r.value;
  }
  const ix = lookupSpecial(v, "__index__");
  if (ix !== undefined) {
    const r = asInt(call(ix, [v]));
    if (r === undefined) raise("TypeError", `__index__ returned non-int (type ${typeOf(v).name})`);
    return intToFloat(r);
  }
  raise("TypeError", `must be real number, not ${typeOf(v).name}`);
}

/** PyNumber_Index: ints and `__index__`. */
function index(v: PyValue): Int {
  const i = asInt(v);
  if (i !== undefined) return i;
  const ix = lookupSpecial(v, "__index__");
  if (ix !== undefined) {
    const r = asInt(call(ix, [v]));
    if (r !== undefined) return r;
    raise("TypeError", `__index__ returned non-int (type ${typeOf(v).name})`);
  }
  raise("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

function domain(): never {
  raise("ValueError", "math domain error");
}

function range(): never {
  raise("OverflowError", "math range error");
}

function noKw(name: string, kw: Kw): void {
  if (kw !== null && kw.size > 0) raise("TypeError", `math.${name}() takes no keyword arguments`);
}

/** METH_O: `math.sqrt() takes exactly one argument (0 given)`. */
function oneArg(name: string, args: PyValue[], kw: Kw): PyValue {
  noKw(name, kw);
  if (args.length !== 1) raise("TypeError", `math.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Argument Clinic positional check: `pow expected 2 arguments, got 1`. */
function positional(name: string, args: PyValue[], kw: Kw, min: number, max: number): void {
  noKw(name, kw);
  const n = args.length;
  if (min === max && n !== min) raise("TypeError", `${name} expected ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n < min) raise("TypeError", `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n > max) raise("TypeError", `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

const f = (x: number) => new PyFloat(x);

/** math_1: NaN from a non-NaN argument is a domain error; inf from finite is overflow or domain. */
function math1(name: string, fn: (x: number) => number, canOverflow: boolean): BuiltinFn {
  return (args, kw) => {
    const x = num(oneArg(name, args, kw));
    const r = fn(x);
    if (r !== r && x === x) domain();
    if (!Number.isFinite(r) && r === r && Number.isFinite(x)) {
      if (canOverflow) range();
      domain();
    }
    return f(r);
  };
}

/** math_1a with CPython's errno results: "domain" → ValueError, "range" → OverflowError unless tiny. */
function math1a(name: string, fn: (x: number) => [number, "" | "domain" | "range"]): BuiltinFn {
  return (args, kw) => {
    const x = num(oneArg(name, args, kw));
    const [r, err] = fn(x);
    if (err === "domain") domain();
    if (err === "range" && Math.abs(r) >= 1.5) range();
    return f(r);
  };
}

/** math_2: NaN from non-NaN arguments is a domain error, inf from finite ones a range error. */
function math2(name: string, fn: (x: number, y: number) => number): BuiltinFn {
  return (args, kw) => {
    positional(name, args, kw, 2, 2);
    const x = num(args[0]), y = num(args[1]);
    const r = fn(x, y);
    if (r !== r) {
      if (x === x && y === y) domain();
    } else if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) range();
    return f(r);
  };
}

// ----------------------------------------------------------------------------- algorithms

/** glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c), whose last bit CPython users see. */
function glibcCbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const CBRT2 = 1.2599210498948731648, SQR_CBRT2 = 1.5874010519681994748;
  const factor = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
  const [xm, xe] = frexp(Math.abs(x));
  const u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430 +
    ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
  const t2 = u * u * u;
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * factor[2 + (xe % 3)];
  const r = ldexp(ym, Math.trunc(xe / 3));
  return x < 0 ? -r : r;
}

const bits = new DataView(new ArrayBuffer(8));

/** The IEEE sign bit (true for -0.0 and negative NaNs too). */
function signBit(x: number): boolean {
  bits.setFloat64(0, x);
  return bits.getUint32(0) >>> 31 === 1;
}

/** frexp: x = m * 2**e with 0.5 <= |m| < 1 (exact, subnormals included). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  bits.setFloat64(0, x);
  let hi = bits.getUint32(0);
  let e = (hi >>> 20) & 0x7ff;
  if (e === 0) {
    // Subnormal: scale into the normal range first.
    bits.setFloat64(0, x * 18014398509481984); // 2**54
    hi = bits.getUint32(0);
    e = ((hi >>> 20) & 0x7ff) - 54;
  }
  bits.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [bits.getFloat64(0), e - 1022];
}

/** ldexp: x * 2**e with a single rounding (exact unless the result is subnormal). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, me] = frexp(x);
  const E = me + e;
  if (E > 1024) return x > 0 ? Infinity : -Infinity;
  if (E >= -1021) {
    const h = Math.trunc(E / 2);
    return m * 2 ** h * 2 ** (E - h);
  }
  if (E + 1074 < -60) return x > 0 ? 0 : -0;
  return m * 2 ** (E + 1074) * 5e-324;
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (n > 1n << 100n) x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Product of lo..hi (inclusive), split recursively so big factorials stay fast. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 8n) {
    let r = lo;
    for (let i = lo + 1n; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

/** math.fsum: Shewchuk / CPython's msum with exact partials. */
function fsum(it: PyValue): number {
  const partials: number[] = [];
  let specialSum = 0, infSum = 0;
  const iter = getIter(it);
  for (let v = iterNext(iter); v !== undefined; v = iterNext(iter)) {
    let x = num(v);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    if (!Number.isFinite(x) || x !== x) {
      // A nonfinite x could arise either from an intermediate overflow or from a nan or inf
      // among the summands.
      if (Number.isFinite(xsave)) raise("OverflowError", "intermediate overflow in fsum");
      if (!Number.isFinite(xsave) && xsave === xsave) infSum += xsave;
      specialSum += xsave;
      partials.length = 0;
    } else {
      partials.length = i;
      partials.push(x);
    }
  }
  if (specialSum !== 0) {
    if (infSum !== infSum) raise("ValueError", "-inf + inf in fsum");
    return specialSum;
  }
  let hi = 0;
  let n = partials.length;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    // Sum exactly; stop at the first inexact partial sum.
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Round-half-even correction, as in CPython.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

// Lanczos approximation as in CPython's mathmodule.c.
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
  357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0,
  479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0,
  6402373705728000.0, 121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0,
  1124000727777607680000.0];
const PI = 3.141592653589793238462643383279502884197;
const LOGPI = 1.144729885849400174143427351353058711647;

function lanczosSum(x: number): number {
  let num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (let i = LANCZOS_NUM.length; --i >= 0;) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_NUM.length; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = libm.sin(PI * y); break;
    case 1: r = libm.cos(PI * (y - 0.5)); break;
    case 2: r = libm.sin(PI * (1.0 - y)); break;
    case 3: r = -libm.cos(PI * (y - 1.5)); break;
    default: r = libm.sin(PI * (y - 2.0)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

function tgamma(x: number): [number, "" | "domain" | "range"] {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return [x, ""];
    return [NaN, "domain"];
  }
  if (x === 0) return [Object.is(x, -0) ? -Infinity : Infinity, "domain"];
  if (x === Math.floor(x)) {
    if (x < 0) return [NaN, "domain"];
    if (x <= GAMMA_INTEGRAL.length) return [GAMMA_INTEGRAL[x - 1], ""];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    return [r, Number.isFinite(r) ? "" : "range"];
  }
  if (absx > 200.0) {
    if (x < 0.0) return [0.0 / sinpi(x), ""];
    return [Infinity, "range"];
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = -PI / sinpi(absx) / absx * libm.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140.0) r *= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return [r, Number.isFinite(r) ? "" : "range"];
}

function lgamma(x: number): [number, "" | "domain" | "range"] {
  if (!Number.isFinite(x)) return [x !== x ? x : Infinity, ""];
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return [Infinity, "domain"];
    return [0.0, ""];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return [-libm.log(absx), ""];
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - libm.log(Math.abs(sinpi(absx))) - libm.log(absx) - r;
  return [r, Number.isFinite(r) ? "" : "range"];
}

// glibc's erf/erfc (sysdeps/ieee754/dbl-64/s_erf.c: fdlibm with regrouped polynomials).
const erx = 8.45062911510467529297e-01, efx = 1.28379167095512586316e-01, efx8 = 1.02703333676410069053e+00;
const pp0 = 1.28379167095512558561e-01, pp1 = -3.25042107247001499370e-01, pp2 = -2.84817495755985104766e-02, pp3 = -5.77027029648944159157e-03, pp4 = -2.37630166566501626084e-05;
const qq1 = 3.97917223959155352819e-01, qq2 = 6.50222499887672944485e-02, qq3 = 5.08130628187576562776e-03, qq4 = 1.32494738004321644526e-04, qq5 = -3.96022827877536812320e-06;
const pa0 = -2.36211856075265944077e-03, pa1 = 4.14856118683748331666e-01, pa2 = -3.72207876035701323847e-01, pa3 = 3.18346619901161753674e-01, pa4 = -1.10894694282396677476e-01, pa5 = 3.54783043256182359371e-02, pa6 = -2.16637559486879084300e-03;
const qa1 = 1.06420880400844228286e-01, qa2 = 5.40397917702171048937e-01, qa3 = 7.18286544141962662868e-02, qa4 = 1.26171219808761642112e-01, qa5 = 1.36370839120290507362e-02, qa6 = 1.19844998467991074170e-02;
const ra0 = -9.86494403484714822705e-03, ra1 = -6.93858572707181764372e-01, ra2 = -1.05586262253232909814e+01, ra3 = -6.23753324503260060396e+01, ra4 = -1.62396669462573470355e+02, ra5 = -1.84605092906711035994e+02, ra6 = -8.12874355063065934246e+01, ra7 = -9.81432934416914548592e+00;
const sa1 = 1.96512716674392571292e+01, sa2 = 1.37657754143519042600e+02, sa3 = 4.34565877475229228821e+02, sa4 = 6.45387271733267880336e+02, sa5 = 4.29008140027567833386e+02, sa6 = 1.08635005541779435134e+02, sa7 = 6.57024977031928170135e+00, sa8 = -6.04244152148580987438e-02;
const rb0 = -9.86494292470009928597e-03, rb1 = -7.99283237680523006574e-01, rb2 = -1.77579549177547519889e+01, rb3 = -1.60636384855821916062e+02, rb4 = -6.37566443368389627722e+02, rb5 = -1.02509513161107724954e+03, rb6 = -4.83519191608651397019e+02;
const sb1 = 3.03380607434824582924e+01, sb2 = 3.25792512996573918826e+02, sb3 = 1.53672958608443695994e+03, sb4 = 3.19985821950859553908e+03, sb5 = 2.55305040643316442583e+03, sb6 = 4.74528541206955367215e+02, sb7 = -2.24409524465858183362e+01;
const dv = new DataView(new ArrayBuffer(8));
function hiword(x: number): number { dv.setFloat64(0, x); return dv.getInt32(0); }
function zeroLow(x: number): number { dv.setFloat64(0, x); dv.setUint32(4, 0); return dv.getFloat64(0); }
function glibcErf(x: number): number {
  const hx = hiword(x), ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return (1 - ((hx >>> 31) << 1)) + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) { if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * efx) * x); return x + efx * x; }
    const z = x * x;
    const z2 = z * z, z4 = z2 * z2;
    const r = (pp0 + z * pp1) + z2 * (pp2 + z * pp3) + z4 * pp4;
    const s = (1 + z * qq1) + z2 * (qq2 + z * qq3) + z4 * (qq4 + z * qq5);
    return x + x * (r / s);
  }
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1;
    const s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
    const P = (pa0 + s * pa1) + s2 * (pa2 + s * pa3) + s4 * (pa4 + s * pa5) + s6 * pa6;
    const Q = (1 + s * qa1) + s2 * (qa2 + s * qa3) + s4 * (qa4 + s * qa5) + s6 * qa6;
    return hx >= 0 ? erx + P / Q : -erx - P / Q;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - 1e-300 : 1e-300 - 1;
  x = Math.abs(x);
  const s = 1 / (x * x);
  let R: number, S: number;
  if (ix < 0x4006DB6E) {
    const s2 = s * s, s4 = s2 * s2, s6 = s4 * s2, s8 = s4 * s4;
    R = (ra0 + s * ra1) + s2 * (ra2 + s * ra3) + s4 * (ra4 + s * ra5) + s6 * (ra6 + s * ra7);
    S = (1 + s * sa1) + s2 * (sa2 + s * sa3) + s4 * (sa4 + s * sa5) + s6 * (sa6 + s * sa7) + s8 * sa8;
  } else {
    const s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
    R = (rb0 + s * rb1) + s2 * (rb2 + s * rb3) + s4 * (rb4 + s * rb5) + s6 * rb6;
    S = (1 + s * sb1) + s2 * (sb2 + s * sb3) + s4 * (sb4 + s * sb5) + s6 * (sb6 + s * sb7);
  }
  const z = zeroLow(x);
  const r = libm.exp(-z * z - 0.5625) * libm.exp((z - x) * (z + x) + R / S);
  return hx >= 0 ? 1 - r / x : r / x - 1;
}
function glibcErfc(x: number): number {
  const hx = hiword(x), ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return ((hx >>> 31) << 1) + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const z = x * x;
    const z2 = z * z, z4 = z2 * z2;
    const r = (pp0 + z * pp1) + z2 * (pp2 + z * pp3) + z4 * pp4;
    const s = (1 + z * qq1) + z2 * (qq2 + z * qq3) + z4 * (qq4 + z * qq5);
    const y = r / s;
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let rr = x * y; rr += (x - 0.5); return 0.5 - rr;
  }
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1;
    const s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
    const P = (pa0 + s * pa1) + s2 * (pa2 + s * pa3) + s4 * (pa4 + s * pa5) + s6 * pa6;
    const Q = (1 + s * qa1) + s2 * (qa2 + s * qa3) + s4 * (qa4 + s * qa5) + s6 * qa6;
    if (hx >= 0) { const z = 1 - erx; return z - P / Q; }
    const z = erx + P / Q; return 1 + z;
  }
  if (ix < 0x403c0000) {
    x = Math.abs(x);
    const s = 1 / (x * x);
    let R: number, S: number;
    if (ix < 0x4006DB6D) {
      const s2 = s * s, s4 = s2 * s2, s6 = s4 * s2, s8 = s4 * s4;
      R = (ra0 + s * ra1) + s2 * (ra2 + s * ra3) + s4 * (ra4 + s * ra5) + s6 * (ra6 + s * ra7);
      S = (1 + s * sa1) + s2 * (sa2 + s * sa3) + s4 * (sa4 + s * sa5) + s6 * (sa6 + s * sa7) + s8 * sa8;
    } else {
      if (hx < 0 && ix >= 0x40180000) return 2 - 1e-300;
      const s2 = s * s, s4 = s2 * s2, s6 = s4 * s2;
      R = (rb0 + s * rb1) + s2 * (rb2 + s * rb3) + s4 * (rb4 + s * rb5) + s6 * rb6;
      S = (1 + s * sb1) + s2 * (sb2 + s * sb3) + s4 * (sb4 + s * sb5) + s6 * (sb6 + s * sb7);
    }
    const z = zeroLow(x);
    const r = libm.exp(-z * z - 0.5625) * libm.exp((z - x) * (z + x) + R / S);
    return hx > 0 ? r / x : 2 - r / x;
  }
  return hx > 0 ? 1e-300 * 1e-300 : 2 - 1e-300;
}

/** Veltkamp/Dekker exact product: hi + lo == x * y. */
function dlMul(x: number, y: number): [number, number] {
  const z = x * y;
  const SPLIT = 134217729; // 2**27 + 1
  const cx = SPLIT * x, xh = cx - (cx - x), xl = x - xh;
  const cy = SPLIT * y, yh = cy - (cy - y), yl = y - yh;
  const zz = ((xh * yh - z) + xh * yl + xl * yh) + xl * yl;
  return [z, zz];
}

/** vector_norm: CPython's correctly rounded Euclidean norm (hypot, dist). */
export function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const [, maxE] = frexp(max);
  if (maxE < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (let x of vec) {
    x *= scale;
    const [prHi, prLo] = dlMul(x, x);
    const smHi = csum + prHi;
    const smLo = (csum - smHi) + prHi;
    csum = smHi;
    frac1 += prLo;
    frac2 += smLo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [prHi, prLo] = dlMul(-h, h);
  const smHi = csum + prHi;
  const smLo = (csum - smHi) + prHi;
  csum = smHi;
  frac1 += prLo;
  frac2 += smLo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

/** m_remainder: IEEE 754 remainder, ties to even. */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

/** math_pow with CPython's IEEE special cases. */
function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) return y === 0 ? 1 : x;
    if (y !== y) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? (x < 0 ? -0 : 0) : 0;
    }
    if (Math.abs(x) === 1.0) return 1;
    if (y > 0 && Math.abs(x) > 1.0) return y;
    if (y < 0 && Math.abs(x) < 1.0) return -y;
    return 0;
  }
  const r = libm.pow(x, y);
  if (!Number.isFinite(r)) {
    if (r !== r) domain();
    if (x === 0) domain();
    range();
  }
  return r;
}

/** m_atan2 with C99 special values. */
function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  const ys = y < 0 || Object.is(y, -0) ? -1 : 1;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) {
      if (x > 0) return ys * PI / 4;
      return ys * 0.75 * PI;
    }
    return ys * PI / 2;
  }
  if (!Number.isFinite(x) || y === 0) {
    if (x > 0 || (x === 0 && !Object.is(x, -0))) return ys * 0;
    return ys * PI;
  }
  return libm.atan2(y, x);
}

/** loghelper: ints too big for a float use frexp so huge values still have a log. */
function logHelper(v: PyValue, fn: (x: number) => number): number {
  const i = asInt(v);
  if (i !== undefined) {
    if (i <= 0) domain();
    const x = Number(i);
    if (Number.isFinite(x)) return fn(x);
    // _PyLong_Frexp: a correctly rounded 53-bit mantissa and the binary exponent.
    const b = BigInt(i);
    const nbits = b.toString(2).length;
    const shift = nbits - 55;
    let top = b >> BigInt(shift);
    const sticky = (b & ((1n << BigInt(shift)) - 1n)) !== 0n;
    // Round the 55-bit top to 53 bits, half to even, with the sticky bits.
    const low2 = Number(top & 3n);
    top >>= 2n;
    if (low2 > 2 || (low2 === 2 && (sticky || (top & 1n) === 1n))) top += 1n;
    let m = Number(top) / 2 ** 53;
    let e = nbits;
    if (m === 1) {
      m = 0.5;
      e += 1;
    }
    return fn(m) + fn(2.0) * e;
  }
  const x = num(v);
  if (x !== x) return x;
  if (x === Infinity) return x;
  if (x <= 0) domain();
  return fn(x);
}

// ----------------------------------------------------------------------------- the module

function createMath(): PyModule {
  const m = new PyModule("math");
  const def = (name: string, fn: BuiltinFn) => m.set(name, new PyBuiltin(name, fn));
  m.set("__doc__", "This module provides access to the mathematical functions\ndefined by the C standard.");
  m.set("pi", f(Math.PI));
  m.set("e", f(Math.E));
  m.set("tau", f(2 * Math.PI));
  m.set("inf", f(Infinity));
  m.set("nan", f(NaN));

  def("sqrt", math1("sqrt", libm.sqrt, false));
  def("cbrt", math1("cbrt", libm.cbrt, false));
  def("exp", math1("exp", libm.exp, true));
  def("exp2", math1("exp2", libm.exp2, true));
  def("expm1", math1("expm1", libm.expm1, true));
  def("log1p", math1("log1p", libm.log1p, false));
  def("sin", math1("sin", libm.sin, false));
  def("cos", math1("cos", libm.cos, false));
  def("tan", math1("tan", libm.tan, false));
  def("asin", math1("asin", libm.asin, false));
  def("acos", math1("acos", libm.acos, false));
  def("atan", math1("atan", libm.atan, false));
  def("sinh", math1("sinh", libm.sinh, true));
  def("cosh", math1("cosh", libm.cosh, true));
  def("tanh", math1("tanh", libm.tanh, false));
  def("asinh", math1("asinh", libm.asinh, false));
  def("acosh", math1("acosh", libm.acosh, false));
  def("atanh", math1("atanh", libm.atanh, false));
  def("fabs", math1("fabs", Math.abs, false));
  def("erf", math1a("erf", (x) => [libm.erf(x), ""]));
  def("erfc", math1a("erfc", (x) => [libm.erfc(x), ""]));
  def("gamma", math1a("gamma", tgamma));
  def("lgamma", math1a("lgamma", lgamma));
  def("atan2", math2("atan2", atan2));
  def("copysign", math2("copysign", (x, y) => (signBit(y) ? -Math.abs(x) : Math.abs(x))));
  def("fmod", (args, kw) => {
    positional("fmod", args, kw, 2, 2);
    const x = num(args[0]), y = num(args[1]);
    if (!Number.isFinite(y) && Number.isFinite(x)) return f(x);
    const r = x % y;
    if (r !== r && x === x && y === y) domain();
    return f(r);
  });
  def("remainder", math2("remainder", remainder));
  def("pow", (args, kw) => {
    positional("pow", args, kw, 2, 2);
    return f(mathPow(num(args[0]), num(args[1])));
  });
  def("degrees", math1("degrees", (x) => x * (180.0 / PI), false));
  def("radians", math1("radians", (x) => x * (PI / 180.0), false));
  def("log", (args, kw) => {
    noKw("log", kw);
    if (args.length < 1 || args.length > 2) raise("TypeError", "math.log requires 1 to 2 arguments");
    const a = logHelper(args[0], libm.log);
    if (args.length === 1) return f(a);
    const b = logHelper(args[1], libm.log);
    if (b === 0) raise("ZeroDivisionError", "float division by zero");
    return f(a / b);
  });
  def("log2", (args, kw) => f(logHelper(oneArg("log2", args, kw), libm.log2)));
  def("log10", (args, kw) => f(logHelper(oneArg("log10", args, kw), libm.log10)));
  def("hypot", (args, kw) => {
    noKw("hypot", kw);
    let max = 0, foundNan = false;
    const coords = args.map((a) => {
      const x = Math.abs(num(a));
      if (x !== x) foundNan = true;
      if (x > max) max = x;
      return x;
    });
    return f(vectorNorm(coords, max, foundNan));
  });
  def("dist", (args, kw) => {
    positional("dist", args, kw, 2, 2);
    const seq = (v: PyValue, which: string): PyValue[] => {
      if (v instanceof PyTuple || v instanceof PyList) return v.items;
      try {
        return toArray(v);
      } catch {
        raise("TypeError", `dist() argument ${which} must be tuple, not ${typeOf(v).name}`);
      }
    };
    const p = seq(args[0], "1"), q = seq(args[1], "2");
    if (p.length !== q.length) raise("ValueError", "both points must have the same number of dimensions");
    let max = 0, foundNan = false;
    const diffs = p.map((a, i) => {
      const x = Math.abs(num(a) - num(q[i]));
      if (x !== x) foundNan = true;
      if (x > max) max = x;
      return x;
    });
    return f(vectorNorm(diffs, max, foundNan));
  });

  const rounding = (name: string, dunder: string, fn: (x: number) => number) => def(name, (args, kw) => {
    const v = oneArg(name, args, kw);
    if (v instanceof PyFloat && !v.cls.isHeap) return floatToInt(fn(v.value));
    const d = lookupSpecial(v, dunder);
    if (d !== undefined) return call(d, [v]);
    return floatToInt(fn(num(v)));
  });
  rounding("floor", "__floor__", Math.floor);
  rounding("ceil", "__ceil__", Math.ceil);
  def("trunc", (args, kw) => {
    const v = oneArg("trunc", args, kw);
    if (v instanceof PyFloat && !v.cls.isHeap) return floatToInt(Math.trunc(v.value));
    const d = lookupSpecial(v, "__trunc__");
    if (d === undefined) raise("TypeError", `type ${typeOf(v).name} doesn't define __trunc__ method`);
    return call(d, [v]);
  });
  def("modf", (args, kw) => {
    const x = num(oneArg("modf", args, kw));
    if (x !== x) return newTuple([f(x), f(x)]);
    if (!Number.isFinite(x)) return newTuple([f(x < 0 ? -0 : 0), f(x)]);
    const ip = Math.trunc(x);
    let frac = x - ip;
    if (frac === 0) frac = x < 0 || Object.is(x, -0) ? -0 : 0;
    return newTuple([f(frac), f(ip === 0 && (x < 0 || Object.is(x, -0)) ? -0 : ip)]);
  });
  def("frexp", (args, kw) => {
    const [mm, e] = frexp(num(oneArg("frexp", args, kw)));
    return newTuple([f(mm), e]);
  });
  def("ldexp", (args, kw) => {
    positional("ldexp", args, kw, 2, 2);
    const x = num(args[0]);
    const ev = args[1];
    const ei = asInt(ev) ?? (lookupSpecial(ev, "__index__") !== undefined ? index(ev) : undefined);
    if (ei === undefined) raise("TypeError", "Expected an int as second argument to ldexp.");
    if (x === 0 || !Number.isFinite(x)) return f(x);
    if (typeof ei === "bigint" || ei > 100000) {
      if (ei > 0) range();
      return f(x < 0 ? -0 : 0);
    }
    if (ei < -100000) return f(x < 0 ? -0 : 0);
    const r = ldexp(x, ei);
    if (!Number.isFinite(r)) range();
    return f(r);
  });
  def("isfinite", (args, kw) => Number.isFinite(num(oneArg("isfinite", args, kw))));
  def("isinf", (args, kw) => Math.abs(num(oneArg("isinf", args, kw))) === Infinity);
  def("isnan", (args, kw) => {
    const x = num(oneArg("isnan", args, kw));
    return x !== x;
  });
  def("isclose", (args, kw) => {
    let a: PyValue | undefined = args[0], b: PyValue | undefined = args[1];
    let rel = 1e-9, abs = 0;
    if (args.length > 2) raise("TypeError", `isclose() takes exactly 2 positional arguments (${args.length} given)`);
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k === "a" && a === undefined) a = v;
        else if (k === "b" && b === undefined) b = v;
        else if (k === "rel_tol") rel = num(v);
        else if (k === "abs_tol") abs = num(v);
        else raise("TypeError", `isclose() got an unexpected keyword argument '${k}'`);
      }
    }
    if (a === undefined) raise("TypeError", "isclose() missing required argument 'a' (pos 1)");
    if (b === undefined) raise("TypeError", "isclose() missing required argument 'b' (pos 2)");
    const x = num(a), y = num(b);
    if (rel < 0 || abs < 0) raise("ValueError", "tolerances must be non-negative");
    if (x === y) return true;
    if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return false;
    const diff = Math.abs(y - x);
    return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
  });
  def("factorial", (args, kw) => {
    const v = oneArg("factorial", args, kw);
    const n = index(v);
    if (n < 0) raise("ValueError", "factorial() not defined for negative values");
    if (typeof n === "bigint") raise("OverflowError", "factorial() argument should not exceed 9223372036854775807");
    return normBig(rangeProduct(1n, BigInt(n)));
  });
  def("gcd", (args, kw) => {
    noKw("gcd", kw);
    let g = 0n;
    for (const a of args) g = gcd2(g, BigInt(index(a)));
    return normBig(g);
  });
  def("lcm", (args, kw) => {
    noKw("lcm", kw);
    if (args.length === 0) return 1;
    let l = 1n;
    for (const a of args) {
      const v = BigInt(index(a));
      if (l === 0n || v === 0n) {
        l = 0n;
        continue;
      }
      l = (l / gcd2(l, v)) * v;
      if (l < 0n) l = -l;
    }
    return normBig(l);
  });
  def("isqrt", (args, kw) => {
    const n = BigInt(index(oneArg("isqrt", args, kw)));
    if (n < 0n) raise("ValueError", "isqrt() argument must be nonnegative");
    return normBig(isqrt(n));
  });
  def("comb", (args, kw) => {
    positional("comb", args, kw, 2, 2);
    const n = BigInt(index(args[0])), k = BigInt(index(args[1]));
    if (n < 0n) raise("ValueError", "n must be a non-negative integer");
    if (k < 0n) raise("ValueError", "k must be a non-negative integer");
    if (k > n) return 0;
    const kk = k < n - k ? k : n - k;
    let r = 1n;
    for (let i = 1n; i <= kk; i++) r = (r * (n - kk + i)) / i;
    return normBig(r);
  });
  def("perm", (args, kw) => {
    positional("perm", args, kw, 1, 2);
    const n = BigInt(index(args[0]));
    const k = args.length > 1 && args[1] !== None ? BigInt(index(args[1])) : n;
    if (n < 0n) raise("ValueError", "n must be a non-negative integer");
    if (k < 0n) raise("ValueError", "k must be a non-negative integer");
    if (k > n) return 0;
    return normBig(rangeProduct(n - k + 1n, n));
  });
  def("fsum", (args, kw) => f(fsum(oneArg("fsum", args, kw))));
  def("prod", (args, kw) => {
    if (args.length !== 1) raise("TypeError", `prod() takes exactly 1 positional argument (${args.length} given)`);
    let acc: PyValue = 1;
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (k === "start") acc = v;
        else raise("TypeError", `prod() got an unexpected keyword argument '${k}'`);
      }
    }
    const it = getIter(args[0]);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) acc = binaryOp(B.MUL, acc, x);
    return acc;
  });
  def("nextafter", (args, kw) => {
    positional("nextafter", args, kw, 2, 2);
    const x = num(args[0]), y = num(args[1]);
    if (x !== x || y !== y) return f(NaN);
    if (x === y) return f(y);
    if (x === 0) return f(y > 0 ? 5e-324 : -5e-324);
    bits.setFloat64(0, x);
    let b = bits.getBigUint64(0);
    b += (y > x) === (x > 0) ? 1n : -1n;
    bits.setBigUint64(0, b);
    return f(bits.getFloat64(0));
  });
  def("ulp", (args, kw) => {
    const x = Math.abs(num(oneArg("ulp", args, kw)));
    if (x !== x || x === Infinity) return f(x);
    bits.setFloat64(0, x);
    const b = bits.getBigUint64(0);
    bits.setBigUint64(0, b + 1n);
    const up = bits.getFloat64(0);
    if (up === Infinity) {
      bits.setBigUint64(0, b - 1n);
      return f(x - bits.getFloat64(0));
    }
    return f(up - x);
  });
  return m;
}

builtinModules.set("math", createMath);
setHypot((v, max) => vectorNorm(v, max, false));
