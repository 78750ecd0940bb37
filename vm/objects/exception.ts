// Python exceptions: the PyException layout and CPython's builtin exception hierarchy.
import { PyObject, PyType, makeBuiltinType, objectType, None, type PyValue } from "./object.js";
import { setRaiseFactory } from "../raise.js";
import type { CodeObject } from "../code.js";

/** One traceback line: where an exception passed through. */
export interface TracebackEntry {
  /** Source file name. */
  filename: string;
  /** Function (code object) name. */
  name: string;
  /** Line number (1-based). */
  lineno: number;
  /** The code object and instruction index that raised or called (for the source span under the line). */
  code?: CodeObject;
  index?: number;
}

/** An instance of BaseException or any subclass. Thrown as-is by the VM. */
export class PyException extends PyObject {
  /** `args`. */
  args: PyValue[];
  /** Traceback entries, innermost first (appended as the exception propagates outward). */
  traceback: TracebackEntry[];
  /** `__cause__` (None if unset). */
  cause: PyValue;
  /** `__context__` (None if unset). */
  context: PyValue;
  /** `__suppress_context__`. */
  suppressContext: boolean;
  constructor(cls: PyType, args: PyValue[] = []) {
    super(cls);
    this.args = args;
    this.traceback = [];
    this.cause = None;
    this.context = None;
    this.suppressContext = false;
  }
}

const allocException = (cls: PyType): PyObject => new PyException(cls);

/** Every builtin exception type by name. */
export const exceptionTypes = new Map<string, PyType>();

function defExc(name: string, base: PyType): PyType {
  const t = makeBuiltinType(name, base, allocException);
  t.hasInstanceDict = true;
  exceptionTypes.set(name, t);
  return t;
}

/** `BaseException`. */
export const BaseException = defExc("BaseException", objectType);
/** `SystemExit`. */
export const SystemExit = defExc("SystemExit", BaseException);
/** `KeyboardInterrupt`. */
export const KeyboardInterrupt = defExc("KeyboardInterrupt", BaseException);
/** `GeneratorExit`. */
export const GeneratorExit = defExc("GeneratorExit", BaseException);
/** `Exception`. */
export const Exception = defExc("Exception", BaseException);
/** `StopIteration`. */
export const StopIteration = defExc("StopIteration", Exception);
/** `StopAsyncIteration`. */
export const StopAsyncIteration = defExc("StopAsyncIteration", Exception);
/** `ArithmeticError`. */
export const ArithmeticError = defExc("ArithmeticError", Exception);
defExc("FloatingPointError", ArithmeticError);
defExc("OverflowError", ArithmeticError);
defExc("ZeroDivisionError", ArithmeticError);
defExc("AssertionError", Exception);
/** `AttributeError`. */
export const AttributeError = defExc("AttributeError", Exception);
defExc("BufferError", Exception);
defExc("EOFError", Exception);
const ImportError = defExc("ImportError", Exception);
defExc("ModuleNotFoundError", ImportError);
const LookupError = defExc("LookupError", Exception);
defExc("IndexError", LookupError);
defExc("KeyError", LookupError);
defExc("MemoryError", Exception);
const NameError = defExc("NameError", Exception);
defExc("UnboundLocalError", NameError);
const OSError = defExc("OSError", Exception);
exceptionTypes.set("IOError", OSError);
exceptionTypes.set("EnvironmentError", OSError);
defExc("BlockingIOError", OSError);
defExc("ChildProcessError", OSError);
const ConnectionError = defExc("ConnectionError", OSError);
defExc("BrokenPipeError", ConnectionError);
defExc("ConnectionAbortedError", ConnectionError);
defExc("ConnectionRefusedError", ConnectionError);
defExc("ConnectionResetError", ConnectionError);
defExc("FileExistsError", OSError);
defExc("FileNotFoundError", OSError);
defExc("InterruptedError", OSError);
defExc("IsADirectoryError", OSError);
defExc("NotADirectoryError", OSError);
defExc("PermissionError", OSError);
defExc("ProcessLookupError", OSError);
defExc("TimeoutError", OSError);
defExc("ReferenceError", Exception);
const RuntimeError = defExc("RuntimeError", Exception);
defExc("NotImplementedError", RuntimeError);
defExc("RecursionError", RuntimeError);
const SyntaxError = defExc("SyntaxError", Exception);
const IndentationError = defExc("IndentationError", SyntaxError);
defExc("TabError", IndentationError);
defExc("SystemError", Exception);
defExc("TypeError", Exception);
const ValueError = defExc("ValueError", Exception);
const UnicodeError = defExc("UnicodeError", ValueError);
defExc("UnicodeDecodeError", UnicodeError);
defExc("UnicodeEncodeError", UnicodeError);
defExc("UnicodeTranslateError", UnicodeError);
const Warning = defExc("Warning", Exception);
for (const w of ["BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
  "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning"]) {
  defExc(w, Warning);
}

/** Looks up a builtin exception type by name (throws a JS error for unknown names: a VM bug). */
export function excType(name: string): PyType {
  const t = exceptionTypes.get(name);
  if (!t) throw new Error(`unknown exception type ${name}`);
  return t;
}

/** Creates `typeName(message)` (no args when message is empty and omitted). */
export function newException(type: PyType | string, message?: PyValue): PyException {
  const t = typeof type === "string" ? excType(type) : type;
  return new PyException(t, message === undefined ? [] : [message]);
}

/** True if `v` is an exception instance. */
export function isException(v: unknown): v is PyException {
  return v instanceof PyException;
}

setRaiseFactory((typeName, message) => newException(typeName, message));

/** V8's message for a native stack overflow. */
const STACK_OVERFLOW = "Maximum call stack size exceeded";

/**
 * The Python exception for a JS engine error thrown inside the VM, or null when it is not a
 * resource error: a native stack overflow is a RecursionError; an allocation the engine refuses
 * (array, typed array, string or buffer too large) is a MemoryError.
 */
export function engineErrorToPy(e: unknown): PyException | null {
  if (!(e instanceof RangeError)) return null;
  // Plain comparison first: near a stack overflow, even compiling a regex can overflow again.
  if (e.message === STACK_OVERFLOW) return newException("RecursionError", "maximum recursion depth exceeded");
  if (/invalid (typed )?array length|invalid string length|allocation failed|out of memory/i.test(e.message)) {
    return newException("MemoryError", "");
  }
  return null;
}
