// Bytecode + argument types → typed IR (per-block abstract states) → WAT.
//
// A unit is one code object specialised for one entry signature (Numba-style: the types of
// the arguments at the hot call, or of the live values at an OSR loop header). Inference runs
// the same `step` function as code generation, once without emitting to reach a fixpoint of
// block-entry states, then once more emitting wasm for each block in Ramsey's structured
// order. Every value has one static type; an int that leaves i64, a zero divisor that needs
// an exception, or a callee that deoptimised exits to the interpreter at that exact bytecode
// with all locals and stack values spilled (jit/runtime.ts rebuilds the frame).
import { Op, OPCODES } from "../vm/opcodes.js";
import { None, PyType, type PyValue } from "../vm/objects/object.js";
import { PyFloat } from "../vm/objects/float.js";
import { PyFunction, PyBuiltin } from "../vm/objects/function.js";
import { PyModule } from "../vm/objects/module.js";
import type { PyDict } from "../vm/objects/dict.js";
import { Ty, type AV, joinAV, slotSuffix, tyName } from "./types.js";
import { buildCfg, CfgError } from "./cfg.js";
import { WatFunction, WatModule } from "./wat.js";
import { MEM, BAIL_POLL_ITERATIONS } from "./layout.js";
import { ArithCompiler } from "./arith.js";
import {
  Reject, checkSupported, cloneState, sanitize, slotName, sameAV, f64Literal, isObjLike, wasmOf, UNREACHABLE_RET, NUMERIC_CALLS, MATH_F64,
  type Unit, type State, type Assumption,
} from "./unit.js";

export { Reject, avOf, type Unit, type State, type Assumption } from "./unit.js";

let nextUnitId = 1;

/** A set of units compiled into one wasm module. */
export class Batch {
  /** Units in creation order. */
  readonly units: Unit[] = [];
  /** The module being built. */
  readonly mod = new WatModule();
  private readonly builtins: PyDict;

  constructor(builtins: PyDict) {
    this.builtins = builtins;
  }

  /** The unit for `func` entered with `params`, analysing it (and its callees) if new. */
  unitFor(func: PyFunction, params: AV[], osrPc = -1, osrStack: AV[] = []): Unit {
    const key = params.map((p) => p.t).join(",");
    for (const u of this.units) {
      if (u.code === func.code && u.osrPc === osrPc && u.params.map((p) => p.t).join(",") === key && u.func.globals === func.globals) return u;
    }
    const code = func.code;
    checkSupported(code, func);
    const id = nextUnitId++;
    const base = sanitize(code.name) + "_" + id;
    const u: Unit = {
      id, code, func, params, osrPc, osrStack, ret: null, known: [], assumptions: [],
      name: osrPc >= 0 ? base + "_osr" : base, entryName: (osrPc >= 0 ? base + "_osr" : base) + "_entry",
      states: [], cfg: null, muLocals: new Set(), analyzed: false, checkedEpoch: -1, genericOps: 0, typedOps: 0, callees: new Set(),
    };
    this.units.push(u);
    try {
      u.cfg = buildCfg(code, osrPc >= 0 ? osrPc : 0);
    } catch (e) {
      if (e instanceof CfgError) throw new Reject(e.message);
      throw e;
    }
    // Iterate to a fixpoint of return types (recursion sees its own return type grow).
    for (let round = 0; round < 6; round++) {
      const before = u.ret?.t;
      new FnCompiler(this, u, null).analyze();
      if (u.ret?.t === before && round > 0) break;
    }
    u.analyzed = true;
    return u;
  }

  private boxInt = false;

  /** Name of the module's int-boxing helper (ints within 2**53 stay JS numbers). */
  boxIntHelper(): string {
    if (!this.boxInt) {
      this.boxInt = true;
      const w = new WatFunction("box_int");
      w.param("x", "i64");
      w.results.push("externref");
      const big = this.mod.importFunc("box_big", ["i64"], ["externref"]);
      const num = this.mod.importFunc("box_n", ["f64"], ["externref"]);
      w.emit("local.get $x", "i64.const 9007199254740991", "i64.add", "i64.const 18014398509481982", "i64.gt_u", "if (result externref)",
        "  local.get $x", `  call $${big}`, "else", "  local.get $x", "  f64.convert_i64_s", `  call $${num}`, "end");
      this.helpers.push(w);
    }
    return "box_int";
  }

  private readonly helpers: WatFunction[] = [];

  /** The builtins namespace used to resolve names. */
  get builtinsDict(): PyDict {
    return this.builtins;
  }

  /** Emits every unit and returns the module's WAT. */
  emit(): string {
    // Mutual recursion: re-infer until every unit's return type is stable.
    for (let round = 0; ; round++) {
      let changed = false;
      for (const u of this.units.slice()) {
        const before = u.ret?.t;
        new FnCompiler(this, u, null).analyze();
        if (u.ret?.t !== before) changed = true;
      }
      if (!changed) break;
      if (round > 6) throw new Reject("return types of mutually recursive functions did not settle");
    }
    for (const u of this.units) {
      const w = new WatFunction(u.name);
      const g = new FnCompiler(this, u, w);
      g.analyze();
      g.generate();
      this.mod.add(w);
      this.mod.add(g.entryFunction());
    }
    // A loop-free function made only of object operations gains nothing over the interpreter
    // (each helper call costs what an interpreted instruction does) and pays the entry.
    const root = this.units[0];
    if (root.osrPc < 0 && root.genericOps > 0 && !root.cfg!.blocks.some((b) => b.loopHeader && b.rpo >= 0)) {
      throw new Reject("object operations without loops: the interpreter runs it as fast");
    }
    // Mostly object operations: each is a helper call costing what the interpreter pays.
    const generic = this.units.reduce((n, u) => n + u.genericOps, 0);
    const typed = this.units.reduce((n, u) => n + u.typedOps, 0);
    if (generic * 2 > typed) throw new Reject(`mostly object operations (${generic} generic, ${typed} typed): the interpreter runs it as fast`);
    for (const h of this.helpers) this.mod.add(h);
    // Direct wasm calls skip the callee's entry check, so every unit also checks the globals
    // its (transitive) callees baked in.
    for (const u of this.units) {
      const seen = new Set<Unit>([u]);
      const work = [...u.callees];
      while (work.length > 0) {
        const c = work.pop()!;
        if (seen.has(c)) continue;
        seen.add(c);
        for (const a of c.assumptions) {
          if (!u.assumptions.some((x) => x.dict === a.dict && x.name === a.name)) u.assumptions.push(a);
        }
        work.push(...c.callees);
      }
    }
    return this.mod.toText();
  }
}

/** Analyses or emits one unit. `w === null` is the inference pass. */
class FnCompiler extends ArithCompiler {
  private changed = false;

  // ------------------------------------------------------------------ inference

  private entryState(): State {
    const n = this.code.nlocalsplus;
    const locals: AV[] = [];
    for (let i = 0; i < n; i++) locals.push({ t: Ty.Undef });
    if (this.u.osrPc >= 0) {
      for (let i = 0; i < this.u.params.length; i++) locals[i] = this.u.params[i];
      return { locals, stack: this.u.osrStack.slice() };
    }
    for (let i = 0; i < this.u.params.length; i++) locals[i] = this.u.params[i];
    return { locals, stack: [] };
  }

  analyze(): void {
    this.w = null;
    try {
      this.infer();
    } finally {
      this.w = this.target;
    }
  }

  private infer(): void {
    const cfg = this.u.cfg!;
    const states: (State | null)[] = cfg.blocks.map(() => null);
    states[cfg.entry] = this.entryState();
    this.u.muLocals = new Set();
    let guard = 0;
    do {
      this.changed = false;
      for (const id of cfg.order) {
        const s = states[id];
        if (s === null) continue;
        const outs = this.runBlock(id, cloneState(s));
        const b = cfg.blocks[id];
        for (let k = 0; k < b.succs.length; k++) this.mergeInto(states, b.succs[k], outs[k]);
      }
      if (++guard > 50) throw new Reject("type inference did not converge");
    } while (this.changed);
    this.u.states = states;
    for (const s of states) {
      if (s === null) continue;
      s.locals.forEach((av, i) => {
        if (av.mu) this.u.muLocals.add(i);
      });
    }
  }

  private mergeInto(states: (State | null)[], id: number, s: State): void {
    const cur = states[id];
    if (cur === null) {
      states[id] = cloneState(s);
      this.changed = true;
      return;
    }
    if (cur.stack.length !== s.stack.length) throw new Reject("stack depth differs at a merge");
    for (let i = 0; i < cur.locals.length; i++) {
      const j = joinAV(cur.locals[i], s.locals[i]);
      if (j === null) throw new Reject(`local '${this.localName(i)}' is ${tyName(cur.locals[i].t)} on one path and ${tyName(s.locals[i].t)} on another`);
      if (!sameAV(j, cur.locals[i])) {
        cur.locals[i] = j;
        this.changed = true;
      }
    }
    for (let i = 0; i < cur.stack.length; i++) {
      const j = joinAV(cur.stack[i], s.stack[i]);
      if (j === null) throw new Reject(`a stack value is ${tyName(cur.stack[i].t)} on one path and ${tyName(s.stack[i].t)} on another`);
      if (!sameAV(j, cur.stack[i])) {
        cur.stack[i] = j;
        this.changed = true;
      }
    }
  }

  /** Runs a block's instructions; returns the state for each successor. */
  private runBlock(id: number, s: State): State[] {
    const b = this.u.cfg!.blocks[id];
    const bc = this.code.bytecode;
    for (let i = b.start; i < b.end - 1; i++) this.step(i, bc[2 * i], bc[2 * i + 1], s);
    const last = b.end - 1;
    return this.terminator(last, bc[2 * last], bc[2 * last + 1], s, b.succs.length);
  }

  private step(pc: number, op: number, arg: number, s: State): void {
    this.pc = pc;
    if (this.emitting) {
      this.pre = cloneState(s);
      this.w!.note(`${pc}: ${OPCODES[op].name} ${arg}  (line ${this.code.lineFor(pc)})`);
    }
    const st = s.stack;
    const top = st.length - 1;
    switch (op) {
      case Op.NOP:
        return;
      case Op.POP_TOP:
        st.pop();
        return;
      case Op.LOAD_CONST: {
        const v = this.code.consts[arg];
        const d = st.length;
        if (typeof v === "number") {
          this.e(`i64.const ${v}`);
          this.put(d, Ty.Int);
          st.push({ t: Ty.Int, k: v });
        } else if (typeof v === "boolean") {
          this.e(`i32.const ${v ? 1 : 0}`);
          this.put(d, Ty.Bool);
          st.push({ t: Ty.Bool, k: v });
        } else if (v instanceof PyFloat) {
          this.e(`f64.const ${f64Literal(v.value)}`);
          this.put(d, Ty.Float);
          st.push({ t: Ty.Float, k: v.value });
        } else if (v === None) st.push({ t: Ty.None });
        else {
          this.e(`i32.const ${this.u.id}`, `i32.const ${this.knownIndex(v)}`, `call ${this.imp("known_ref", ["i32", "i32"], ["externref"])}`);
          this.put(d, Ty.Obj);
          st.push({ t: Ty.Obj });
        }
        return;
      }
      case Op.LOAD_FAST: {
        const av = s.locals[arg];
        if (av.t === Ty.Undef) this.reject(`local '${this.localName(arg)}' read before assignment`);
        const d = st.length;
        if (av.mu && this.emitting) {
          this.e(`local.get ${this.boundFlag(arg)}`, "i32.eqz");
          this.bailIf(pc);
        }
        if (av.t === Ty.Known || av.t === Ty.Null) this.reject("local holding a function");
        if (av.t === Ty.Range || av.t === Ty.RangeIter) this.reject("local holding a range");
        if (av.t !== Ty.None) {
          this.e(`local.get ${this.ll(arg, av.t)}`);
          this.put(d, av.t);
        }
        const pushed: AV = { t: av.t, k: av.k, src: arg };
        if (av.lo !== undefined) pushed.lo = av.lo;
        if (av.hi !== undefined) pushed.hi = av.hi;
        st.push(pushed);
        return;
      }
      case Op.STORE_FAST: {
        const av = st.pop()!;
        if (av.t === Ty.Known || av.t === Ty.Null || av.t === Ty.Range || av.t === Ty.RangeIter) this.reject("storing a function or range in a local");
        if (av.t !== Ty.None && av.t !== Ty.Undef) {
          this.e(`local.get ${this.sl(st.length, av.t)}`, `local.set ${this.ll(arg, av.t)}`);
        }
        if (this.u.muLocals.has(arg)) this.e("i32.const 1", `local.set ${this.boundFlag(arg)}`);
        const stored: AV = { t: av.t, k: av.k };
        if (av.lo !== undefined) stored.lo = av.lo;
        if (av.hi !== undefined) stored.hi = av.hi;
        s.locals[arg] = stored;
        // Values still on the stack no longer describe this local.
        for (let i = 0; i < st.length; i++) {
          const x = st[i];
          if (x.src === arg || x.cmp?.local === arg) st[i] = { t: x.t, k: x.k, mu: x.mu, lo: x.lo, hi: x.hi };
        }
        return;
      }
      case Op.LOAD_GLOBAL: {
        const name = this.code.names[arg];
        st.push(this.resolveGlobal(name, st.length));
        return;
      }
      case Op.LOAD_ATTR:
      case Op.LOAD_METHOD: {
        const obj = st[top];
        const name = this.code.names[arg];
        if (obj.t !== Ty.Known || !(obj.k instanceof PyModule)) {
          if (obj.t !== Ty.Obj) this.reject(`attribute '${name}' of ${tyName(obj.t)}`);
          this.recordPc(pc);
          this.get(top, obj);
          this.e(`i32.const ${this.u.id}`, `i32.const ${this.knownIndex(name)}`, `i32.const ${pc}`);
          if (op === Op.LOAD_METHOD) {
            // (method, self-or-undefined) as two objects, like the interpreter's stack.
            this.e(`call ${this.imp("load_method", ["externref", "i32", "i32", "i32"], ["externref"])}`);
            this.put(top, Ty.Obj);
            this.e(`call ${this.imp("method_self", [], ["externref"])}`);
            this.put(top + 1, Ty.Obj);
            st[top] = { t: Ty.Obj };
            st.push({ t: Ty.Obj });
            this.afterGeneric(pc, s);
            return;
          }
          this.e(`call ${this.imp("getattr", ["externref", "i32", "i32", "i32"], ["externref"])}`);
          this.put(top, Ty.Obj);
          st[top] = { t: Ty.Obj };
          this.afterGeneric(pc, s);
          this.specialiseTop(pc, s);
          return;
        }
        const mod = obj.k as PyModule;
        const v = mod.dict.getStr(name);
        if (v === undefined) this.reject(`module attribute '${name}' missing`);
        this.assume({ dict: mod.dict, name, value: v });
        const modName = mod.dict.getStr("__name__");
        st[top] = this.constantAV(v, `${String(modName)}.${name}`, top);
        if (op === Op.LOAD_METHOD) st.push({ t: Ty.Null });
        return;
      }
      case Op.CALL:
      case Op.CALL_METHOD: {
        let n = arg;
        let fnPos: number;
        if (op === Op.CALL_METHOD) {
          fnPos = st.length - arg - 2;
          if (st[fnPos + 1].t === Ty.Obj) {
            st.length = fnPos + 2 + arg;
            const res = this.callMethodGeneric(st.slice(fnPos + 2), fnPos, pc);
            st.length = fnPos;
            st.push(res);
            return;
          }
          if (st[fnPos + 1].t !== Ty.Null) this.reject("method call with a receiver");
        } else fnPos = st.length - arg - 1;
        const argPos = st.length - n;
        const callee = st[fnPos];
        const args = st.slice(argPos);
        const result = this.call(callee, args, argPos, fnPos);
        st.length = fnPos;
        st.push(result);
        return;
      }
      case Op.BINARY_OP:
      case Op.COMPARE_OP: {
        const b = st.pop()!;
        const a = st.pop()!;
        if (isObjLike(a) || isObjLike(b)) {
          // Objects: the interpreter's own operator (in-place forms included).
          this.recordPc(pc);
          this.boxed(st.length, a);
          this.boxed(st.length + 1, b);
          const helper = op === Op.BINARY_OP ? "binop" : "compare";
          this.e(`i32.const ${arg}`, `call ${this.imp(helper, ["externref", "externref", "i32"], ["externref"])}`);
          this.genericResult(pc, s);
          return;
        }
        const r = op === Op.BINARY_OP ? this.binary(arg & 15, a, b, st.length) : this.compare(arg, a, b, st.length);
        if (op === Op.COMPARE_OP && r.t === Ty.Bool && a.t === Ty.Int && a.src !== undefined && b.t === Ty.Int && typeof b.k === "number") {
          r.cmp = { local: a.src, op: arg, k: BigInt(b.k) };
        }
        st.push(r);
        return;
      }
      case Op.IS_OP: {
        const b = st.pop()!;
        const a = st.pop()!;
        const d = st.length;
        if (a.t === Ty.None && b.t === Ty.None) this.e(`i32.const ${arg ? 0 : 1}`);
        else if ((a.t === Ty.None || b.t === Ty.None) && !isObjLike(a.t === Ty.None ? b : a)) this.e(`i32.const ${arg ? 1 : 0}`);
        else {
          this.boxed(d, a);
          this.boxed(d + 1, b);
          this.e(`call ${this.imp("is", ["externref", "externref"], ["i32"])}`);
          if (arg) this.e("i32.eqz");
        }
        this.put(d, Ty.Bool);
        st.push({ t: Ty.Bool });
        return;
      }
      case Op.CONTAINS_OP: {
        const b = st.pop()!;
        const a = st.pop()!;
        const d = st.length;
        this.recordPc(pc);
        this.boxed(d + 1, b);
        this.boxed(d, a);
        this.e(`call ${this.imp("contains", ["externref", "externref"], ["i32"])}`);
        if (arg) this.e("i32.eqz");
        this.put(d, Ty.Bool);
        st.push({ t: Ty.Bool });
        this.afterGeneric(pc, s);
        return;
      }
      case Op.BINARY_SUBSCR: {
        const k = st.pop()!;
        const c = st.pop()!;
        const d = st.length;
        const kind = this.feedbackType(pc);
        if (c.t === Ty.Obj && (k.t === Ty.Int || k.t === Ty.Bool) && kind !== Ty.Undef) {
          // Speculate on the element kind seen so far; anything else (not a list, out of
          // range, another kind) deopts before the subscript and the interpreter redoes it.
          this.recordPc(pc);
          this.floatOperand(d + 1, k, pc);
          this.get(d, c);
          this.getFloat(d + 1, k);
          const name = kind === Ty.Float ? "getitem_f" : kind === Ty.Int ? "getitem_i" : "getitem_b";
          this.e(`call ${this.imp(name, ["externref", "f64"], [kind === Ty.Bool ? "i32" : "f64"])}`);
          if (kind === Ty.Int) this.e("i64.trunc_f64_s");
          this.put(d, kind);
          this.checkFailed(pc);
          st.push({ t: kind });
          return;
        }
        this.recordPc(pc);
        if (!isObjLike(c) && c.t !== Ty.Int) this.reject(`subscript of ${tyName(c.t)}`);
        this.boxed(d, c);
        this.boxed(d + 1, k);
        this.e(`call ${this.imp("getitem", ["externref", "externref"], ["externref"])}`);
        this.genericResult(pc, s);
        this.specialiseTop(pc, s);
        return;
      }
      case Op.STORE_SUBSCR: {
        // Stack: value, container, key.
        const k = st.pop()!;
        const c = st.pop()!;
        const v = st.pop()!;
        const d = st.length;
        if (c.t === Ty.Obj && (k.t === Ty.Int || k.t === Ty.Bool)) {
          this.recordPc(pc);
          this.floatOperand(d + 2, k, pc);
          this.get(d + 1, c);
          this.getFloat(d + 2, k);
          if (v.t === Ty.Float) {
            this.get(d, v);
            this.e(`call ${this.imp("setitem_f", ["externref", "f64", "f64"], [])}`);
          } else {
            this.boxed(d, v);
            this.e(`call ${this.imp("setitem_r", ["externref", "f64", "externref"], [])}`);
          }
        } else {
          this.recordPc(pc);
          this.boxed(d + 1, c);
          this.boxed(d + 2, k);
          this.boxed(d, v);
          this.e(`call ${this.imp("setitem", ["externref", "externref", "externref"], [])}`);
        }
        this.afterGeneric(pc, s);
        return;
      }
      case Op.STORE_ATTR: {
        // Stack: value, obj.
        const o = st.pop()!;
        const v = st.pop()!;
        const d = st.length;
        if (o.t !== Ty.Obj) this.reject(`setting an attribute of ${tyName(o.t)}`);
        this.recordPc(pc);
        this.get(d + 1, o);
        this.e(`i32.const ${this.u.id}`, `i32.const ${this.knownIndex(this.code.names[arg])}`);
        this.boxed(d, v);
        this.e(`i32.const ${pc}`, `call ${this.imp("setattr", ["externref", "i32", "i32", "externref", "i32"], [])}`);
        this.afterGeneric(pc, s);
        return;
      }
      case Op.BUILD_SLICE: {
        const d = st.length - arg;
        for (let i = 0; i < 3; i++) {
          if (i < arg) this.boxed(d + i, st[d + i]);
          else this.boxed(-1, { t: Ty.None });
        }
        this.e(`call ${this.imp("build_slice", ["externref", "externref", "externref"], ["externref"])}`);
        st.length = d;
        this.put(d, Ty.Obj);
        st.push({ t: Ty.Obj });
        return;
      }
      case Op.FORMAT_VALUE: {
        const hasSpec = (arg & 4) !== 0;
        const spec = hasSpec ? st.pop()! : null;
        const v = st.pop()!;
        const d = st.length;
        this.recordPc(pc);
        this.boxed(d, v);
        this.e(`i32.const ${arg & 3}`);
        if (spec !== null) this.boxed(d + 1, spec);
        else this.e("ref.null extern");
        this.e(`call ${this.imp("format", ["externref", "i32", "externref"], ["externref"])}`);
        this.genericResult(pc, s);
        return;
      }
      case Op.BUILD_STRING: {
        const d = st.length - arg;
        for (let i = 0; i < arg; i++) {
          this.boxed(d + i, st[d + i]);
          this.e(`call ${this.imp("push_r", ["externref"], [])}`);
        }
        this.e(`i32.const ${arg}`, `call ${this.imp("build_string", ["i32"], ["externref"])}`);
        st.length = d;
        this.put(d, Ty.Obj);
        st.push({ t: Ty.Obj });
        return;
      }
      case Op.STORE_GLOBAL: {
        const v = st.pop()!;
        this.e(`i32.const ${this.u.id}`, `i32.const ${this.knownIndex(this.code.names[arg])}`);
        this.boxed(st.length, v);
        this.e(`call ${this.imp("store_global", ["i32", "i32", "externref"], [])}`);
        this.afterGeneric(pc, s);
        return;
      }
      case Op.BUILD_LIST: {
        const d = st.length - arg;
        for (let i = 0; i < arg; i++) this.box(d + i, st[d + i]);
        this.e(`i32.const ${arg}`, `call ${this.imp("build_list", ["i32"], ["externref"])}`);
        st.length = d;
        this.put(d, Ty.Obj);
        st.push({ t: Ty.Obj });
        return;
      }
      case Op.UNPACK_SEQUENCE: {
        const o = st.pop()!;
        const d = st.length;
        this.recordPc(pc);
        this.boxed(d, o);
        this.e(`i32.const ${arg}`, `call ${this.imp("unpack", ["externref", "i32"], [])}`);
        for (let i = 0; i < arg; i++) {
          this.e(`call ${this.imp("pop_arg", [], ["externref"])}`);
          this.put(d + i, Ty.Obj);
          st.push({ t: Ty.Obj });
        }
        this.afterGeneric(pc, s);
        return;
      }
      case Op.UNARY_NEGATIVE:
      case Op.UNARY_POSITIVE:
      case Op.UNARY_INVERT:
        if (isObjLike(st[top])) {
          this.recordPc(pc);
          const a = st.pop()!;
          this.boxed(top, a);
          this.e(`i32.const ${op === Op.UNARY_NEGATIVE ? 0 : op === Op.UNARY_POSITIVE ? 1 : 2}`, `call ${this.imp("unary", ["externref", "i32"], ["externref"])}`);
          this.genericResult(pc, s);
          return;
        }
        if (op === Op.UNARY_NEGATIVE) this.negate(pc, s);
        else if (op === Op.UNARY_POSITIVE) this.positive(s);
        else this.invert(s);
        return;
      case Op.UNARY_NOT: {
        const a = st[top];
        this.truth(top, a);
        this.e("i32.eqz");
        this.put(top, Ty.Bool);
        st[top] = { t: Ty.Bool };
        return;
      }
      case Op.GET_ITER: {
        const a = st[top];
        if (a.t === Ty.Obj) {
          this.recordPc(pc);
          this.get(top, a);
          this.e(`call ${this.imp("iter", ["externref"], ["externref"])}`);
          this.put(top, Ty.Obj);
          this.afterGeneric(pc, s);
          return;
        }
        if (a.t !== Ty.Range) this.reject(`for loop over ${tyName(a.t)}`);
        st[top] = { t: Ty.RangeIter, k: a.k };
        return;
      }
      default:
        this.stepNumeric(pc, op, arg, s);
    }
  }

  /** Stack shuffles and tuples (the rest of `step`). */
  private stepNumeric(pc: number, op: number, arg: number, s: State): void {
    const st = s.stack;
    switch (op) {
      case Op.COPY: {
        const av = st[st.length - arg];
        if (av.t === Ty.Range || av.t === Ty.RangeIter) this.reject("copying a range");
        this.get(st.length - arg, av);
        this.put(st.length, av.t);
        st.push(av);
        return;
      }
      case Op.SWAP: {
        const i = st.length - 1;
        const j = st.length - arg;
        const a = st[i];
        const b = st[j];
        if (a.t === Ty.Range || b.t === Ty.Range || a.t === Ty.RangeIter || b.t === Ty.RangeIter) this.reject("swapping a range");
        // Move through temporaries: slots are typed per depth.
        if (this.emitting) {
          if (a.t !== Ty.None && a.t !== Ty.Known && a.t !== Ty.Null) this.e(`local.get ${this.sl(i, a.t)}`, `local.set ${this.tmp(a.t)}`);
          this.get(j, b);
          this.put(i, b.t);
          if (a.t !== Ty.None && a.t !== Ty.Known && a.t !== Ty.Null) this.e(`local.get ${this.tmp(a.t)}`, `local.set ${this.sl(j, a.t)}`);
        }
        st[i] = b;
        st[j] = a;
        return;
      }
      case Op.BUILD_TUPLE: {
        const d = st.length - arg;
        for (let i = 0; i < arg; i++) this.box(d + i, st[d + i]);
        this.e(`i32.const ${arg}`, `call ${this.imp("build_tuple", ["i32"], ["externref"])}`);
        st.length = d;
        this.put(d, Ty.Obj);
        st.push({ t: Ty.Obj });
        return;
      }
      default:
        this.reject(`instruction ${OPCODES[op].name}`);
    }
  }

  private constantAV(v: PyValue, tag: string, d: number): AV {
    if (typeof v === "number") {
      this.e(`i64.const ${v}`);
      this.put(d, Ty.Int);
      return { t: Ty.Int, k: v };
    }
    if (v instanceof PyFloat) {
      this.e(`f64.const ${f64Literal(v.value)}`);
      this.put(d, Ty.Float);
      return { t: Ty.Float, k: v.value };
    }
    if (typeof v === "boolean") {
      this.e(`i32.const ${v ? 1 : 0}`);
      this.put(d, Ty.Bool);
      return { t: Ty.Bool, k: v };
    }
    if (v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyModule || v instanceof PyType) return { t: Ty.Known, k: v, tag: v instanceof PyFunction ? "py" : tag };
    this.reject(`global '${tag}' of an unsupported type`);
  }

  private resolveGlobal(name: string, slot: number): AV {
    const g = this.u.func.globals;
    const v = g.getStr(name);
    if (v !== undefined) {
      this.assume({ dict: g, name, value: v });
      return this.constantAV(v, name, slot);
    }
    const b = this.batch.builtinsDict.getStr(name);
    if (b === undefined) this.reject(`global '${name}' is not defined`);
    this.assume({ dict: g, name, value: undefined, fallback: this.batch.builtinsDict, fallbackValue: b });
    return this.constantAV(b, "builtins." + name, slot);
  }

  private assume(a: Assumption): void {
    if (!this.u.assumptions.some((x) => x.dict === a.dict && x.name === a.name)) this.u.assumptions.push(a);
  }

  // ------------------------------------------------------------------ calls

  private call(callee: AV, args: AV[], argPos: number, fnPos: number): AV {
    const pc = this.pc;
    if (callee.t === Ty.Obj) return this.callGeneric(callee, args, argPos, fnPos, pc);
    if (callee.t !== Ty.Known) this.reject(`call of a ${tyName(callee.t)}`);
    for (const a of args) if (a.t === Ty.Undef) {
      this.e("unreachable");
      return { t: Ty.Undef };
    }
    const fn = callee.k;
    const tag = callee.tag ?? "";
    const d = fnPos;
    if (fn instanceof PyFunction) {
      const r = this.callPython(fn, args, argPos, d, pc);
      return r ?? this.callGeneric(callee, args, argPos, fnPos, pc);
    }
    if (tag === "builtins.len" && args.length === 1 && args[0].t === Ty.Obj) {
      this.recordPc(pc);
      this.get(argPos, args[0]);
      this.e(`call ${this.imp("len", ["externref"], ["f64"])}`, "i64.trunc_f64_s");
      this.put(d, Ty.Int);
      this.afterGenericAt(pc, d, Ty.Int);
      return { t: Ty.Int };
    }
    if (args.some((a) => a.t === Ty.Obj) || !NUMERIC_CALLS.has(tag)) return this.callGeneric(callee, args, argPos, fnPos, pc);
    switch (tag) {
      case "builtins.range": {
        if (args.length < 1 || args.length > 3) this.reject("range() arity");
        for (const a of args) if (a.t !== Ty.Int && a.t !== Ty.Bool) this.reject(`range() of ${tyName(a.t)}`);
        const [cur, stop, step] = this.rangeLocals(d);
        if (args.length === 1) {
          this.e("i64.const 0", `local.set ${cur}`);
          this.getInt(argPos, args[0]);
          this.e(`local.set ${stop}`, "i64.const 1", `local.set ${step}`);
          return { t: Ty.Range, k: 1 };
        }
        this.getInt(argPos, args[0]);
        this.e(`local.set ${cur}`);
        this.getInt(argPos + 1, args[1]);
        this.e(`local.set ${stop}`);
        if (args.length === 2) {
          this.e("i64.const 1", `local.set ${step}`);
          return { t: Ty.Range, k: 1 };
        }
        this.getInt(argPos + 2, args[2]);
        this.e(`local.tee ${step}`, "i64.eqz", "if");
        this.raiseAt(pc, "ValueError", "range() arg 3 must not be zero");
        this.e("end");
        const k = args[2].k;
        return { t: Ty.Range, k: typeof k === "number" ? k : undefined };
      }
      case "builtins.abs":
        if (args.length !== 1) this.reject("abs() arity");
        if (args[0].t === Ty.Float) {
          this.get(argPos, args[0]);
          this.e("f64.abs");
          this.put(d, Ty.Float);
          return { t: Ty.Float };
        }
        if (args[0].t === Ty.Int || args[0].t === Ty.Bool) {
          this.getInt(argPos, args[0]);
          this.e("i64.const 0x8000000000000000", "i64.eq");
          this.bailIf(pc);
          this.getInt(argPos, args[0]);
          this.e(`local.set ${this.tmp(Ty.Int)}`, "i64.const 0", `local.get ${this.tmp(Ty.Int)}`, "i64.sub", `local.get ${this.tmp(Ty.Int)}`,
            `local.get ${this.tmp(Ty.Int)}`, "i64.const 0", "i64.lt_s", "select");
          this.put(d, Ty.Int);
          return { t: Ty.Int };
        }
        this.reject(`abs() of ${tyName(args[0].t)}`);
        break;
      case "builtins.min":
      case "builtins.max": {
        if (args.length < 2) this.reject(`${tag.slice(9)}() of one argument`);
        const t = args[0].t;
        if ((t !== Ty.Int && t !== Ty.Float) || args.some((a) => a.t !== t)) this.reject(`${tag.slice(9)}() of mixed or non-numeric types`);
        // Python keeps the first of equal values and compares with < (max: >), NaN included.
        const acc = this.tmp(t);
        this.get(argPos, args[0]);
        this.e(`local.set ${acc}`);
        const cmp = t === Ty.Int ? (tag === "builtins.min" ? "i64.lt_s" : "i64.gt_s") : tag === "builtins.min" ? "f64.lt" : "f64.gt";
        for (let i = 1; i < args.length; i++) {
          this.get(argPos + i, args[i]);
          this.e(`local.get ${acc}`);
          this.get(argPos + i, args[i]);
          this.e(`local.get ${acc}`, cmp, "select", `local.set ${acc}`);
        }
        this.e(`local.get ${acc}`);
        this.put(d, t);
        return { t };
      }
      case "builtins.float":
        if (args.length !== 1) this.reject("float() arity");
        if (args[0].t === Ty.Float) {
          this.get(argPos, args[0]);
        } else if (args[0].t === Ty.Int || args[0].t === Ty.Bool) {
          this.floatOperand(argPos, args[0], pc);
          this.getFloat(argPos, args[0]);
        } else this.reject(`float() of ${tyName(args[0].t)}`);
        this.put(d, Ty.Float);
        return { t: Ty.Float };
      case "builtins.int":
        if (args.length !== 1) this.reject("int() arity");
        if (args[0].t === Ty.Int || args[0].t === Ty.Bool) {
          this.getInt(argPos, args[0]);
        } else if (args[0].t === Ty.Float) {
          this.floatToInt(argPos, "f64.trunc", pc);
        } else this.reject(`int() of ${tyName(args[0].t)}`);
        this.put(d, Ty.Int);
        return { t: Ty.Int };
      case "math.sqrt":
      case "math.fabs":
      case "math.floor":
      case "math.ceil":
      case "math.trunc":
        return this.callMath(tag, args, argPos, d, pc);
      default:
        if (tag.startsWith("math.") && args.length === 1 && (args[0].t === Ty.Float || args[0].t === Ty.Int) && MATH_F64.has(tag.slice(5))) {
          this.floatOperand(argPos, args[0], pc);
          this.recordPc(pc);
          this.e(`i32.const ${this.knownIndex(fn as PyValue)}`, `i32.const ${this.u.id}`);
          this.getFloat(argPos, args[0]);
          this.e(`call ${this.imp("math1", ["i32", "i32", "f64"], ["f64"])}`);
          this.put(d, Ty.Float);
          return { t: Ty.Float };
        }
        return this.callGeneric(callee, args, argPos, fnPos, pc);
    }
  }

  /** Calls any callable through the runtime: arguments are boxed into the argument buffer. */
  private callGeneric(callee: AV, args: AV[], argPos: number, fnPos: number, pc: number): AV {
    this.recordPc(pc);
    for (let i = 0; i < args.length; i++) {
      this.boxed(argPos + i, args[i]);
      this.e(`call ${this.imp("push_r", ["externref"], [])}`);
    }
    this.boxed(fnPos, callee);
    this.e(`i32.const ${args.length}`, `call ${this.imp("call", ["externref", "i32"], ["externref"])}`);
    this.put(fnPos, Ty.Obj);
    this.afterGenericAt(pc, fnPos, Ty.Obj);
    return { t: Ty.Obj };
  }

  /** CALL_METHOD after LOAD_METHOD on an object: method and self (maybe undefined) are objects. */
  private callMethodGeneric(args: AV[], fnPos: number, pc: number): AV {
    this.recordPc(pc);
    for (let i = 0; i < args.length; i++) {
      this.boxed(fnPos + 2 + i, args[i]);
      this.e(`call ${this.imp("push_r", ["externref"], [])}`);
    }
    this.e(`local.get ${this.sl(fnPos, Ty.Obj)}`, `local.get ${this.sl(fnPos + 1, Ty.Obj)}`, `i32.const ${args.length}`,
      `call ${this.imp("call_m", ["externref", "externref", "i32"], ["externref"])}`);
    this.put(fnPos, Ty.Obj);
    this.afterGenericAt(pc, fnPos, Ty.Obj);
    return { t: Ty.Obj };
  }

  /** A direct wasm call of a compiled callee, or null when it does not compile (call it generically). */
  private callPython(fn: PyFunction, args: AV[], argPos: number, d: number, pc: number): AV | null {
    if (fn.code.argcount !== args.length || !fn.code.simpleArgs) return null;
    for (const a of args) {
      if (a.t === Ty.Known || a.t === Ty.Null || a.t === Ty.Range || a.t === Ty.RangeIter || a.t === Ty.None) return null;
    }
    let callee: Unit;
    try {
      callee = this.batch.unitFor(fn, args.map((a) => ({ t: a.t })));
    } catch (e) {
      if (e instanceof Reject) return null;
      throw e;
    }
    const ret = callee.ret ?? UNREACHABLE_RET;
    this.u.callees.add(callee);
    if (!this.emitting) return { t: ret.t };
    // Zero-cost on the normal path: only an exception passing through writes the shadow stack.
    this.e(`try (result ${ret.t === Ty.Undef || ret.t === Ty.None ? "i32" : wasmOf(ret.t)})`);
    this.e("local.get $depth", "i32.const 1", "i32.add");
    for (let i = 0; i < args.length; i++) this.get(argPos + i, args[i]);
    this.e(`call $${callee.name}`);
    this.unwindRecord(pc);
    if (ret.t === Ty.Undef) {
      this.e("drop", "unreachable");
      return { t: Ty.Undef };
    }
    this.put(d, ret.t);
    // A callee that deoptimised finished in the interpreter: continue there too. (It may
    // also have changed globals; the status word covers that.)
    this.e(`i32.const ${MEM.STATUS}`, "i32.load", "if");
    this.w!.emit("  ;; callee deoptimised: resume the interpreter after the call");
    const post = cloneState(this.pre!);
    post.stack.length = d;
    post.stack.push({ t: ret.t });
    this.emitBail(pc + 1, post, 1, "  ");
    this.e("end");
    return { t: ret.t };
  }

  // ------------------------------------------------------------------ block ends

  /** Handles a block's last instruction; returns successor states in `succs` order. */
  private terminator(pc: number, op: number, arg: number, s: State, nsucc: number): State[] {
    const info = OPCODES[op];
    if (op === Op.RETURN_VALUE) {
      this.pc = pc;
      if (this.emitting) this.pre = cloneState(s);
      const v = s.stack.pop()!;
      this.noteReturn(v);
      if (this.emitting) this.emitReturn(v, s.stack.length);
      return [];
    }
    if (op === Op.JUMP) {
      this.pc = pc;
      return [s];
    }
    if (!info.isJump) {
      if (op === Op.RERAISE || (op === Op.RAISE_VARARGS && arg === 0)) this.reject("bare raise");
      if (op === Op.RAISE_VARARGS) {
        this.pc = pc;
        const st = s.stack;
        const cause = arg === 2 ? st.pop()! : null;
        const exc = st.pop()!;
        this.recordPc(pc);
        this.boxed(st.length, exc);
        if (cause !== null) this.boxed(st.length + 1, cause);
        else this.e("ref.null extern");
        this.e(`call ${this.imp("raise_obj", ["externref", "externref"], [])}`, "unreachable");
        return [];
      }
      this.step(pc, op, arg, s);
      return nsucc > 0 ? [s] : [];
    }
    this.pc = pc;
    if (this.emitting) {
      this.pre = cloneState(s);
      this.w!.note(`${pc}: ${info.name} ${arg}  (line ${this.code.lineFor(pc)})`);
    }
    const st = s.stack;
    const top = st.length - 1;
    switch (op) {
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE: {
        const c = st.pop()!;
        if (this.emitting) {
          this.truth(top, c);
          if (op === Op.POP_JUMP_IF_FALSE) this.e("i32.eqz");
          this.e(`local.set $cond`);
        }
        const fall = cloneState(s);
        if (c.cmp !== undefined) {
          // The branch proves the comparison (or its negation) on each edge.
          refine(fall, c.cmp, op === Op.POP_JUMP_IF_FALSE);
          refine(s, c.cmp, op !== Op.POP_JUMP_IF_FALSE);
        }
        return [fall, s];
      }
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_NOT_NONE: {
        const c = st.pop()!;
        if (c.t === Ty.Obj) {
          this.get(top, c);
          this.e(`call ${this.imp("is_none", ["externref"], ["i32"])}`);
          if (op === Op.POP_JUMP_IF_NOT_NONE) this.e("i32.eqz");
          this.e("local.set $cond");
        } else this.e(`i32.const ${(op === Op.POP_JUMP_IF_NONE) === (c.t === Ty.None) ? 1 : 0}`, "local.set $cond");
        return [cloneState(s), s];
      }
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP: {
        const c = st[top];
        if (this.emitting) {
          this.truth(top, c);
          if (op === Op.JUMP_IF_FALSE_OR_POP) this.e("i32.eqz");
          this.e(`local.set $cond`);
        }
        const fall = cloneState(s);
        fall.stack.pop();
        return [fall, s];
      }
      case Op.FOR_ITER: {
        const it = st[top];
        if (it.t === Ty.Obj) {
          const d = st.length;
          this.recordPc(pc);
          this.get(top, it);
          this.e(`call ${this.imp("next", ["externref"], ["externref"])}`, `local.tee ${this.sl(d, Ty.Obj)}`, "ref.is_null", "local.set $cond");
          const fall = cloneState(s);
          fall.stack.push({ t: Ty.Obj });
          s.stack.pop();
          return [fall, s];
        }
        if (it.t !== Ty.RangeIter) this.reject(`for loop over ${tyName(it.t)}`);
        const [cur, stop, step] = this.rangeLocals(top);
        const d = st.length;
        if (this.emitting) {
          this.u.typedOps++;
          // $cond = exhausted; otherwise push cur and advance.
          const stepK = typeof it.k === "number" ? it.k : undefined;
          if (stepK !== undefined && stepK > 0) this.e(`local.get ${cur}`, `local.get ${stop}`, "i64.ge_s");
          else if (stepK !== undefined && stepK < 0) this.e(`local.get ${cur}`, `local.get ${stop}`, "i64.le_s");
          else this.e(`local.get ${step}`, "i64.const 0", "i64.gt_s", "if (result i32)", `local.get ${cur}`, `local.get ${stop}`, "i64.ge_s", "else",
            `local.get ${cur}`, `local.get ${stop}`, "i64.le_s", "end");
          this.e("local.set $cond");
          const slot = this.sl(d, Ty.Int);
          const tmp = this.tmp(Ty.Int);
          // Not exhausted: push cur and advance (emitted at the head of the loop body).
          this.fallAction = () => {
            this.e(`local.get ${cur}`, `local.set ${slot}`);
            if (stepK === 1) {
              // cur < stop, so cur + 1 cannot overflow.
              this.e(`local.get ${cur}`, "i64.const 1", "i64.add", `local.set ${cur}`);
            } else {
              // On overflow the range is exhausted: clamp to stop.
              this.e(`local.get ${cur}`, `local.get ${step}`, "i64.add", `local.tee ${tmp}`, `local.get ${cur}`, "i64.xor",
                `local.get ${tmp}`, `local.get ${step}`, "i64.xor", "i64.and", "i64.const 0", "i64.lt_s",
                "if (result i64)", `local.get ${stop}`, "else", `local.get ${tmp}`, "end", `local.set ${cur}`);
            }
          };
        }
        const fall = cloneState(s);
        fall.stack.push({ t: Ty.Int });
        s.stack.pop();
        return [fall, s];
      }
      default:
        this.reject(`instruction ${info.name}`);
    }
  }

  private noteReturn(v: AV): void {
    if (v.t === Ty.Undef) return;
    if (v.t === Ty.Known || v.t === Ty.Null || v.t === Ty.Range || v.t === Ty.RangeIter) this.reject(`returns a ${tyName(v.t)}`);
    const cur = this.u.ret;
    if (cur === null) {
      this.u.ret = { t: v.t };
      return;
    }
    if (cur.t !== v.t) this.reject(`returns ${tyName(cur.t)} on one path and ${tyName(v.t)} on another`);
  }

  private emitReturn(v: AV, d: number): void {
    if (v.t === Ty.None) this.e("i32.const 0");
    else if (v.t === Ty.Undef) this.e("unreachable");
    else this.get(d, v);
    this.e("return");
  }

  // ------------------------------------------------------------------ structured emission

  /** Emits the whole function body (prologue, then the CFG in Ramsey's structured order). */
  generate(): void {
    const w = this.w!;
    const u = this.u;
    const code = this.code;
    w.comment = `${code.qualname}(${u.params.map((p) => tyName(p.t)).join(", ")})${u.osrPc >= 0 ? ` entered at loop instruction ${u.osrPc} (OSR)` : ""} from ${code.filename}:${code.firstlineno}`;
    w.param("depth", "i32");
    w.local("cond", "i32");
    w.local("poll", "i32");
    w.local("epoch", "i32");
    const ret = u.ret ?? UNREACHABLE_RET;
    w.results.push(ret.t === Ty.Undef || ret.t === Ty.None ? "i32" : wasmOf(ret.t));
    const entry = this.entryState();
    // Parameters: typed Python locals (and, for OSR, the loop's range iterator).
    entry.locals.forEach((av, i) => {
      if (av.t === Ty.Undef || av.t === Ty.None) return;
      w.param(`${sanitize(this.localName(i))}_${slotSuffix(av.t)}`, wasmOf(av.t));
    });
    entry.stack.forEach((av, d) => {
      if (av.t === Ty.RangeIter) for (const p of ["cur", "stop", "step"]) w.param(slotName(d, Ty.Range, p), "i64");
      else if (av.t === Ty.Int || av.t === Ty.Float || av.t === Ty.Bool || av.t === Ty.Obj) w.param(slotName(d, av.t), wasmOf(av.t));
    });
    entry.locals.forEach((av, i) => {
      if (av.t !== Ty.Undef && u.muLocals.has(i)) this.e("i32.const 1", `local.set ${this.boundFlag(i)}`);
    });
    // The caller passes this frame's depth; past the native-stack budget, interpret instead.
    this.e("local.get $depth", `i32.const ${MEM.WASM_LIMIT}`, "i32.load", "i32.gt_s", "if");
    this.e("  local.get $depth", `  i32.const ${MEM.LIMIT}`, "  i32.load", "  i32.gt_s", "  if");
    this.recordPc(u.osrPc >= 0 ? u.osrPc : 0);
    this.e(`    call ${this.imp("recursion_error", [], [])}`, "    unreachable", "  end");
    this.w!.emit("  ;; too deep for the native stack: run this call in the interpreter");
    this.emitBailInline(u.osrPc >= 0 ? u.osrPc : 0, entry, 0, "  ");
    this.e("end");
    const hasLoops = u.cfg!.blocks.some((b) => b.loopHeader && b.rpo >= 0);
    if (hasLoops) this.e(`i32.const ${BAIL_POLL_ITERATIONS}`, "local.set $poll");
    const epochAt = w.mark();
    this.usesEpoch = false;
    const bodyStart = w.mark();
    this.bails = [];
    this.doTree(u.cfg!.entry);
    this.e("unreachable");
    const n = this.bails.length;
    w.insert(bodyStart, Array.from({ length: n }, (_, i) => `block $bail${i}`));
    if (this.usesEpoch) w.insert(epochAt, [`i32.const ${MEM.EPOCH}`, "i32.load", "local.set $epoch"]);
    for (let i = n - 1; i >= 0; i--) {
      const b = this.bails[i];
      w.emit("end");
      w.note(`deopt exit ${i}: resume the interpreter at instruction ${b.pc}${b.kind === 1 ? " after a callee deoptimised" : b.kind === 2 ? " (poll)" : ""}`);
      this.emitBailInline(b.pc, b.state, b.kind, "");
    }
  }

  private doTree(x: number): void {
    const cfg = this.u.cfg!;
    const b = cfg.blocks[x];
    const merges = b.children.filter((c) => cfg.blocks[c].merge).sort((p, q) => cfg.blocks[q].rpo - cfg.blocks[p].rpo);
    if (b.loopHeader) {
      this.w!.open("loop", `L${x}`);
      this.nodeWithin(x, merges);
      this.w!.end();
    } else this.nodeWithin(x, merges);
  }

  private nodeWithin(x: number, merges: number[]): void {
    if (merges.length > 0) {
      const [y, ...rest] = merges;
      this.w!.open("block", `B${y}`);
      this.nodeWithin(x, rest);
      this.w!.end();
      this.doTree(y);
      return;
    }
    const cfg = this.u.cfg!;
    const b = cfg.blocks[x];
    const s = this.u.states[x];
    if (s === null) {
      this.e("unreachable");
      return;
    }
    this.w!.note(`block ${x} (line ${this.code.lineFor(b.start)})`);
    const outs = this.runBlock(x, cloneState(s));
    const bc = this.code.bytecode;
    const lastOp = bc[2 * (b.end - 1)];
    if (b.succs.length === 0) return;
    if (b.succs.length === 1 || lastOp === Op.JUMP) {
      this.branch(x, b.succs[0], outs[0]);
      return;
    }
    // Conditional: $cond is 1 when the jump (succs[1]) is taken.
    const fall = this.fallAction;
    this.fallAction = null;
    this.e("local.get $cond");
    this.w!.open("if", `I${x}`);
    this.branch(x, b.succs[1], outs[1]);
    this.w!.else();
    if (fall !== null) fall();
    this.branch(x, b.succs[0], outs[0]);
    this.w!.end();
  }

  /** Code the last conditional terminator wants at the start of its fall-through path. */
  private fallAction: (() => void) | null = null;

  private branch(x: number, y: number, out: State): void {
    const cfg = this.u.cfg!;
    const by = cfg.blocks[y];
    if (by.rpo <= cfg.blocks[x].rpo) {
      this.backEdge(y, out);
      this.e(`br $L${y}`);
    } else if (by.merge) this.e(`br $B${y}`);
    else this.doTree(y);
  }

  /** Back-edge poll: every BAIL_POLL_ITERATIONS iterations look at the interrupt word; OSR units
   *  also return to their caller so V8 can switch to optimised code (see jit/runtime.ts). */
  private backEdge(header: number, s: State): void {
    const cfg = this.u.cfg!;
    const pc = cfg.blocks[header].start;
    if (this.u.osrPc >= 0) {
      this.e("local.get $poll", "i32.const 1", "i32.sub", "local.tee $poll", "i32.eqz", "if");
      this.e(`  i32.const ${BAIL_POLL_ITERATIONS}`, "  local.set $poll");
      this.w!.emit("  ;; leave every so often so V8 can tier up; the runtime re-enters at once");
      this.emitBail(pc, s, 2, "  ");
      this.e("end");
    } else {
      this.e(`i32.const ${MEM.INTERRUPT}`, "i32.load", "if");
      this.emitBail(pc, s, 2, "  ");
      this.e("end");
    }
  }

  /** The exported JS-facing entry: ints arrive and leave as f64 (exact to 2**53). */
  entryFunction(): WatFunction {
    const u = this.u;
    const w = new WatFunction(u.entryName);
    w.exportAs = u.entryName;
    w.comment = `JS entry of $${u.name}`;
    const entry = this.entryState();
    const args: string[] = [];
    entry.locals.forEach((av, i) => {
      if (av.t === Ty.Undef || av.t === Ty.None) return;
      const n = `a${i}`;
      if (av.t === Ty.Int) {
        // NaN: the int is beyond 2**53 and waits in the argument area as an i64.
        w.param(n, "f64");
        args.push(`local.get $${n}`, `local.get $${n}`, "f64.ne", "if (result i64)", `i32.const ${MEM.ARGS + 8 * i}`, "i64.load", "else",
          `local.get $${n}`, "i64.trunc_f64_s", "end");
      } else {
        w.param(n, wasmOf(av.t));
        args.push(`local.get $${n}`);
      }
    });
    entry.stack.forEach((av, d) => {
      if (av.t === Ty.RangeIter) {
        for (const p of ["cur", "stop", "step"]) {
          w.param(`r${d}_${p}`, "f64");
          args.push(`local.get $r${d}_${p}`, "i64.trunc_f64_s");
        }
      } else {
        w.param(`r${d}`, wasmOf(av.t));
        args.push(`local.get $r${d}`);
      }
    });
    const ret = u.ret ?? UNREACHABLE_RET;
    w.emit(`i32.const ${MEM.DEPTH}`, "i32.load", "i32.const 1", "i32.add", ...args, `call $${u.name}`);
    if (ret.t === Ty.Int) {
      // |r| <= 2**53 converts exactly; else hand the i64 over in memory and return NaN.
      w.local("r", "i64");
      w.results.push("f64");
      w.emit("local.tee $r", "i64.const 9007199254740992", "i64.add", "i64.const 18014398509481984", "i64.gt_u", "if (result f64)",
        `  i32.const ${MEM.BIGRESULT}`, "  local.get $r", "  i64.store", "  f64.const nan", "else", "  local.get $r", "  f64.convert_i64_s", "end");
    } else {
      w.results.push(ret.t === Ty.Undef || ret.t === Ty.None ? "i32" : wasmOf(ret.t));
    }
    return w;
  }
}

/** Narrows an int local's bounds in `s` knowing that `local <op> k` is `holds`. */
function refine(s: State, c: { local: number; op: number; k: bigint }, holds: boolean): void {
  const av = s.locals[c.local];
  if (av.t !== Ty.Int || av.k !== undefined) return;
  // Negate the comparison on the false edge: not (x < k) is x >= k, and so on.
  const op = holds ? c.op : [5, 4, 3, 2, 1, 0][c.op];
  let lo = av.lo, hi = av.hi;
  const k = c.k;
  const raise = (v: bigint) => (lo = lo === undefined || v > lo ? v : lo);
  const lower = (v: bigint) => (hi = hi === undefined || v < hi ? v : hi);
  switch (op) {
    case 0: lower(k - 1n); break;
    case 1: lower(k); break;
    case 2: raise(k); lower(k); break;
    case 4: raise(k + 1n); break;
    case 5: raise(k); break;
    default: return;
  }
  const r: AV = { t: av.t, mu: av.mu };
  if (lo !== undefined) r.lo = lo;
  if (hi !== undefined) r.hi = hi;
  s.locals[c.local] = r;
}
