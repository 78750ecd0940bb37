// range objects and their iterator (the hottest iterator: `for i in range(n)`).
import { PyObject, PyType, makeBuiltinType, type PyValue } from "./object.js";
import { PyIterator, makeIteratorType } from "./iterator.js";

/** `range`. */
export const rangeType: PyType = makeBuiltinType("range", undefined, null, false);
/** `range_iterator`. */
export const rangeIteratorType: PyType = makeIteratorType("range_iterator");

/** A Python `range`. */
export class PyRange extends PyObject {
  /** First value. */
  readonly start: number;
  /** Bound (exclusive). */
  readonly stop: number;
  /** Non-zero step. */
  readonly step: number;
  constructor(start: number, stop: number, step: number) {
    super(rangeType);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
  /** Number of elements. */
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0 ? start >= stop : start <= stop) return 0;
    return Math.floor((Math.abs(stop - start) - 1) / Math.abs(step)) + 1;
  }
  /** A fresh iterator. */
  iter(): PyRangeIterator {
    return new PyRangeIterator(this.start, this.stop, this.step);
  }
}

/** Iterator over a range; the interpreter's FOR_ITER reads its fields directly. */
export class PyRangeIterator extends PyIterator {
  /** Next value to produce. */
  cur: number;
  /** Bound (exclusive). */
  readonly stop: number;
  /** Step. */
  readonly step: number;
  constructor(cur: number, stop: number, step: number) {
    super(rangeIteratorType);
    this.cur = cur;
    this.stop = stop;
    this.step = step;
  }
  override next(): PyValue | undefined {
    const c = this.cur;
    if (this.step > 0 ? c < this.stop : c > this.stop) {
      this.cur = c + this.step;
      return c;
    }
    return undefined;
  }
}
