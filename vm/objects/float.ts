// The Python float: a boxed double, so that 1 and 1.0 stay distinct types.
import { PyObject, floatType } from "./object.js";

/** A Python `float`. */
export class PyFloat extends PyObject {
  /** The IEEE double. */
  readonly value: number;
  constructor(value: number) {
    super(floatType);
    this.value = value;
  }
}

/** Boxes a double as a Python float. */
export function newFloat(x: number): PyFloat {
  return new PyFloat(x);
}
