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
      step = indexOf(this.step, "slice indices");
      if (step === 0) raise("ValueError", "slice step cannot be zero");
    }
    const lower = step < 0 ? -1 : 0;
    const upper = step < 0 ? len - 1 : len;
    const adj = (v: PyValue, dflt: number): number => {
      if (v === None) return dflt;
      let i = typeof v === "bigint" ? (v < 0n ? -Infinity : Infinity) : indexOf(v, "slice indices");
      if (i < 0) {
        i += len;
        if (i < lower) i = lower;
      } else if (i > upper) i = upper;
      return i;
    };
    const start = adj(this.start, step < 0 ? upper : lower);
    const stop = adj(this.stop, step < 0 ? lower : upper);
    let n = 0;
    if (step < 0) {
      if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
    } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
    return [start, stop, step, n];
  }
}
