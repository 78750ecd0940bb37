// "Did you mean: ...?" for uncaught NameError/AttributeError, with CPython 3.11's algorithm.
import { PyException } from "./objects/exception.js";
import { PyCell } from "./objects/function.js";
import { dirOf } from "./objects/type.js";
import type { Frame } from "./frame.js";

const MAX_CANDIDATES = 750;
const MAX_STRING = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

/** CPython's traceback._levenshtein_distance (code units; names are almost always ASCII). */
function distance(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (!a || !b) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING || b.length > MAX_STRING) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 1; i <= a.length; i++) row.push(i * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const bc = b[bi];
    let dist = bi * MOVE_COST;
    result = dist;
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = dist + substitutionCost(bc, a[i]);
      dist = row[i];
      const insertDelete = Math.min(result, dist) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function best(wrong: string, candidates: string[]): string | null {
  if (candidates.length > MAX_CANDIDATES) return null;
  let suggestion: string | null = null;
  let bestDistance = 0;
  for (const c of candidates) {
    if (c === wrong) continue;
    const maxDistance = Math.floor(((c.length + wrong.length + 3) * MOVE_COST) / 6);
    const d = distance(wrong, c, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < bestDistance) {
      suggestion = c;
      bestDistance = d;
    }
  }
  return suggestion;
}

function frameNames(f: Frame): string[] {
  const names: string[] = [];
  if (f.locals !== null) {
    for (const k of f.locals.keyList()) if (typeof k === "string") names.push(k);
  } else {
    const code = f.code;
    code.varnames.forEach((n, i) => {
      if (f.fast[i] !== undefined) names.push(n);
    });
    [...code.cellvars, ...code.freevars].forEach((n, i) => {
      const c = f.fast[code.nlocals + i];
      if (c instanceof PyCell && c.value !== undefined) names.push(n);
    });
  }
  for (const k of f.globals.keyList()) if (typeof k === "string") names.push(k);
  for (const k of f.builtins.keyList()) if (typeof k === "string") names.push(k);
  return names;
}

/** The " Did you mean: 'x'?" suffix CPython adds to the last traceback line, or "". */
export function suggestionFor(e: PyException): string {
  const d = e.dict;
  if (d === null) return "";
  const name = d.getStr("name");
  if (typeof name !== "string") return "";
  let candidates: string[] | null = null;
  const t = e.cls.name;
  try {
    if (t === "AttributeError" || e.cls.mro.some((c) => c.name === "AttributeError" && !c.isHeap)) {
      const obj = d.getStr("obj");
      if (obj === undefined) return "";
      candidates = dirOf(obj);
    } else if (e.cls.mro.some((c) => c.name === "NameError" && !c.isHeap)) {
      const frame = (e.traceback[0] as { frame?: Frame } | undefined)?.frame;
      if (frame === undefined) return "";
      candidates = frameNames(frame);
    }
  } catch {
    return "";
  }
  if (candidates === null) return "";
  const s = best(name, candidates);
  return s === null ? "" : `. Did you mean: '${s}'?`;
}
