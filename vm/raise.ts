// Raising Python exceptions from anywhere in TypeScript, without importing the object model.

/** Builds the exception object that `raise` throws; installed by the runtime at start-up. */
export type RaiseFactory = (typeName: string, message: string) => unknown;

let factory: RaiseFactory = (typeName, message) => new Error(`${typeName}: ${message}`);

/** Installs the factory that turns a Python exception type name and message into a throwable. */
export function setRaiseFactory(f: RaiseFactory): void {
  factory = f;
}

/** Throws the Python exception `typeName(message)`, e.g. `raise("ValueError", "math domain error")`. */
export function raise(typeName: string, message: string): never {
  throw factory(typeName, message);
}
