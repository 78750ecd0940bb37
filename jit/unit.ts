// The JIT's compilation units and the vocabulary the compiler files share: the abstract
// machine state, rejections, baked-in assumptions and small helpers.
import { None, type PyValue } from "../vm/objects/object.js";
import { PyFloat } from "../vm/objects/float.js";
import type { PyFunction } from "../vm/objects/function.js";
import type { PyDict } from "../vm/objects/dict.js";
import { CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, type CodeObject } from "../vm/code.js";
import { Ty, type AV, slotSuffix, sameCmp } from "./types.js";
import type { Cfg } from "./cfg.js";
import type { WasmType } from "./wat.js";

/** Thrown when a unit cannot be compiled; the message is the reason users see. */
export class Reject extends Error {}

/** A global, builtin or module attribute the compiled code baked in; checked on every entry. */
export interface Assumption {
  /** The namespace looked in first. */
  dict: PyDict;
  /** The name. */
  name: string;
  /** The value seen (undefined: must stay absent, so `fallback` decides). */
  value: PyValue | undefined;
  /** For builtins: the builtins dict that must hold `fallbackValue`. */
  fallback?: PyDict;
  /** The builtin seen. */
  fallbackValue?: PyValue;
}

/** One code object specialised for one signature and entry point. */
export interface Unit {
  /** Process-wide id (deopt records and the shadow stack name units by it). */
  id: number;
  /** The code. */
  code: CodeObject;
  /** A function object of this code (for frames rebuilt after a deopt). */
  func: PyFunction;
  /** Entry types of the parameters (normal entry) or of every local (OSR entry). */
  params: AV[];
  /** Loop header instruction for an OSR unit, else -1. */
  osrPc: number;
  /** Stack at the OSR header (the loop's iterator), else empty. */
  osrStack: AV[];
  /** Inferred return value type (null until some return is seen). */
  ret: AV | null;
  /** Compile-time values referenced by spills and helper calls. */
  known: PyValue[];
  /** Baked-in names. */
  assumptions: Assumption[];
  /** wasm function name. */
  name: string;
  /** Export name of the JS-facing entry. */
  entryName: string;
  /** Block-entry states from inference. */
  states: (State | null)[];
  /** The CFG. */
  cfg: Cfg | null;
  /** Locals that are unbound on some path (they carry a runtime "bound" flag). */
  muLocals: Set<number>;
  /** Analysis finished. */
  analyzed: boolean;
  /** Global-change epoch at which the assumptions were last verified (-1: never). */
  checkedEpoch: number;
  /** Runtime-helper calls on the hot path (object operations), counted while emitting. */
  genericOps: number;
  /** Typed operations (numbers in wasm registers), counted while emitting. */
  typedOps: number;
  /** Units this one calls directly (their baked-in globals are checked on this unit's entry). */
  callees: Set<Unit>;
}

/** Abstract machine state at a program point. */
export interface State {
  /** One entry per local slot. */
  locals: AV[];
  /** The value stack, bottom first. */
  stack: AV[];
}

export const UNREACHABLE_RET: AV = { t: Ty.Undef };


export function cloneState(s: State): State {
  return { locals: s.locals.slice(), stack: s.stack.slice() };
}

export function sanitize(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, "_");
}

/** The abstract type of a runtime value (for signatures taken from real arguments). */
export function avOf(v: PyValue | undefined): AV {
  if (v === undefined) return { t: Ty.Undef };
  if (typeof v === "number" || (typeof v === "bigint" && v >= -(2n ** 63n) && v < 2n ** 63n)) return { t: Ty.Int };
  if (typeof v === "boolean") return { t: Ty.Bool };
  if (v instanceof PyFloat) return { t: Ty.Float };
  if (v === None) return { t: Ty.None };
  return { t: Ty.Obj };
}

export const wasmOf = (t: Ty): WasmType => (t === Ty.Int ? "i64" : t === Ty.Float ? "f64" : t === Ty.Obj ? "externref" : "i32");


export function checkSupported(code: CodeObject, func: PyFunction): void {
  if (code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) throw new Reject("generator or coroutine");
  if (code.ncells > 0 || code.nfrees > 0) throw new Reject("uses closures (cell or free variables)");
  if (!code.simpleArgs) throw new Reject("has *args, **kwargs or keyword-only parameters");
  if (code.exceptionTable.length > 0) throw new Reject("has try/except/finally or with");
  if (func.closure !== null) throw new Reject("is a closure");
}

/** Which wasm local names hold stack slot `d` / local `i` of a type. */
export function slotName(d: number, t: Ty, part = ""): string {
  return part ? `s${d}_${part}` : `s${d}_${slotSuffix(t)}`;
}

/** Analyses or emits one unit. `w === null` is the inference pass. */

export function sameAV(a: AV, b: AV): boolean {
  return a.t === b.t && Object.is(a.k, b.k) && !!a.mu === !!b.mu && a.lo === b.lo && a.hi === b.hi && a.src === b.src && sameCmp(a.cmp, b.cmp);
}

/** wasm text for an f64 constant (exact: hex float for finite values). */
export function f64Literal(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  // Hex float from the bit pattern: exact, no decimal parsing involved.
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  const sign = hi >>> 31 ? "-" : "";
  const exp = (hi >>> 20) & 0x7ff;
  const mant = ((hi & 0xfffff).toString(16).padStart(5, "0") + lo.toString(16).padStart(8, "0"));
  if (exp === 0) return `${sign}0x0.${mant}p-1022`;
  return `${sign}0x1.${mant}p${exp - 1023}`;
}

export const BIN_NAMES = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"];

/** math functions taking and returning one float, run by the math module's own code. */
export const MATH_F64 = new Set(["exp", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma", "degrees", "radians", "cbrt", "exp2"]);

/** Values that go through the generic (object) helpers rather than typed code. */
export function isObjLike(av: AV): boolean {
  return av.t === Ty.Obj || av.t === Ty.None || av.t === Ty.Known;
}

/** Builtins with typed implementations in `call` (others are called generically). */
export const NUMERIC_CALLS = new Set(["builtins.range", "builtins.abs", "builtins.min", "builtins.max", "builtins.float", "builtins.int",
  "math.sqrt", "math.fabs", "math.floor", "math.ceil", "math.trunc", ...[...MATH_F64].map((n) => "math." + n)]);

/** Helpers that run a whole interpreter operation on objects (as slow as interpreting it). */
export const GENERIC_IMPORTS = new Set(["binop", "compare", "unary", "getattr", "setattr", "load_method", "call", "call_m", "getitem", "setitem",
  "iter", "next", "contains", "truthy", "unpack", "format", "build_string", "build_list", "build_tuple", "store_global"]);
