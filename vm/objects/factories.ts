// Constructors other modules register, so the compiler need not import every type's module.
import type { PyValue } from "./object.js";
import { raise } from "../raise.js";

let bytesFactory: (data: Uint8Array) => PyValue = () => raise("NotImplementedError", "bytes are not available");

/** Creates a `bytes` constant (the bytes type registers the real factory). */
export function makeBytesConstant(data: Uint8Array): PyValue {
  return bytesFactory(data);
}

/** Registers the `bytes` constructor used for literals. */
export function setBytesFactory(f: (data: Uint8Array) => PyValue): void {
  bytesFactory = f;
}
