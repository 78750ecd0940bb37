// Code-point indexing of str values, kept apart from str.ts so ops.ts can index strings
// directly without importing (and initialising) the whole str type.
import type { PyValue } from "./object.js";
import { PySlice } from "./slice.js";
import { raise } from "../raise.js";
import { indexOf } from "../ops.js";

const SURR = /[\uD800-\uDFFF]/;

/** True if `s` contains astral characters (UTF-16 surrogate pairs). */
export function hasSurrogates(s: string): boolean {
  // Indexing a long string in a loop asks about the same string each time; the scan is O(n).
  if (s === lastChecked) return lastHas;
  const has = s.length > 0 && SURR.test(s);
  if (s.length > 64) {
    lastChecked = s;
    lastHas = has;
  }
  return has;
}
let lastChecked = "";
let lastHas = false;

/** The code points of `s` as single-character strings. */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** `s[k]` for an int or slice key. */
export function strGetItem(s: string, k: PyValue): string {
  if (k instanceof PySlice) {
    if (!hasSurrogates(s)) {
      const [start, stop, step, n] = k.indices(s.length);
      if (step === 1) return s.slice(start, Math.max(start, stop));
      let out = "";
      for (let i = 0, j = start; i < n; i++, j += step) out += s[j];
      return out;
    }
    const cps = codePoints(s);
    const [start, , step, n] = k.indices(cps.length);
    let out = "";
    for (let i = 0, j = start; i < n; i++, j += step) out += cps[j];
    return out;
  }
  let i = indexOf(k, "string indices");
  if (!hasSurrogates(s)) {
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) raise("IndexError", "string index out of range");
    return s[i];
  }
  const cps = codePoints(s);
  if (i < 0) i += cps.length;
  if (i < 0 || i >= cps.length) raise("IndexError", "string index out of range");
  return cps[i];
}


/**
 * Python's str order (by code point) as -1, 0 or 1. JS's `<` compares UTF-16 units, which puts
 * astral characters (surrogate pairs) before U+E000..U+FFFF; this corrects that case.
 */
export function strCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) {
        if (x <= 0xdfff) x += 0x10000;
        if (y <= 0xdfff) y += 0x10000;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
