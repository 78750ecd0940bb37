// Builds one code object: instruction emission, labels, stack depth, exception table, line table.
import { OPCODES, Op } from "./opcodes.js";
import { quicken } from "./quicken.js";
import { CodeObject, type ExceptionEntry } from "./code.js";
import type { PyValue } from "./objects/object.js";
import type { Located } from "./ast.js";
import { PyFloat } from "./objects/float.js";

/** A jump target; bound to an instruction index later. */
export class Label {
  /** Instruction index, or -1 while unbound. */
  pos = -1;
  /** Stack depth expected at the label (-1 unknown). */
  depth = -1;
}

/** An exception handler region: instructions emitted while it is on top are covered by it. */
export interface Handler {
  /** Where to go on an exception. */
  target: Label;
  /** Stack depth to unwind to. */
  depth: number;
}

/** Instruction buffer for one code object. */
export class Assembler {
  private ops: number[] = [];
  private args: (number | Label)[] = [];
  private lines: number[] = [];
  private locs: (Located | null)[] = [];
  private handlers: (Handler | null)[] = [];
  /** Active handler regions, innermost last. */
  handlerStack: Handler[] = [];
  /** Current stack depth. */
  depth = 0;
  /** Maximum depth seen. */
  maxDepth = 0;
  /** Line attributed to emitted instructions. */
  line = 1;
  /** The AST node whose source span emitted instructions get (for traceback carets). */
  loc: Located | null = null;
  /** Constants. */
  readonly consts: PyValue[] = [];
  private constIndex = new Map<unknown, number>();
  /** Names (globals, attributes). */
  readonly names: string[] = [];
  private nameIndex = new Map<string, number>();
  /** True after an unconditional transfer: code until the next label is unreachable. */
  private dead = false;

  /** Emits an instruction. */
  emit(op: Op, arg: number | Label = 0): void {
    if (this.dead) {
      // Unreachable code still has to assemble; give it a plausible depth.
      this.dead = false;
    }
    const info = OPCODES[op];
    this.ops.push(op);
    this.args.push(arg);
    this.lines.push(this.line);
    this.locs.push(this.loc);
    this.handlers.push(this.handlerStack.length ? this.handlerStack[this.handlerStack.length - 1] : null);
    if (arg instanceof Label) {
      const jd = this.depth + (info.jumpEffect ? info.jumpEffect(0) : info.effect(0));
      this.noteDepth(arg, jd);
      this.depth += info.effect(0);
    } else this.depth += info.effect(arg);
    if (this.depth > this.maxDepth) this.maxDepth = this.depth;
    if (info.isTerminator) this.dead = true;
  }

  private noteDepth(l: Label, d: number): void {
    if (l.depth < d) l.depth = d;
    if (d > this.maxDepth) this.maxDepth = d;
  }

  /** Binds a label to the next instruction. */
  bind(l: Label): void {
    l.pos = this.ops.length;
    if (l.depth >= 0) this.depth = l.depth;
    else l.depth = this.depth;
    this.dead = false;
  }

  /** Pushes an exception handler region whose handler starts at `target`. */
  pushHandler(target: Label, depth: number = this.depth): Handler {
    const h = { target, depth };
    this.handlerStack.push(h);
    // At the handler: depth items plus the exception.
    this.noteDepth(target, depth + 1);
    return h;
  }

  /** Pops the innermost handler region. */
  popHandler(): Handler {
    return this.handlerStack.pop()!;
  }

  /** Index of a constant (deduplicated by type and value). */
  constant(v: PyValue): number {
    let key: unknown;
    if (typeof v === "object") key = v instanceof PyFloat ? `f:${Object.is(v.value, -0) ? "-0" : v.value}` : v;
    else key = `${typeof v}:${String(v)}`;
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(v);
      this.constIndex.set(key, i);
    }
    return i;
  }

  /** Index of a name. */
  name(n: string): number {
    let i = this.nameIndex.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIndex.set(n, i);
    }
    return i;
  }

  /** Number of instructions emitted so far. */
  get size(): number {
    return this.ops.length;
  }

  /** Resolves labels and fills `code`'s bytecode, line table, exception table and stack size. */
  finish(code: CodeObject): void {
    const n = this.ops.length;
    const bc = new Int32Array(n * 2);
    const lines = new Int32Array(n);
    const positions = new Int32Array(n * 4).fill(-1);
    for (let i = 0; i < n; i++) {
      bc[i * 2] = this.ops[i];
      const a = this.args[i];
      if (a instanceof Label) {
        if (a.pos < 0) throw new Error(`unbound label in ${code.name}`);
        bc[i * 2 + 1] = a.pos;
      } else bc[i * 2 + 1] = a;
      lines[i] = this.lines[i];
      const loc = this.locs[i];
      if (loc !== null) {
        positions[i * 4] = loc.lineno;
        positions[i * 4 + 1] = loc.col_offset;
        positions[i * 4 + 2] = loc.end_lineno;
        positions[i * 4 + 3] = loc.end_col_offset;
      }
    }
    const table: ExceptionEntry[] = [];
    let cur: Handler | null = null;
    let start = 0;
    for (let i = 0; i <= n; i++) {
      const h = i < n ? this.handlers[i] : null;
      if (h !== cur) {
        if (cur !== null) table.push({ start, end: i, target: cur.target.pos, depth: cur.depth, lasti: false });
        cur = h;
        start = i;
      }
    }
    code.bytecode = bc;
    code.quick = quicken(bc);
    code.feedback = new Uint8Array(bc.length >> 1);
    code.lines = lines;
    code.positions = positions;
    code.exceptionTable = table;
    code.consts = this.consts;
    code.names = this.names;
    code.stacksize = this.maxDepth + 2;
    code.caches = new Array(n * 2 + 2).fill(undefined);
  }
}
