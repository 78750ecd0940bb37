// The Python tuple: an immutable JS array of values.
import { PyObject, PyType, makeBuiltinType, type PyValue } from "./object.js";

/** `tuple`. */
export const tupleType: PyType = makeBuiltinType("tuple", undefined, (cls) => new PyTuple([], cls));

/** A Python `tuple`. */
export class PyTuple extends PyObject {
  /** The elements; never mutated after construction. */
  readonly items: PyValue[];
  constructor(items: PyValue[], cls: PyType = tupleType) {
    super(cls);
    this.items = items;
  }
}

/** The shared empty tuple. */
export const emptyTuple = new PyTuple([]);

/** Wraps a JS array (taken over, not copied) as a tuple. */
export function newTuple(items: PyValue[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items);
}
