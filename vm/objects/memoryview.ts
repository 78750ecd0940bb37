// memoryview: a one-dimensional view of a bytes or bytearray object (slicing with steps,
// casting to the struct formats of fixed-size numbers, release and the context manager).
import { ctorArity } from "./arity.js";
import { makeBuiltinType, NotImplemented, None, typeOf, type PyValue, PyType } from "./object.js";
import { PyBytes, PyBufferView, bytesType, bytearrayType, bufferBytes } from "./bytes.js";
import { PyBuiltin, defMethod, defGetSet } from "./function.js";
import { PySlice } from "./slice.js";
import { newTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { PyFloat } from "./float.js";
import { PyIterator, makeIteratorType } from "./iterator.js";
import { raise } from "../raise.js";
import { indexOf, identity, eq, hash, call } from "../ops.js";
import { asInt } from "./int.js";

/** `memoryview` (not subclassable, like CPython's). */
export const memoryviewType: PyType = makeBuiltinType("memoryview", undefined, null, false);
const memIterType = makeIteratorType("memory_iterator");

/** Item sizes of the formats memoryview.cast accepts (native byte order, which is little-endian here). */
const ITEMSIZE: Record<string, number> = { B: 1, b: 1, c: 1, "?": 1, H: 2, h: 2, I: 4, i: 4, L: 8, l: 8, Q: 8, q: 8, N: 8, n: 8, f: 4, d: 8 };

/** A view of `base`'s bytes: `length` items of `itemsize` bytes, `step` items apart, from `offset`. */
export class PyMemoryView extends PyBufferView {
  released = false;
  constructor(
    readonly base: PyBytes,
    readonly offset: number,
    readonly length: number,
    readonly step: number,
    readonly format: string,
    readonly readonly: boolean,
  ) {
    super(memoryviewType);
  }
  get itemsize(): number {
    return ITEMSIZE[this.format];
  }
  /** Raises unless the view is still usable. */
  live(): this {
    if (this.released) raise("ValueError", "operation forbidden on released memoryview object");
    return this;
  }
  /** Byte offset of item i (0 <= i < length) in base.data. */
  pos(i: number): number {
    return this.offset + i * this.step * this.itemsize;
  }
  viewBytes(): Uint8Array {
    this.live();
    const n = this.itemsize;
    const out = new Uint8Array(this.length * n);
    const d = this.base.data;
    for (let i = 0; i < this.length; i++) out.set(d.subarray(this.pos(i), this.pos(i) + n), i * n);
    return out;
  }
  item(i: number): PyValue {
    return unpack(this.format, new DataView(this.base.data.buffer, this.base.data.byteOffset + this.pos(i), this.itemsize));
  }
  items(): PyValue[] {
    this.live();
    return Array.from({ length: this.length }, (_, i) => this.item(i));
  }
}

function unpack(fmt: string, dv: DataView): PyValue {
  switch (fmt) {
    case "B": return dv.getUint8(0);
    case "b": return dv.getInt8(0);
    case "c": return new PyBytes(new Uint8Array([dv.getUint8(0)]), bytesType);
    case "?": return dv.getUint8(0) !== 0;
    case "H": return dv.getUint16(0, true);
    case "h": return dv.getInt16(0, true);
    case "I": return dv.getUint32(0, true);
    case "i": return dv.getInt32(0, true);
    case "f": return new PyFloat(dv.getFloat32(0, true));
    case "d": return new PyFloat(dv.getFloat64(0, true));
    case "Q": case "L": case "N": return norm(dv.getBigUint64(0, true));
    default: return norm(dv.getBigInt64(0, true));
  }
}

function norm(v: bigint): PyValue {
  return v >= -(2n ** 53n) + 1n && v <= 2n ** 53n - 1n ? Number(v) : v;
}

/** Writes `v` as one item of `fmt` (CPython's messages for values of the wrong type or range). */
function pack(fmt: string, dv: DataView, v: PyValue): void {
  if (fmt === "f" || fmt === "d") {
    const x = v instanceof PyFloat ? v.value : asInt(v);
    if (x === undefined) raise("TypeError", `memoryview: invalid type for format '${fmt}'`);
    if (fmt === "f") dv.setFloat32(0, Number(x), true);
    else dv.setFloat64(0, Number(x), true);
    return;
  }
  if (fmt === "c") {
    const b = bufferBytes(v);
    if (b === undefined || b.length !== 1) raise("ValueError", `memoryview: invalid value for format '${fmt}'`);
    dv.setUint8(0, b[0]);
    return;
  }
  if (fmt === "?") {
    dv.setUint8(0, v === true || (v !== false && asInt(v) !== 0 && asInt(v) !== undefined) ? 1 : 0);
    return;
  }
  const n = asInt(v);
  if (n === undefined || typeof v === "boolean") raise("TypeError", `memoryview: invalid type for format '${fmt}'`);
  const bits = BigInt(8 * ITEMSIZE[fmt]);
  const signed = fmt === fmt.toLowerCase();
  const b = BigInt(n);
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (b < lo || b > hi) raise("ValueError", `memoryview: invalid value for format '${fmt}'`);
  let u = b < 0n ? b + (1n << bits) : b;
  for (let k = 0; k < ITEMSIZE[fmt]; k++, u >>= 8n) dv.setUint8(k, Number(u & 0xffn));
}

function M(v: PyValue): PyMemoryView {
  if (!(v instanceof PyMemoryView)) raise("TypeError", `descriptor requires a 'memoryview' object but received a '${typeOf(v).name}'`);
  return v.live();
}

/** memoryview(obj). */
export function newMemoryView(obj: PyValue): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    obj.live();
    return new PyMemoryView(obj.base, obj.offset, obj.length, obj.step, obj.format, obj.readonly);
  }
  if (obj instanceof PyBytes) return new PyMemoryView(obj, 0, obj.data.length, 1, "B", !obj.cls.isSubtype(bytearrayType));
  raise("TypeError", `memoryview: a bytes-like object is required, not '${typeOf(obj).name}'`);
}

memoryviewType.ns.set("__new__", new PyBuiltin("__new__", ctorArity("memoryview", "P0-1", (args, kw) => {
  const obj = args.length > 1 ? args[1] : kw?.get("object");
  if (obj === undefined) raise("TypeError", "memoryview() missing required argument 'object' (pos 1)");
  return newMemoryView(obj);
}, ["object"])));

class MemIter extends PyIterator {
  private i = 0;
  constructor(private readonly m: PyMemoryView) {
    super(memIterType);
  }
  override next(): PyValue | undefined {
    return this.i < this.m.live().length ? this.m.item(this.i++) : undefined;
  }
}

/** The index of an item, with CPython's IndexError. */
function itemIndex(m: PyMemoryView, k: PyValue): number {
  let i = indexOf(k, "memoryview: invalid slice key");
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) raise("IndexError", "index out of bounds on dimension 1");
  return i;
}

function sliceView(m: PyMemoryView, k: PySlice): PyMemoryView {
  const [start, , step, n] = k.indices(m.length);
  return new PyMemoryView(m.base, m.pos(start), n, m.step * step, m.format, m.readonly);
}

defMethod(memoryviewType, "__len__", (args) => M(args[0]).length);
defMethod(memoryviewType, "__getitem__", (args) => {
  const m = M(args[0]);
  const k = args[1];
  if (k instanceof PySlice) return sliceView(m, k);
  if (asInt(k) === undefined) raise("TypeError", "memoryview: invalid slice key");
  return m.item(itemIndex(m, k));
});
defMethod(memoryviewType, "__setitem__", (args) => {
  const m = M(args[0]);
  if (m.readonly) raise("TypeError", "cannot modify read-only memory");
  const k = args[1];
  if (k instanceof PySlice) {
    const dst = sliceView(m, k);
    const src = args[2] instanceof PyMemoryView ? args[2].live() : undefined;
    const data = bufferBytes(args[2]);
    if (data === undefined) raise("TypeError", `a bytes-like object is required, not '${typeOf(args[2]).name}'`);
    if ((src !== undefined && src.format !== m.format) || data.length !== dst.length * m.itemsize) {
      raise("ValueError", "memoryview assignment: lvalue and rvalue have different structures");
    }
    const n = m.itemsize;
    for (let i = 0; i < dst.length; i++) m.base.data.set(data.subarray(i * n, i * n + n), dst.pos(i));
    return None;
  }
  if (asInt(k) === undefined) raise("TypeError", "memoryview: invalid slice key");
  const i = itemIndex(m, k);
  pack(m.format, new DataView(m.base.data.buffer, m.base.data.byteOffset + m.pos(i), m.itemsize), args[2]);
  return None;
});
defMethod(memoryviewType, "__delitem__", (args) => {
  const m = M(args[0]);
  raise("TypeError", m.readonly ? "cannot modify read-only memory" : "cannot delete memory");
});
defMethod(memoryviewType, "__iter__", (args) => new MemIter(M(args[0])));
defMethod(memoryviewType, "__repr__", (args) => {
  const m = args[0] as PyMemoryView;
  return `<${m.released ? "released " : ""}memoryview at 0x${(0x7f0000000000 + identity(m) * 16).toString(16)}>`;
});
defMethod(memoryviewType, "__eq__", (args) => {
  const m = args[0] as PyMemoryView;
  const o = args[1];
  if (m === o) return true;
  if (m.released || (o instanceof PyMemoryView && o.released)) return false;
  let other: PyValue[];
  if (o instanceof PyMemoryView) other = o.items();
  else {
    const b = bufferBytes(o);
    if (b === undefined) return NotImplemented;
    other = Array.from(b);
  }
  const mine = m.items();
  return mine.length === other.length && mine.every((x, i) => eq(x, other[i]));
});
defMethod(memoryviewType, "__ne__", (args) => {
  const r = call(memoryviewType.ns.get("__eq__")!, args);
  return r === NotImplemented ? r : !r;
});
defMethod(memoryviewType, "__hash__", (args) => {
  const m = M(args[0]);
  if (!m.readonly) raise("ValueError", "cannot hash writable memoryview object");
  return hash(new PyBytes(m.viewBytes(), bytesType));
});
defMethod(memoryviewType, "__enter__", (args) => M(args[0]));
defMethod(memoryviewType, "__exit__", (args) => {
  (args[0] as PyMemoryView).released = true;
  return None;
});
defMethod(memoryviewType, "release", (args) => {
  (args[0] as PyMemoryView).released = true;
  return None;
});
defMethod(memoryviewType, "tobytes", (args) => new PyBytes(M(args[0]).viewBytes(), bytesType));
defMethod(memoryviewType, "tolist", (args) => new PyList(M(args[0]).items()));
defMethod(memoryviewType, "toreadonly", (args) => {
  const m = M(args[0]);
  return new PyMemoryView(m.base, m.offset, m.length, m.step, m.format, true);
});
defMethod(memoryviewType, "hex", (args, kw) => {
  return call(bytesType.ns.get("hex")!, [new PyBytes(M(args[0]).viewBytes(), bytesType), ...args.slice(1)], kw);
});
defMethod(memoryviewType, "cast", (args) => {
  const m = M(args[0]);
  const fmt = args[1];
  if (typeof fmt !== "string") raise("TypeError", `cast() argument 'format' must be str, not ${typeOf(fmt).name}`);
  if (args.length > 2) raise("NotImplementedError", "memoryview: casts to multi-dimensional views are not supported here");
  const size = ITEMSIZE[fmt.replace(/^@/, "")];
  if (size === undefined) raise("ValueError", "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  if (m.step !== 1) raise("TypeError", "memoryview: casts are restricted to C-contiguous views");
  if (m.format !== "B" && m.format !== "b" && m.format !== "c" && size !== 1) raise("TypeError", "memoryview: cannot cast between two non-byte formats");
  const nbytes = m.length * m.itemsize;
  if (nbytes % size !== 0) raise("TypeError", "memoryview: length is not a multiple of itemsize");
  return new PyMemoryView(m.base, m.offset, nbytes / size, 1, fmt.replace(/^@/, ""), m.readonly);
});
defGetSet(memoryviewType, "obj", (s) => M(s).base);
defGetSet(memoryviewType, "nbytes", (s) => M(s).length * M(s).itemsize);
defGetSet(memoryviewType, "readonly", (s) => M(s).readonly);
defGetSet(memoryviewType, "itemsize", (s) => M(s).itemsize);
defGetSet(memoryviewType, "format", (s) => M(s).format);
defGetSet(memoryviewType, "ndim", (s) => (M(s), 1));
defGetSet(memoryviewType, "shape", (s) => newTuple([M(s).length]));
defGetSet(memoryviewType, "strides", (s) => newTuple([M(s).step * M(s).itemsize]));
defGetSet(memoryviewType, "suboffsets", (s) => (M(s), newTuple([])));
defGetSet(memoryviewType, "c_contiguous", (s) => M(s).step === 1 || M(s).length <= 1);
defGetSet(memoryviewType, "f_contiguous", (s) => M(s).step === 1 || M(s).length <= 1);
defGetSet(memoryviewType, "contiguous", (s) => M(s).step === 1 || M(s).length <= 1);
