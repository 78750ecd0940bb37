// Typed arithmetic for the JIT: CPython's int semantics on i64 (overflow, floor division and
// modulo signs, shifts) and float semantics on f64, with a deopt wherever the exact answer
// would leave the type; math functions as wasm instructions or the math module's own code.
import { Ty, type AV, tyName, intRange, I64_MIN, I64_MAX } from "./types.js";

/** Bounds this far from zero are not worth tracking (they come from the i64 limits). */
const FACT_LIMIT = 2n ** 62n;
import { UnitEmitter } from "./emitter.js";
import { BIN_NAMES, type State } from "./unit.js";

/** Numbers: unary and binary operators, comparisons, float→int, math calls. */
export abstract class ArithCompiler extends UnitEmitter {
  protected negate(pc: number, s: State): void {
    const st = s.stack;
    const top = st.length - 1;
    {
        const a = st[top];
        if (a.t === Ty.Int || a.t === Ty.Bool) {
          if (a.t === Ty.Int) {
            this.e(`local.get ${this.sl(top, Ty.Int)}`, "i64.const 0x8000000000000000", "i64.eq");
            this.bailIf(pc);
          }
          this.e("i64.const 0");
          this.getInt(top, a);
          this.e("i64.sub");
          this.put(top, Ty.Int);
          st[top] = { t: Ty.Int, k: typeof a.k === "number" ? -a.k : undefined };
        } else if (a.t === Ty.Float) {
          this.get(top, a);
          this.e("f64.neg");
          this.put(top, Ty.Float);
          st[top] = { t: Ty.Float, k: typeof a.k === "number" ? -a.k : undefined };
        } else if (a.t === Ty.Undef) this.e("unreachable");
        else this.reject(`unary - on ${tyName(a.t)}`);
    }
  }

  protected positive(s: State): void {
    const st = s.stack;
    const top = st.length - 1;
    {
        const a = st[top];
        if (a.t === Ty.Bool) {
          this.getInt(top, a);
          this.put(top, Ty.Int);
          st[top] = { t: Ty.Int };
        } else if (a.t !== Ty.Int && a.t !== Ty.Float && a.t !== Ty.Undef) this.reject(`unary + on ${tyName(a.t)}`);
    }
  }

  protected invert(s: State): void {
    const st = s.stack;
    const top = st.length - 1;
    {
        const a = st[top];
        if (a.t !== Ty.Int && a.t !== Ty.Bool) this.reject(`~ on ${tyName(a.t)}`);
        this.getInt(top, a);
        this.e("i64.const -1", "i64.xor");
        this.put(top, Ty.Int);
        st[top] = { t: Ty.Int };
    }
  }

  // ------------------------------------------------------------------ arithmetic

  protected binary(op: number, a: AV, b: AV, d: number): AV {
    const pc = this.pc;
    if (a.t === Ty.Undef || b.t === Ty.Undef) {
      this.e("unreachable");
      return { t: Ty.Undef };
    }
    const isInt = (x: AV) => x.t === Ty.Int || x.t === Ty.Bool;
    const num = (x: AV) => isInt(x) || x.t === Ty.Float;
    if (!num(a) || !num(b)) this.reject(`operator ${BIN_NAMES[op]} on ${tyName(a.t)} and ${tyName(b.t)}`);
    if (a.t === Ty.Bool && b.t === Ty.Bool && (op === 9 || op === 10 || op === 11)) {
      this.get(d, a);
      this.get(d + 1, b);
      this.e(op === 9 ? "i32.and" : op === 10 ? "i32.or" : "i32.xor");
      this.put(d, Ty.Bool);
      return { t: Ty.Bool };
    }
    if (this.emitting) this.u.typedOps++;
    if (isInt(a) && isInt(b)) return this.intBinary(op, a, b, d, pc);
    // Float arithmetic (an int operand converts exactly, else deopt).
    if (op >= 7 && op <= 11) this.reject(`operator ${BIN_NAMES[op]} on float`);
    if (op === 12) this.reject("@ on numbers");
    this.floatOperand(d, a, pc);
    this.floatOperand(d + 1, b, pc);
    const fa = () => this.getFloat(d, a);
    const fb = () => this.getFloat(d + 1, b);
    switch (op) {
      case 0: fa(); fb(); this.e("f64.add"); break;
      case 1: fa(); fb(); this.e("f64.sub"); break;
      case 2: fa(); fb(); this.e("f64.mul"); break;
      case 3:
        fb();
        this.e("f64.const 0", "f64.eq", "if");
        this.raiseAt(pc, "ZeroDivisionError", "float division by zero");
        this.e("end");
        fa(); fb(); this.e("f64.div");
        break;
      default:
        // //, %, ** on floats: the interpreter's own implementation (exact CPython semantics).
        this.recordPc(pc);
        this.e(`i32.const ${op}`);
        fa(); fb();
        this.e(`call ${this.imp("float_binop", ["i32", "f64", "f64"], ["f64"])}`);
        this.checkFailed(pc);
    }
    this.put(d, Ty.Float);
    return { t: Ty.Float };
  }

  /** An int operand of float arithmetic must convert exactly (|x| <= 2**53); else deopt. */
  protected floatOperand(d: number, av: AV, pc: number): void {
    if (av.t !== Ty.Int) return;
    if (typeof av.k === "number") return;
    this.e(`local.get ${this.sl(d, Ty.Int)}`, "i64.const 9007199254740992", "i64.add", "i64.const 18014398509481984", "i64.gt_u");
    this.bailIf(pc);
  }

  protected intBinary(op: number, a: AV, b: AV, d: number, pc: number): AV {
    const A = () => this.getInt(d, a);
    const B = () => this.getInt(d + 1, b);
    const r = this.tmp(Ty.Int);
    const kb = typeof b.k === "number" ? b.k : undefined;
    // Bounds proven by earlier branches can rule overflow out (then no check is emitted).
    const [alo, ahi] = intRange(a);
    const [blo, bhi] = intRange(b);
    let range: [bigint, bigint] | null = null;
    switch (op) {
      case 0: // +
        A(); B(); this.e("i64.add", `local.set ${r}`);
        range = [alo + blo, ahi + bhi];
        if (range[0] < I64_MIN || range[1] > I64_MAX) {
          // Overflow iff both operands' signs differ from the result's.
          A(); this.e(`local.get ${r}`, "i64.xor"); B(); this.e(`local.get ${r}`, "i64.xor", "i64.and", "i64.const 0", "i64.lt_s");
          this.bailIf(pc);
        }
        break;
      case 1: // -
        A(); B(); this.e("i64.sub", `local.set ${r}`);
        range = [alo - bhi, ahi - blo];
        if (range[0] < I64_MIN || range[1] > I64_MAX) {
          A(); B(); this.e("i64.xor"); A(); this.e(`local.get ${r}`, "i64.xor", "i64.and", "i64.const 0", "i64.lt_s");
          this.bailIf(pc);
        }
        break;
      case 2: { // *
        // Both within 32 bits cannot overflow; otherwise check by division.
        A(); this.e("i64.const 0x80000000", "i64.add", "i64.const 0xffffffff", "i64.gt_u");
        B(); this.e("i64.const 0x80000000", "i64.add", "i64.const 0xffffffff", "i64.gt_u", "i32.or", "if");
        A(); this.e("i64.eqz", "i32.eqz", "if");
        A(); this.e("i64.const -1", "i64.eq"); B(); this.e("i64.const 0x8000000000000000", "i64.eq", "i32.and");
        B(); this.e("i64.const -1", "i64.eq"); A(); this.e("i64.const 0x8000000000000000", "i64.eq", "i32.and", "i32.or");
        this.bailIf(pc);
        A(); B(); this.e("i64.mul"); A(); this.e("i64.div_s"); B(); this.e("i64.ne");
        this.bailIf(pc);
        this.e("end", "end");
        A(); B(); this.e("i64.mul", `local.set ${r}`);
        break;
      }
      case 3: { // int / int → float, exact when both fit in 53 bits
        B(); this.e("i64.eqz", "if");
        this.raiseAt(pc, "ZeroDivisionError", "division by zero");
        this.e("end");
        for (const [x, av] of [[d, a], [d + 1, b]] as [number, AV][]) {
          if (av.t === Ty.Int && typeof av.k !== "number") {
            this.get(x, av);
            this.e("i64.const 9007199254740992", "i64.add", "i64.const 18014398509481984", "i64.gt_u");
            this.bailIf(pc);
          }
        }
        this.getFloat(d, a); this.getFloat(d + 1, b); this.e("f64.div");
        this.put(d, Ty.Float);
        return { t: Ty.Float };
      }
      case 4: // //
      case 5: { // %
        if (kb === undefined || kb === 0) {
          B(); this.e("i64.eqz", "if");
          this.raiseAt(pc, "ZeroDivisionError", op === 4 ? "integer division or modulo by zero" : "integer modulo by zero");
          this.e("end");
        }
        if (op === 4) {
          if (kb === undefined || kb === -1) {
            A(); this.e("i64.const 0x8000000000000000", "i64.eq"); B(); this.e("i64.const -1", "i64.eq", "i32.and");
            this.bailIf(pc);
          }
          // q = trunc(a/b) - ((a % b != 0) && ((a ^ b) < 0))
          A(); B(); this.e("i64.div_s");
          A(); B(); this.e("i64.rem_s", "i64.const 0", "i64.ne"); A(); B(); this.e("i64.xor", "i64.const 0", "i64.lt_s", "i32.and", "i64.extend_i32_u", "i64.sub");
          this.e(`local.set ${r}`);
        } else {
          // r = a % b; if (r != 0 && (r ^ b) < 0) r += b
          A(); B(); this.e("i64.rem_s", `local.tee ${r}`);
          this.e("i64.const 0", "i64.ne", `local.get ${r}`); B(); this.e("i64.xor", "i64.const 0", "i64.lt_s", "i32.and", "if");
          this.e(`local.get ${r}`); B(); this.e("i64.add", `local.set ${r}`, "end");
        }
        break;
      }
      case 7: // <<
        B(); this.e("i64.const 0", "i64.lt_s", "if");
        this.raiseAt(pc, "ValueError", "negative shift count");
        this.e("end");
        // Deopt when bits would be lost: shift >= 63 (unless a == 0) or (a << b) >> b != a.
        B(); this.e("i64.const 63", "i64.ge_u"); A(); this.e("i64.eqz", "i32.eqz", "i32.and");
        A(); B(); this.e("i64.shl"); B(); this.e("i64.shr_s"); A(); this.e("i64.ne", "i32.or");
        this.bailIf(pc);
        B(); this.e("i64.const 63", "i64.ge_u", "if (result i64)", "i64.const 0", "else"); A(); B(); this.e("i64.shl", "end", `local.set ${r}`);
        break;
      case 8: // >>
        B(); this.e("i64.const 0", "i64.lt_s", "if");
        this.raiseAt(pc, "ValueError", "negative shift count");
        this.e("end");
        A(); B(); this.e("i64.const 63", "i64.gt_u", "if (result i64)", "i64.const 63", "else"); B(); this.e("end", "i64.shr_s", `local.set ${r}`);
        break;
      case 9: A(); B(); this.e("i64.and", `local.set ${r}`); break;
      case 10: A(); B(); this.e("i64.or", `local.set ${r}`); break;
      case 11: A(); B(); this.e("i64.xor", `local.set ${r}`); break;
      case 6: // ** : the interpreter's int power; a result outside i64 or a float result deopts.
        this.recordPc(pc);
        A(); B(); this.e(`call ${this.imp("int_pow", ["i64", "i64"], ["i64"])}`, `local.set ${r}`);
        this.checkFailed(pc);
        break;
      default:
        this.reject(`operator ${BIN_NAMES[op]} on int`);
    }
    this.e(`local.get ${r}`);
    this.put(d, Ty.Int);
    const res: AV = { t: Ty.Int };
    if (range !== null) {
      // Keep only bounds that came from facts, not ones derived from the i64 limits.
      if (range[0] > -FACT_LIMIT && range[0] < FACT_LIMIT) res.lo = range[0];
      if (range[1] > -FACT_LIMIT && range[1] < FACT_LIMIT) res.hi = range[1];
    }
    return res;
  }

  protected compare(op: number, a: AV, b: AV, d: number): AV {
    const pc = this.pc;
    if (a.t === Ty.Undef || b.t === Ty.Undef) {
      this.e("unreachable");
      return { t: Ty.Undef };
    }
    const isInt = (x: AV) => x.t === Ty.Int || x.t === Ty.Bool;
    if (this.emitting) this.u.typedOps++;
    if (isInt(a) && isInt(b)) {
      this.getInt(d, a);
      this.getInt(d + 1, b);
      this.e(["i64.lt_s", "i64.le_s", "i64.eq", "i64.ne", "i64.gt_s", "i64.ge_s"][op]);
    } else if ((isInt(a) || a.t === Ty.Float) && (isInt(b) || b.t === Ty.Float)) {
      // Mixed int/float compares exactly in Python; ints beyond 2**53 deopt.
      this.floatOperand(d, a, pc);
      this.floatOperand(d + 1, b, pc);
      this.getFloat(d, a);
      this.getFloat(d + 1, b);
      this.e(["f64.lt", "f64.le", "f64.eq", "f64.ne", "f64.gt", "f64.ge"][op]);
    } else if (a.t === Ty.None && b.t === Ty.None && (op === 2 || op === 3)) {
      this.e(`i32.const ${op === 2 ? 1 : 0}`);
    } else this.reject(`comparison of ${tyName(a.t)} and ${tyName(b.t)}`);
    this.put(d, Ty.Bool);
    return { t: Ty.Bool };
  }

  protected floatToInt(pos: number, round: string, pc: number): void {
    // NaN, inf and values outside i64 deopt (the interpreter raises or makes a big int).
    this.e(`local.get ${this.sl(pos, Ty.Float)}`, round, `local.tee ${this.tmp(Ty.Float)}`, `local.get ${this.tmp(Ty.Float)}`, "f64.ne");
    this.e(`local.get ${this.tmp(Ty.Float)}`, "f64.abs", "f64.const 9.2233720368547748e18", "f64.ge", "i32.or");
    this.bailIf(pc);
    this.e(`local.get ${this.tmp(Ty.Float)}`, "i64.trunc_f64_s");
  }

  protected callMath(tag: string, args: AV[], argPos: number, d: number, pc: number): AV {
    if (args.length !== 1) this.reject(`${tag}() arity`);
    const a = args[0];
    if (a.t !== Ty.Float && a.t !== Ty.Int && a.t !== Ty.Bool) this.reject(`${tag}() of ${tyName(a.t)}`);
    if ((tag === "math.floor" || tag === "math.ceil" || tag === "math.trunc") && a.t !== Ty.Float) {
      this.getInt(argPos, a);
      this.put(d, Ty.Int);
      return { t: Ty.Int };
    }
    this.floatOperand(argPos, a, pc);
    if (tag === "math.floor" || tag === "math.ceil" || tag === "math.trunc") {
      this.floatToInt(argPos, tag === "math.floor" ? "f64.floor" : tag === "math.ceil" ? "f64.ceil" : "f64.trunc", pc);
      this.put(d, Ty.Int);
      return { t: Ty.Int };
    }
    this.getFloat(argPos, a);
    if (tag === "math.fabs") this.e("f64.abs");
    else {
      // sqrt of a negative number raises ValueError: math domain error.
      this.e(`local.tee ${this.tmp(Ty.Float)}`, "f64.const 0", "f64.lt", "if");
      this.raiseAt(pc, "ValueError", "math domain error");
      this.e("end", `local.get ${this.tmp(Ty.Float)}`, "f64.sqrt");
    }
    this.put(d, Ty.Float);
    return { t: Ty.Float };
  }

}
