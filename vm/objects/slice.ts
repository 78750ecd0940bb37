// slice objects and CPython's index adjustment rules.
import { PyObject, PyType, makeBuiltinType, None, type PyValue } from "./object.js";
import { indexOf } from "../ops.js";
import { raise } from "../raise.js";

/** `slice`. */
export const sliceType: PyType = makeBuiltinType("slice", undefined, null, false);

/** A Python `slice(start, stop, step)`. */
export class PySlice extends PyObject {
  /** start (None if omitted). */
  readonly start: PyValue;
  /** stop (None if omitted). */
  readonly stop: PyValue;
  /** step (None if omitted). */
  readonly step: PyValue;
  constructor(start: PyValue, stop: PyValue, step: PyValue) {
    super(sliceType);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  /** [start, stop, step, length] for a sequence of `len` items (PySlice_AdjustIndices). */
  indices(len: number): [number, number, number, number] {
    let step = 1;
    if (this.step !== None) {
      // A huge step clamps like CPython's Py_ssize_t conversion instead of failing.
      step = typeof this.step === "bigint" ? (this.step < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : indexOf(this.step, "slice indices");
      if (step === 0) raise("ValueError", "slice step cannot be zero");
    }
    const lower = step < 0 ? -1 : 0;
    const upper = step < 0 ? len - 1 : len;
    const start = this.start === None ? (step < 0 ? upper : lower) : adjustBound(this.start, len, lower, upper);
    const stop = this.stop === None ? (step < 0 ? lower : upper) : adjustBound(this.stop, len, lower, upper);
    let n = 0;
    if (step < 0) {
      if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
    } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
    return [start, stop, step, n];
  }
}

/** One slice bound clamped into [lower, upper] after negative indices count from `len`. */
function adjustBound(v: PyValue, len: number, lower: number, upper: number): number {
  let i = typeof v === "bigint" ? (v < 0n ? -Infinity : Infinity) : typeof v === "number" ? v : indexOf(v, "slice indices");
  if (i < 0) {
    i += len;
    if (i < lower) i = lower;
  } else if (i > upper) i = upper;
  return i;
}
