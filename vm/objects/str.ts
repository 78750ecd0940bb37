// str: code-point indexing and slicing, and every str method.
import { withArity, ctorArity } from "./arity.js";
import { strType, NotImplemented, None, typeOf, type PyValue, PyType, PyObject } from "./object.js";
import { PySlice } from "./slice.js";
import { PyTuple, newTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { PyDict } from "./dict.js";
import { PyIterator, makeIteratorType } from "./iterator.js";
import { defMethod, PyBuiltin, PyStaticMethod } from "./function.js";
import { raise } from "../raise.js";
import { str as pyStr, repr, toArray, indexOf, hash, getItem, call, strLen, format as pyFormat } from "../ops.js";
import { strRepr, isPrintable } from "./strrepr.js";
import { asInt } from "./int.js";
import { formatStrSpec } from "./numfmt.js";
import { percentFormat } from "./percent.js";
import { strFormat } from "./str_format.js";
import { isException } from "./exception.js";
import { hasSurrogates, codePoints, strGetItem } from "./str_index.js";
import { encodeStr, decodeBytes } from "./codecs.js";
import { bufferBytes } from "./bytes.js";

export { hasSurrogates, codePoints, strGetItem };

/** An instance of a user subclass of str: the string value plus the instance's class and dict. */
export class PyStrObj extends PyObject {
  /** The str value. */
  readonly value: string;
  constructor(cls: PyType, value: string) {
    super(cls);
    this.value = value;
  }
}

/** The string value of a str or str-subclass instance, or undefined. */
export function strValue(v: PyValue): string | undefined {
  if (typeof v === "string") return v;
  if (v instanceof PyStrObj) return v.value;
  return undefined;
}

function S(v: PyValue, name = "str"): string {
  const s = strValue(v);
  if (s === undefined) raise("TypeError", `descriptor '${name}' requires a 'str' object but received a '${typeOf(v).name}'`);
  return s;
}

function argStr(v: PyValue, what: string): string {
  const s = strValue(v);
  if (s === undefined) raise("TypeError", `${what ? what + " " : ""}must be str, not ${typeOf(v).name}`);
  return s;
}

/** Raises for a keyword argument that `fn` does not have. */
function checkKw(kw: Map<string, PyValue> | null, fn: string, allowed: string[]): void {
  if (kw !== null) for (const k of kw.keys()) if (!allowed.includes(k)) raise("TypeError", `'${k}' is an invalid keyword argument for ${fn}()`);
}

/** An int argument (no floats or strs: `'float' object cannot be interpreted as an integer`). */
function intArg(v: PyValue): number {
  const n = asInt(v);
  if (n === undefined) raise("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return Number(n);
}

const strIteratorType = makeIteratorType("str_ascii_iterator");

class StrIterator extends PyIterator {
  private i = 0;
  constructor(private readonly s: string) {
    super(strIteratorType);
  }
  override next(): PyValue | undefined {
    const s = this.s;
    if (this.i >= s.length) return undefined;
    const c = s.charCodeAt(this.i);
    if (c >= 0xd800 && c <= 0xdbff && this.i + 1 < s.length) {
      const r = s.slice(this.i, this.i + 2);
      this.i += 2;
      return r;
    }
    return s[this.i++];
  }
}

/** Resolves start/end arguments (code-point indices) into UTF-16 offsets for searching. */
function range(s: string, startV: PyValue | undefined, endV: PyValue | undefined): [number, number, string[] | null] {
  const cps = hasSurrogates(s) ? codePoints(s) : null;
  const len = cps ? cps.length : s.length;
  let start = startV === undefined || startV === None ? 0 : indexOf(startV, "slice indices");
  let end = endV === undefined || endV === None ? len : indexOf(endV, "slice indices");
  if (start < 0) start = Math.max(0, start + len);
  if (end < 0) end = Math.max(0, end + len);
  if (end > len) end = len;
  return [start, end, cps];
}

function toUnits(cps: string[] | null, i: number): number {
  if (cps === null) return i;
  let u = 0;
  for (let k = 0; k < i && k < cps.length; k++) u += cps[k].length;
  return u;
}

function toCp(s: string, u: number): number {
  if (!hasSurrogates(s)) return u;
  return codePoints(s.slice(0, u)).length;
}

function find(s: string, sub: string, startV?: PyValue, endV?: PyValue, rev = false): number {
  const [start, end, cps] = range(s, startV, endV);
  if (start > end) return -1;
  const us = toUnits(cps, start), ue = toUnits(cps, end);
  const hay = s.slice(us, ue);
  const i = rev ? hay.lastIndexOf(sub) : hay.indexOf(sub);
  if (i < 0) return -1;
  return toCp(s, us + i);
}

const WS = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

function isWs(c: string): boolean {
  return WS.includes(c);
}

function stripChars(s: string, chars: PyValue | undefined, left: boolean, right: boolean): string {
  if (chars === undefined || chars === None) {
    let a = 0, b = s.length;
    if (left) while (a < b && isWs(s[a])) a++;
    if (right) while (b > a && isWs(s[b - 1])) b--;
    return s.slice(a, b);
  }
  if (strValue(chars) === undefined) raise("TypeError", "strip arg must be None or str");
  const set = argStr(chars, "strip arg");
  if (!hasSurrogates(set) && !hasSurrogates(s)) {
    let a = 0, b = s.length;
    if (left) while (a < b && set.includes(s[a])) a++;
    if (right) while (b > a && set.includes(s[b - 1])) b--;
    return s.slice(a, b);
  }
  const cs = new Set(codePoints(set));
  const cps = codePoints(s);
  let a = 0, b = cps.length;
  if (left) while (a < b && cs.has(cps[a])) a++;
  if (right) while (b > a && cs.has(cps[b - 1])) b--;
  return cps.slice(a, b).join("");
}

function splitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isWs(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isWs(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWs(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let j = s.length;
  while (j > 0) {
    while (j > 0 && isWs(s[j - 1])) j--;
    if (j <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !isWs(s[i - 1])) i--;
    out.push(s.slice(i, j));
    j = i;
  }
  return out.reverse();
}

function kwArg(args: PyValue[], kw: Map<string, PyValue> | null, i: number, name: string): PyValue | undefined {
  if (args.length > i) return args[i];
  return kw?.get(name);
}

function maxsplitOf(v: PyValue | undefined): number {
  if (v === undefined) return -1;
  const n = asInt(v);
  if (n === undefined) raise("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return Number(n);
}

/** Python's str.split. */
export function strSplit(s: string, sep: PyValue | undefined, maxsplit: number): string[] {
  if (sep === undefined || sep === None) return splitWs(s, maxsplit);
  const d = strValue(sep);
  if (d === undefined) raise("TypeError", `must be str or None, not ${typeOf(sep).name}`);
  if (d === "") raise("ValueError", "empty separator");
  if (maxsplit < 0) return s.split(d);
  const out: string[] = [];
  let i = 0;
  while (out.length < maxsplit) {
    const j = s.indexOf(d, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + d.length;
  }
  out.push(s.slice(i));
  return out;
}

function splitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let i = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out.push(keepends ? s.slice(i, m.index + m[0].length) : s.slice(i, m.index));
    i = m.index + m[0].length;
  }
  if (i < s.length) out.push(s.slice(i));
  return out;
}

function title(s: string): string {
  let out = "";
  let prevCased = false;
  for (const c of s) {
    const lower = c.toLowerCase(), upper = c.toUpperCase();
    const cased = lower !== upper;
    if (cased) {
      out += prevCased ? lower : (c.length === 1 && titleCase(c)) || upper;
      prevCased = true;
    } else {
      out += c;
      prevCased = false;
    }
  }
  return out;
}

/** Characters whose titlecase differs from their uppercase (ligatures, digraphs, Greek with ypogegrammeni). */
const TITLE_SPECIAL: Record<string, string> = {
  "ß": "Ss", "Ǆ": "ǅ", "ǅ": "ǅ", "ǆ": "ǅ", "Ǉ": "ǈ", "ǈ": "ǈ", "ǉ": "ǈ", "Ǌ": "ǋ", "ǋ": "ǋ", "ǌ": "ǋ", "Ǳ": "ǲ", "ǲ": "ǲ", "ǳ": "ǲ",
  "և": "Եւ", "ᾲ": "Ὰͅ", "ᾳ": "ᾼ", "ᾴ": "Άͅ", "ᾷ": "ᾼ͂", "ᾼ": "ᾼ", "ῂ": "Ὴͅ", "ῃ": "ῌ", "ῄ": "Ήͅ", "ῇ": "ῌ͂", "ῌ": "ῌ",
  "ῲ": "Ὼͅ", "ῳ": "ῼ", "ῴ": "Ώͅ", "ῷ": "ῼ͂", "ῼ": "ῼ", "ﬀ": "Ff", "ﬁ": "Fi", "ﬂ": "Fl", "ﬃ": "Ffi", "ﬄ": "Ffl", "ﬅ": "St", "ﬆ": "St",
  "ﬓ": "Մն", "ﬔ": "Մե", "ﬕ": "Մի", "ﬖ": "Վն", "ﬗ": "Մխ",
};

/** The titlecase of `c` where it differs from its uppercase, else "". */
function titleCase(c: string): string {
  const cp = c.codePointAt(0)!;
  // Georgian Mkhedruli letters are their own titlecase (their uppercase is Mtavruli).
  if ((cp >= 0x10d0 && cp <= 0x10fa) || (cp >= 0x10fd && cp <= 0x10ff)) return c;
  // Greek letters with prosgegrammeni: the titlecase form is 8 code points up.
  if (cp >= 0x1f80 && cp <= 0x1faf) return cp & 8 ? c : String.fromCodePoint(cp + 8);
  return TITLE_SPECIAL[c] ?? "";
}

function isUpperCp(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
function isLowerCp(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function startsEnds(args: PyValue[], ends: boolean): boolean {
  const s = S(args[0]);
  const pre = args[1];
  const [start, end, cps] = range(s, args[2], args[3]);
  const us = toUnits(cps, start), ue = toUnits(cps, end);
  const check = (p: PyValue): boolean => {
    if (typeof p !== "string") {
      raise("TypeError", `${ends ? "endswith" : "startswith"} first arg must be str or a tuple of str, not ${typeOf(p).name}`);
    }
    if (start > end) return false;
    const part = s.slice(us, ue);
    return ends ? part.endsWith(p) : part.startsWith(p);
  };
  if (pre instanceof PyTuple) return pre.items.some(check);
  return check(pre);
}

strType.ns.set("__new__", new PyBuiltin("__new__", ctorArity("str", "P0-3", (args, kw) => {
  const cls = args[0] as PyType;
  const obj = args.length > 1 ? args[1] : kw?.get("object");
  let r = "";
  if (obj !== undefined) {
    const enc = args.length > 2 ? args[2] : kw?.get("encoding");
    const errors = args.length > 3 ? args[3] : kw?.get("errors");
    if (enc !== undefined || errors !== undefined) r = strFromBuffer(obj, enc, errors);
    else r = pyStr(obj);
  }
  if (cls === strType) return r;
  const o = new PyStrObj(cls, r);
  if (cls.hasInstanceDict) o.dict = new PyDict();
  return o;
}, ["object", "encoding", "errors"])));
/** `str(obj, encoding, errors)`: decodes a bytes-like object. */
function strFromBuffer(obj: PyValue, enc: PyValue | undefined, errors: PyValue | undefined): string {
  const data = bufferBytes(obj);
  if (typeof obj === "string") raise("TypeError", "decoding str is not supported");
  if (data === undefined) raise("TypeError", `decoding to str: need a bytes-like object, ${typeOf(obj).name} found`);
  const e = enc === undefined ? "utf-8" : argStr(enc, "str() argument 'encoding'");
  return decodeBytes(data, e, errors === undefined ? "strict" : argStr(errors, "str() argument 'errors'"));
}
defMethod(strType, "__len__", (args) => strLen(S(args[0])));
defMethod(strType, "__getitem__", (args) => strGetItem(S(args[0]), args[1]));
defMethod(strType, "__contains__", (args) => {
  const sub = args[1];
  if (typeof sub !== "string") raise("TypeError", `'in <string>' requires string as left operand, not ${typeOf(sub).name}`);
  return S(args[0]).includes(sub);
});
defMethod(strType, "__iter__", (args) => new StrIterator(S(args[0])));
defMethod(strType, "__add__", (args) => {
  const o = strValue(args[1]);
  if (o === undefined) raise("TypeError", `can only concatenate str (not "${typeOf(args[1]).name}") to str`);
  return S(args[0]) + o;
});
function strMul(args: PyValue[]): PyValue {
  const n = asInt(args[1]);
  if (n === undefined) return NotImplemented;
  if (typeof n === "bigint" && (n >= 2n ** 63n || n < -(2n ** 63n))) raise("OverflowError", "cannot fit 'int' into an index-sized integer");
  const k = Number(n);
  if (k <= 0) return "";
  const s = S(args[0]);
  // CPython: OverflowError past sys.maxsize; otherwise a string too big to allocate is a MemoryError.
  if (s.length * k >= 2 ** 63) raise("OverflowError", "repeated string is too long");
  if (s.length * k > 2 ** 29) raise("MemoryError", "");
  return s.repeat(k);
}
defMethod(strType, "__mul__", (args) => {
  const r = strMul(args);
  if (r === NotImplemented) raise("TypeError", `can't multiply sequence by non-int of type '${typeOf(args[1]).name}'`);
  return r;
});
defMethod(strType, "__rmul__", strMul);
defMethod(strType, "__mod__", (args) => percentFormat(S(args[0]), args[1]));
defMethod(strType, "__rmod__", () => NotImplemented);
for (const [n, op] of [["__lt__", 0], ["__le__", 1], ["__eq__", 2], ["__ne__", 3], ["__gt__", 4], ["__ge__", 5]] as const) {
  defMethod(strType, n, (args) => {
    const a = S(args[0]), b = strValue(args[1]);
    if (b === undefined) return NotImplemented;
    switch (op) {
      case 0: return a < b;
      case 1: return a <= b;
      case 2: return a === b;
      case 3: return a !== b;
      case 4: return a > b;
      default: return a >= b;
    }
  });
}
defMethod(strType, "__hash__", (args) => hash(S(args[0])));
defMethod(strType, "__repr__", (args) => strRepr(S(args[0])));
defMethod(strType, "__str__", (args) => S(args[0]));
defMethod(strType, "__hash__", (args) => hash(S(args[0])));
defMethod(strType, "__format__", (args) => {
  const spec = argStr(args[1], "format spec");
  // A subclass instance with an empty spec formats as its str() (maybe a user __str__).
  if (spec === "" && typeof args[0] !== "string") return pyStr(args[0]);
  return formatStrSpec(S(args[0]), spec);
});
defMethod(strType, "__getnewargs__", (args) => newTuple([S(args[0])]));

defMethod(strType, "upper", (args) => S(args[0]).toUpperCase());
defMethod(strType, "lower", (args) => S(args[0]).toLowerCase());
defMethod(strType, "casefold", (args) => S(args[0]).toLowerCase().replace(/ß/g, "ss"));
defMethod(strType, "swapcase", (args) => {
  let out = "";
  for (const c of S(args[0])) out += isUpperCp(c) ? c.toLowerCase() : isLowerCp(c) ? c.toUpperCase() : c;
  return out;
});
defMethod(strType, "capitalize", (args) => {
  const cps = codePoints(S(args[0]));
  if (cps.length === 0) return "";
  return (titleCase(cps[0]) || cps[0].toUpperCase()) + cps.slice(1).join("").toLowerCase();
});
defMethod(strType, "title", (args) => title(S(args[0])));
defMethod(strType, "strip", (args) => stripChars(S(args[0]), args[1], true, true));
defMethod(strType, "lstrip", (args) => stripChars(S(args[0]), args[1], true, false));
defMethod(strType, "rstrip", (args) => stripChars(S(args[0]), args[1], false, true));
defMethod(strType, "split", (args, kw) => {
  checkKw(kw, "split", ["sep", "maxsplit"]);
  const s = S(args[0]);
  return new PyList(strSplit(s, kwArg(args, kw, 1, "sep"), maxsplitOf(kwArg(args, kw, 2, "maxsplit"))));
});
defMethod(strType, "rsplit", (args, kw) => {
  checkKw(kw, "rsplit", ["sep", "maxsplit"]);
  const s = S(args[0]);
  const sep = kwArg(args, kw, 1, "sep");
  const maxsplit = maxsplitOf(kwArg(args, kw, 2, "maxsplit"));
  if (sep === undefined || sep === None) return new PyList(rsplitWs(s, maxsplit));
  const d = strValue(sep);
  if (d === undefined) raise("TypeError", `must be str or None, not ${typeOf(sep).name}`);
  if (d === "") raise("ValueError", "empty separator");
  if (maxsplit < 0) return new PyList(s.split(d));
  const out: string[] = [];
  let j = s.length;
  while (out.length < maxsplit) {
    const i = s.lastIndexOf(d, j - d.length);
    if (i < 0 || j - d.length < 0) break;
    out.push(s.slice(i + d.length, j));
    j = i;
  }
  out.push(s.slice(0, j));
  return new PyList(out.reverse());
});
defMethod(strType, "splitlines", (args, kw) => {
  const ke = kwArg(args, kw, 1, "keepends");
  return new PyList(splitlines(S(args[0]), ke !== undefined && ke !== false && ke !== 0));
});
defMethod(strType, "join", (args) => {
  const sep = S(args[0]);
  if (typeOf(args[1]).lookup("__iter__") === undefined && typeOf(args[1]).lookup("__getitem__") === undefined) raise("TypeError", "can only join an iterable");
  const items = toArray(args[1]);
  for (let i = 0; i < items.length; i++) {
    if (typeof items[i] !== "string") raise("TypeError", `sequence item ${i}: expected str instance, ${typeOf(items[i]).name} found`);
  }
  return (items as string[]).join(sep);
});
defMethod(strType, "replace", (args) => {
  if (args.length < 3) raise("TypeError", `replace expected at least 2 arguments, got ${args.length - 1}`);
  if (args.length > 4) raise("TypeError", `replace expected at most 3 arguments, got ${args.length - 1}`);
  const s = S(args[0]);
  const old = argStr(args[1], "replace() argument 1");
  const nw = argStr(args[2], "replace() argument 2");
  const count = args.length > 3 ? Number(asInt(args[3]) ?? -1) : -1;
  if (count < 0) {
    if (old === "") return nw + codePoints(s).join(nw) + (s.length ? nw : "");
    return s.split(old).join(nw);
  }
  if (old === "") {
    const cps = codePoints(s);
    let out = "";
    let k = 0;
    for (let i = 0; i <= cps.length; i++) {
      if (k < count) {
        out += nw;
        k++;
      }
      if (i < cps.length) out += cps[i];
    }
    return out;
  }
  let out = "";
  let i = 0;
  let k = 0;
  while (k < count) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + nw;
    i = j + old.length;
    k++;
  }
  return out + s.slice(i);
});
defMethod(strType, "find", (args) => find(S(args[0]), argStr(args[1], ""), args[2], args[3]));
defMethod(strType, "rfind", (args) => find(S(args[0]), argStr(args[1], ""), args[2], args[3], true));
defMethod(strType, "index", (args) => {
  const r = find(S(args[0]), argStr(args[1], ""), args[2], args[3]);
  if (r < 0) raise("ValueError", "substring not found");
  return r;
});
defMethod(strType, "rindex", (args) => {
  const r = find(S(args[0]), argStr(args[1], ""), args[2], args[3], true);
  if (r < 0) raise("ValueError", "substring not found");
  return r;
});
defMethod(strType, "count", (args) => {
  const s = S(args[0]);
  const sub = argStr(args[1], "");
  const [start, end, cps] = range(s, args[2], args[3]);
  if (start > end) return 0;
  const part = s.slice(toUnits(cps, start), toUnits(cps, end));
  if (sub === "") return strLen(part) + 1;
  let c = 0;
  for (let i = part.indexOf(sub); i >= 0; i = part.indexOf(sub, i + sub.length)) c++;
  return c;
});
defMethod(strType, "startswith", (args) => startsEnds(args, false));
defMethod(strType, "endswith", (args) => startsEnds(args, true));
function padArgs(args: PyValue[]): [string, number, string] {
  const s = S(args[0]);
  const w = asInt(args[1]);
  if (w === undefined) raise("TypeError", `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
  const fill = args.length > 2 ? argStr(args[2], "The fill character") : " ";
  if (strLen(fill) !== 1) raise("TypeError", "The fill character must be exactly one character long");
  return [s, Number(w), fill];
}
defMethod(strType, "center", (args) => {
  const [s, w, f] = padArgs(args);
  const n = w - strLen(s);
  if (n <= 0) return s;
  const left = Math.floor(n / 2) + (n & w & 1);
  return f.repeat(left) + s + f.repeat(n - left);
});
defMethod(strType, "ljust", (args) => {
  const [s, w, f] = padArgs(args);
  return s + f.repeat(Math.max(0, w - strLen(s)));
});
defMethod(strType, "rjust", (args) => {
  const [s, w, f] = padArgs(args);
  return f.repeat(Math.max(0, w - strLen(s))) + s;
});
defMethod(strType, "zfill", (args) => {
  const s = S(args[0]);
  const w = intArg(args[1]);
  const n = w - strLen(s);
  if (n <= 0) return s;
  if (s[0] === "+" || s[0] === "-") return s[0] + "0".repeat(n) + s.slice(1);
  return "0".repeat(n) + s;
});
defMethod(strType, "partition", (args) => {
  const s = S(args[0]);
  const sep = argStr(args[1], "");
  if (sep === "") raise("ValueError", "empty separator");
  const i = s.indexOf(sep);
  return i < 0 ? newTuple([s, "", ""]) : newTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
});
defMethod(strType, "rpartition", (args) => {
  const s = S(args[0]);
  const sep = argStr(args[1], "");
  if (sep === "") raise("ValueError", "empty separator");
  const i = s.lastIndexOf(sep);
  return i < 0 ? newTuple(["", "", s]) : newTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
});
defMethod(strType, "removeprefix", (args) => {
  const s = S(args[0]), p = argStr(args[1], "removeprefix() argument");
  return p && s.startsWith(p) ? s.slice(p.length) : s;
});
defMethod(strType, "removesuffix", (args) => {
  const s = S(args[0]), p = argStr(args[1], "removesuffix() argument");
  return p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
});
defMethod(strType, "expandtabs", (args, kw) => {
  const s = S(args[0]);
  checkKw(kw, "expandtabs", ["tabsize"]);
  const ts = intArg(kwArg(args, kw, 1, "tabsize") ?? 8);
  let out = "";
  let col = 0;
  for (const c of s) {
    if (c === "\t") {
      if (ts > 0) {
        const n = ts - (col % ts);
        out += " ".repeat(n);
        col += n;
      }
    } else if (c === "\n" || c === "\r") {
      out += c;
      col = 0;
    } else {
      out += c;
      col++;
    }
  }
  return out;
});
const pred = (name: string, f: (s: string) => boolean): void => defMethod(strType, name, (args) => f(S(args[0])));
pred("isdigit", (s) => s.length > 0 && /^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490]+$/u.test(s));
pred("isdecimal", (s) => s.length > 0 && /^\p{Nd}+$/u.test(s));
pred("isnumeric", (s) => s.length > 0 && /^[\p{N}\u3007\u4e00-\u4e00]+$/u.test(s));
pred("isalpha", (s) => s.length > 0 && /^[\p{L}\p{Nl}]+$/u.test(s) && !/[\u2160-\u2188]/.test(s) || (s.length > 0 && /^\p{L}+$/u.test(s)));
pred("isalnum", (s) => s.length > 0 && /^[\p{L}\p{N}]+$/u.test(s));
pred("isspace", (s) => s.length > 0 && [...s].every(isWs));
pred("isascii", (s) => /^[\x00-\x7f]*$/.test(s));
pred("isupper", (s) => {
  let cased = false;
  for (const c of s) {
    if (isLowerCp(c)) return false;
    if (isUpperCp(c)) cased = true;
  }
  return cased;
});
pred("islower", (s) => {
  let cased = false;
  for (const c of s) {
    if (isUpperCp(c)) return false;
    if (isLowerCp(c)) cased = true;
  }
  return cased;
});
pred("istitle", (s) => {
  let cased = false;
  let prev = false;
  for (const c of s) {
    if (isUpperCp(c) || /\p{Lt}/u.test(c)) {
      if (prev) return false;
      prev = true;
      cased = true;
    } else if (isLowerCp(c)) {
      if (!prev) return false;
      prev = true;
      cased = true;
    } else prev = false;
  }
  return cased;
});
pred("isidentifier", (s) => /^[\p{ID_Start}_][\p{ID_Continue}]*$/u.test(s));
pred("isprintable", (s) => {
  for (const c of s) if (!isPrintable(c.codePointAt(0)!)) return false;
  return true;
});
defMethod(strType, "encode", (args, kw) => {
  const s = S(args[0]);
  const enc = kwArg(args, kw, 1, "encoding") ?? "utf-8";
  const errors = kwArg(args, kw, 2, "errors") ?? "strict";
  const bytes = encodeStr(s, argStr(enc, "encode() argument 'encoding'"), argStr(errors, "encode() argument 'errors'"));
  return call(bytesCtor(), [new PyList(Array.from(bytes))]);
});
import { rt } from "../runtime.js";
function bytesCtor(): PyValue {
  return rt().builtins.getStr("bytes")!;
}
defMethod(strType, "format", (args, kw) => strFormat(S(args[0]), args.slice(1), kw));
defMethod(strType, "format_map", (args) => strFormat(S(args[0]), [], null, args[1]));
defMethod(strType, "translate", (args) => {
  const table = args[1];
  let out = "";
  for (const c of S(args[0])) {
    let v: PyValue | undefined;
    try {
      v = getItem(table, c.codePointAt(0)!);
    } catch (e) {
      if (isException(e) && (e.cls.name === "LookupError" || e.cls.name === "KeyError" || e.cls.name === "IndexError")) v = undefined;
      else throw e;
    }
    if (v === undefined) out += c;
    else if (v === None) continue;
    else if (typeof v === "string") out += v;
    else {
      const n = asInt(v);
      if (n === undefined) raise("TypeError", "character mapping must return integer, None or str");
      out += String.fromCodePoint(Number(n));
    }
  }
  return out;
});
strType.ns.set("maketrans", new PyStaticMethod(new PyBuiltin("maketrans", withArity("str", "maketrans", (args) => {
  const d = new PyDict();
  if (args.length === 1) {
    const src = args[0];
    if (!(src instanceof PyDict)) raise("TypeError", "if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of src.entries()) {
      if (typeof k === "string") {
        if (strLen(k) !== 1) raise("ValueError", "string keys in translate table must be of length 1");
        d.set(k.codePointAt(0)!, v);
      } else d.set(k, v);
    }
    return d;
  }
  const x = codePoints(argStr(args[0], "maketrans() argument 1"));
  const y = codePoints(argStr(args[1], "maketrans() argument 2"));
  if (x.length !== y.length) raise("ValueError", "the first two maketrans arguments must have equal length");
  for (let i = 0; i < x.length; i++) d.set(x[i].codePointAt(0)!, y[i].codePointAt(0)!);
  if (args.length > 2) for (const c of codePoints(argStr(args[2], "maketrans() argument 3"))) d.set(c.codePointAt(0)!, None);
  return d;
}, 0))));
void repr;
void pyFormat;

// `str * obj` where obj has __index__ (CPython's sq_repeat takes any index).
function indexArgs(args: PyValue[]): PyValue[] {
  const k = args[1];
  if (asInt(k) !== undefined || typeOf(k).lookup("__index__") === undefined) return args;
  return [args[0], indexOf(k)];
}
const strMulSlot = strType.ns.get("__mul__") as PyBuiltin;
const strRmulSlot = strType.ns.get("__rmul__") as PyBuiltin;
defMethod(strType, "__mul__", (args, kw) => strMulSlot.fn(indexArgs(args), kw));
defMethod(strType, "__rmul__", (args, kw) => strRmulSlot.fn(indexArgs(args), kw));
