// Binding call arguments to a Python function's parameters, with CPython's error messages.
import { type PyValue } from "./objects/object.js";
import { PyFunction } from "./objects/function.js";
import { PyDict } from "./objects/dict.js";
import { newTuple } from "./objects/tuple.js";
import { raise } from "./raise.js";
import { CO_VARARGS, CO_VARKEYWORDS } from "./code.js";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function quoteList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

/**
 * Fills `fast` (the new frame's local slots) from positional `args` and keyword `kw`.
 * Handles defaults, keyword-only parameters, `*args` and `**kwargs`.
 */
export function bindArgs(fn: PyFunction, fast: (PyValue | undefined)[], args: PyValue[], kw: Map<string, PyValue> | null): void {
  const code = fn.code;
  const argcount = code.argcount;
  const posonly = code.posonlyargcount;
  const kwonly = code.kwonlyargcount;
  const varnames = code.varnames;
  const flags = code.flags;
  const nargs = args.length;
  const name = fn.qualname;
  const n = Math.min(nargs, argcount);
  for (let i = 0; i < n; i++) fast[i] = args[i];
  let slot = argcount + kwonly;
  if (flags & CO_VARARGS) {
    fast[slot++] = newTuple(nargs > argcount ? args.slice(argcount) : []);
  } else if (nargs > argcount) {
    tooManyPositional(fn, nargs, kw);
  }
  let kwdict: PyDict | null = null;
  if (flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    fast[slot] = kwdict;
  }
  if (kw !== null && kw.size > 0) {
    let posonlyPassed: string[] | null = null;
    for (const [k, v] of kw) {
      let idx = -1;
      for (let i = posonly; i < argcount + kwonly; i++) {
        if (varnames[i] === k) {
          idx = i;
          break;
        }
      }
      if (idx < 0) {
        if (kwdict !== null) {
          kwdict.setStr(k, v);
          continue;
        }
        for (let i = 0; i < posonly; i++) {
          if (varnames[i] === k) {
            (posonlyPassed ??= []).push(k);
            idx = -2;
            break;
          }
        }
        if (idx === -2) continue;
        raise("TypeError", `${name}() got an unexpected keyword argument '${k}'`);
      }
      if (fast[idx] !== undefined) raise("TypeError", `${name}() got multiple values for argument '${k}'`);
      fast[idx] = v;
    }
    if (posonlyPassed !== null) {
      raise("TypeError", `${name}() got some positional-only arguments passed as keyword arguments: '${posonlyPassed.join(", ")}'`);
    }
  }
  if (nargs < argcount) {
    const defaults = fn.defaults;
    const ndef = defaults === null ? 0 : defaults.length;
    const firstDefault = argcount - ndef;
    let missing: string[] | null = null;
    for (let i = nargs; i < argcount; i++) {
      if (fast[i] !== undefined) continue;
      if (i >= firstDefault) fast[i] = defaults![i - firstDefault];
      else (missing ??= []).push(varnames[i]);
    }
    if (missing !== null) {
      raise("TypeError", `${name}() missing ${plural(missing.length, "required positional argument")}: ${quoteList(missing)}`);
    }
  }
  if (kwonly > 0) {
    let missing: string[] | null = null;
    for (let i = argcount; i < argcount + kwonly; i++) {
      if (fast[i] !== undefined) continue;
      const d = fn.kwdefaults?.getStr(varnames[i]);
      if (d !== undefined) fast[i] = d;
      else (missing ??= []).push(varnames[i]);
    }
    if (missing !== null) {
      raise("TypeError", `${name}() missing ${plural(missing.length, "required keyword-only argument")}: ${quoteList(missing)}`);
    }
  }
}

function tooManyPositional(fn: PyFunction, nargs: number, kw: Map<string, PyValue> | null): never {
  const code = fn.code;
  const argcount = code.argcount;
  const ndef = fn.defaults === null ? 0 : fn.defaults.length;
  let kwonlyGiven = 0;
  if (kw !== null) {
    for (let i = argcount; i < argcount + code.kwonlyargcount; i++) if (kw.has(code.varnames[i])) kwonlyGiven++;
  }
  let takes: string;
  if (ndef > 0) takes = `from ${argcount - ndef} to ${argcount} positional arguments`;
  else takes = plural(argcount, "positional argument");
  let given = `${nargs} ${nargs === 1 && kwonlyGiven === 0 ? "was" : "were"} given`;
  if (kwonlyGiven > 0) {
    given = `${plural(nargs, "positional argument")} (and ${plural(kwonlyGiven, "keyword-only argument")}) were given`;
  }
  raise("TypeError", `${fn.qualname}() takes ${takes} but ${given}`);
}
