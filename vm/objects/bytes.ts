// bytes and bytearray over Uint8Array.
import { latin1String } from "./latin1.js";
import { encodeStr } from "./codecs.js";
import { withArity, ctorArity } from "./arity.js";
import { PyObject, PyType, makeBuiltinType, NotImplemented, None, typeOf, type PyValue } from "./object.js";
import { PyList } from "./list.js";
import { PySlice } from "./slice.js";
import { PyTuple, newTuple } from "./tuple.js";
import { PyIterator, makeIteratorType } from "./iterator.js";
import { PyBuiltin, defMethod, PyClassMethod } from "./function.js";
import { raise } from "../raise.js";
import { toArray, indexOf, hash } from "../ops.js";
import { asInt } from "./int.js";
import { setBytesFactory } from "./factories.js";
import { seqCompare } from "./sequence.js";
import { hashStr } from "../numeric/hash.js";

/** `bytes`. */
export const bytesType: PyType = makeBuiltinType("bytes", undefined, (cls) => new PyBytes(new Uint8Array(0), cls));
/** `bytearray`. */
export const bytearrayType: PyType = makeBuiltinType("bytearray", undefined, (cls) => new PyBytes(new Uint8Array(0), cls));
const bytesIterType = makeIteratorType("bytes_iterator");

/** A bytes or bytearray object. */
export class PyBytes extends PyObject {
  /** The contents (replaced, not resized, when a bytearray grows). */
  data: Uint8Array;
  constructor(data: Uint8Array, cls: PyType = bytesType) {
    super(cls);
    this.data = data;
  }
}

/** An object other than bytes/bytearray that exports a buffer of bytes (memoryview). */
export abstract class PyBufferView extends PyObject {
  /** A copy of the bytes the view shows. */
  abstract viewBytes(): Uint8Array;
}

/** The bytes of a bytes-like object (bytes, bytearray, memoryview), or undefined. */
export function bufferBytes(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.data;
  if (v instanceof PyBufferView) return v.viewBytes();
  return undefined;
}

/** A new bytes object. */
export function makeBytes(data: Uint8Array): PyBytes {
  return new PyBytes(data);
}
setBytesFactory(makeBytes);

function B(v: PyValue): PyBytes {
  if (!(v instanceof PyBytes)) raise("TypeError", `descriptor requires a 'bytes' object but received a '${typeOf(v).name}'`);
  return v;
}

const bytesLike = bufferBytes;

function fromValue(v: PyValue, enc?: PyValue, errors?: PyValue): Uint8Array {
  if (typeof v === "string") {
    if (enc === undefined) raise("TypeError", "string argument without an encoding");
    if (typeof enc !== "string") raise("TypeError", `encode() argument 'encoding' must be str, not ${typeOf(enc).name}`);
    return encodeStr(v, enc, typeof errors === "string" ? errors : "strict");
  }
  if (enc !== undefined) raise("TypeError", "encoding without a string argument");
  const n = asInt(v);
  if (n !== undefined) {
    if (n < 0) raise("ValueError", "negative count");
    return new Uint8Array(Number(n));
  }
  const b = bytesLike(v);
  if (b) return b.slice();
  if (typeOf(v).lookup("__iter__") === undefined && typeOf(v).lookup("__getitem__") === undefined) {
    raise("TypeError", `cannot convert '${typeOf(v).name}' object to bytes`);
  }
  const items = toArray(v);
  const out = new Uint8Array(items.length);
  items.forEach((x, i) => {
    const k = asInt(x);
    if (k === undefined) raise("TypeError", `'${typeOf(x).name}' object cannot be interpreted as an integer`);
    if (k < 0 || k > 255) raise("ValueError", "bytes must be in range(0, 256)");
    out[i] = Number(k);
  });
  return out;
}

/** repr of bytes content: b'...'. */
export function bytesRepr(d: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of d) {
    if (c === 39) hasSingle = true;
    if (c === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let s = "b" + q;
  for (const c of d) {
    if (c === 92) s += "\\\\";
    else if (c === q.charCodeAt(0)) s += "\\" + q;
    else if (c === 10) s += "\\n";
    else if (c === 13) s += "\\r";
    else if (c === 9) s += "\\t";
    else if (c < 32 || c >= 127) s += "\\x" + c.toString(16).padStart(2, "0");
    else s += String.fromCharCode(c);
  }
  return s + q;
}

class BytesIter extends PyIterator {
  private i = 0;
  constructor(private readonly b: PyBytes) {
    super(bytesIterType);
  }
  override next(): PyValue | undefined {
    return this.i < this.b.data.length ? this.b.data[this.i++] : undefined;
  }
}

/**
 * `ba += more` for a bytearray: appends in place into a backing buffer this object owns and
 * doubles, so a loop of appends is linear. `data` stays an exact-length view of that buffer.
 */
function appendTo(ba: PyBytes, more: Uint8Array): void {
  const n = ba.data.length, need = n + more.length;
  let buf = ownBuffers.get(ba);
  if (buf === undefined || ba.data.buffer !== buf || ba.data.byteOffset !== 0 || buf.byteLength < need) {
    buf = new ArrayBuffer(Math.max(16, need * 2));
    new Uint8Array(buf).set(ba.data);
    ownBuffers.set(ba, buf);
  }
  new Uint8Array(buf).set(more, n);
  ba.data = new Uint8Array(buf, 0, need);
}
const ownBuffers = new WeakMap<PyBytes, ArrayBuffer>();

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}

function indexOfBytes(h: Uint8Array, n: Uint8Array, from = 0): number {
  outer: for (let i = from; i + n.length <= h.length; i++) {
    for (let j = 0; j < n.length; j++) if (h[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}

function needle(v: PyValue): Uint8Array {
  const b = bytesLike(v);
  if (b) return b;
  const n = asInt(v);
  if (n !== undefined) return new Uint8Array([Number(n)]);
  raise("TypeError", `a bytes-like object is required, not '${typeOf(v).name}'`);
}

for (const t of [bytesType, bytearrayType]) {
  const mk = (d: Uint8Array): PyBytes => new PyBytes(d, t);
  t.ns.set("__new__", new PyBuiltin("__new__", ctorArity(t.name, "P0-3", (args, kw) => {
    const cls = args[0] as PyType;
    const src = args.length > 1 ? args[1] : kw?.get("source");
    const enc = args.length > 2 ? args[2] : kw?.get("encoding");
    const errors = args.length > 3 ? args[3] : kw?.get("errors");
    return new PyBytes(src === undefined ? new Uint8Array(0) : fromValue(src, enc, errors), cls);
  }, ["source", "encoding", "errors"])));
  defMethod(t, "__len__", (args) => B(args[0]).data.length);
  defMethod(t, "__getitem__", (args) => {
    const d = B(args[0]).data;
    const k = args[1];
    if (k instanceof PySlice) {
      const [start, , step, n] = k.indices(d.length);
      const out = new Uint8Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = d[j];
      return mk(out);
    }
    let i = indexOf(k, "byte indices");
    if (i < 0) i += d.length;
    if (i < 0 || i >= d.length) raise("IndexError", `${t.name === "bytes" ? "index" : "bytearray index"} out of range`);
    return d[i];
  });
  defMethod(t, "__iter__", (args) => new BytesIter(B(args[0])));
  defMethod(t, "__contains__", (args) => {
    const d = B(args[0]).data;
    if (asInt(args[1]) !== undefined) return d.includes(byteValue(args[1]));
    return indexOfBytes(d, needle(args[1])) >= 0;
  });
  defMethod(t, "__repr__", (args) => {
    const b = B(args[0]);
    const r = bytesRepr(b.data);
    // bytearray's repr names the (sub)class: `MyArray(b'..')`.
    return t === bytesType ? r : `${b.cls.name}(${r})`;
  });
  defMethod(t, "__add__", (args) => {
    const o = bytesLike(args[1]);
    if (!o) raise("TypeError", `can't concat ${typeOf(args[1]).name} to ${t.name}`);
    return mk(concat(B(args[0]).data, o));
  });
  defMethod(t, "__mul__", (args) => {
    const n = asInt(args[1]);
    if (n === undefined) return NotImplemented;
    const d = B(args[0]).data;
    const out = new Uint8Array(Math.max(0, Number(n)) * d.length);
    for (let i = 0; i < Number(n); i++) out.set(d, i * d.length);
    return mk(out);
  });
  defMethod(t, "__rmul__", (args) => {
    const n = asInt(args[1]);
    if (n === undefined) return NotImplemented;
    const d = B(args[0]).data;
    const out = new Uint8Array(Math.max(0, Number(n)) * d.length);
    for (let i = 0; i < Number(n); i++) out.set(d, i * d.length);
    return mk(out);
  });
  for (const [n, op] of [["__lt__", 0], ["__le__", 1], ["__eq__", 2], ["__ne__", 3], ["__gt__", 4], ["__ge__", 5]] as const) {
    defMethod(t, n, (args) => {
      const o = bytesLike(args[1]);
      if (!o) return NotImplemented;
      return seqCompare(Array.from(B(args[0]).data), Array.from(o), op);
    });
  }
  defMethod(t, "hex", (args) => Array.from(B(args[0]).data, (c) => c.toString(16).padStart(2, "0")).join(""));
  defMethod(t, "find", (args) => indexOfBytes(B(args[0]).data, needle(args[1])));
  defMethod(t, "count", (args) => {
    const d = B(args[0]).data, n = needle(args[1]);
    let c = 0;
    for (let i = indexOfBytes(d, n); i >= 0; i = indexOfBytes(d, n, i + Math.max(1, n.length))) c++;
    return c;
  });
  defMethod(t, "startswith", (args) => {
    const d = B(args[0]).data;
    const check = (p: PyValue) => {
      const n = needle(p);
      return n.every((c, i) => d[i] === c) && n.length <= d.length;
    };
    return args[1] instanceof PyTuple ? args[1].items.some(check) : check(args[1]);
  });
  defMethod(t, "endswith", (args) => {
    const d = B(args[0]).data;
    const check = (p: PyValue) => {
      const n = needle(p);
      return n.length <= d.length && n.every((c, i) => d[d.length - n.length + i] === c);
    };
    return args[1] instanceof PyTuple ? args[1].items.some(check) : check(args[1]);
  });
  defMethod(t, "join", (args) => {
    const sep = B(args[0]).data;
    const parts = toArray(args[1]).map((x, i) => {
      const b = bytesLike(x);
      if (!b) raise("TypeError", `sequence item ${i}: expected a bytes-like object, ${typeOf(x).name} found`);
      return b;
    });
    let out: Uint8Array = new Uint8Array(0);
    parts.forEach((p, i) => {
      if (i > 0) out = concat(out, sep);
      out = concat(out, p);
    });
    return mk(out);
  });
  defMethod(t, "upper", (args) => mk(B(args[0]).data.map((c) => (c >= 97 && c <= 122 ? c - 32 : c))));
  defMethod(t, "lower", (args) => mk(B(args[0]).data.map((c) => (c >= 65 && c <= 90 ? c + 32 : c))));
  defMethod(t, "strip", (args) => {
    const d = B(args[0]).data;
    const chars = args.length > 1 && args[1] !== None ? needle(args[1]) : new Uint8Array([32, 9, 10, 13, 11, 12]);
    let a = 0, b = d.length;
    while (a < b && chars.includes(d[a])) a++;
    while (b > a && chars.includes(d[b - 1])) b--;
    return mk(d.slice(a, b));
  });
  defMethod(t, "split", (args) => {
    const d = B(args[0]).data;
    const out: PyValue[] = [];
    if (args.length < 2 || args[1] === None) {
      let i = 0;
      while (i < d.length) {
        while (i < d.length && [32, 9, 10, 13, 11, 12].includes(d[i])) i++;
        if (i >= d.length) break;
        let j = i;
        while (j < d.length && ![32, 9, 10, 13, 11, 12].includes(d[j])) j++;
        out.push(mk(d.slice(i, j)));
        i = j;
      }
      return new PyList(out);
    }
    const sep = needle(args[1]);
    let i = 0;
    for (let j = indexOfBytes(d, sep); j >= 0; j = indexOfBytes(d, sep, i)) {
      out.push(mk(d.slice(i, j)));
      i = j + sep.length;
    }
    out.push(mk(d.slice(i)));
    return new PyList(out);
  });
  defMethod(t, "replace", (args) => {
    const d = B(args[0]).data, old = needle(args[1]), nw = needle(args[2]);
    const out: number[] = [];
    let i = 0;
    while (i < d.length) {
      if (old.length > 0 && indexOfBytes(d.subarray(i, i + old.length), old) === 0) {
        for (let k = 0; k < nw.length; k++) out.push(nw[k]);
        i += old.length;
      } else out.push(d[i++]);
    }
    return mk(new Uint8Array(out));
  });
  t.ns.set("fromhex", new PyClassMethod(new PyBuiltin("fromhex", withArity(t.name, "fromhex", (args) => {
    if (typeof args[1] !== "string") raise("TypeError", `fromhex() argument must be str, not ${typeOf(args[1]).name}`);
    return new PyBytes(parseHex(args[1]), args[0] as PyType);
  }), true)));
}
/** bytes.fromhex: pairs of hex digits, ASCII whitespace allowed between the pairs only. */
function parseHex(s: string): Uint8Array {
  const out: number[] = [];
  const bad = (i: number): never => raise("ValueError", `non-hexadecimal number found in fromhex() arg at position ${i}`);
  const digit = (i: number): number => {
    const v = i < s.length && /[0-9a-fA-F]/.test(s[i]) ? parseInt(s[i], 16) : -1;
    return v < 0 ? bad(i) : v;
  };
  for (let i = 0; i < s.length; ) {
    if (" \t\n\r\v\f".includes(s[i])) {
      i++;
      continue;
    }
    const hi = digit(i);
    out.push(hi * 16 + digit(i + 1));
    i += 2;
  }
  return new Uint8Array(out);
}

/** An int argument that must be a byte value (bytearray items, `in`). */
export function byteValue(v: PyValue): number {
  const n = asInt(v);
  if (n === undefined) raise("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (n < 0 || n > 255) raise("ValueError", "byte must be in range(0, 256)");
  return Number(n);
}

defMethod(bytesType, "__hash__", (args) => hashStr(latin1String(B(args[0]).data)));
bytearrayType.ns.set("__hash__", None);
defMethod(bytearrayType, "append", (args) => {
  const b = B(args[0]);
  appendTo(b, new Uint8Array([byteValue(args[1])]));
  return None;
});
defMethod(bytearrayType, "extend", (args) => {
  appendTo(B(args[0]), fromValue(args[1]));
  return None;
});
defMethod(bytearrayType, "pop", (args) => {
  const b = B(args[0]);
  if (b.data.length === 0) raise("IndexError", "pop from empty bytearray");
  let i = args.length > 1 ? indexOf(args[1]) : b.data.length - 1;
  if (i < 0) i += b.data.length;
  const v = b.data[i];
  b.data = concat(b.data.slice(0, i), b.data.slice(i + 1));
  return v;
});
defMethod(bytearrayType, "__setitem__", (args) => {
  const b = B(args[0]);
  let i = indexOf(args[1]);
  if (i < 0) i += b.data.length;
  if (i < 0 || i >= b.data.length) raise("IndexError", "bytearray index out of range");
  b.data[i] = byteValue(args[2]);
  return None;
});
void hash;
void newTuple;
