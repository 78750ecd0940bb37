// The math module with CPython's results and error messages.
import { PyModule } from "../vm/objects/module.js";
import { PyBuiltin } from "../vm/objects/function.js";
import { PyFloat } from "../vm/objects/float.js";
import { None, typeOf, type PyValue } from "../vm/objects/object.js";
import { raise } from "../vm/raise.js";
import { call, lookupSpecial, toArray, isTrue, normBig, binaryOp } from "../vm/ops.js";
import { asInt, intToFloat, floatToInt, intFloorDiv, intMul } from "../vm/objects/int.js";
import { builtinModules } from "./modules.js";
import { newTuple } from "../vm/objects/tuple.js";

type Int = number | bigint;

function num(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  const i = asInt(v);
  if (i !== undefined) return intToFloat(i);
  const f = lookupSpecial(v, "__float__");
  if (f !== undefined) return (call(f, [v]) as PyFloat).value;
  const ix = lookupSpecial(v, "__index__");
  if (ix !== undefined) return intToFloat(asInt(call(ix, [v]))!);
  raise("TypeError", `must be real number, not ${typeOf(v).name}`);
}

function int(v: PyValue, fname: string): Int {
  const i = asInt(v);
  if (i !== undefined) return i;
  const ix = lookupSpecial(v, "__index__");
  if (ix !== undefined) return asInt(call(ix, [v]))!;
  if (v instanceof PyFloat) raise("TypeError", `'float' object cannot be interpreted as an integer`);
  raise("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  void fname;
}

function domain(): never {
  raise("ValueError", "math domain error");
}

function checked(r: number, x: number): PyFloat {
  if (r !== r && x === x) domain();
  if (!Number.isFinite(r) && Number.isFinite(x)) raise("OverflowError", "math range error");
  return new PyFloat(r);
}

function f1(fn: (x: number) => number, dom?: (x: number) => boolean): (args: PyValue[]) => PyValue {
  return (args) => {
    const x = num(args[0]);
    if (dom && !dom(x)) domain();
    return checked(fn(x), x);
  };
}

function bigLog(v: Int): number {
  // log of a huge int: log(m) + e*log(2) with m the top 53 bits.
  if (typeof v === "number") return Math.log(v);
  const bits = v.toString(2).length;
  const shift = Math.max(0, bits - 60);
  const top = Number(v >> BigInt(shift));
  return Math.log(top) + shift * Math.LN2;
}

function logOf(v: PyValue): number {
  const i = asInt(v);
  if (i !== undefined) {
    if (i <= 0) domain();
    return bigLog(i);
  }
  const x = num(v);
  if (x <= 0 || x !== x) {
    if (x !== x) return NaN;
    domain();
  }
  return Math.log(x);
}

function isqrt(n: bigint): bigint {
  if (n < 0n) raise("ValueError", "isqrt() argument must be nonnegative");
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (n > 2n ** 100n) {
    x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  }
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

function factorial(n: number): bigint {
  let r = 1n;
  for (let i = 2; i <= n; i++) r *= BigInt(i);
  return r;
}

function fsum(items: number[]): number {
  // Shewchuk's algorithm with exact partials, as CPython's math.fsum.
  const partials: number[] = [];
  let special = 0;
  let inf = 0;
  for (let x of items) {
    if (!Number.isFinite(x)) {
      if (x !== x) special = NaN;
      else inf += x;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  if (special !== 0 || inf !== 0) {
    if (special !== special) return NaN;
    if (inf !== inf) raise("ValueError", "-inf + inf in fsum");
    return inf;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

function gamma(x: number): number {
  if (x !== x) return NaN;
  if (x === Infinity) return Infinity;
  if (x === -Infinity || (Number.isInteger(x) && x <= 0)) domain();
  if (Number.isInteger(x) && x <= 171) return Number(factorial(x - 1));
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  const g = 7;
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61503916999185,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  x -= 1;
  let a = c[0];
  const t = x + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i] / (x + i);
  return Math.sqrt(2 * Math.PI) * Math.pow(t, x + 0.5) * Math.exp(-t) * a;
}

function lgamma(x: number): number {
  if (x !== x) return NaN;
  if (!Number.isFinite(x)) return Infinity;
  if (Number.isInteger(x) && x <= 0) domain();
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  if (x < 15) return Math.log(Math.abs(gamma(x)));
  const c = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188];
  let s = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI);
  let xp = x;
  for (const k of c) {
    s += k / xp;
    xp *= x * x;
  }
  return s;
}

function erf(x: number): number {
  // High-precision erf via series / continued fraction.
  if (x !== x) return NaN;
  if (!Number.isFinite(x)) return Math.sign(x);
  const ax = Math.abs(x);
  if (ax < 2.5) {
    let sum = ax, term = ax;
    const x2 = ax * ax;
    for (let n = 1; n < 200; n++) {
      term *= -x2 / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return Math.sign(x) * (2 / Math.sqrt(Math.PI)) * sum;
  }
  return Math.sign(x) * (1 - erfcPos(ax));
}

function erfcPos(x: number): number {
  // Continued fraction for erfc, x >= 2.5.
  let f = 0;
  for (let n = 60; n >= 1; n--) f = n / 2 / (x + f);
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / (x + f);
}

function erfc(x: number): number {
  if (x !== x) return NaN;
  if (x >= 2.5) return erfcPos(x);
  if (x <= -2.5) return 2 - erfcPos(-x);
  return 1 - erf(x);
}

function createMath(): PyModule {
  const m = new PyModule("math");
  const def = (name: string, f: (args: PyValue[], kw: Map<string, PyValue> | null) => PyValue) => m.set(name, new PyBuiltin(name, f));
  m.set("pi", new PyFloat(Math.PI));
  m.set("e", new PyFloat(Math.E));
  m.set("tau", new PyFloat(2 * Math.PI));
  m.set("inf", new PyFloat(Infinity));
  m.set("nan", new PyFloat(NaN));
  def("sqrt", f1(Math.sqrt, (x) => !(x < 0)));
  def("cbrt", f1(Math.cbrt));
  def("exp", (args) => {
    const x = num(args[0]);
    const r = Math.exp(x);
    if (!Number.isFinite(r) && Number.isFinite(x)) raise("OverflowError", "math range error");
    return new PyFloat(r);
  });
  def("exp2", f1((x) => Math.pow(2, x)));
  def("expm1", f1(Math.expm1));
  def("log", (args) => {
    const a = logOf(args[0]);
    if (args.length > 1) {
      const b = logOf(args[1]);
      if (b === 0) raise("ZeroDivisionError", "float division by zero");
      return new PyFloat(a / b);
    }
    return new PyFloat(a);
  });
  def("log2", (args) => {
    const i = asInt(args[0]);
    if (i !== undefined && i > 0 && typeof i === "bigint") return new PyFloat(bigLog(i) / Math.LN2);
    return new PyFloat(Math.log2(logCheck(args[0])));
  });
  def("log10", (args) => {
    const i = asInt(args[0]);
    if (i !== undefined && i > 0 && typeof i === "bigint") return new PyFloat(bigLog(i) / Math.LN10);
    return new PyFloat(Math.log10(logCheck(args[0])));
  });
  def("log1p", f1(Math.log1p, (x) => !(x <= -1)));
  def("pow", (args) => {
    const x = num(args[0]), y = num(args[1]);
    if (x === 0 && y < 0) domain();
    if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) domain();
    const r = x === 1 || y === 0 ? 1 : Math.pow(x, y);
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) raise("OverflowError", "math range error");
    return new PyFloat(r);
  });
  for (const [n, f] of [["sin", Math.sin], ["cos", Math.cos], ["tan", Math.tan]] as const) {
    def(n, f1(f, (x) => Number.isFinite(x) || x !== x));
  }
  def("asin", f1(Math.asin, (x) => !(x < -1 || x > 1)));
  def("acos", f1(Math.acos, (x) => !(x < -1 || x > 1)));
  def("atan", f1(Math.atan));
  def("atan2", (args) => new PyFloat(Math.atan2(num(args[0]), num(args[1]))));
  def("sinh", f1(Math.sinh));
  def("cosh", f1(Math.cosh));
  def("tanh", f1(Math.tanh));
  def("asinh", f1(Math.asinh));
  def("acosh", f1(Math.acosh, (x) => !(x < 1)));
  def("atanh", f1(Math.atanh, (x) => x > -1 && x < 1 || x !== x));
  def("degrees", f1((x) => (x * 180) / Math.PI));
  def("radians", f1((x) => (x * Math.PI) / 180));
  def("hypot", (args) => {
    const xs = args.map(num);
    if (xs.some((x) => !Number.isFinite(x) && x === x)) return new PyFloat(Infinity);
    return new PyFloat(xs.length === 2 ? Math.hypot(xs[0], xs[1]) : Math.hypot(...xs));
  });
  def("dist", (args) => {
    const p = toArray(args[0]).map(num), q = toArray(args[1]).map(num);
    if (p.length !== q.length) raise("ValueError", "both points must have the same number of dimensions");
    return new PyFloat(Math.hypot(...p.map((x, i) => x - q[i])));
  });
  const intResult = (name: string, f: (x: number) => number) => def(name, (args) => {
    const v = args[0];
    const i = asInt(v);
    if (i !== undefined) return i;
    if (!(v instanceof PyFloat)) {
      const d = lookupSpecial(v, `__${name}__`);
      if (d !== undefined) return call(d, [v]);
    }
    return floatToInt(f(num(v)));
  });
  intResult("floor", Math.floor);
  intResult("ceil", Math.ceil);
  intResult("trunc", Math.trunc);
  def("fabs", f1(Math.abs));
  def("fmod", (args) => {
    const x = num(args[0]), y = num(args[1]);
    if (y === 0 && x === x || (!Number.isFinite(x) && x === x)) domain();
    return new PyFloat(x % y);
  });
  def("modf", (args) => {
    const x = num(args[0]);
    if (!Number.isFinite(x)) return newTuple([new PyFloat(x !== x ? x : Math.sign(x) * 0), new PyFloat(x)]);
    const ip = Math.trunc(x);
    return newTuple([new PyFloat(Object.is(ip, -0) || x < 0 ? -(Math.abs(x) - Math.abs(ip)) : x - ip), new PyFloat(ip)]);
  });
  def("frexp", (args) => {
    const x = num(args[0]);
    if (x === 0 || !Number.isFinite(x)) return newTuple([new PyFloat(x), 0]);
    let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
    let mant = x * Math.pow(2, -e);
    while (Math.abs(mant) < 0.5) {
      mant *= 2;
      e--;
    }
    while (Math.abs(mant) >= 1) {
      mant /= 2;
      e++;
    }
    return newTuple([new PyFloat(mant), e]);
  });
  def("ldexp", (args) => {
    const x = num(args[0]);
    const e = Number(int(args[1], "ldexp"));
    let r = x;
    let k = e;
    while (k > 1000) { r *= 2 ** 1000; k -= 1000; }
    while (k < -1000) { r *= 2 ** -1000; k += 1000; }
    r *= 2 ** k;
    if (!Number.isFinite(r) && Number.isFinite(x)) raise("OverflowError", "math range error");
    return new PyFloat(r);
  });
  def("copysign", (args) => {
    const x = num(args[0]), y = num(args[1]);
    const neg = y < 0 || Object.is(y, -0) || (y !== y && false);
    return new PyFloat(neg ? -Math.abs(x) : Math.abs(x));
  });
  def("isfinite", (args) => Number.isFinite(num(args[0])));
  def("isinf", (args) => {
    const x = num(args[0]);
    return x === Infinity || x === -Infinity;
  });
  def("isnan", (args) => {
    const x = num(args[0]);
    return x !== x;
  });
  def("isclose", (args, kw) => {
    const a = num(args[0]), b = num(args[1]);
    const rel = kw?.has("rel_tol") ? num(kw.get("rel_tol")!) : 1e-9;
    const abs = kw?.has("abs_tol") ? num(kw.get("abs_tol")!) : 0;
    if (rel < 0 || abs < 0) raise("ValueError", "tolerances must be non-negative");
    if (a === b) return true;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
    const d = Math.abs(b - a);
    return d <= Math.abs(rel * b) || d <= Math.abs(rel * a) || d <= abs;
  });
  def("factorial", (args) => {
    const v = args[0];
    if (v instanceof PyFloat) raise("TypeError", "'float' object cannot be interpreted as an integer");
    const n = int(v, "factorial");
    if (n < 0) raise("ValueError", "factorial() not defined for negative values");
    return normBig(factorial(Number(n)));
  });
  def("gcd", (args) => {
    let g = 0n;
    for (const a of args) g = gcd2(g, BigInt(int(a, "gcd")));
    return normBig(g);
  });
  def("lcm", (args) => {
    let l = 1n;
    if (args.length === 0) return 1;
    for (const a of args) {
      const b = BigInt(int(a, "lcm"));
      if (b === 0n || l === 0n) {
        l = 0n;
        continue;
      }
      l = (l / gcd2(l, b)) * b;
      if (l < 0n) l = -l;
    }
    return normBig(l);
  });
  def("isqrt", (args) => normBig(isqrt(BigInt(int(args[0], "isqrt")))));
  def("comb", (args) => {
    const n = BigInt(int(args[0], "comb")), k = BigInt(int(args[1], "comb"));
    if (n < 0n) raise("ValueError", "n must be a non-negative integer");
    if (k < 0n) raise("ValueError", "k must be a non-negative integer");
    if (k > n) return 0;
    let kk = k < n - k ? k : n - k;
    let r = 1n;
    for (let i = 1n; i <= kk; i++) r = (r * (n - kk + i)) / i;
    void kk;
    kk = 0n;
    return normBig(r);
  });
  def("perm", (args) => {
    const n = BigInt(int(args[0], "perm"));
    if (n < 0n) raise("ValueError", "n must be a non-negative integer");
    const k = args.length > 1 && args[1] !== None ? BigInt(int(args[1], "perm")) : n;
    if (k < 0n) raise("ValueError", "k must be a non-negative integer");
    if (k > n) return 0;
    let r = 1n;
    for (let i = 0n; i < k; i++) r *= n - i;
    return normBig(r);
  });
  def("fsum", (args) => new PyFloat(fsum(toArray(args[0]).map(num))));
  def("prod", (args, kw) => {
    let acc: PyValue = kw?.get("start") ?? 1;
    for (const x of toArray(args[0])) acc = binaryOp(2, acc, x);
    return acc;
  });
  def("gamma", f1(gamma));
  def("lgamma", f1(lgamma));
  def("erf", f1(erf));
  def("erfc", f1(erfc));
  def("remainder", (args) => {
    const x = num(args[0]), y = num(args[1]);
    if (!Number.isFinite(x) && x === x || (y === 0 && x === x)) domain();
    if (!Number.isFinite(y)) return new PyFloat(x);
    const n = Math.round(x / y);
    let r = x - n * y;
    if (Math.abs(x / y - Math.trunc(x / y)) === 0.5) {
      const even = 2 * Math.round(x / y / 2);
      r = x - even * y;
    }
    return new PyFloat(r);
  });
  def("nextafter", (args) => {
    const x = num(args[0]), y = num(args[1]);
    if (x !== x || y !== y) return new PyFloat(NaN);
    if (x === y) return new PyFloat(y);
    if (x === 0) return new PyFloat(y > 0 ? 5e-324 : -5e-324);
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, x);
    let bits = buf.getBigUint64(0);
    bits += (y > x) === (x > 0) ? 1n : -1n;
    buf.setBigUint64(0, bits);
    return new PyFloat(buf.getFloat64(0));
  });
  def("ulp", (args) => {
    const x = Math.abs(num(args[0]));
    if (x !== x) return new PyFloat(x);
    if (!Number.isFinite(x)) return new PyFloat(x);
    if (x === Number.MAX_VALUE) return new PyFloat(2 ** 971);
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, x);
    buf.setBigUint64(0, buf.getBigUint64(0) + 1n);
    return new PyFloat(buf.getFloat64(0) - x);
  });
  void isTrue;
  void intFloorDiv;
  void intMul;
  return m;
}

function logCheck(v: PyValue): number {
  const x = num(v);
  if (x <= 0) domain();
  return x;
}

builtinModules.set("math", createMath);
