// Interpreter frames: one per running Python function, module or class body.
import type { PyValue } from "./objects/object.js";
import type { PyDict } from "./objects/dict.js";
import type { PyFunction } from "./objects/function.js";
import type { PyException } from "./objects/exception.js";
import type { CodeObject } from "./code.js";

/** What the caller does with a frame's return value. */
export const enum ReturnMode {
  /** Push it on the caller's stack. */
  Push = 0,
  /** Discard it and push the frame's `initSelf` instead (`cls(...)` running `__init__`). */
  Init = 1,
}

/** The execution state of one code object activation. */
export class Frame {
  /** The code being run. */
  code: CodeObject;
  /** Module globals. */
  globals: PyDict;
  /** The builtins namespace. */
  builtins: PyDict;
  /** Name namespace for module and class bodies (LOAD_NAME/STORE_NAME); null in functions. */
  locals: PyDict | null;
  /** Local variable slots, then cells, then free variables. */
  fast: (PyValue | undefined)[];
  /** The value stack. */
  stack: PyValue[];
  /** Index of the next free stack slot. */
  sp: number;
  /** Index of the next instruction. */
  pc: number;
  /** The calling frame (null at the bottom of a nested run). */
  back: Frame | null;
  /** The function being run, if any. */
  func: PyFunction | null;
  /** The exception being handled (for bare `raise` and `sys.exc_info()`), or null. */
  handling: PyException | null;
  /** How the caller consumes the return value. */
  returnMode: ReturnMode;
  /** The instance returned instead of `__init__`'s result in Init mode. */
  initSelf: PyValue | null;
  /** True while the frame belongs to a suspended or running generator. */
  isGenerator: boolean;

  constructor(code: CodeObject, globals: PyDict, builtins: PyDict, locals: PyDict | null, func: PyFunction | null) {
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.fast = new Array(code.nlocalsplus);
    this.stack = new Array(code.stacksize + 1);
    this.sp = 0;
    this.pc = 0;
    this.back = null;
    this.func = func;
    this.handling = null;
    this.returnMode = ReturnMode.Push;
    this.initSelf = null;
    this.isGenerator = false;
  }

  /** The source line of the instruction being executed. */
  get lineno(): number {
    return this.code.lineFor(Math.max(0, (this.pc >> 1) - 1));
  }
}
