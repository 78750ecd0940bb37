// Code objects: compiled bytecode plus everything the interpreter and JIT need to run it.
import type { PyValue } from "./objects/object.js";

/** Has `*args`. */
export const CO_VARARGS = 0x04;
/** Has `**kwargs`. */
export const CO_VARKEYWORDS = 0x08;
/** Nested function. */
export const CO_NESTED = 0x10;
/** Generator function. */
export const CO_GENERATOR = 0x20;
/** `async def`. */
export const CO_COROUTINE = 0x80;
/** `async def` with `yield`. */
export const CO_ASYNC_GENERATOR = 0x200;

/** One exception-table entry: instructions [start, end) are covered by the handler at `target`. */
export interface ExceptionEntry {
  /** First covered instruction index. */
  start: number;
  /** One past the last covered instruction index. */
  end: number;
  /** Handler instruction index. */
  target: number;
  /** Stack depth to unwind to before pushing (lasti and) the exception. */
  depth: number;
  /** Whether to push the raising instruction's index before the exception. */
  lasti: boolean;
}

/**
 * A compiled function, class body or module. Local slots: `varnames` (parameters first),
 * then `cellvars` (cells created on entry; a cell that is also a parameter starts with the
 * argument, see `cell2arg`), then `freevars` (copied from the function's closure).
 */
export class CodeObject {
  /** `co_name`. */
  name = "";
  /** `co_qualname`. */
  qualname = "";
  /** Source file. */
  filename = "";
  /** Line of the `def`/`class`/first statement. */
  firstlineno = 1;
  /** Positional parameters (including positional-only). */
  argcount = 0;
  /** Positional-only parameters. */
  posonlyargcount = 0;
  /** Keyword-only parameters. */
  kwonlyargcount = 0;
  /** CO_* flags. */
  flags = 0;
  /** Local variable names (parameters first, then `*args`, then `**kwargs`, then others). */
  varnames: string[] = [];
  /** Variables of this scope captured by inner scopes. */
  cellvars: string[] = [];
  /** Variables captured from enclosing scopes. */
  freevars: string[] = [];
  /** For each cellvar, the parameter slot whose value initialises it, or -1. */
  cell2arg: number[] = [];
  /** Global/attribute names used by the bytecode. */
  names: string[] = [];
  /** Constants (runtime values; nested code objects appear as CodeObject). */
  consts: PyValue[] = [];
  /** Instructions: [opcode, arg] pairs. */
  bytecode: Int32Array = new Int32Array(0);
  /** What the interpreter runs: the bytecode with superinstructions (vm/quicken.ts). */
  quick: Int32Array = new Int32Array(0);
  /** Source line of each instruction. */
  lines: Int32Array = new Int32Array(0);
  /**
   * Source span of each instruction, four entries apiece (CPython's co_positions): start line,
   * start column, end line, end column; -1 where unknown. Tracebacks draw their carets from it.
   */
  positions: Int32Array = new Int32Array(0);
  /** Exception table, sorted by start. */
  exceptionTable: ExceptionEntry[] = [];
  /** Maximum stack depth. */
  stacksize = 0;
  /** True when consts[0] is the docstring. */
  docstring = false;
  /** Inline cache slot per instruction (see inline_cache.ts). */
  caches: unknown[] = [];
  /** Plain positional parameters, no cells/free vars, not a generator: calls fill slots directly. */
  fastCall = false;
  /** Per instruction: kinds of values seen (JIT type feedback; see jit/feedback.ts). */
  feedback: Uint8Array = new Uint8Array(0);
  /** Calls seen (JIT hotness). */
  callCount = 0;
  /** Loop back-edges seen (JIT hotness). */
  backedgeCount = 0;
  /** JIT state, owned by jit/. */
  jitState: unknown = null;

  /** Number of plain local slots. */
  get nlocals(): number {
    return this.varnames.length;
  }
  /** Number of cell slots. */
  get ncells(): number {
    return this.cellvars.length;
  }
  /** Number of free-variable slots. */
  get nfrees(): number {
    return this.freevars.length;
  }
  /** Total frame slots (set when the code object is finished). */
  nlocalsplus = 0;
  /** True when calls with exactly `argcount` positional arguments can fill slots directly. */
  get simpleArgs(): boolean {
    return (this.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && this.kwonlyargcount === 0;
  }

  /** Source line of instruction `index`. */
  lineFor(index: number): number {
    const l = this.lines;
    if (l.length === 0) return this.firstlineno;
    return l[Math.min(index, l.length - 1)];
  }

  /** The source span `[line, col, endLine, endCol]` of instruction `index`, or null if unknown. */
  positionFor(index: number): [number, number, number, number] | null {
    const p = this.positions;
    const i = index * 4;
    if (index < 0 || i + 3 >= p.length || p[i + 1] < 0) return null;
    return [p[i], p[i + 1], p[i + 2], p[i + 3]];
  }

  /** The innermost handler covering instruction `index`, or null. */
  findHandler(index: number): ExceptionEntry | null {
    const t = this.exceptionTable;
    let best: ExceptionEntry | null = null;
    for (let i = 0; i < t.length; i++) {
      const e = t[i];
      if (index >= e.start && index < e.end && (best === null || e.start >= best.start)) best = e;
    }
    return best;
  }
}
