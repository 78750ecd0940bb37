// The emission layer under the JIT compiler: wasm locals for Python locals and stack slots,
// boxing and unboxing, helper imports, shadow-stack records and deoptimisation exits. The
// same methods run during inference with no emitter attached (they then only track types).
import type { CodeObject } from "../vm/code.js";
import type { PyValue } from "../vm/objects/object.js";
import { Ty, type AV, slotSuffix, tyName } from "./types.js";
import type { WatFunction, WasmType } from "./wat.js";
import { MEM } from "./layout.js";
import { FB_INT, FB_FLOAT, FB_BOOL } from "./feedback.js";
import { Reject, cloneState, sanitize, slotName, wasmOf, GENERIC_IMPORTS, type Unit, type State } from "./unit.js";
import type { Batch } from "./compiler.js";

/** Emission helpers shared by the arithmetic and instruction layers. */
export abstract class UnitEmitter {
  protected readonly batch: Batch;
  protected readonly u: Unit;
  /** The active emitter: null while inferring (even on the emitting compiler). */
  protected w: WatFunction | null;
  protected readonly target: WatFunction | null;
  protected readonly code: CodeObject;
  protected pc = 0;
  protected pre: State | null = null;
  constructor(batch: Batch, u: Unit, w: WatFunction | null) {
    this.batch = batch;
    this.u = u;
    this.w = w;
    this.target = w;
    this.code = u.code;
  }

  protected localName(i: number): string {
    const c = this.code;
    return i < c.nlocals ? c.varnames[i] : `cell${i}`;
  }

  // ------------------------------------------------------------------ emission helpers

  protected e(...instrs: string[]): void {
    if (this.w !== null) this.w.emit(...instrs);
  }

  protected get emitting(): boolean {
    return this.w !== null;
  }

  /** wasm local holding stack slot d for type t (declared on first use). */
  protected sl(d: number, t: Ty): string {
    const n = slotName(d, t);
    if (this.w !== null) this.w.local(n, wasmOf(t));
    return "$" + n;
  }

  protected rangeLocals(d: number): [string, string, string] {
    const parts = ["cur", "stop", "step"].map((p) => {
      const n = slotName(d, Ty.Range, p);
      if (this.w !== null) this.w.local(n, "i64");
      return "$" + n;
    }) as [string, string, string];
    return parts;
  }

  /** wasm local holding Python local i for type t. */
  protected ll(i: number, t: Ty): string {
    const n = `${sanitize(this.localName(i))}_${slotSuffix(t)}`;
    if (this.w !== null) this.w.local(n, wasmOf(t));
    return "$" + n;
  }

  protected boundFlag(i: number): string {
    const n = `${sanitize(this.localName(i))}_set`;
    if (this.w !== null) this.w.local(n, "i32");
    return "$" + n;
  }

  protected imp(name: string, params: WasmType[], results: WasmType[]): string {
    if (this.w !== null && GENERIC_IMPORTS.has(name)) this.u.genericOps++;
    return "$" + this.batch.mod.importFunc(name, params, results);
  }

  protected knownIndex(v: PyValue): number {
    let i = this.u.known.indexOf(v);
    if (i < 0) {
      i = this.u.known.length;
      this.u.known.push(v);
    }
    return i;
  }

  /** Pushes the wasm value of stack slot d (typed av) onto the wasm operand stack. */
  protected get(d: number, av: AV): void {
    if (av.t === Ty.Int || av.t === Ty.Float || av.t === Ty.Bool || av.t === Ty.Obj) this.e(`local.get ${this.sl(d, av.t)}`);
    else if (av.t === Ty.None) this.e("i32.const 0");
    else this.e("unreachable");
  }

  /** Pushes slot d converted to i64 (int or bool). */
  protected getInt(d: number, av: AV): void {
    this.get(d, av);
    if (av.t === Ty.Bool) this.e("i64.extend_i32_u");
  }

  /** Pushes slot d converted to f64 (int exactly representable, checked by the caller). */
  protected getFloat(d: number, av: AV): void {
    this.get(d, av);
    if (av.t === Ty.Int) this.e("f64.convert_i64_s");
    else if (av.t === Ty.Bool) this.e("f64.convert_i32_u");
  }

  /** Pops the wasm operand stack into slot d. */
  protected put(d: number, t: Ty): void {
    if (t === Ty.Int || t === Ty.Float || t === Ty.Bool || t === Ty.Obj) this.e(`local.set ${this.sl(d, t)}`);
    else if (t === Ty.None) this.e("drop");
  }

  /** Before a helper that may raise: this frame's shadow-stack entry (unit, instruction) and
   *  DEPTH = this frame, so a traceback (and a nested interpreter) knows where it is. */
  protected recordPc(pc: number): void {
    this.e(`local.get $depth`, `i32.const 3`, `i32.shl`, `i64.const ${pc * 2 ** 32 + this.u.id}`, `i64.store offset=${MEM.SHADOW}`);
    this.e(`i32.const ${MEM.DEPTH}`, "local.get $depth", "i32.store");
  }

  /** While an exception unwinds through a direct call: record this frame's entry, rethrow. */
  protected unwindRecord(pc: number): void {
    this.e("catch_all");
    this.e(`  local.get $depth`, `  i32.const 3`, `  i32.shl`, `  i64.const ${pc * 2 ** 32 + this.u.id}`, `  i64.store offset=${MEM.SHADOW}`);
    this.e("  rethrow 0", "end");
  }

  /** Emits: if the i32 on the wasm stack is non-zero, deoptimise before instruction `pc`. */
  protected bailIf(pc: number): void {
    if (!this.emitting) return;
    this.e("if");
    this.w!.emit("  ;; deopt: resume the interpreter at instruction " + pc);
    this.emitBail(pc, this.pre!, 0, "  ");
    this.e("end");
  }

  /** Deopt exits: sites branch out of the body (`br $bailN`); the spill code is emitted after
   *  it, outside every loop, so calls on cold paths do not cost the hot loops registers. */
  protected bails: { pc: number; state: State; kind: 0 | 1 | 2 }[] = [];

  protected emitBail(pc: number, s: State, kind: 0 | 1 | 2, pad: string): void {
    this.bails.push({ pc, state: cloneState(s), kind });
    this.e(pad + `br $bail${this.bails.length - 1}`);
  }

  protected emitBailInline(pc: number, s: State, kind: 0 | 1 | 2, pad: string): void {
    const pending = kind === 1;
    const spill = (slot: number, av: AV, read: () => string[]): void => {
      switch (av.t) {
        case Ty.Int: this.e(pad + `i32.const ${slot}`, ...read().map((x) => pad + x), pad + `call ${this.imp("spill_i", ["i32", "i64"], [])}`); break;
        case Ty.Float: this.e(pad + `i32.const ${slot}`, ...read().map((x) => pad + x), pad + `call ${this.imp("spill_f", ["i32", "f64"], [])}`); break;
        case Ty.Bool: this.e(pad + `i32.const ${slot}`, ...read().map((x) => pad + x), pad + `call ${this.imp("spill_b", ["i32", "i32"], [])}`); break;
        case Ty.Obj: this.e(pad + `i32.const ${slot}`, ...read().map((x) => pad + x), pad + `call ${this.imp("spill_r", ["i32", "externref"], [])}`); break;
        case Ty.None: this.e(pad + `i32.const ${slot}`, pad + `i32.const -1`, pad + `call ${this.imp("spill_k", ["i32", "i32"], [])}`); break;
        case Ty.Null: this.e(pad + `i32.const ${slot}`, pad + `i32.const -2`, pad + `call ${this.imp("spill_k", ["i32", "i32"], [])}`); break;
        case Ty.Known: this.e(pad + `i32.const ${slot}`, pad + `i32.const ${this.knownIndex(av.k as PyValue)}`, pad + `call ${this.imp("spill_k", ["i32", "i32"], [])}`); break;
        case Ty.Range:
        case Ty.RangeIter: {
          const [c, st, sp] = read();
          this.e(pad + `i32.const ${slot}`, pad + `i32.const ${av.t === Ty.Range ? 1 : 0}`, pad + c, pad + st, pad + sp,
            pad + `call ${this.imp("spill_range", ["i32", "i32", "i64", "i64", "i64"], [])}`);
          break;
        }
        default: break;
      }
    };
    s.locals.forEach((av, i) => {
      if (av.t === Ty.Undef) return;
      if (av.mu) {
        this.e(pad + `local.get ${this.boundFlag(i)}`, pad + "if");
        spill(i, av, () => [`local.get ${this.ll(i, av.t)}`]);
        this.e(pad + "end");
      } else spill(i, av, () => [`local.get ${this.ll(i, av.t)}`]);
    });
    const n = pending ? s.stack.length - 1 : s.stack.length;
    for (let d = 0; d < n; d++) {
      const av = s.stack[d];
      if (av.t === Ty.Range || av.t === Ty.RangeIter) {
        const r = this.rangeLocals(d);
        spill(10000 + d, av, () => r.map((x) => `local.get ${x}`));
      } else spill(10000 + d, av, () => [`local.get ${this.sl(d, av.t)}`]);
    }
    this.e(pad + `i32.const ${this.u.id}`, pad + `i32.const ${pc}`, pad + `i32.const ${kind}`,
      pad + `call ${this.imp("deopt", ["i32", "i32", "i32"], [])}`);
    this.returnDummy(pad);
  }

  protected returnDummy(pad = ""): void {
    const r = this.u.ret;
    if (r !== null && r.t !== Ty.Undef) {
      const t = wasmOf(r.t);
      this.e(pad + (t === "externref" ? "ref.null extern" : `${t}.const 0`));
    } else this.e(pad + "i32.const 0");
    this.e(pad + "return");
  }

  // ------------------------------------------------------------------ instructions

  protected reject(what: string): never {
    throw new Reject(`${what} (line ${this.code.lineFor(this.pc)})`);
  }

  protected tmp(t: Ty): string {
    const n = `tmp_${slotSuffix(t)}`;
    if (this.w !== null) this.w.local(n, wasmOf(t));
    return "$" + n;
  }

  /** Pushes slot d boxed as a Python object onto the runtime's argument buffer. */
  protected box(d: number, av: AV): void {
    switch (av.t) {
      case Ty.Int: this.get(d, av); this.e(`call ${this.imp("push_i", ["i64"], [])}`); return;
      case Ty.Float: this.get(d, av); this.e(`call ${this.imp("push_f", ["f64"], [])}`); return;
      case Ty.Bool: this.get(d, av); this.e(`call ${this.imp("push_b", ["i32"], [])}`); return;
      case Ty.Obj: this.get(d, av); this.e(`call ${this.imp("push_r", ["externref"], [])}`); return;
      case Ty.None: this.e("i32.const -1", `call ${this.imp("push_k", ["i32"], [])}`); return;
      case Ty.Known: this.e(`i32.const ${this.knownIndex(av.k as PyValue)}`, `i32.const ${this.u.id}`, `call ${this.imp("push_known", ["i32", "i32"], [])}`); return;
      default: this.reject(`boxing a ${tyName(av.t)}`);
    }
  }

  /** Leaves an i32 truth value of slot d on the wasm stack. */
  protected truth(d: number, av: AV): void {
    switch (av.t) {
      case Ty.Bool: this.get(d, av); return;
      case Ty.Int: this.get(d, av); this.e("i64.const 0", "i64.ne"); return;
      case Ty.Float: this.get(d, av); this.e("f64.const 0", "f64.ne"); return;
      case Ty.None: this.e("i32.const 0"); return;
      case Ty.Undef: this.e("unreachable", "i32.const 0"); return;
      case Ty.Obj: this.get(d, av); this.e(`call ${this.imp("truthy", ["externref"], ["i32"])}`); return;
      default: this.reject(`truth value of ${tyName(av.t)}`);
    }
  }

  /** After a helper that may not produce a typed result: deopt (before `pc`) if it said so. */
  protected checkFailed(pc: number, at: number = pc, state: State | null = null): void {
    this.e(`i32.const ${MEM.FAILED}`, "i32.load");
    if (this.emitting) {
      this.e("if");
      this.e(`  i32.const ${MEM.FAILED}`, "  i32.const 0", "  i32.store");
      this.w!.emit("  ;; deopt: resume the interpreter at instruction " + at);
      this.emitBail(at, state ?? this.pre!, 0, "  ");
      this.e("end");
    }
  }

  /** Leaves slot d as a Python object (externref) on the wasm stack. */
  protected boxed(d: number, av: AV): void {
    switch (av.t) {
      case Ty.Obj: this.get(d, av); return;
      case Ty.Int: this.get(d, av); this.e(`call $${this.batch.boxIntHelper()}`); return;
      case Ty.Float: this.get(d, av); this.e(`call ${this.imp("box_f", ["f64"], ["externref"])}`); return;
      case Ty.Bool: this.get(d, av); this.e(`call ${this.imp("box_b", ["i32"], ["externref"])}`); return;
      case Ty.None: this.e("i32.const -1", "i32.const 0", `call ${this.imp("known_ref", ["i32", "i32"], ["externref"])}`); return;
      case Ty.Known: this.e(`i32.const ${this.u.id}`, `i32.const ${this.knownIndex(av.k as PyValue)}`, `call ${this.imp("known_ref", ["i32", "i32"], ["externref"])}`); return;
      case Ty.Null: this.e("ref.null extern"); return;
      case Ty.Undef: this.e("unreachable", "ref.null extern"); return;
      default: this.reject(`using a ${tyName(av.t)} as an object`);
    }
  }

  /** A generic helper left an object on the wasm stack: it becomes the new top of `s`. */
  protected genericResult(pc: number, s: State): void {
    const d = s.stack.length;
    this.put(d, Ty.Obj);
    s.stack.push({ t: Ty.Obj });
    this.afterGeneric(pc, s);
  }

  /** After a helper that may have run Python code: if any baked-in global changed, finish
   *  the function in the interpreter from the next instruction. */
  protected usesEpoch = false;

  protected afterGeneric(pc: number, s: State): void {
    if (!this.emitting) return;
    this.usesEpoch = true;
    this.e(`i32.const ${MEM.EPOCH}`, "i32.load", "local.get $epoch", "i32.ne", "if");
    this.w!.emit("  ;; a global this code relies on changed: continue in the interpreter");
    this.emitBail(pc + 1, cloneState(s), 0, "  ");
    this.e("end");
  }

  /** The one number type instruction `pc` has produced so far, or Undef (none, or mixed). */
  protected feedbackType(pc: number): Ty {
    const fb = this.code.feedback[pc];
    return fb === FB_FLOAT ? Ty.Float : fb === FB_INT ? Ty.Int : fb === FB_BOOL ? Ty.Bool : Ty.Undef;
  }

  /** If instruction `pc` only ever produced one kind of number, unbox the object on top. */
  protected specialiseTop(pc: number, s: State): void {
    const kind = this.feedbackType(pc);
    if (kind === Ty.Undef) return;
    const d = s.stack.length - 1;
    const boxedState = cloneState(s);
    this.e(`local.get ${this.sl(d, Ty.Obj)}`);
    const name = kind === Ty.Float ? "unbox_f" : kind === Ty.Int ? "unbox_i" : "unbox_b";
    this.e(`call ${this.imp(name, ["externref"], [kind === Ty.Bool ? "i32" : "f64"])}`);
    if (kind === Ty.Int) this.e("i64.trunc_f64_s");
    this.put(d, kind);
    this.checkFailed(pc, pc + 1, boxedState);
    s.stack[d] = { t: kind };
  }

  /** Raises a Python exception (the shadow stack gets this instruction for the traceback). */
  protected raiseAt(pc: number, type: string, msg: string): void {
    const k = this.knownIndex(`${type}:${msg}`);
    this.recordPc(pc);
    this.e(`i32.const ${this.u.id}`, `i32.const ${k}`, `call ${this.imp("raise", ["i32", "i32"], [])}`, "unreachable");
  }

  /** {@link afterGeneric} for a call, whose result is not yet on the abstract stack. */
  protected afterGenericAt(pc: number, d: number, t: Ty): void {
    if (!this.emitting) return;
    const post = cloneState(this.pre!);
    post.stack.length = d;
    post.stack.push({ t });
    this.afterGeneric(pc, post);
  }

}
