// AST → code objects. One Unit per function/class/module scope; statements and expressions here,
// pattern matching in compiler_match.ts.
import type * as A from "./ast.js";
import { Op, MF_DEFAULTS, MF_KWDEFAULTS, MF_ANNOTATIONS, MF_CLOSURE, INPLACE } from "./opcodes.js";
import { Assembler, Label, type Handler } from "./assembler.js";
import { CodeObject, CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_COROUTINE, CO_NESTED, CO_ASYNC_GENERATOR } from "./code.js";
import { buildSymbolTable, Scope, Sc, type SymbolTable } from "./symtable.js";
import { PySyntaxErrorInfo } from "./syntax_error.js";
import { None, Ellipsis, type PyValue } from "./objects/object.js";
import { PyFloat } from "./objects/float.js";
import { newTuple } from "./objects/tuple.js";
import { PySlice } from "./objects/slice.js";
import { PyBuiltin } from "./objects/function.js";
import { raise } from "./raise.js";
import { binaryOp, neg, pos, invert } from "./ops.js";
import { compileMatch } from "./compiler_match.js";
import { mangleModule } from "./mangle.js";
import { makeSet, frozensetType } from "./objects/set.js";
import { makeBytesConstant } from "./objects/factories.js";
import { PyComplex } from "./objects/complex.js";
import { asyncWithHelper, asyncIterHelper, asyncNextHelper, asyncGenWrap } from "./objects/generator.js";
import { StopAsyncIteration as stopAsyncIteration } from "./objects/exception.js";
import { starInit, starMatch, starRecord, starFinish } from "./objects/exception_group.js";

const BINOP: Record<A.OperatorKind, number> = {
  Add: 0, Sub: 1, Mult: 2, Div: 3, FloorDiv: 4, Mod: 5, Pow: 6, LShift: 7, RShift: 8, BitAnd: 9, BitOr: 10, BitXor: 11, MatMult: 12,
};
const CMP: Partial<Record<A.CmpOpKind, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

type FBlockKind = "while" | "for" | "try" | "finally_try" | "finally_end" | "with" | "handler" | "async_with" | "star_handler";

interface FBlock {
  kind: FBlockKind;
  /** Loop start (continue target) for loops. */
  start?: Label;
  /** Loop exit (break target) for loops. */
  exit?: Label;
  /** Finally body for finally_try. */
  finalbody?: A.Stmt[];
  /** Handler regions to pop while unwinding through this block. */
  handlers?: number;
  /** Bound exception name of an except handler. */
  name?: string | null;
  /** For loops: the iterator is a temporary (a call result), closed on break/return. */
  temp?: boolean;
}


/** Compilation state of one code object. */
export class Unit {
  readonly asm = new Assembler();
  readonly code = new CodeObject();
  readonly varnames: string[] = [];
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly fblocks: FBlock[] = [];
  private readonly localIndex = new Map<string, number>();
  constructor(readonly scope: Scope, readonly kind: "module" | "function" | "class", readonly qualname: string) {
    if (kind === "function") {
      for (const p of scope.params) this.local(p);
      for (const [n, s] of scope.scopes) if (s === Sc.Local) this.local(n);
    }
    this.cellvars = scope.cellvars();
    if (kind === "class" && scope.needsClassCell) this.cellvars.push("__class__");
    this.freevars = scope.freevars();
  }
  /** Slot of a plain local. */
  local(n: string): number {
    let i = this.localIndex.get(n);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(n);
      this.localIndex.set(n, i);
    }
    return i;
  }
  /** Slot of a cell or free variable. */
  deref(n: string): number {
    const c = this.cellvars.indexOf(n);
    if (c >= 0) return this.varnames.length + c;
    const f = this.freevars.indexOf(n);
    if (f >= 0) return this.varnames.length + this.cellvars.length + f;
    throw new Error(`no cell for ${n}`);
  }
}

/** The compiler for one module. */
/**
 * The span CPython gives the instructions of `attr` (an attribute access, or the call `whole` of
 * a method) when the attribute spans lines: from the attribute's name to the end of `whole`.
 */
function attrLoc(attr: A.Attribute, whole: A.Located): A.Located {
  if (whole.lineno === attr.end_lineno) return whole;
  const lineno = attr.end_lineno;
  const col_offset = attr.end_col_offset - attr.attr.length;
  const end_lineno = Math.max(lineno, whole.end_lineno);
  const end_col_offset = end_lineno === lineno ? Math.max(col_offset, whole.end_col_offset) : whole.end_col_offset;
  return { lineno, col_offset, end_lineno, end_col_offset };
}

export class Compiler {
  u!: Unit;
  private readonly units: Unit[] = [];
  private table!: SymbolTable;
  constructor(readonly filename: string) {}

  error(msg: string, node: { lineno: number; col_offset: number; end_lineno?: number; end_col_offset?: number }): PySyntaxErrorInfo {
    return new PySyntaxErrorInfo("SyntaxError", msg, this.filename, node.lineno, node.col_offset + 1, null,
      node.end_lineno ?? node.lineno, (node.end_col_offset ?? node.col_offset) + 1);
  }

  get asm(): Assembler {
    return this.u.asm;
  }

  emit(op: Op, arg: number | Label = 0): void {
    this.u.asm.emit(op, arg);
  }

  loadConst(v: PyValue): void {
    this.emit(Op.LOAD_CONST, this.asm.constant(v));
  }

  // ---------------------------------------------------------------------------------------
  // Units.

  compileModule(mod: A.Mod, mode: "exec" | "eval" | "single"): CodeObject {
    this.table = buildSymbolTable(mod, this.filename);
    const top = this.table.top;
    this.enter(top, "module", "<module>", "<module>", 1);
    if (mod.kind === "Expression") {
      this.expr(mod.body);
      this.emit(Op.RETURN_VALUE);
    } else {
      const body = (mod as A.Module | A.Interactive).body;
      if (body.some(hasAnnotations)) this.emit(Op.SETUP_ANNOTATIONS);
      let start = 0;
      if (mode === "exec" && body.length > 0 && isDocstring(body[0])) {
        this.asm.line = body[0].lineno;
        this.expr((body[0] as A.ExprStmt).value);
        this.storeName("__doc__");
        start = 1;
      }
      for (let i = start; i < body.length; i++) {
        const s = body[i];
        if (mode === "single" && s.kind === "Expr") {
          this.asm.line = s.lineno;
          this.asm.loc = s;
          this.expr(s.value);
          this.emit(Op.PRINT_EXPR);
        } else this.stmt(s);
      }
      this.loadConst(None);
      this.emit(Op.RETURN_VALUE);
    }
    return this.leave();
  }

  enter(scope: Scope, kind: "module" | "function" | "class", name: string, qualname: string, line: number): Unit {
    const u = new Unit(scope, kind, qualname);
    u.code.name = name;
    u.code.qualname = qualname;
    u.code.filename = this.filename;
    u.code.firstlineno = line;
    u.asm.line = line;
    if (this.u) this.units.push(this.u);
    this.u = u;
    return u;
  }

  leave(): CodeObject {
    const u = this.u;
    const code = u.code;
    code.varnames = u.varnames;
    code.cellvars = u.cellvars;
    code.freevars = u.freevars;
    code.cell2arg = u.cellvars.map((c) => {
      const i = u.scope.params.indexOf(c);
      return u.kind === "function" && i >= 0 ? u.varnames.indexOf(c) : -1;
    });
    u.asm.finish(code);
    code.nlocalsplus = code.varnames.length + code.cellvars.length + code.freevars.length;
    code.fastCall = code.simpleArgs && code.cellvars.length === 0 && code.freevars.length === 0 &&
      (code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) === 0;
    this.u = this.units.pop()!;
    return code;
  }

  // ---------------------------------------------------------------------------------------
  // Names.

  private scopeOf(name: string): Sc {
    return this.u.scope.lookup(name);
  }

  loadName(name: string): void {
    this.nameOp(name, "load");
  }

  storeName(name: string): void {
    this.nameOp(name, "store");
  }

  private nameOp(name: string, what: "load" | "store" | "del"): void {
    const u = this.u;
    const sc = this.scopeOf(name);
    const asm = u.asm;
    if (sc === Sc.Free || sc === Sc.Cell) {
      const slot = u.deref(name);
      if (u.kind === "class" && what === "load") return this.emit(Op.LOAD_CLASSDEREF, slot);
      if (u.kind === "class" && sc === Sc.Cell && name !== "__class__") {
        // class-level name that is also a cell: treat via the namespace
      }
      return this.emit(what === "load" ? Op.LOAD_DEREF : what === "store" ? Op.STORE_DEREF : Op.DELETE_DEREF, slot);
    }
    if (u.kind === "function") {
      if (sc === Sc.Local) {
        const slot = u.local(name);
        return this.emit(what === "load" ? Op.LOAD_FAST : what === "store" ? Op.STORE_FAST : Op.DELETE_FAST, slot);
      }
      return this.emit(what === "load" ? Op.LOAD_GLOBAL : what === "store" ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, asm.name(name));
    }
    if (sc === Sc.GlobalExplicit) {
      return this.emit(what === "load" ? Op.LOAD_GLOBAL : what === "store" ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, asm.name(name));
    }
    this.emit(what === "load" ? Op.LOAD_NAME : what === "store" ? Op.STORE_NAME : Op.DELETE_NAME, asm.name(name));
  }

  // ---------------------------------------------------------------------------------------
  // Statements.

  stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  stmt(s: A.Stmt): void {
    this.asm.line = s.lineno;
    this.asm.loc = s;
    switch (s.kind) {
      case "Expr":
        if (s.value.kind === "Constant") break;
        this.expr(s.value);
        this.emit(Op.POP_TOP);
        break;
      case "Assign": {
        this.expr(s.value);
        for (let i = 0; i < s.targets.length; i++) {
          if (i < s.targets.length - 1) this.emit(Op.COPY, 1);
          this.store(s.targets[i]);
        }
        break;
      }
      case "AugAssign":
        this.augAssign(s);
        break;
      case "AnnAssign":
        this.annAssign(s);
        break;
      case "Delete":
        for (const t of s.targets) this.del(t);
        break;
      case "Pass":
        break;
      case "If":
        this.ifStmt(s);
        break;
      case "While":
        this.whileStmt(s);
        break;
      case "For":
        this.forStmt(s);
        break;
      case "AsyncFor":
        this.checkAsync(s, "async for");
        this.asyncForStmt(s);
        break;
      case "Break":
        this.breakContinue(s, true);
        break;
      case "Continue":
        this.breakContinue(s, false);
        break;
      case "Return":
        this.returnStmt(s);
        break;
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.functionDef(s);
        break;
      case "ClassDef":
        this.classDef(s);
        break;
      case "Raise":
        if (s.exc) {
          this.expr(s.exc);
          if (s.cause) {
            this.expr(s.cause);
            this.emit(Op.RAISE_VARARGS, 2);
          } else this.emit(Op.RAISE_VARARGS, 1);
        } else this.emit(Op.RAISE_VARARGS, 0);
        break;
      case "Try":
        if (s.finalbody.length > 0) this.tryFinally(s);
        else this.tryExcept(s);
        break;
      case "TryStar":
        if (s.finalbody.length > 0) this.tryFinally({ ...s, kind: "Try" }, true);
        else this.tryStar(s);
        break;
      case "Assert": {
        const end = new Label();
        this.expr(s.test);
        this.emit(Op.POP_JUMP_IF_TRUE, end);
        this.emit(Op.LOAD_ASSERTION_ERROR);
        if (s.msg) {
          this.expr(s.msg);
          this.emit(Op.CALL, 1);
        }
        // CPython points an assert's traceback at its test.
        this.at(s.test, () => this.emit(Op.RAISE_VARARGS, 1));
        this.asm.bind(end);
        break;
      }
      case "Import":
        for (const a of s.names) {
          this.loadConst(0);
          if (a.asname && a.name.includes(".")) {
            this.loadConst(true);
            this.emit(Op.IMPORT_NAME, this.asm.name(a.name));
            this.storeName(a.asname);
          } else {
            this.loadConst(None);
            this.emit(Op.IMPORT_NAME, this.asm.name(a.name));
            this.storeName(a.asname ?? a.name.split(".")[0]);
          }
        }
        break;
      case "ImportFrom": {
        this.loadConst(s.level);
        this.loadConst(newTuple(s.names.map((a) => a.name)));
        this.emit(Op.IMPORT_NAME, this.asm.name(s.module ?? ""));
        if (s.names.length === 1 && s.names[0].name === "*") {
          this.emit(Op.IMPORT_STAR);
          break;
        }
        for (const a of s.names) {
          this.emit(Op.IMPORT_FROM, this.asm.name(a.name));
          this.storeName(a.asname ?? a.name);
        }
        this.emit(Op.POP_TOP);
        break;
      }
      case "Global":
      case "Nonlocal":
        break;
      case "With":
        this.withStmt(s, 0);
        break;
      case "AsyncWith":
        this.checkAsync(s, "async with");
        this.withStmt(s as unknown as A.With, 0, true);
        break;
      case "Match":
        compileMatch(this, s);
        break;
    }
  }

  augAssign(s: A.AugAssign): void {
    const t = s.target;
    const op = BINOP[s.op] + INPLACE;
    if (t.kind === "Name") {
      this.loadName(t.id);
      this.expr(s.value);
      this.emit(Op.BINARY_OP, op);
      this.storeName(t.id);
    } else if (t.kind === "Attribute") {
      this.expr(t.value);
      this.emit(Op.COPY, 1);
      this.emit(Op.LOAD_ATTR, this.asm.name(t.attr));
      this.expr(s.value);
      this.emit(Op.BINARY_OP, op);
      this.emit(Op.SWAP, 2);
      this.emit(Op.STORE_ATTR, this.asm.name(t.attr));
    } else if (t.kind === "Subscript") {
      this.expr(t.value);
      this.subscriptKey(t.slice);
      this.emit(Op.COPY, 2);
      this.emit(Op.COPY, 2);
      this.emit(Op.BINARY_SUBSCR);
      this.expr(s.value);
      this.emit(Op.BINARY_OP, op);
      this.emit(Op.SWAP, 3);
      this.emit(Op.SWAP, 2);
      this.emit(Op.STORE_SUBSCR);
    } else throw this.error("'" + exprName(t) + "' is an illegal expression for augmented assignment", t);
  }

  annAssign(s: A.AnnAssign): void {
    const t = s.target;
    if (s.value) {
      this.expr(s.value);
      this.store(t);
    }
    if (t.kind === "Name" && s.simple && this.u.kind !== "function") {
      this.expr(s.annotation);
      this.loadName("__annotations__");
      this.loadConst(t.id);
      this.emit(Op.STORE_SUBSCR);
    } else if (t.kind !== "Name" && this.u.kind !== "function") {
      this.expr(s.annotation);
      this.emit(Op.POP_TOP);
    }
  }

  ifStmt(s: A.If): void {
    const end = new Label();
    const orelse = new Label();
    this.jumpIf(s.test, false, s.orelse.length ? orelse : end);
    this.stmts(s.body);
    if (s.orelse.length) {
      this.emit(Op.JUMP, end);
      this.asm.bind(orelse);
      this.stmts(s.orelse);
    }
    this.asm.bind(end);
  }

  /** Compiles a condition and jumps to `target` when it is `when`. */
  jumpIf(e: A.Expr, when: boolean, target: Label): void {
    if (e.kind === "UnaryOp" && e.op === "Not") return this.jumpIf(e.operand, !when, target);
    if (e.kind === "BoolOp") {
      const isAnd = e.op === "And";
      if (isAnd !== when) {
        // and/jump-if-false or or/jump-if-true: any operand decides
        for (const v of e.values) this.jumpIf(v, when, target);
        return;
      }
      const skip = new Label();
      for (let i = 0; i < e.values.length - 1; i++) this.jumpIf(e.values[i], !when, skip);
      this.jumpIf(e.values[e.values.length - 1], when, target);
      this.asm.bind(skip);
      return;
    }
    this.expr(e);
    this.emit(when ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  }

  whileStmt(s: A.While): void {
    const start = new Label();
    const exit = new Label();
    const orelse = new Label();
    this.asm.bind(start);
    if (!(s.test.kind === "Constant" && isTrueConst(s.test))) this.jumpIf(s.test, false, orelse);
    this.u.fblocks.push({ kind: "while", start, exit });
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.asm.line = s.lineno;
    this.asm.loc = s;
    this.emit(Op.JUMP, start);
    this.asm.bind(orelse);
    this.stmts(s.orelse);
    this.asm.bind(exit);
  }

  private checkAsync(s: A.Located, what: string): void {
    if (this.u.kind !== "function" || !this.u.scope.isCoroutine) throw this.error(`'${what}' outside async function`, s);
  }

  /** `async for` (CPython's compiler_async_for; END_ASYNC_FOR spelled out). */
  asyncForStmt(s: A.AsyncFor): void {
    const asm = this.asm;
    const start = new Label();
    const handlerL = new Label();
    const reraise = new Label();
    const exit = new Label();
    this.loadConst(asyncIterHelper);
    this.expr(s.iter);
    this.emit(Op.CALL, 1); // aiter
    const d = asm.depth;
    asm.bind(start);
    asm.line = s.lineno;
    asm.loc = s;
    asm.pushHandler(handlerL, d);
    this.loadConst(asyncNextHelper);
    this.emit(Op.COPY, 2);
    this.emit(Op.CALL, 1);
    this.emit(Op.GET_AWAITABLE);
    this.yieldFromLoop();
    asm.popHandler();
    this.store(s.target);
    this.u.fblocks.push({ kind: "for", start, exit, temp: false });
    this.stmts(s.body);
    this.u.fblocks.pop();
    asm.line = s.lineno;
    asm.loc = s;
    this.emit(Op.JUMP, start);
    asm.bind(handlerL);
    asm.depth = d + 1; // aiter, exc
    this.loadConst(stopAsyncIteration);
    this.emit(Op.CHECK_EXC_MATCH);
    this.emit(Op.POP_JUMP_IF_FALSE, reraise);
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_TOP);
    this.stmts(s.orelse);
    this.emit(Op.JUMP, exit);
    asm.bind(reraise);
    asm.depth = d + 1;
    this.emit(Op.RERAISE, 0);
    asm.bind(exit);
    asm.depth = d - 1;
  }

  forStmt(s: A.For): void {
    const start = new Label();
    const cleanup = new Label();
    const exit = new Label();
    this.expr(s.iter);
    this.emit(Op.GET_ITER);
    this.asm.bind(start);
    this.asm.line = s.lineno;
    this.asm.loc = s;
    this.emit(Op.FOR_ITER, cleanup);
    this.store(s.target);
    this.u.fblocks.push({ kind: "for", start, exit, temp: s.iter.kind === "Call" || s.iter.kind === "GeneratorExp" });
    this.stmts(s.body);
    this.u.fblocks.pop();
    this.asm.line = s.lineno;
    this.asm.loc = s;
    this.emit(Op.JUMP, start);
    this.asm.bind(cleanup);
    this.stmts(s.orelse);
    this.asm.bind(exit);
  }

  breakContinue(s: A.Located, isBreak: boolean): void {
    const blocks = this.u.fblocks;
    const saved = this.asm.handlerStack.slice();
    let i = blocks.length - 1;
    for (; i >= 0; i--) {
      const b = blocks[i];
      if (b.kind === "while" || b.kind === "for") break;
      if (b.kind === "star_handler") throw this.error("'break', 'continue' and 'return' cannot appear in an except* block", s);
      this.unwindBlock(b, false);
    }
    if (i < 0) {
      this.asm.handlerStack = saved;
      throw this.error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s);
    }
    const loop = blocks[i];
    if (isBreak) {
      if (loop.kind === "for") this.emit(Op.POP_ITER, loop.temp ? 1 : 0);
      this.emit(Op.JUMP, loop.exit!);
    } else this.emit(Op.JUMP, loop.start!);
    this.asm.handlerStack = saved;
  }

  returnStmt(s: A.Return): void {
    if (this.u.kind !== "function") throw this.error("'return' outside function", s);
    if (this.u.fblocks.some((b) => b.kind === "star_handler")) throw this.error("'break', 'continue' and 'return' cannot appear in an except* block", s);
    if (s.value) {
      if (this.u.scope.isCoroutine && this.u.scope.isGenerator) throw this.error("'return' with value in async generator", s);
      this.expr(s.value);
    } else this.loadConst(None);
    const saved = this.asm.handlerStack.slice();
    const blocks = this.u.fblocks;
    for (let i = blocks.length - 1; i >= 0; i--) this.unwindBlock(blocks[i], true);
    this.asm.line = s.lineno;
    this.asm.loc = s;
    this.emit(Op.RETURN_VALUE);
    this.asm.handlerStack = saved;
  }

  /** Emits the exit actions of one block for break/continue/return (value on TOS if preserve). */
  unwindBlock(b: FBlock, preserve: boolean): void {
    const asm = this.asm;
    for (let k = 0; k < (b.handlers ?? 0); k++) asm.popHandler();
    switch (b.kind) {
      case "while":
      case "try":
        break;
      case "for":
        if (preserve) {
          this.emit(Op.SWAP, 2);
          this.emit(Op.POP_ITER, b.temp ? 1 : 0);
        }
        break;
      case "finally_try": {
        // Run the finally body inline, outside its own region.
        const idx = this.u.fblocks.indexOf(b);
        const saved = this.u.fblocks.splice(idx);
        this.stmts(b.finalbody!);
        this.u.fblocks.push(...saved);
        break;
      }
      case "finally_end":
        // Stack: prev, exc [, value]
        if (preserve) {
          this.emit(Op.SWAP, 2);
          this.emit(Op.POP_TOP);
          this.emit(Op.SWAP, 2);
          this.emit(Op.POP_EXCEPT);
        } else {
          this.emit(Op.POP_TOP);
          this.emit(Op.POP_EXCEPT);
        }
        break;
      case "with":
      case "async_with":
        // Stack: exit [, value]
        if (preserve) this.emit(Op.SWAP, 2);
        this.loadConst(None);
        this.loadConst(None);
        this.loadConst(None);
        this.emit(Op.CALL, 3);
        if (b.kind === "async_with") {
          this.emit(Op.GET_AWAITABLE);
          this.yieldFromLoop();
        }
        this.emit(Op.POP_TOP);
        break;
      case "handler":
        // Stack: prev [, value]
        if (preserve) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_EXCEPT);
        if (b.name) {
          this.loadConst(None);
          this.storeName(b.name);
          this.nameOp(b.name, "del");
        }
        break;
      default:
        break;
    }
  }

  /**
   * The start both `try`/`except` and `try`/`except*` share: the guarded body, the `else`
   * block, then the handler entry with the previously handled exception saved (stack: prev,
   * exc) and a cleanup handler installed.
   */
  private tryHandlerEntry(s: A.Try | A.TryStar): { end: Label; cleanup: Label; d: number; cleanupH: Handler } {
    const asm = this.asm;
    const handlerL = new Label();
    const end = new Label();
    const cleanup = new Label();
    const d = asm.depth;
    asm.pushHandler(handlerL, d);
    this.u.fblocks.push({ kind: "try", handlers: 1 });
    this.stmts(s.body);
    this.u.fblocks.pop();
    asm.popHandler();
    this.stmts(s.orelse);
    this.emit(Op.JUMP, end);

    asm.bind(handlerL);
    asm.depth = d + 1;
    this.emit(Op.PUSH_EXC_INFO);
    const cleanupH = asm.pushHandler(cleanup, d + 1);
    return { end, cleanup, d, cleanupH };
  }

  tryExcept(s: A.Try): void {
    const asm = this.asm;
    const { end, cleanup, d, cleanupH } = this.tryHandlerEntry(s);
    const nameCleanups: [Label, string][] = [];
    for (const h of s.handlers) {
      asm.line = h.lineno;
      asm.loc = h;
      const next = new Label();
      if (h.type) {
        this.expr(h.type);
        this.emit(Op.CHECK_EXC_MATCH);
        this.emit(Op.POP_JUMP_IF_FALSE, next);
      } else if (h !== s.handlers[s.handlers.length - 1]) {
        throw this.error("default 'except:' must be last", h);
      }
      let handlers = 1;
      if (h.name) {
        this.storeName(h.name);
        const nc = new Label();
        asm.pushHandler(nc, d + 1);
        nameCleanups.push([nc, h.name]);
        handlers = 2;
      } else this.emit(Op.POP_TOP);
      this.u.fblocks.push({ kind: "handler", handlers, name: h.name });
      this.stmts(h.body);
      this.u.fblocks.pop();
      if (h.name) asm.popHandler();
      asm.popHandler();
      this.emit(Op.POP_EXCEPT);
      if (h.name) {
        this.loadConst(None);
        this.storeName(h.name);
        this.nameOp(h.name, "del");
      }
      this.emit(Op.JUMP, end);
      asm.handlerStack.push(cleanupH);
      asm.bind(next);
      asm.depth = d + 2;
    }
    this.emit(Op.RERAISE, 0);
    asm.popHandler();
    for (const [nc, name] of nameCleanups) {
      asm.bind(nc);
      this.loadConst(None);
      this.storeName(name);
      this.nameOp(name, "del");
      this.emit(Op.JUMP, cleanup);
    }
    asm.bind(cleanup);
    asm.depth = d + 2;
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 0);
    asm.bind(end);
    asm.depth = d;
  }

  /** `try: ... except* T as e: ...` (CPython's compiler_try_star_except, with runtime helpers). */
  tryStar(s: A.TryStar): void {
    const asm = this.asm;
    const { end, cleanup, d } = this.tryHandlerEntry(s);
    this.loadConst(starInit);
    this.emit(Op.SWAP, 2);
    this.emit(Op.CALL, 1); // prev, state
    for (const h of s.handlers) {
      asm.line = h.lineno;
      asm.loc = h;
      const next = new Label();
      const nomatch = new Label();
      const clauseExc = new Label();
      this.loadConst(starMatch);
      this.emit(Op.COPY, 2);
      this.expr(h.type!);
      this.emit(Op.CALL, 2); // prev, state, match|None
      this.emit(Op.COPY, 1);
      this.emit(Op.POP_JUMP_IF_NONE, nomatch);
      this.emit(Op.PUSH_EXC_INFO); // prev, state, prev2, match
      asm.pushHandler(clauseExc, d + 3);
      if (h.name) this.storeName(h.name);
      else this.emit(Op.POP_TOP);
      this.u.fblocks.push({ kind: "star_handler", handlers: 1, name: h.name });
      this.stmts(h.body);
      this.u.fblocks.pop();
      asm.popHandler();
      this.emit(Op.POP_EXCEPT); // prev, state
      if (h.name) {
        this.loadConst(None);
        this.storeName(h.name);
        this.nameOp(h.name, "del");
      }
      this.emit(Op.JUMP, next);
      // An exception escaped the clause body: record it and go on with the next clause.
      asm.bind(clauseExc);
      asm.depth = d + 4; // prev, state, prev2, raised
      this.loadConst(starRecord);
      this.emit(Op.COPY, 4);
      this.emit(Op.COPY, 3);
      this.emit(Op.CALL, 2);
      this.emit(Op.POP_TOP);
      this.emit(Op.POP_TOP);
      this.emit(Op.POP_EXCEPT);
      if (h.name) {
        this.loadConst(None);
        this.storeName(h.name);
        this.nameOp(h.name, "del");
      }
      this.emit(Op.JUMP, next);
      asm.bind(nomatch);
      asm.depth = d + 3;
      this.emit(Op.POP_TOP);
      asm.bind(next);
      asm.depth = d + 2;
    }
    const done = new Label();
    this.loadConst(starFinish);
    this.emit(Op.SWAP, 2);
    this.emit(Op.CALL, 1); // prev, result
    this.emit(Op.COPY, 1);
    this.emit(Op.POP_JUMP_IF_NONE, done);
    this.emit(Op.RERAISE, 0);
    asm.bind(done);
    asm.depth = d + 2;
    asm.popHandler();
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.JUMP, end);
    asm.bind(cleanup);
    asm.depth = d + 2;
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 0);
    asm.bind(end);
    asm.depth = d;
  }

  tryFinally(s: A.Try, star = false): void {
    const asm = this.asm;
    const fexc = new Label();
    const end = new Label();
    const cleanup = new Label();
    const d = asm.depth;
    asm.pushHandler(fexc, d);
    this.u.fblocks.push({ kind: "finally_try", handlers: 1, finalbody: s.finalbody });
    if (s.handlers.length && star) this.tryStar({ ...s, kind: "TryStar", finalbody: [] });
    else if (s.handlers.length) this.tryExcept({ ...s, finalbody: [] });
    else this.stmts(s.body);
    this.u.fblocks.pop();
    asm.popHandler();
    this.stmts(s.finalbody);
    this.emit(Op.JUMP, end);

    asm.bind(fexc);
    asm.depth = d + 1;
    this.emit(Op.PUSH_EXC_INFO);
    asm.pushHandler(cleanup, d + 1);
    this.u.fblocks.push({ kind: "finally_end", handlers: 1 });
    this.stmts(s.finalbody);
    this.u.fblocks.pop();
    this.emit(Op.RERAISE, 0);
    asm.popHandler();
    asm.bind(cleanup);
    asm.depth = d + 2;
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 0);
    asm.bind(end);
    asm.depth = d;
  }

  withStmt(s: A.With, i: number, isAsync = false): void {
    const asm = this.asm;
    const item = s.items[i];
    const excL = new Label();
    const end = new Label();
    const cleanup = new Label();
    const suppress = new Label();
    asm.line = s.lineno;
    asm.loc = s;
    if (isAsync) {
      // BEFORE_ASYNC_WITH: [exit, __aenter__() awaited].
      this.loadConst(asyncWithHelper);
      this.expr(item.context_expr);
      this.emit(Op.CALL, 1);
      this.emit(Op.UNPACK_SEQUENCE, 2);
      this.emit(Op.GET_AWAITABLE);
      this.yieldFromLoop();
    } else {
      this.expr(item.context_expr);
      this.emit(Op.BEFORE_WITH);
    }
    const d = asm.depth - 1; // exit is on the stack below the __enter__ result
    asm.pushHandler(excL, d);
    if (item.optional_vars) this.store(item.optional_vars);
    else this.emit(Op.POP_TOP);
    this.u.fblocks.push({ kind: isAsync ? "async_with" : "with", handlers: 1 });
    if (i + 1 < s.items.length) this.withStmt(s, i + 1, isAsync);
    else this.stmts(s.body);
    this.u.fblocks.pop();
    asm.popHandler();
    asm.line = s.lineno;
    asm.loc = s;
    this.loadConst(None);
    this.loadConst(None);
    this.loadConst(None);
    this.emit(Op.CALL, 3);
    if (isAsync) {
      this.emit(Op.GET_AWAITABLE);
      this.yieldFromLoop();
    }
    this.emit(Op.POP_TOP);
    this.emit(Op.JUMP, end);

    asm.bind(excL);
    asm.depth = d + 1;
    this.emit(Op.PUSH_EXC_INFO);
    asm.pushHandler(cleanup, d + 1);
    this.emit(Op.WITH_EXCEPT_START);
    if (isAsync) {
      this.emit(Op.GET_AWAITABLE);
      this.yieldFromLoop();
    }
    this.emit(Op.POP_JUMP_IF_TRUE, suppress);
    this.emit(Op.RERAISE, 0);
    asm.bind(suppress);
    asm.popHandler();
    this.emit(Op.POP_TOP);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP);
    this.emit(Op.JUMP, end);
    asm.bind(cleanup);
    asm.depth = d + 2;
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 0);
    asm.bind(end);
  }

  // ---------------------------------------------------------------------------------------
  // Functions and classes.

  functionDef(s: A.FunctionDef | A.AsyncFunctionDef): void {
    for (const d of s.decorator_list) this.expr(d);
    const scope = this.table.byNode.get(s)!;
    this.makeFunction(scope, s.args, s.returns, s.name, s.lineno, (c) => {
      const body = s.body;
      let start = 0;
      if (body.length > 0 && isDocstring(body[0])) {
        c.u.code.docstring = true;
        c.u.asm.constant(((body[0] as A.ExprStmt).value as A.Constant).value.type === "str" ? constStr(body[0]) : None);
        start = 1;
      } else c.u.asm.constant(None);
      c.stmts(body.slice(start));
      c.loadConst(None);
      c.emit(Op.RETURN_VALUE);
    });
    this.applyDecorators(s.decorator_list);
    this.asm.line = s.lineno;
    this.asm.loc = s;
    this.storeName(s.name);
  }

  /** The calls of a def's or class's decorators, innermost first, each at its decorator's line and span. */
  private applyDecorators(decorators: A.Expr[]): void {
    for (let i = decorators.length - 1; i >= 0; i--) {
      this.asm.line = decorators[i].lineno;
      this.at(decorators[i], () => this.emit(Op.CALL, 1));
    }
  }

    private qualname(name: string): string {
    const u = this.u;
    if (u.kind === "module") return name;
    const sc = u.scope.lookup(name);
    if (u.kind === "function" && sc !== Sc.GlobalExplicit) return `${u.qualname}.<locals>.${name}`;
    if (sc === Sc.GlobalExplicit) return name;
    return `${u.qualname}.${name}`;
  }

  /** Emits defaults/annotations/closure and MAKE_FUNCTION for a nested code object. */
  makeFunction(scope: Scope, args: A.Arguments, returns: A.Expr | null, name: string, line: number, body: (c: Compiler) => void): void {
    let flags = 0;
    if (args.defaults.length) {
      for (const d of args.defaults) this.expr(d);
      this.emit(Op.BUILD_TUPLE, args.defaults.length);
      flags |= MF_DEFAULTS;
    }
    const kwd = args.kwonlyargs.map((a, i) => [a.arg, args.kw_defaults[i]] as const).filter(([, d]) => d !== null);
    if (kwd.length) {
      for (const [n, d] of kwd) {
        this.loadConst(n);
        this.expr(d!);
      }
      this.emit(Op.BUILD_MAP, kwd.length);
      flags |= MF_KWDEFAULTS;
    }
    const ann: [string, A.Expr][] = [];
    for (const a of [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])]) {
      if (a.annotation) ann.push([a.arg, a.annotation]);
    }
    if (returns) ann.push(["return", returns]);
    if (ann.length) {
      for (const [n, e] of ann) {
        this.loadConst(n);
        this.expr(e);
      }
      this.emit(Op.BUILD_MAP, ann.length);
      flags |= MF_ANNOTATIONS;
    }
    const qual = this.qualname(name);
    const u = this.enter(scope, "function", name, qual, line);
    const code = u.code;
    code.argcount = args.posonlyargs.length + args.args.length;
    code.posonlyargcount = args.posonlyargs.length;
    code.kwonlyargcount = args.kwonlyargs.length;
    if (args.vararg) code.flags |= CO_VARARGS;
    if (args.kwarg) code.flags |= CO_VARKEYWORDS;
    if (scope.isGenerator) code.flags |= scope.isCoroutine ? CO_ASYNC_GENERATOR : CO_GENERATOR;
    else if (scope.isCoroutine) code.flags |= CO_COROUTINE;
    if (this.units.length > 1) code.flags |= CO_NESTED;
    body(this);
    const child = this.leave();
    this.closure(child);
    if (child.freevars.length) flags |= MF_CLOSURE;
    this.loadConst(child as unknown as PyValue);
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  /** Pushes a tuple of the cells a nested code object closes over (if any). */
  private closure(child: CodeObject): void {
    if (child.freevars.length === 0) return;
    for (const n of child.freevars) {
      let slot: number;
      if (this.u.kind === "class" && n === "__class__") slot = this.u.deref("__class__");
      else slot = this.u.deref(n);
      this.emit(Op.LOAD_CLOSURE, slot);
    }
    this.emit(Op.BUILD_TUPLE, child.freevars.length);
  }

  classDef(s: A.ClassDef): void {
    for (const d of s.decorator_list) this.expr(d);
    this.emit(Op.LOAD_BUILD_CLASS);
    const scope = this.table.byNode.get(s)!;
    const qual = this.qualname(s.name);
    const u = this.enter(scope, "class", s.name, qual, s.lineno);
    this.loadName("__name__");
    this.storeName("__module__");
    this.loadConst(qual);
    this.storeName("__qualname__");
    let body = s.body;
    if (body.some(hasAnnotations)) this.emit(Op.SETUP_ANNOTATIONS);
    if (body.length > 0 && isDocstring(body[0])) {
      this.asm.line = body[0].lineno;
      this.expr((body[0] as A.ExprStmt).value);
      this.storeName("__doc__");
      body = body.slice(1);
    }
    this.stmts(body);
    if (scope.needsClassCell) {
      this.emit(Op.LOAD_CLOSURE, u.deref("__class__"));
      this.emit(Op.COPY, 1);
      this.storeName("__classcell__");
    } else this.loadConst(None);
    this.emit(Op.RETURN_VALUE);
    const child = this.leave();
    this.asm.line = s.lineno;
    this.asm.loc = s;
    this.closure(child);
    this.loadConst(child as unknown as PyValue);
    this.emit(Op.MAKE_FUNCTION, child.freevars.length ? MF_CLOSURE : 0);
    this.loadConst(s.name);
    this.callArgs(s.bases, s.keywords, 2, s);
    this.applyDecorators(s.decorator_list);
    this.storeName(s.name);
  }

  // ---------------------------------------------------------------------------------------
  // Assignment targets.

  store(t: A.Expr): void {
    this.at(t, () => this.storeTarget(t));
  }

  private storeTarget(t: A.Expr): void {
    switch (t.kind) {
      case "Name":
        if (t.id === "__debug__") throw this.error("cannot assign to __debug__", t);
        this.storeName(t.id);
        break;
      case "Attribute":
        this.expr(t.value);
        this.asm.line = t.end_lineno;
        this.at(attrLoc(t, t), () => this.emit(Op.STORE_ATTR, this.asm.name(t.attr)));
        break;
      case "Subscript":
        this.expr(t.value);
        this.subscriptKey(t.slice);
        this.emit(Op.STORE_SUBSCR);
        break;
      case "Tuple":
      case "List": {
        const elts = t.elts;
        const star = elts.findIndex((e) => e.kind === "Starred");
        if (star >= 0) {
          if (elts.slice(star + 1).some((e) => e.kind === "Starred")) throw this.error("multiple starred expressions in assignment", t);
          if (star >= 256 || elts.length - star - 1 >= 1 << 23) throw this.error("too many expressions in star-unpacking assignment", t);
          this.emit(Op.UNPACK_EX, star | ((elts.length - star - 1) << 8));
        } else this.emit(Op.UNPACK_SEQUENCE, elts.length);
        for (const e of elts) this.store(e.kind === "Starred" ? e.value : e);
        break;
      }
      case "Starred":
        throw this.error("starred assignment target must be in a list or tuple", t);
      default:
        throw this.error(`cannot assign to ${exprName(t)}`, t);
    }
  }

  del(t: A.Expr): void {
    this.at(t, () => this.delTarget(t));
  }

  private delTarget(t: A.Expr): void {
    switch (t.kind) {
      case "Name":
        this.nameOp(t.id, "del");
        break;
      case "Attribute":
        this.expr(t.value);
        this.emit(Op.DELETE_ATTR, this.asm.name(t.attr));
        break;
      case "Subscript":
        this.expr(t.value);
        this.subscriptKey(t.slice);
        this.emit(Op.DELETE_SUBSCR);
        break;
      case "Tuple":
      case "List":
        for (const e of t.elts) this.del(e);
        break;
      default:
        throw this.error(`cannot delete ${exprName(t)}`, t);
    }
  }

  subscriptKey(k: A.Expr): void {
    if (k.kind === "Slice") {
      // A slice of constants is immutable, so one object serves every execution (`p[::-1]`).
      const parts = [k.lower, k.upper, k.step].map((x) => (x ? this.fold(x) : None));
      if (parts.every((x) => x !== undefined)) {
        this.loadConst(new PySlice(parts[0]!, parts[1]!, parts[2]!));
        return;
      }
      this.optExpr(k.lower);
      this.optExpr(k.upper);
      if (k.step) {
        this.expr(k.step);
        this.emit(Op.BUILD_SLICE, 3);
      } else this.emit(Op.BUILD_SLICE, 2);
    } else this.expr(k);
  }

  private optExpr(e: A.Expr | null): void {
    if (e) this.expr(e);
    else this.loadConst(None);
  }

  // ---------------------------------------------------------------------------------------
  // Expressions.

  expr(e: A.Expr): void {
    const asm = this.asm;
    const savedLine = asm.line;
    const savedLoc = asm.loc;
    asm.line = e.lineno;
    asm.loc = e;
    this.exprInner(e);
    asm.line = savedLine;
    asm.loc = savedLoc;
  }

  /** Runs `emit` with instructions attributed to `node`'s source span (a store/del target, an attribute). */
  private at(node: A.Located, emit: () => void): void {
    const saved = this.asm.loc;
    this.asm.loc = node;
    emit();
    this.asm.loc = saved;
  }

  private exprInner(e: A.Expr): void {
    switch (e.kind) {
      case "Constant":
        this.constant(e.value);
        break;
      case "Name":
        if (e.ctx !== "Load") throw this.error("invalid name context", e);
        if (e.id === "__debug__") {
          this.loadConst(true);
          break;
        }
        this.loadName(e.id);
        break;
      case "BinOp": {
        const v = this.fold(e);
        if (v !== undefined) {
          this.loadConst(v);
          break;
        }
        this.expr(e.left);
        this.expr(e.right);
        this.emit(Op.BINARY_OP, BINOP[e.op]);
        break;
      }
      case "UnaryOp":
        if (e.op !== "Not") {
          const v = this.fold(e);
          if (v !== undefined) {
            this.loadConst(v);
            break;
          }
        }
        this.expr(e.operand);
        this.emit(e.op === "Not" ? Op.UNARY_NOT : e.op === "USub" ? Op.UNARY_NEGATIVE : e.op === "UAdd" ? Op.UNARY_POSITIVE : Op.UNARY_INVERT);
        break;
      case "BoolOp": {
        const end = new Label();
        for (let i = 0; i < e.values.length; i++) {
          this.expr(e.values[i]);
          if (i < e.values.length - 1) this.emit(e.op === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
        }
        this.asm.bind(end);
        break;
      }
      case "Compare":
        this.compare(e);
        break;
      case "IfExp": {
        const orelse = new Label();
        const end = new Label();
        this.jumpIf(e.test, false, orelse);
        this.expr(e.body);
        this.emit(Op.JUMP, end);
        this.asm.bind(orelse);
        this.expr(e.orelse);
        this.asm.bind(end);
        break;
      }
      case "Attribute":
        this.expr(e.value);
        this.asm.line = e.end_lineno;
        this.at(attrLoc(e, e), () => this.emit(Op.LOAD_ATTR, this.asm.name(e.attr)));
        break;
      case "Subscript":
        this.expr(e.value);
        this.subscriptKey(e.slice);
        this.emit(Op.BINARY_SUBSCR);
        break;
      case "Call":
        this.call(e);
        break;
      case "Tuple":
        if (e.elts.some((x) => x.kind === "Starred")) {
          this.starredList(e.elts);
          this.emit(Op.LIST_TO_TUPLE);
        } else if (e.elts.length > 0 && this.fold(e) !== undefined) {
          this.loadConst(this.fold(e)!);
        } else {
          for (const x of e.elts) this.expr(x);
          this.emit(Op.BUILD_TUPLE, e.elts.length);
        }
        break;
      case "List":
        if (e.elts.some((x) => x.kind === "Starred")) this.starredList(e.elts);
        else {
          for (const x of e.elts) this.expr(x);
          this.emit(Op.BUILD_LIST, e.elts.length);
        }
        break;
      case "Set":
        if (e.elts.some((x) => x.kind === "Starred")) {
          this.emit(Op.BUILD_SET, 0);
          for (const x of e.elts) {
            if (x.kind === "Starred") {
              this.expr(x.value);
              this.emit(Op.SET_UPDATE, 1);
            } else {
              this.expr(x);
              this.emit(Op.SET_ADD, 1);
            }
          }
        } else if (e.elts.length > 2 && e.elts.every((x) => this.fold(x) !== undefined)) {
          // CPython folds constant set displays into a frozenset merged into an empty set,
          // which decides the iteration order users see.
          this.emit(Op.BUILD_SET, 0);
          // CPython builds that frozenset twice (the constant merger rebuilds it from its own
          // iteration order), and the double build is what fixes the order.
          const first = makeSet(e.elts.map((x) => this.fold(x)!), frozensetType);
          this.loadConst(makeSet(first.items(), frozensetType));
          this.emit(Op.SET_UPDATE, 1);
        } else {
          for (const x of e.elts) this.expr(x);
          this.emit(Op.BUILD_SET, e.elts.length);
        }
        break;
      case "Dict":
        this.dict(e);
        break;
      case "Slice":
        this.subscriptKey(e);
        break;
      case "Starred":
        throw this.error("can't use starred expression here", e);
      case "NamedExpr":
        this.expr(e.value);
        this.emit(Op.COPY, 1);
        this.store(e.target);
        break;
      case "Lambda": {
        const scope = this.table.byNode.get(e)!;
        this.makeFunction(scope, e.args, null, "<lambda>", e.lineno, (c) => {
          c.u.asm.constant(None);
          c.expr(e.body);
          if (scope.isGenerator) c.emit(Op.POP_TOP), c.loadConst(None);
          c.emit(Op.RETURN_VALUE);
        });
        break;
      }
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        this.comprehension(e);
        break;
      case "JoinedStr":
        this.joinedStr(e);
        break;
      case "FormattedValue":
        this.formattedValue(e);
        break;
      case "Yield":
        if (this.u.kind !== "function") throw this.error("'yield' outside function", e);
        if (this.u.scope.isCoroutine) {
          this.loadConst(asyncGenWrap);
          this.optExpr(e.value);
          this.emit(Op.CALL, 1);
        } else this.optExpr(e.value);
        this.emit(Op.YIELD_VALUE);
        break;
      case "YieldFrom":
        if (this.u.kind !== "function") throw this.error("'yield' outside function", e);
        if (this.u.scope.isCoroutine) throw this.error("'yield from' inside async function", e);
        this.expr(e.value);
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.yieldFromLoop();
        break;
      case "Await":
        if (this.u.kind !== "function" || !this.u.scope.isCoroutine) {
          if (!(this.u.kind === "function" && this.u.scope.isComprehension)) throw this.error("'await' outside async function", e);
        }
        this.expr(e.value);
        this.emit(Op.GET_AWAITABLE);
        this.yieldFromLoop();
        break;
    }
  }

  private yieldFromLoop(): void {
    const loop = new Label();
    const exit = new Label();
    this.loadConst(None);
    this.asm.bind(loop);
    this.emit(Op.SEND, exit);
    this.emit(Op.YIELD_VALUE);
    this.emit(Op.JUMP, loop);
    this.asm.bind(exit);
  }

  /**
   * The value of a constant expression as CPython's AST optimizer folds it (constants, unary
   * and binary operators on numbers and strs within its size limits, tuples), or undefined.
   */
  fold(e: A.Expr): PyValue | undefined {
    // Memoised: expr() asks again at every level of a nested operator chain.
    let v = this.folded.get(e);
    if (v === undefined) {
      v = this.foldUncached(e) ?? null;
      this.folded.set(e, v);
    }
    return v === null ? undefined : v;
  }

  private folded = new WeakMap<A.Expr, PyValue | null>();

  private foldUncached(e: A.Expr): PyValue | undefined {
    switch (e.kind) {
      case "Constant":
        return e.value.type === "complex" ? undefined : this.constValue(e.value);
      case "UnaryOp": {
        const v = this.fold(e.operand);
        if (v === undefined || !(typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || v instanceof PyFloat)) return undefined;
        try {
          if (e.op === "USub") return neg(v);
          if (e.op === "UAdd") return pos(v);
          if (e.op === "Invert" && typeof v !== "object") return invert(v);
        } catch {
          return undefined;
        }
        return undefined;
      }
      case "BinOp": {
        const a = this.fold(e.left);
        if (a === undefined) return undefined;
        const b = this.fold(e.right);
        if (b === undefined) return undefined;
        const numeric = (x: PyValue) => typeof x === "number" || typeof x === "bigint" || x instanceof PyFloat;
        if (!(numeric(a) && numeric(b)) && !(typeof a === "string" && typeof b === "string" && e.op === "Add")) return undefined;
        // CPython's safe_power / safe_lshift: only fold when the int result stays within 128 bits.
        if ((e.op === "Pow" || e.op === "LShift") && (typeof a === "number" || typeof a === "bigint") && (typeof b === "number" || typeof b === "bigint")) {
          const bits = typeof a === "bigint" ? a.toString(2).length : Math.abs(a).toString(2).length;
          if (b < 0 || (e.op === "Pow" ? a !== 0 && Math.abs(Number(a)) > 1 && bits * Number(b) > 128 : bits + Number(b) > 128)) return undefined;
        }
        try {
          const r = binaryOp(BINOP[e.op], a, b);
          if (typeof r === "bigint" && r.toString(2).length > 128) return undefined;
          if (typeof r === "string" && r.length > 4096) return undefined;
          return r;
        } catch {
          return undefined;
        }
      }
      case "Tuple": {
        const items: PyValue[] = [];
        for (const x of e.elts) {
          const v = this.fold(x);
          if (v === undefined) return undefined;
          items.push(v);
        }
        return newTuple(items);
      }
      default:
        return undefined;
    }
  }

  constValue(v: A.ConstantValue): PyValue {
    switch (v.type) {
      case "int":
        return v.value;
      case "float":
        return new PyFloat(v.value);
      case "str":
        return v.value;
      case "bool":
        return v.value;
      case "None":
        return None;
      case "Ellipsis":
        return Ellipsis;
      case "bytes":
        return makeBytesConstant(v.value);
      case "complex":
        return new PyComplex(0, v.imag);
    }
  }

  constant(v: A.ConstantValue): void {
    this.loadConst(this.constValue(v));
  }

  private compare(e: A.Compare): void {
    this.expr(e.left);
    const n = e.ops.length;
    if (n === 1) {
      this.expr(e.comparators[0]);
      this.cmpOp(e.ops[0]);
      return;
    }
    const cleanup = new Label();
    const end = new Label();
    for (let i = 0; i < n; i++) {
      this.expr(e.comparators[i]);
      if (i < n - 1) {
        this.emit(Op.SWAP, 2);
        this.emit(Op.COPY, 2);
        this.cmpOp(e.ops[i]);
        this.emit(Op.JUMP_IF_FALSE_OR_POP, cleanup);
      } else this.cmpOp(e.ops[i]);
    }
    this.emit(Op.JUMP, end);
    this.asm.bind(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_TOP);
    this.asm.bind(end);
  }

  private cmpOp(op: A.CmpOpKind): void {
    switch (op) {
      case "Is": return this.emit(Op.IS_OP, 0);
      case "IsNot": return this.emit(Op.IS_OP, 1);
      case "In": return this.emit(Op.CONTAINS_OP, 0);
      case "NotIn": return this.emit(Op.CONTAINS_OP, 1);
      default: return this.emit(Op.COMPARE_OP, CMP[op]!);
    }
  }

  private starredList(elts: A.Expr[]): void {
    this.emit(Op.BUILD_LIST, 0);
    for (const x of elts) {
      if (x.kind === "Starred") {
        this.expr(x.value);
        this.emit(Op.LIST_EXTEND, 1);
      } else {
        this.expr(x);
        this.emit(Op.LIST_APPEND, 1);
      }
    }
  }

  private dict(e: A.Dict): void {
    const n = e.keys.length;
    if (!e.keys.includes(null)) {
      for (let i = 0; i < n; i++) {
        this.expr(e.keys[i]!);
        this.expr(e.values[i]);
      }
      this.emit(Op.BUILD_MAP, n);
      return;
    }
    this.emit(Op.BUILD_MAP, 0);
    let run = 0;
    const flush = () => {
      if (run) {
        this.emit(Op.BUILD_MAP, run);
        this.emit(Op.DICT_UPDATE, 1);
        run = 0;
      }
    };
    for (let i = 0; i < n; i++) {
      const k = e.keys[i];
      if (k === null) {
        flush();
        this.expr(e.values[i]);
        this.emit(Op.DICT_UPDATE, 1);
      } else {
        this.expr(k);
        this.expr(e.values[i]);
        run++;
      }
    }
    flush();
  }

  private call(e: A.Call): void {
    const f = e.func;
    const simple = !e.args.some((a) => a.kind === "Starred") && !e.keywords.some((k) => k.arg === null);
    // A method call spanning lines is located from its attribute name on, as in CPython.
    const callLoc = f.kind === "Attribute" && simple ? attrLoc(f, e) : e;
    if (f.kind === "Attribute" && simple && e.keywords.length === 0) {
      this.expr(f.value);
      this.asm.line = f.end_lineno;
      this.at(attrLoc(f, f), () => this.emit(Op.LOAD_METHOD, this.asm.name(f.attr)));
      this.at(callLoc, () => {
        for (const a of e.args) this.expr(a);
        this.asm.line = callLoc.lineno;
        this.emit(Op.CALL_METHOD, e.args.length);
      });
      return;
    }
    this.expr(f);
    this.at(callLoc, () => this.callArgs(e.args, e.keywords, 0, callLoc));
  }

  /** Compiles arguments and the call; `extra` positional args are already on the stack. */
  callArgs(args: A.Expr[], keywords: A.Keyword[], extra: number, node: A.Located): void {
    const simple = !args.some((a) => a.kind === "Starred") && !keywords.some((k) => k.arg === null);
    const seen = new Set<string>();
    for (const k of keywords) {
      if (k.arg !== null) {
        if (seen.has(k.arg)) throw this.error(`keyword argument repeated: ${k.arg}`, k);
        seen.add(k.arg);
      }
    }
    if (simple) {
      for (const a of args) this.expr(a);
      for (const k of keywords) this.expr(k.value);
      this.asm.line = node.lineno;
      if (keywords.length) {
        this.loadConst(newTuple(keywords.map((k) => k.arg!)));
        this.emit(Op.CALL_KW, extra + args.length + keywords.length);
      } else this.emit(Op.CALL, extra + args.length);
      return;
    }
    // General form: build an args tuple and a kwargs dict. A lone `*x` is passed as is (CALL_EX
    // flag 2: not a fresh tuple), so a non-iterable gets CPython's "f() argument after *" error.
    const lone = extra === 0 && args.length === 1 && args[0].kind === "Starred";
    if (lone) this.expr((args[0] as A.Starred).value);
    else this.emit(Op.BUILD_LIST, extra);
    for (const a of lone ? [] : args) {
      if (a.kind === "Starred") {
        this.expr(a.value);
        this.emit(Op.LIST_EXTEND, 1);
      } else {
        this.expr(a);
        this.emit(Op.LIST_APPEND, 1);
      }
    }
    if (!lone) this.emit(Op.LIST_TO_TUPLE);
    if (keywords.length) {
      this.emit(Op.BUILD_MAP, 0);
      for (const k of keywords) {
        if (k.arg === null) {
          this.expr(k.value);
          this.emit(Op.DICT_MERGE, 1);
        } else {
          this.loadConst(k.arg);
          this.expr(k.value);
          this.emit(Op.BUILD_MAP, 1);
          this.emit(Op.DICT_MERGE, 1);
        }
      }
      this.asm.line = node.lineno;
      this.emit(Op.CALL_EX, lone ? 3 : 1);
    } else {
      this.asm.line = node.lineno;
      this.emit(Op.CALL_EX, lone ? 2 : 0);
    }
  }

  private joinedStr(e: A.JoinedStr): void {
    if (e.values.length === 0) {
      this.loadConst("");
      return;
    }
    for (const v of e.values) {
      if (v.kind === "Constant") this.constant(v.value);
      else this.expr(v);
    }
    if (e.values.length > 1 || e.values[0].kind === "Constant") this.emit(Op.BUILD_STRING, e.values.length);
  }

  private formattedValue(e: A.FormattedValue): void {
    this.expr(e.value);
    let flags = 0;
    if (e.conversion === 115) flags = 1;
    else if (e.conversion === 114) flags = 2;
    else if (e.conversion === 97) flags = 3;
    if (e.format_spec) {
      this.expr(e.format_spec);
      flags |= 4;
    }
    this.emit(Op.FORMAT_VALUE, flags);
  }

  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const scope = this.table.byNode.get(e)!;
    const name = e.kind === "GeneratorExp" ? "<genexpr>" : e.kind === "ListComp" ? "<listcomp>" : e.kind === "SetComp" ? "<setcomp>" : "<dictcomp>";
    const gens = e.generators;
    const qual = this.qualname(name);
    const u = this.enter(scope, "function", name, qual, e.lineno);
    u.code.argcount = 1;
    if (scope.isGenerator) u.code.flags |= scope.isCoroutine ? CO_ASYNC_GENERATOR : CO_GENERATOR;
    else if (scope.isCoroutine) u.code.flags |= CO_COROUTINE;
    u.code.flags |= CO_NESTED;
    u.asm.constant(None);
    if (e.kind === "ListComp") this.emit(Op.BUILD_LIST, 0);
    else if (e.kind === "SetComp") this.emit(Op.BUILD_SET, 0);
    else if (e.kind === "DictComp") this.emit(Op.BUILD_MAP, 0);
    this.compGenerator(e, gens, 0, e.kind === "GeneratorExp" ? 0 : 1);
    if (e.kind === "GeneratorExp") this.loadConst(None);
    this.emit(Op.RETURN_VALUE);
    const child = this.leave();
    this.closure(child);
    this.loadConst(child as unknown as PyValue);
    this.emit(Op.MAKE_FUNCTION, child.freevars.length ? MF_CLOSURE : 0);
    if (gens[0].is_async) {
      this.loadConst(asyncIterHelper);
      this.expr(gens[0].iter);
      this.emit(Op.CALL, 1);
    } else {
      this.expr(gens[0].iter);
      this.emit(Op.GET_ITER);
    }
    this.emit(Op.CALL, 1);
    if (scope.isCoroutine && !scope.isGenerator) {
      // An asynchronous list/set/dict comprehension is a coroutine the enclosing code awaits.
      this.emit(Op.GET_AWAITABLE);
      this.yieldFromLoop();
    }
  }

  private compGenerator(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, gens: A.Comprehension[], i: number, collectionDepth: number): void {
    const g = gens[i];
    const start = new Label();
    const end = new Label();
    const asm = this.asm;
    if (i === 0) this.emit(Op.LOAD_FAST, this.u.local(".0"));
    else if (g.is_async) {
      this.loadConst(asyncIterHelper);
      this.expr(g.iter);
      this.emit(Op.CALL, 1);
    } else {
      this.expr(g.iter);
      this.emit(Op.GET_ITER);
    }
    const d = asm.depth;
    const stopL = new Label();
    asm.bind(start);
    if (g.is_async) {
      asm.pushHandler(stopL, d);
      this.loadConst(asyncNextHelper);
      this.emit(Op.COPY, 2);
      this.emit(Op.CALL, 1);
      this.emit(Op.GET_AWAITABLE);
      this.yieldFromLoop();
      asm.popHandler();
    } else this.emit(Op.FOR_ITER, end);
    this.store(g.target);
    for (const cond of g.ifs) this.jumpIf(cond, false, start);
    if (i + 1 < gens.length) this.compGenerator(e, gens, i + 1, collectionDepth);
    else {
      const depth = i + 1 + collectionDepth;
      switch (e.kind) {
        case "ListComp":
          this.expr(e.elt);
          this.emit(Op.LIST_APPEND, depth);
          break;
        case "SetComp":
          this.expr(e.elt);
          this.emit(Op.SET_ADD, depth);
          break;
        case "DictComp":
          this.expr(e.key);
          this.expr(e.value);
          this.emit(Op.MAP_ADD, depth);
          break;
        case "GeneratorExp":
          if (this.u.scope.isCoroutine) {
            this.loadConst(asyncGenWrap);
            this.expr(e.elt);
            this.emit(Op.CALL, 1);
          } else this.expr(e.elt);
          this.emit(Op.YIELD_VALUE);
          this.emit(Op.POP_TOP);
          break;
      }
    }
    this.emit(Op.JUMP, start);
    if (g.is_async) {
      // END_ASYNC_FOR: StopAsyncIteration ends the loop; anything else propagates.
      const reraise = new Label();
      asm.bind(stopL);
      asm.depth = d + 1;
      this.loadConst(stopAsyncIteration);
      this.emit(Op.CHECK_EXC_MATCH);
      this.emit(Op.POP_JUMP_IF_FALSE, reraise);
      this.emit(Op.POP_TOP);
      this.emit(Op.POP_TOP);
      this.emit(Op.JUMP, end);
      asm.bind(reraise);
      asm.depth = d + 1;
      this.emit(Op.RERAISE, 0);
      asm.depth = d - 1;
    }
    this.asm.bind(end);
  }
}

function isDocstring(s: A.Stmt): boolean {
  return s.kind === "Expr" && s.value.kind === "Constant" && s.value.value.type === "str";
}

function constStr(s: A.Stmt): string {
  const v = ((s as A.ExprStmt).value as A.Constant).value;
  return v.type === "str" ? v.value : "";
}

function isTrueConst(e: A.Constant): boolean {
  const v = e.value;
  return (v.type === "bool" && v.value) || (v.type === "int" && v.value !== 0);
}

function hasAnnotations(s: A.Stmt): boolean {
  switch (s.kind) {
    case "AnnAssign":
      return true;
    case "If":
    case "While":
    case "For":
      return s.body.some(hasAnnotations) || s.orelse.some(hasAnnotations);
    case "With":
      return s.body.some(hasAnnotations);
    case "Try":
      return s.body.some(hasAnnotations) || s.orelse.some(hasAnnotations) || s.finalbody.some(hasAnnotations) || s.handlers.some((h) => h.body.some(hasAnnotations));
    default:
      return false;
  }
}

/** How CPython names an expression kind in "cannot assign to ..." messages. */
export function exprName(e: A.Expr): string {
  switch (e.kind) {
    case "Call": return "function call";
    case "Constant": return "literal";
    case "BinOp": case "UnaryOp": return "expression";
    case "BoolOp": return "expression";
    case "Compare": return "comparison";
    case "Lambda": return "lambda";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    default: return "expression";
  }
}

/** Compiles an AST into a module/expression code object. */
export function compile(mod: A.Mod, filename: string, mode: "exec" | "eval" | "single"): CodeObject {
  mangleModule(mod);
  return new Compiler(filename).compileModule(mod, mode);
}
