// The re module over JS RegExp: Python syntax translated, Python's match/search/sub/split semantics.
import { PyModule } from "../vm/objects/module.js";
import { PyBuiltin, defMethod, defGetSet } from "../vm/objects/function.js";
import { PyObject, PyType, makeBuiltinType, None, typeOf, type PyValue } from "../vm/objects/object.js";
import { PyList } from "../vm/objects/list.js";
import { newTuple } from "../vm/objects/tuple.js";
import { PyDict } from "../vm/objects/dict.js";
import { PyIterator, makeIteratorType } from "../vm/objects/iterator.js";
import { exceptionTypes, PyException } from "../vm/objects/exception.js";
import { raise } from "../vm/raise.js";
import { call, str as pyStr, repr, strLen } from "../vm/ops.js";
import { asInt } from "../vm/objects/int.js";
import { builtinModules } from "./modules.js";

const I = 2, L = 4, M = 8, S = 16, U = 32, X = 64, A = 256;

const patternType: PyType = makeBuiltinType("Pattern", undefined, null, false);
const matchType: PyType = makeBuiltinType("Match", undefined, null, false);
const iterType = makeIteratorType("callable_iterator");
const reError: PyType = makeBuiltinType("error", exceptionTypes.get("Exception")!, exceptionTypes.get("Exception")!.alloc);
reError.hasInstanceDict = true;
reError.ns.set("__module__", "re");
defMethod(reError, "__init__", (args) => {
  const [self, msg0 = None, pattern = None, pos = None] = args;
  if (!(self instanceof PyException)) return None;
  let msg = msg0;
  let lineno: PyValue = None;
  let colno: PyValue = None;
  if (typeof msg === "string" && typeof pos === "number" && pattern !== None) {
    msg += ` at position ${pos}`;
    if (typeof pattern === "string") {
      const before = pattern.slice(0, pos);
      lineno = before.split("\n").length;
      colno = pos - before.lastIndexOf("\n");
      if (pattern.includes("\n")) msg += ` (line ${lineno}, column ${colno})`;
    }
  }
  self.args = [msg];
  const d = (self.dict ??= new PyDict());
  const fields: [string, PyValue][] = [["msg", msg0], ["pattern", pattern], ["pos", pos], ["lineno", lineno], ["colno", colno]];
  for (const [k, v] of fields) d.setStr(k, v);
  return None;
});

/** A compiled pattern: the Python source and an equivalent JS RegExp. */
class PyPattern extends PyObject {
  readonly groupNames: string[] = [];
  readonly groups: number;
  /** The same regex with group indices ('d') and sticky, made when a group span is asked for. */
  reIndices: RegExp | null = null;
  constructor(readonly pattern: string, readonly flags: number, readonly re: RegExp) {
    super(patternType);
    this.groups = countGroups(pattern);
  }
}

/** The result of a successful match. */
class PyMatch extends PyObject {
  constructor(readonly pat: PyPattern, readonly m: RegExpExecArray, readonly string: string, readonly pos: number, readonly endpos: number) {
    super(matchType);
  }
}

function countGroups(p: string): number {
  let n = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === "\\") {
      i++;
      continue;
    }
    if (p[i] === "[") {
      i++;
      if (p[i] === "^") i++;
      if (p[i] === "]") i++;
      while (i < p.length && p[i] !== "]") {
        if (p[i] === "\\") i++;
        i++;
      }
      continue;
    }
    if (p[i] === "(" && (p[i + 1] !== "?" || p.startsWith("(?P<", i) || (p[i + 2] === "<" && p[i + 3] !== "=" && p[i + 3] !== "!"))) n++;
  }
  return n;
}

/** Translates Python regex syntax to JS RegExp syntax. */
function translate(p: string, flags: number, unicode = false): string {
  let out = "";
  let i = 0;
  let inClass = false;
  const verbose = (flags & X) !== 0;
  // Python's `.` stops only at "\n" (JS's also at "\r", U+2028, U+2029); `(?s:...)` groups
  // switch DOTALL on for their span: the state of each open group's enclosing span.
  let dotAll = (flags & S) !== 0;
  const dotStack: boolean[] = [];
  while (i < p.length) {
    const c = p[i];
    if (c === "\\") {
      const d = p[i + 1];
      if (d === undefined) throw makeReError("bad escape (end of pattern)");
      if (d === "A" && !inClass) out += "(?<![\\s\\S])";
      else if (d === "Z" && !inClass) out += "(?![\\s\\S])";
      else if (d === "d" && (flags & A)) out += "[0-9]";
      else if (unicode && !(flags & A) && "wWdDbB".includes(d) && !(inClass && (d === "W" || d === "D" || d === "b" || d === "B"))) {
        const W = "\\p{L}\\p{N}_";
        if (inClass) out += d === "w" ? W : "\\p{Nd}";
        else if (d === "w") out += `[${W}]`;
        else if (d === "W") out += `[^${W}]`;
        else if (d === "d") out += "\\p{Nd}";
        else if (d === "D") out += "\\P{Nd}";
        else if (d === "b") out += `(?:(?<=[${W}])(?![${W}])|(?<![${W}])(?=[${W}]))`;
        else out += `(?:(?<=[${W}])(?=[${W}])|(?<![${W}])(?![${W}]))`;
      } else out += c + d;
      i += 2;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      else if (c === "[") {
        out += "\\[";
        i++;
        continue;
      }
      out += c;
      i++;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += c;
      i++;
      if (p[i] === "^") out += p[i++];
      if (p[i] === "]") {
        out += "\\]";
        i++;
      }
      continue;
    }
    if (verbose && /\s/.test(c)) {
      i++;
      continue;
    }
    if (verbose && c === "#") {
      while (i < p.length && p[i] !== "\n") i++;
      continue;
    }
    if (c === "(" && !p.startsWith("(?#", i) && !/^\(\?[aiLmsux]+\)/.test(p.slice(i, i + 10))) {
      dotStack.push(dotAll);
      const scoped = /^\(\?([aiLmsux]*)(?:-([imsx]*))?:/.exec(p.slice(i, i + 16));
      if (scoped !== null && (scoped[1] !== "" || scoped[2] !== undefined) && !/[iLmx]/.test(scoped[1] + (scoped[2] ?? ""))) {
        if (scoped[1].includes("s")) dotAll = true;
        if (scoped[2]?.includes("s")) dotAll = false;
        out += "(?:";
        i += scoped[0].length;
        continue;
      }
    }
    if (c === ")" && dotStack.length > 0) dotAll = dotStack.pop()!;
    if (c === ".") {
      out += dotAll ? (flags & S ? "." : "[\\s\\S]") : "[^\\n]";
      i++;
      continue;
    }
    if (c === "(" && p.startsWith("(?P<", i)) {
      out += "(?<";
      i += 4;
      continue;
    }
    if (c === "(" && p.startsWith("(?P=", i)) {
      const end = p.indexOf(")", i);
      out += `\\k<${p.slice(i + 4, end)}>`;
      i = end + 1;
      continue;
    }
    if (c === "(" && p.startsWith("(?#", i)) {
      i = p.indexOf(")", i) + 1;
      continue;
    }
    if (c === "(" && /^\(\?[aiLmsux]+\)/.test(p.slice(i))) {
      // Inline global flags are folded into the RegExp flags by compile().
      i = p.indexOf(")", i) + 1;
      continue;
    }
    if (c === "$") {
      // Python's line boundaries are "\n" only (JS's multiline mode also breaks at "\r").
      out += flags & M ? "(?![^\\n])" : "(?=\\n?(?![\\s\\S]))";
      i++;
      continue;
    }
    if (c === "^" && flags & M) {
      out += "(?<![^\\n])";
      i++;
      continue;
    }
    if (c === "{" && !/^\{\d*(,\d*)?\}/.test(p.slice(i))) {
      out += "\\{";
      i++;
      continue;
    }
    if (c === "}" ) {
      out += /\{\d*(,\d*)?$/.test(out.slice(out.lastIndexOf("{"))) ? c : "\\}";
      i++;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function inlineFlags(p: string): number {
  const m = /^\(\?([aiLmsux]+)\)/.exec(p);
  let f = 0;
  if (m) {
    for (const ch of m[1]) f |= ch === "i" ? I : ch === "m" ? M : ch === "s" ? S : ch === "x" ? X : ch === "a" ? A : 0;
  }
  return f;
}

const cache = new Map<string, PyPattern>();

function compile(pattern: PyValue, flagsV: PyValue = 0): PyPattern {
  if (pattern instanceof PyPattern) return pattern;
  if (typeof pattern !== "string") raise("TypeError", `first argument must be string or compiled pattern`);
  let flags = Number(asInt(flagsV) ?? 0);
  flags |= inlineFlags(pattern);
  const key = `${flags}:${pattern}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let js = "g";
  if (flags & I) js += "i";
  if (flags & S) js += "s";
  if (!(flags & A)) js += "u";
  let re: RegExp;
  if (pattern.includes("(?<") || pattern.includes("(?P=")) {
    // JS accepts `(?<name>...)`, which Python rejects, and a reference to a group defined later.
    const err = syntaxError(pattern, flags);
    if (err !== null) throw makeReError(err[0], pattern, err[1]);
  }
  try {
    re = new RegExp(translate(pattern, flags, js.includes("u")), js);
  } catch (e) {
    const err = syntaxError(pattern, flags);
    if (err !== null) throw makeReError(err[0], pattern, err[1]);
    try {
      re = new RegExp(translate(pattern, flags), js.replace("u", ""));
    } catch {
      throw makeReError(e instanceof Error ? e.message.replace(/^Invalid regular expression: /, "") : String(e));
    }
  }
  const p = new PyPattern(pattern, flags, re);
  if (cache.size > 500) cache.clear();
  cache.set(key, p);
  return p;
}

/** CPython's message and position for the common pattern syntax errors, or null. */
function syntaxError(p: string, flags: number): [string, number] | null {
  const open: number[] = [];
  const names = new Map<string, number>();
  let group = 0;
  const verbose = (flags & X) !== 0;
  let prevAtom = false;
  let prevQuant = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (verbose && /\s/.test(c)) continue;
    if (verbose && c === "#") {
      while (i < p.length && p[i] !== "\n") i++;
      continue;
    }
    if (c === "\\") {
      if (i + 1 >= p.length) return ["bad escape (end of pattern)", i];
      i++;
      prevAtom = true;
      prevQuant = false;
      continue;
    }
    if (c === "[") {
      const start = i;
      i++;
      if (p[i] === "^") i++;
      if (p[i] === "]") i++;
      while (i < p.length && p[i] !== "]") {
        if (p[i] === "\\") i++;
        i++;
      }
      if (i >= p.length) return ["unterminated character set", start];
      prevAtom = true;
      prevQuant = false;
      continue;
    }
    if (c === "(") {
      open.push(i);
      if (p[i + 1] !== "?") group++;
      else {
        // `(?<name>...)` is JS syntax, not Python's: Python knows only `(?P<name>...)`.
        const ext = /^\(\?(P[^<=>]|<[^=!]|[^:=!<P#(aiLmsux-])/.exec(p.slice(i, i + 4));
        if (ext !== null) return [`unknown extension ?${ext[1]}`, i + 1];
        const ref = /^\(\?P=(\w+)\)/.exec(p.slice(i));
        if (ref !== null && !names.has(ref[1])) return [`unknown group name '${ref[1]}'`, i + 4];
        const named = /^\(\?P<(\w+)>/.exec(p.slice(i));
        if (named !== null) {
          group++;
          const was = names.get(named[1]);
          if (was !== undefined) return [`redefinition of group name '${named[1]}' as group ${group}; was group ${was}`, i + named[0].length - named[1].length - 1];
          names.set(named[1], group);
        }
        i++;
        if (p[i + 1] === "P" && (p[i + 2] === "<" || p[i + 2] === "=")) i += 2;
        else if ("=!:".includes(p[i + 1] ?? "")) i++;
        else if (p[i + 1] === "<" && "=!".includes(p[i + 2] ?? "")) i += 2;
      }
      prevAtom = false;
      prevQuant = false;
      continue;
    }
    if (c === ")") {
      if (open.length === 0) return ["unbalanced parenthesis", i];
      open.pop();
      prevAtom = true;
      prevQuant = false;
      continue;
    }
    if (c === "|") {
      prevAtom = false;
      prevQuant = false;
      continue;
    }
    if (c === "*" || c === "+" || c === "?" || (c === "{" && /^\{\d*,?\d*\}/.test(p.slice(i)) && /^\{(\d+,?\d*|,\d+)\}/.test(p.slice(i)))) {
      if (c === "?" && prevQuant && !prevAtom) {
        prevQuant = false;
        continue;
      }
      if (prevQuant) return ["multiple repeat", i];
      if (!prevAtom) return ["nothing to repeat", i];
      if (c === "{") {
        const end = p.indexOf("}", i);
        const [lo, hi] = p.slice(i + 1, end).split(",");
        if (hi !== undefined && lo !== "" && hi !== "" && Number(lo) > Number(hi)) return ["min repeat greater than max repeat", i + 1];
        i = end;
      }
      prevAtom = false;
      prevQuant = true;
      continue;
    }
    prevAtom = true;
    prevQuant = false;
  }
  if (open.length) return ["missing ), unterminated subpattern", open[open.length - 1]];
  return null;
}

/** re.error(msg, pattern, pos): the message gains " at position N" (and the line and column for a multi-line pattern). */
function makeReError(msg: string, pattern: PyValue = None, pos: PyValue = None): unknown {
  return call(reError, [msg, pattern, pos]);
}

/** Runs the regex at `pos` (anchored when `mode` is match/fullmatch). */
function exec(p: PyPattern, s: string, pos: number, endpos: number, mode: "search" | "match" | "fullmatch"): PyMatch | null {
  const sub = endpos < s.length ? s.slice(0, endpos) : s;
  const re = p.re;
  if (mode === "search") {
    re.lastIndex = pos;
    const m = re.exec(sub);
    return m === null ? null : new PyMatch(p, m, s, pos, endpos);
  }
  const sticky = new RegExp(mode === "fullmatch" ? `(?:${re.source})(?![\\s\\S])` : re.source, re.flags.replace("g", "") + "y");
  sticky.lastIndex = pos;
  const m = sticky.exec(sub);
  return m === null ? null : new PyMatch(p, m, s, pos, endpos);
}

function posArgs(args: PyValue[], i: number, s: string): [number, number] {
  const len = s.length;
  let pos = args.length > i && args[i] !== None ? Number(asInt(args[i]) ?? 0) : 0;
  let end = args.length > i + 1 && args[i + 1] !== None ? Number(asInt(args[i + 1]) ?? len) : len;
  pos = Math.max(0, Math.min(len, pos < 0 ? 0 : pos));
  end = Math.max(pos, Math.min(len, end));
  return [pos, end];
}

function strArg(v: PyValue): string {
  if (typeof v !== "string") raise("TypeError", `expected string or bytes-like object, got '${typeOf(v).name}'`);
  return v;
}

function groupValue(m: PyMatch, g: PyValue): PyValue {
  let idx: number;
  if (typeof g === "string") {
    const groups = m.m.groups;
    if (!groups || !(g in groups)) raise("IndexError", "no such group");
    const v = groups[g];
    return v === undefined ? None : v;
  }
  idx = Number(asInt(g) ?? -1);
  if (idx < 0 || idx > m.pat.groups) raise("IndexError", "no such group");
  const v = m.m[idx];
  return v === undefined ? None : v;
}

function groupSpan(m: PyMatch, g: PyValue): [number, number] {
  const v = groupValue(m, g);
  if (v === None) return [-1, -1];
  const idx = typeof g === "number" ? g : typeof g === "string" ? -1 : 0;
  if (idx === 0) return [m.m.index, m.m.index + m.m[0].length];
  // Re-run the match at the same place with group indices on: same regex, same position, same
  // backtracking order, so the same match.
  const p = m.pat;
  if (p.reIndices === null) p.reIndices = new RegExp(p.re.source, p.re.flags.replace("g", "") + "dy");
  const rd = p.reIndices;
  rd.lastIndex = m.m.index;
  const r = rd.exec(m.endpos < m.string.length ? m.string.slice(0, m.endpos) : m.string) as (RegExpExecArray & { indices?: { groups?: Record<string, [number, number] | undefined> } & ([number, number] | undefined)[] }) | null;
  if (r !== null && r.indices !== undefined && r[0] === m.m[0]) {
    const span = typeof g === "string" ? r.indices.groups?.[g] : r.indices[idx];
    if (span !== undefined) return [span[0], span[1]];
  }
  // Fallback: locate the group inside the whole match (exact when its text occurs once there).
  const whole = m.m[0];
  const off = whole.indexOf(v as string);
  const start = m.m.index + Math.max(0, off);
  return [start, start + (v as string).length];
}

function expandTemplate(m: PyMatch, repl: string): string {
  return repl.replace(/\\(g<([^>]+)>|\d{1,2}|[\\ntrfvab])/g, (whole, body: string, name: string | undefined) => {
    if (name !== undefined) {
      const g = /^\d+$/.test(name) ? Number(name) : name;
      const v = groupValue(m, g);
      return v === None ? "" : (v as string);
    }
    if (/^\d/.test(body)) {
      const v = groupValue(m, Number(body));
      return v === None ? "" : (v as string);
    }
    return { "\\": "\\", n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", a: "\x07", b: "\b" }[body] ?? whole;
  });
}

function subImpl(p: PyPattern, repl: PyValue, s: string, count: number): [string, number] {
  const re = p.re;
  re.lastIndex = 0;
  let out = "";
  let last = 0;
  let n = 0;
  for (;;) {
    if (count > 0 && n >= count) break;
    const m = re.exec(s);
    if (m === null) break;
    const pm = new PyMatch(p, m, s, 0, s.length);
    out += s.slice(last, m.index);
    if (typeof repl === "string") out += expandTemplate(pm, repl);
    else out += pyStr(call(repl, [pm]));
    last = m.index + m[0].length;
    n++;
    if (m[0].length === 0) {
      if (m.index < s.length) out += s.slice(last, last + 1);
      last = m.index + 1;
      re.lastIndex = m.index + 1;
      if (m.index >= s.length) break;
    }
  }
  out += s.slice(Math.min(last, s.length));
  return [out, n];
}

function splitImpl(p: PyPattern, s: string, maxsplit: number): PyValue[] {
  // CPython 3.7+: every match splits, empty ones included, but a match may not be empty at the
  // position where the previous match ended.
  const re = p.re;
  const out: PyValue[] = [];
  let last = 0;
  let n = 0;
  let mustAdvance = false;
  while (maxsplit <= 0 || n < maxsplit) {
    re.lastIndex = last;
    let m = re.exec(s);
    if (m !== null && mustAdvance && m[0].length === 0 && m.index === last) {
      if (last >= s.length) break;
      re.lastIndex = last + 1;
      m = re.exec(s);
    }
    if (m === null) break;
    out.push(s.slice(last, m.index));
    for (let g = 1; g < m.length; g++) out.push(m[g] === undefined ? None : m[g]);
    n++;
    const end = m.index + m[0].length;
    mustAdvance = end === m.index;
    last = end;
  }
  out.push(s.slice(last));
  return out;
}

function findallImpl(p: PyPattern, s: string, pos: number, endpos: number): PyValue[] {
  const re = p.re;
  const sub = s.slice(0, endpos);
  re.lastIndex = pos;
  const out: PyValue[] = [];
  for (;;) {
    const m = re.exec(sub);
    if (m === null) break;
    if (m.length === 1) out.push(m[0]);
    else if (m.length === 2) out.push(m[1] ?? "");
    else out.push(newTuple(m.slice(1).map((x) => x ?? "")));
    if (m[0].length === 0) re.lastIndex = m.index + 1;
    if (re.lastIndex > sub.length) break;
  }
  return out;
}

class MatchIter extends PyIterator {
  private done = false;
  constructor(private readonly p: PyPattern, private readonly s: string, private pos: number, private readonly end: number) {
    super(iterType);
  }
  override next(): PyValue | undefined {
    if (this.done || this.pos > this.end) return undefined;
    const m = exec(this.p, this.s, this.pos, this.end, "search");
    if (m === null) {
      this.done = true;
      return undefined;
    }
    this.pos = m.m.index + (m.m[0].length === 0 ? 1 : m.m[0].length);
    return m;
  }
}

function P(v: PyValue): PyPattern {
  return v as PyPattern;
}
function Mt(v: PyValue): PyMatch {
  return v as PyMatch;
}

defMethod(patternType, "match", (a) => {
  const s = strArg(a[1]);
  const [pos, end] = posArgs(a, 2, s);
  return exec(P(a[0]), s, pos, end, "match") ?? None;
});
defMethod(patternType, "search", (a) => {
  const s = strArg(a[1]);
  const [pos, end] = posArgs(a, 2, s);
  return exec(P(a[0]), s, pos, end, "search") ?? None;
});
defMethod(patternType, "fullmatch", (a) => {
  const s = strArg(a[1]);
  const [pos, end] = posArgs(a, 2, s);
  return exec(P(a[0]), s, pos, end, "fullmatch") ?? None;
});
defMethod(patternType, "findall", (a) => {
  const s = strArg(a[1]);
  const [pos, end] = posArgs(a, 2, s);
  return new PyList(findallImpl(P(a[0]), s, pos, end));
});
defMethod(patternType, "finditer", (a) => {
  const s = strArg(a[1]);
  const [pos, end] = posArgs(a, 2, s);
  return new MatchIter(P(a[0]), s, pos, end);
});
defMethod(patternType, "sub", (a, kw) => subImpl(P(a[0]), a[1], strArg(a[2]), Number(asInt(a[3] ?? kw?.get("count") ?? 0) ?? 0))[0]);
defMethod(patternType, "subn", (a, kw) => newTuple(subImpl(P(a[0]), a[1], strArg(a[2]), Number(asInt(a[3] ?? kw?.get("count") ?? 0) ?? 0))));
defMethod(patternType, "split", (a, kw) => new PyList(splitImpl(P(a[0]), strArg(a[1]), Number(asInt(a[2] ?? kw?.get("maxsplit") ?? 0) ?? 0))));
defMethod(patternType, "__repr__", (a) => {
  const p = P(a[0]);
  return p.flags ? `re.compile(${repr(p.pattern)}, ${flagNames(p.flags)})` : `re.compile(${repr(p.pattern)})`;
});
defGetSet(patternType, "pattern", (s) => P(s).pattern);
defGetSet(patternType, "flags", (s) => P(s).flags | (P(s).flags & A ? 0 : U));
defGetSet(patternType, "groups", (s) => P(s).groups);
defGetSet(patternType, "groupindex", (s) => {
  const d = new PyDict();
  const names = [...P(s).pattern.matchAll(/\(\?P<([^>]+)>/g)].map((m) => m[1]);
  names.forEach((n, i) => d.setStr(n, i + 1));
  return d;
});

function flagNames(f: number): string {
  const names: string[] = [];
  for (const [bit, n] of [[I, "IGNORECASE"], [M, "MULTILINE"], [S, "DOTALL"], [X, "VERBOSE"], [A, "ASCII"]] as const) if (f & bit) names.push(`re.${n}`);
  return names.join("|");
}

defMethod(matchType, "group", (a) => {
  const m = Mt(a[0]);
  if (a.length <= 1) return groupValue(m, 0);
  if (a.length === 2) return groupValue(m, a[1]);
  return newTuple(a.slice(1).map((g) => groupValue(m, g)));
});
defMethod(matchType, "__getitem__", (a) => groupValue(Mt(a[0]), a[1]));
defMethod(matchType, "groups", (a) => {
  const m = Mt(a[0]);
  const d = a.length > 1 ? a[1] : None;
  const out: PyValue[] = [];
  for (let g = 1; g <= m.pat.groups; g++) {
    const v = m.m[g];
    out.push(v === undefined ? d : v);
  }
  return newTuple(out);
});
defMethod(matchType, "groupdict", (a) => {
  const m = Mt(a[0]);
  const d = new PyDict();
  const dflt = a.length > 1 ? a[1] : None;
  for (const [k, v] of Object.entries(m.m.groups ?? {})) d.setStr(k, v === undefined ? dflt : v);
  return d;
});
defMethod(matchType, "start", (a) => groupSpan(Mt(a[0]), a.length > 1 ? a[1] : 0)[0]);
defMethod(matchType, "end", (a) => groupSpan(Mt(a[0]), a.length > 1 ? a[1] : 0)[1]);
defMethod(matchType, "span", (a) => newTuple(groupSpan(Mt(a[0]), a.length > 1 ? a[1] : 0)));
defMethod(matchType, "expand", (a) => expandTemplate(Mt(a[0]), strArg(a[1])));
defMethod(matchType, "__bool__", () => true);
defMethod(matchType, "__repr__", (a) => {
  const m = Mt(a[0]);
  const [s, e] = groupSpan(m, 0);
  return `<re.Match object; span=(${s}, ${e}), match=${repr(m.m[0])}>`;
});
defGetSet(matchType, "string", (s) => Mt(s).string);
defGetSet(matchType, "re", (s) => Mt(s).pat);
defGetSet(matchType, "pos", (s) => Mt(s).pos);
defGetSet(matchType, "endpos", (s) => Mt(s).endpos);
defGetSet(matchType, "lastindex", (s) => {
  const m = Mt(s);
  for (let g = m.pat.groups; g >= 1; g--) if (m.m[g] !== undefined) return g;
  return None;
});

defGetSet(matchType, "lastgroup", (s) => {
  const m = Mt(s);
  let last = -1;
  for (let g = m.pat.groups; g >= 1; g--) {
    if (m.m[g] !== undefined) {
      last = g;
      break;
    }
  }
  if (last < 0) return None;
  const names = [...m.pat.pattern.matchAll(/\(\?P<([^>]+)>/g)].map((x) => x[1]);
  const idx = groupNumbers(m.pat.pattern);
  for (let i = 0; i < names.length; i++) if (idx[i] === last) return names[i];
  return None;
});

/** Group number of each named group, in order of appearance. */
function groupNumbers(pat: string): number[] {
  const out: number[] = [];
  let n = 0;
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "[") {
      i++;
      if (pat[i] === "^") i++;
      if (pat[i] === "]") i++;
      while (i < pat.length && pat[i] !== "]") {
        if (pat[i] === "\\") i++;
        i++;
      }
      continue;
    }
    if (c !== "(") continue;
    if (pat[i + 1] !== "?") {
      n++;
      continue;
    }
    if (pat[i + 2] === "P" && pat[i + 3] === "<") {
      n++;
      out.push(n);
    }
  }
  return out;
}

function escape(s: string): string {
  // CPython 3.7+: only characters special in a pattern are escaped.
  return s.replace(/[()[\]{}?*+\-|^$\\.&~# \t\n\r\v\f]/g, (c) => "\\" + c);
}

function createRe(): PyModule {
  const m = new PyModule("re");
  const def = (name: string, f: (args: PyValue[], kw: Map<string, PyValue> | null) => PyValue) => m.set(name, new PyBuiltin(name, f));
  const flagOf = (a: PyValue[], i: number, kw: Map<string, PyValue> | null): PyValue => a[i] ?? kw?.get("flags") ?? 0;
  def("compile", (a, kw) => compile(a[0], flagOf(a, 1, kw)));
  def("match", (a, kw) => exec(compile(a[0], flagOf(a, 2, kw)), strArg(a[1]), 0, strArg(a[1]).length, "match") ?? None);
  def("search", (a, kw) => exec(compile(a[0], flagOf(a, 2, kw)), strArg(a[1]), 0, strArg(a[1]).length, "search") ?? None);
  def("fullmatch", (a, kw) => exec(compile(a[0], flagOf(a, 2, kw)), strArg(a[1]), 0, strArg(a[1]).length, "fullmatch") ?? None);
  def("findall", (a, kw) => new PyList(findallImpl(compile(a[0], flagOf(a, 2, kw)), strArg(a[1]), 0, strArg(a[1]).length)));
  def("finditer", (a, kw) => new MatchIter(compile(a[0], flagOf(a, 2, kw)), strArg(a[1]), 0, strArg(a[1]).length));
  def("sub", (a, kw) => subImpl(compile(a[0], flagOf(a, 4, kw)), a[1], strArg(a[2]), Number(asInt(a[3] ?? kw?.get("count") ?? 0) ?? 0))[0]);
  def("subn", (a, kw) => newTuple(subImpl(compile(a[0], flagOf(a, 4, kw)), a[1], strArg(a[2]), Number(asInt(a[3] ?? kw?.get("count") ?? 0) ?? 0))));
  def("split", (a, kw) => new PyList(splitImpl(compile(a[0], flagOf(a, 3, kw)), strArg(a[1]), Number(asInt(a[2] ?? kw?.get("maxsplit") ?? 0) ?? 0))));
  def("escape", (a) => escape(strArg(a[0])));
  def("purge", () => {
    cache.clear();
    return None;
  });
  for (const [n, v] of [["I", I], ["IGNORECASE", I], ["M", M], ["MULTILINE", M], ["S", S], ["DOTALL", S], ["X", X], ["VERBOSE", X],
    ["A", A], ["ASCII", A], ["U", U], ["UNICODE", U], ["L", L], ["LOCALE", L]] as const) m.set(n, v);
  m.set("error", reError);
  m.set("Pattern", patternType);
  m.set("Match", matchType);
  return m;
}

builtinModules.set("re", createRe);
void exceptionTypes;
void strLen;
