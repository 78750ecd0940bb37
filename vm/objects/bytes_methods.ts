// The rest of the bytes / bytearray methods. Most of them run the matching str method over a
// string holding one character per byte: ASCII bytes map to themselves, and the bytes that str
// would treat differently from bytes (0x1c-0x1f, which str counts as whitespace and line
// breaks, and everything >= 0x80, which str knows letters, digits and spaces among) map to
// private-use characters U+E000 + byte, which str treats as neither. So case mapping,
// predicates, whitespace splitting and stripping act on ASCII only, as bytes' do.
import { withArity } from "./arity.js";
import { PyType, None, typeOf, type PyValue } from "./object.js";
import { PyList } from "./list.js";
import { PyTuple, newTuple } from "./tuple.js";
import { PyBuiltin, defMethod, PyStaticMethod } from "./function.js";
import { PySlice } from "./slice.js";
import { raise } from "../raise.js";
import { call, getAttr, toArray, indexOf, lookupSpecial, repr } from "../ops.js";
import { percentFormat } from "./percent.js";
import { ascii } from "../interp_helpers.js";
import { asInt } from "./int.js";
import { bytesType, bytearrayType, PyBytes, byteValue, bufferBytes } from "./bytes.js";
import { decodeBytes } from "./codecs.js";

/** Bytes to the private string encoding described above. */
function enc(d: Uint8Array): string {
  let s = "";
  for (let i = 0; i < d.length; i++) {
    const c = d[i];
    s += c < 0x80 && (c < 0x1c || c > 0x1f) ? String.fromCharCode(c) : String.fromCharCode(0xe000 + c);
  }
  return s;
}

/** The private string encoding back to bytes. */
function dec(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c >= 0xe000 ? c - 0xe000 : c;
  }
  return out;
}

function B(v: PyValue, t: PyType): PyBytes {
  if (!(v instanceof PyBytes)) raise("TypeError", `descriptor requires a '${t.name}' object but received a '${typeOf(v).name}'`);
  return v;
}

function bytesArg(v: PyValue): string {
  const d = bufferBytes(v);
  if (d !== undefined) return enc(d);
  raise("TypeError", `a bytes-like object is required, not '${typeOf(v).name}'`);
}

/** A sub-sequence argument that may also be an int (find, count, index, ...). */
function subArg(v: PyValue): string {
  const d = bufferBytes(v);
  if (d !== undefined) return enc(d);
  const n = asInt(v);
  if (n !== undefined && typeof v !== "boolean") {
    if (n < 0 || n > 255) raise("ValueError", "byte must be in range(0, 256)");
    return enc(new Uint8Array([Number(n)]));
  }
  raise("TypeError", `argument should be integer or bytes-like object, not '${typeOf(v).name}'`);
}

function fillArg(v: PyValue, name: string): string {
  if (v instanceof PyBytes && v.data.length === 1) return enc(v.data);
  raise("TypeError", `${name}() argument 2 must be a byte string of length 1, not ${v instanceof PyBytes ? "bytes" : typeOf(v).name}`);
}

for (const t of [bytesType, bytearrayType]) {
  const mk = (s: string): PyBytes => new PyBytes(dec(s), t);
  const out = (v: PyValue): PyValue => {
    if (typeof v === "string") return mk(v);
    if (v instanceof PyList) return new PyList(v.items.map(out));
    if (v instanceof PyTuple) return newTuple(v.items.map(out));
    return v;
  };
  /** Delegates to str.<name>; `conv` converts each positional argument. */
  const delegate = (name: string, conv: ((v: PyValue, i: number) => PyValue)[], kwNames: Record<string, (v: PyValue) => PyValue> = {}) => {
    defMethod(t, name, (args, kw) => {
      const self = enc(B(args[0], t).data);
      const a = args.slice(1).map((v, i) => (i < conv.length && v !== None ? conv[i](v, i) : v));
      let k: Map<string, PyValue> | null = null;
      if (kw && kw.size) {
        k = new Map();
        for (const [key, v] of kw) k.set(key, kwNames[key] && v !== None ? kwNames[key](v) : v);
      }
      return out(call(getAttr(self, name), a, k));
    });
  };
  const same = (v: PyValue) => v;
  const prefixArg = (v: PyValue): PyValue => (v instanceof PyTuple ? newTuple(v.items.map(bytesArg)) : bytesArg(v));
  for (const n of ["find", "rfind", "count"]) delegate(n, [subArg]);
  for (const n of ["index", "rindex"]) {
    defMethod(t, n, (args) => {
      const self = enc(B(args[0], t).data);
      const a = args.slice(1).map((v, i) => (i === 0 ? subArg(v) : v));
      const r = call(getAttr(self, n === "index" ? "find" : "rfind"), a);
      if (r === -1) raise("ValueError", "subsection not found");
      return r;
    });
  }
  for (const n of ["startswith", "endswith"]) delegate(n, [prefixArg]);
  for (const n of ["partition", "rpartition", "removeprefix", "removesuffix"]) delegate(n, [bytesArg]);
  delegate("replace", [bytesArg, bytesArg]);
  for (const n of ["split", "rsplit"]) delegate(n, [bytesArg], { sep: bytesArg });
  for (const n of ["strip", "lstrip", "rstrip"]) delegate(n, [bytesArg]);
  for (const n of ["center", "ljust", "rjust"]) delegate(n, [same, (v) => fillArg(v, n)]);
  for (const n of ["zfill", "expandtabs", "upper", "lower", "swapcase", "title", "capitalize",
    "isalpha", "isalnum", "isdigit", "isspace", "islower", "isupper", "istitle", "isascii"]) delegate(n, []);
  defMethod(t, "isascii", (args) => B(args[0], t).data.every((c) => c < 0x80));
  defMethod(t, "splitlines", (args, kw) => {
    const d = B(args[0], t).data;
    const keep = (args.length > 1 && args[1] !== false && args[1] !== 0) || (kw?.get("keepends") ?? false) === true;
    const res: PyValue[] = [];
    let i = 0;
    while (i < d.length) {
      let j = i;
      while (j < d.length && d[j] !== 10 && d[j] !== 13) j++;
      let e = j;
      if (j < d.length) e = d[j] === 13 && d[j + 1] === 10 ? j + 2 : j + 1;
      res.push(new PyBytes(d.slice(i, keep ? e : j), t));
      i = e;
    }
    return new PyList(res);
  });
  defMethod(t, "translate", (args, kw) => {
    const d = B(args[0], t).data;
    const table = args.length > 1 ? args[1] : None;
    const delArg = args.length > 2 ? args[2] : kw?.get("delete");
    let tab: Uint8Array | null = null;
    if (table !== None) {
      if (!(table instanceof PyBytes)) raise("TypeError", `a bytes-like object is required, not '${typeOf(table).name}'`);
      if (table.data.length !== 256) raise("ValueError", "translation table must be 256 characters long");
      tab = table.data;
    }
    const del = delArg === undefined ? new Uint8Array(0) : dec(bytesArg(delArg));
    const res: number[] = [];
    for (const c of d) if (!del.includes(c)) res.push(tab ? tab[c] : c);
    return new PyBytes(new Uint8Array(res), t);
  });
  t.ns.set("maketrans", new PyStaticMethod(new PyBuiltin("maketrans", withArity(t.name, "maketrans", (args) => {
    const a = dec(bytesArg(args[0])), b = dec(bytesArg(args[1]));
    if (a.length !== b.length) raise("ValueError", "maketrans arguments must have same length");
    const tab = new Uint8Array(256);
    for (let i = 0; i < 256; i++) tab[i] = i;
    for (let i = 0; i < a.length; i++) tab[a[i]] = b[i];
    return new PyBytes(tab, bytesType);
  }, 0))));
  defMethod(t, "hex", (args, kw) => {
    const d = B(args[0], t).data;
    const hx = Array.from(d, (c) => c.toString(16).padStart(2, "0"));
    const sepV = args.length > 1 ? args[1] : kw?.get("sep");
    if (sepV === undefined || sepV === None) return hx.join("");
    const sep = sepV instanceof PyBytes ? enc(sepV.data) : String(sepV);
    if (sep.length !== 1) raise("ValueError", "sep must be length 1.");
    const per = Number(asInt(args.length > 2 ? args[2] : kw?.get("bytes_per_sep") ?? 1) ?? 1);
    if (per === 0) return hx.join("");
    const n = Math.abs(per);
    const groups: string[] = [];
    if (per > 0) {
      // Groups are counted from the right.
      let end = hx.length;
      while (end > 0) {
        groups.unshift(hx.slice(Math.max(0, end - n), end).join(""));
        end -= n;
      }
    } else {
      for (let i = 0; i < hx.length; i += n) groups.push(hx.slice(i, i + n).join(""));
    }
    return groups.join(sep);
  });
  defMethod(t, "__mod__", (args) => mk(percentFormat(enc(B(args[0], t).data), args[1], bytesPercentItem)));
  defMethod(t, "decode", (args, kw) => {
    const encName = args.length > 1 ? args[1] : kw?.get("encoding") ?? "utf-8";
    const errors = args.length > 2 ? args[2] : kw?.get("errors") ?? "strict";
    if (typeof encName !== "string") raise("TypeError", `decode() argument 'encoding' must be str, not ${typeOf(encName).name}`);
    if (typeof errors !== "string") raise("TypeError", `decode() argument 'errors' must be str, not ${typeOf(errors).name}`);
    return decodeBytes(B(args[0], t).data, encName, errors);
  });
}

/** One `%s %b %r %a %c` item of bytes formatting, in the private string encoding. */
function bytesPercentItem(v: PyValue, conv: string): string {
  if (conv === "r" || conv === "a") return ascii(repr(v));
  if (conv === "c") {
    if (v instanceof PyBytes && v.data.length === 1) return enc(v.data);
    const n = asInt(v);
    if (n === undefined || n < 0 || n > 255) raise(n === undefined ? "TypeError" : "OverflowError", n === undefined ? "%c requires an integer in range(256) or a single byte" : "%c arg not in range(256)");
    return enc(new Uint8Array([Number(n)]));
  }
  const d = bufferBytes(v);
  if (d !== undefined) return enc(d);
  const m = lookupSpecial(v, "__bytes__");
  if (m !== undefined) {
    const r = call(m, [v]);
    if (r instanceof PyBytes) return enc(r.data);
  }
  raise("TypeError", `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`);
}

const BA = bytearrayType;
function ba(v: PyValue): PyBytes {
  return B(v, BA);
}
const byteVal = byteValue;
function bytesOf(v: PyValue): Uint8Array {
  const d = bufferBytes(v);
  if (d !== undefined) return d;
  if (typeof v === "string") raise("TypeError", "can't extend bytearray with str");
  if (asInt(v) !== undefined) raise("TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  return Uint8Array.from(toArray(v).map(byteVal));
}
defMethod(BA, "insert", (args) => {
  const b = ba(args[0]);
  let i = indexOf(args[1]);
  const v = byteVal(args[2]);
  const n = b.data.length;
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  const r = new Uint8Array(n + 1);
  r.set(b.data.subarray(0, i));
  r[i] = v;
  r.set(b.data.subarray(i), i + 1);
  b.data = r;
  return None;
});
defMethod(BA, "remove", (args) => {
  const b = ba(args[0]);
  const v = byteVal(args[1]);
  const i = b.data.indexOf(v);
  if (i < 0) raise("ValueError", "value not found in bytearray");
  const r = new Uint8Array(b.data.length - 1);
  r.set(b.data.subarray(0, i));
  r.set(b.data.subarray(i + 1), i);
  b.data = r;
  return None;
});
defMethod(BA, "reverse", (args) => {
  ba(args[0]).data.reverse();
  return None;
});
defMethod(BA, "clear", (args) => {
  ba(args[0]).data = new Uint8Array(0);
  return None;
});
defMethod(BA, "copy", (args) => new PyBytes(ba(args[0]).data.slice(), BA));
defMethod(BA, "__iadd__", (args) => {
  const b = ba(args[0]);
  const o = args[1];
  if (!(o instanceof PyBytes)) raise("TypeError", `can't concat ${typeOf(o).name} to bytearray`);
  const r = new Uint8Array(b.data.length + o.data.length);
  r.set(b.data);
  r.set(o.data, b.data.length);
  b.data = r;
  return b;
});
defMethod(BA, "__delitem__", (args) => {
  const b = ba(args[0]);
  const k = args[1];
  const n = b.data.length;
  if (k instanceof PySlice) {
    const [start, , step, cnt] = k.indices(n);
    const drop = new Set<number>();
    for (let i = 0, j = start; i < cnt; i++, j += step) drop.add(j);
    b.data = b.data.filter((_, i) => !drop.has(i));
    return None;
  }
  let i = indexOf(k);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise("IndexError", "bytearray index out of range");
  b.data = b.data.filter((_, j) => j !== i);
  return None;
});
const baSetItem = BA.ns.get("__setitem__");
defMethod(BA, "__setitem__", (args) => {
  const b = ba(args[0]);
  const k = args[1];
  if (k instanceof PySlice) {
    const n = b.data.length;
    const src = bytesOf(args[2]);
    const [start, stop, step, cnt] = k.indices(n);
    if (step === 1) {
      const hi = Math.max(start, stop);
      const r = new Uint8Array(start + src.length + (n - hi));
      r.set(b.data.subarray(0, start));
      r.set(src, start);
      r.set(b.data.subarray(hi), start + src.length);
      b.data = r;
      return None;
    }
    if (src.length !== cnt) raise("ValueError", `attempt to assign bytes of size ${src.length} to extended slice of size ${cnt}`);
    for (let i = 0, j = start; i < cnt; i++, j += step) b.data[j] = src[i];
    return None;
  }
  return call(baSetItem!, args);
});
