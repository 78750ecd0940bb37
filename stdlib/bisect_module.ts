// _bisect: binary search and insertion into sorted sequences, in TypeScript as CPython has
// them in C. Elements are read with `a[mid]` (any sequence), compared with `<` only.
import { PyModule } from "../vm/objects/module.js";
import { PyBuiltin } from "../vm/objects/function.js";
import { None, type PyValue } from "../vm/objects/object.js";
import { call, callMethod, getItem, len, lessThan } from "../vm/ops.js";
import { intIndex } from "../vm/objects/list_methods.js";
import { raise } from "../vm/raise.js";
import { builtinModules } from "./modules.js";

const PARAMS = ["a", "x", "lo", "hi", "key"];

/** Binds (a, x, lo=0, hi=None, *, key=None) with CPython's argument errors. */
function bind(fn: string, args: PyValue[], kw: Map<string, PyValue> | null): PyValue[] {
  if (args.length > 4) raise("TypeError", `${fn}() takes at most 4 positional arguments (${args.length} given)`);
  if (kw === null && args.length >= 2) return [args[0], args[1], args[2] ?? 0, args[3] ?? None, None];
  const out: (PyValue | undefined)[] = [...args, undefined, undefined, undefined, undefined, undefined].slice(0, 5);
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = PARAMS.indexOf(k);
      if (i < 0) raise("TypeError", `'${k}' is an invalid keyword argument for ${fn}()`);
      if (i < args.length) raise("TypeError", `argument for ${fn}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < 2; i++) {
    if (out[i] === undefined) raise("TypeError", `${fn}() missing required argument '${PARAMS[i]}' (pos ${i + 1})`);
  }
  return [out[0]!, out[1]!, out[2] ?? 0, out[3] ?? None, out[4] ?? None];
}

/** First index in a[lo:hi] whose element is `> x` (right) or `>= x` (left). */
function search(right: boolean, a: PyValue, x: PyValue, loV: PyValue, hiV: PyValue, key: PyValue): number {
  let lo = intIndex(loV);
  if (lo < 0) raise("ValueError", "lo must be non-negative");
  let hi = hiV === None ? len(a) : intIndex(hiV);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = getItem(a, mid);
    if (key !== None) item = call(key, [item]);
    if (right ? lessThan(x, item) : lessThan(item, x) === false) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function createBisect(): PyModule {
  const m = new PyModule("_bisect");
  for (const right of [false, true]) {
    const side = right ? "right" : "left";
    const bisectName = `bisect_${side}`;
    m.set(bisectName, new PyBuiltin(bisectName, (args, kw) => {
      const [a, x, lo, hi, key] = bind(bisectName, args, kw);
      return search(right, a, x, lo, hi, key);
    }));
    const insortName = `insort_${side}`;
    m.set(insortName, new PyBuiltin(insortName, (args, kw) => {
      const [a, x, lo, hi, key] = bind(insortName, args, kw);
      const at = search(right, a, key === None ? x : call(key, [x]), lo, hi, key);
      callMethod(a, "insert", [at, x]);
      return None;
    }));
  }
  return m;
}

builtinModules.set("_bisect", createBisect);
