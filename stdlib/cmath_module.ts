// The cmath module: CPython's formulas (Modules/cmathmodule.c) for finite arguments.
import { PyModule } from "../vm/objects/module.js";
import { PyBuiltin } from "../vm/objects/function.js";
import { PyFloat } from "../vm/objects/float.js";
import { newTuple } from "../vm/objects/tuple.js";
import { type PyValue } from "../vm/objects/object.js";
import { raise } from "../vm/raise.js";
import { PyComplex, cmathArg, complexQuot, hypot } from "../vm/objects/complex.js";
import { asFloat } from "../vm/objects/float_methods.js";
import { builtinModules } from "./modules.js";

type C = [number, number];
const DBL_MIN = 2.2250738585072014e-308;
const LARGE = Number.MAX_VALUE / 4;
const LN2 = 0.6931471805599453;
const LN10 = 2.302585092994046;

function sqrt([x, y]: C): C {
  if (x === 0 && y === 0) return [0, y];
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x) || Number.isNaN(y)) return Math.abs(y) === Infinity ? [Infinity, y] : [NaN, NaN];
    if (Math.abs(y) === Infinity) return [Infinity, y];
    return x > 0 ? [Infinity, y * 0] : [0, Math.sign(y || 1) * Infinity];
  }
  let ax = Math.abs(x), s: number;
  const ay = Math.abs(y);
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ax * 2 ** 53;
    s = Math.sqrt(ax + hypot(ax, ay * 2 ** 53)) * 2 ** -26;
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return x >= 0 ? [s, Math.abs(d) * (y < 0 || Object.is(y, -0) ? -1 : 1)] : [d, Math.abs(s) * (y < 0 || Object.is(y, -0) ? -1 : 1)];
}

function exp([x, y]: C): C {
  const l = Math.exp(x);
  if (y === 0) return [l, y];
  const r: C = [l * Math.cos(y), l * Math.sin(y)];
  if ((!Number.isFinite(r[0]) || !Number.isFinite(r[1])) && Number.isFinite(x) && Number.isFinite(y)) raise("OverflowError", "math range error");
  return r;
}

function log([x, y]: C): C {
  const ax = Math.abs(x), ay = Math.abs(y);
  let re: number;
  if (ax > LARGE || ay > LARGE) re = Math.log(hypot(ax / 2, ay / 2)) + LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) re = Math.log(hypot(ax * 2 ** 53, ay * 2 ** 53)) - 53 * LN2;
    else raise("ValueError", "math domain error");
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else re = Math.log(h);
  }
  return [re, Math.atan2(y, x)];
}

function sinh([x, y]: C): C {
  return [Math.cos(y) * Math.sinh(x), Math.sin(y) * Math.cosh(x)];
}
function cosh([x, y]: C): C {
  return [Math.cos(y) * Math.cosh(x), Math.sin(y) * Math.sinh(x)];
}
function tanh([x, y]: C): C {
  if (Math.abs(x) > 354) return [x > 0 ? 1 : -1, 4 * Math.sin(y) * Math.cos(y) * Math.exp(-2 * Math.abs(x))];
  const tx = Math.tanh(x), ty = Math.tan(y), cx = 1 / Math.cosh(x);
  const txty = tx * ty, denom = 1 + txty * txty;
  return [(tx * (1 + ty * ty)) / denom, ((ty / denom) * cx) * cx];
}
function asinh([x, y]: C): C {
  const s1 = sqrt([1 + y, -x]), s2 = sqrt([1 - y, x]);
  return [Math.asinh(s1[0] * s2[1] - s2[0] * s1[1]), Math.atan2(y, s1[0] * s2[0] - s1[1] * s2[1])];
}
function acos([x, y]: C): C {
  const s1 = sqrt([1 - x, -y]), s2 = sqrt([1 + x, y]);
  return [2 * Math.atan2(s1[0], s2[0]), Math.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
}
function acosh([x, y]: C): C {
  const s1 = sqrt([x - 1, y]), s2 = sqrt([x + 1, y]);
  return [Math.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * Math.atan2(s1[1], s2[0])];
}
function atanh(z: C): C {
  const [x, y] = z;
  if (x < 0) {
    const r = atanh([-x, -y]);
    return [-r[0], -r[1]];
  }
  const ay = Math.abs(y);
  if (x === 1 && ay < 1.4916681462400413e-154) {
    if (ay === 0) raise("ValueError", "math domain error");
    return [-Math.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), (y < 0 ? -1 : 1) * Math.atan2(2, -ay) / 2];
  }
  return [Math.log1p((4 * x) / ((1 - x) * (1 - x) + ay * ay)) / 4, -Math.atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2];
}
// sin, tan, asin, atan through i*z.
const viaI = (f: (z: C) => C) => ([x, y]: C): C => {
  const s = f([-y, x]);
  return [s[1], -s[0]];
};
const sin = viaI(sinh), tan = viaI(tanh), asin = viaI(asinh), atan = viaI(atanh);
const cos = ([x, y]: C): C => cosh([-y, x]);

function out([r, i]: C): PyComplex {
  return new PyComplex(r === 0 ? r : r, i);
}

function createCmath(): PyModule {
  const m = new PyModule("cmath");
  const def = (name: string, f: (args: PyValue[], kw: Map<string, PyValue> | null) => PyValue) => m.set(name, new PyBuiltin(name, f));
  const one = (name: string, f: (z: C) => C) => def(name, (args) => {
    if (args.length !== 1) raise("TypeError", `${name}() takes exactly one argument (${args.length} given)`);
    return out(f(cmathArg(args[0])));
  });
  one("sqrt", sqrt);
  one("exp", exp);
  one("sin", sin);
  one("cos", cos);
  one("tan", tan);
  one("asin", asin);
  one("acos", acos);
  one("atan", atan);
  one("sinh", sinh);
  one("cosh", cosh);
  one("tanh", tanh);
  one("asinh", asinh);
  one("acosh", acosh);
  one("atanh", atanh);
  def("log", (args) => {
    if (args.length < 1 || args.length > 2) raise("TypeError", `log expected 1 or 2 arguments, got ${args.length}`);
    const l = log(cmathArg(args[0]));
    if (args.length === 1) return out(l);
    const b = log(cmathArg(args[1]));
    return out(complexQuot(l[0], l[1], b[0], b[1]));
  });
  def("log10", (args) => {
    const l = log(cmathArg(args[0]));
    return out([l[0] / LN10, l[1] / LN10]);
  });
  def("phase", (args) => {
    const [x, y] = cmathArg(args[0]);
    return new PyFloat(Math.atan2(y, x));
  });
  def("polar", (args) => {
    const [x, y] = cmathArg(args[0]);
    const r = hypot(x, y);
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) raise("OverflowError", "absolute value too large");
    return newTuple([new PyFloat(r), new PyFloat(Math.atan2(y, x))]);
  });
  def("rect", (args) => {
    const r = asFloat(args[0]), phi = asFloat(args[1]);
    if (r === undefined || phi === undefined) raise("TypeError", "must be real number");
    if (phi === 0) return new PyComplex(r, r * phi);
    return new PyComplex(r * Math.cos(phi), r * Math.sin(phi));
  });
  def("isfinite", (args) => cmathArg(args[0]).every(Number.isFinite));
  def("isnan", (args) => cmathArg(args[0]).some(Number.isNaN));
  def("isinf", (args) => cmathArg(args[0]).some((v) => v === Infinity || v === -Infinity));
  def("isclose", (args, kw) => {
    const a = cmathArg(args[0]), b = cmathArg(args[1]);
    const rel = kw?.get("rel_tol") !== undefined ? asFloat(kw.get("rel_tol")!)! : 1e-9;
    const abs = kw?.get("abs_tol") !== undefined ? asFloat(kw.get("abs_tol")!)! : 0;
    if (rel < 0 || abs < 0) raise("ValueError", "tolerances must be non-negative");
    if (a[0] === b[0] && a[1] === b[1]) return true;
    if ([...a, ...b].some((v) => v === Infinity || v === -Infinity)) return false;
    const diff = hypot(a[0] - b[0], a[1] - b[1]);
    return diff <= rel * hypot(b[0], b[1]) || diff <= rel * hypot(a[0], a[1]) || diff <= abs;
  });
  m.set("pi", new PyFloat(Math.PI));
  m.set("e", new PyFloat(Math.E));
  m.set("tau", new PyFloat(2 * Math.PI));
  m.set("inf", new PyFloat(Infinity));
  m.set("nan", new PyFloat(NaN));
  m.set("infj", new PyComplex(0, Infinity));
  m.set("nanj", new PyComplex(0, NaN));
  return m;
}

builtinModules.set("cmath", createCmath);
