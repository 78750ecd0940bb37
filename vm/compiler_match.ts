// The match statement: patterns compiled to explicit checks with per-depth failure pops.
import type * as A from "./ast.js";
import { Op } from "./opcodes.js";
import { Label } from "./assembler.js";
import type { Compiler } from "./compiler.js";
import { None, type PyValue } from "./objects/object.js";
import { newTuple } from "./objects/tuple.js";
import { PyBuiltin } from "./objects/function.js";
import { PyDict } from "./objects/dict.js";
import { getAttr, call, toArray, eq, repr } from "./ops.js";

/** Where a failing pattern goes: labels[n] pops n stack items, then jumps to `target`. */
class FailCtx {
  readonly labels: Label[] = [];
  constructor(readonly target: Label) {}
  /** The label to jump to with `n` items to discard. */
  at(n: number): Label {
    while (this.labels.length <= n) this.labels.push(new Label());
    return this.labels[n];
  }
  /** Emits the pop chain (deepest first) ending in a jump to the target. */
  emitChain(c: Compiler, baseDepth: number): void {
    for (let n = this.labels.length - 1; n >= 0; n--) {
      const l = this.labels[n];
      c.asm.bind(l);
      if (l.depth < 0 || n > 0) c.asm.depth = baseDepth + n;
      if (n > 0) c.emit(Op.POP_TOP);
    }
    if (this.labels.length) c.emit(Op.JUMP, this.target);
  }
}

/** `**rest` in a mapping pattern: a dict of the subject minus the matched keys. */
const matchRest = new PyBuiltin("<match rest>", (args) => {
  const [subject, keys] = args;
  const d = new PyDict();
  if (subject instanceof PyDict) {
    for (const [k, v] of subject.entries()) d.set(k, v);
  } else {
    for (const k of toArray(call(getAttr(subject, "keys"), []))) d.set(k, call(getAttr(subject, "__getitem__"), [k]));
  }
  for (const k of toArray(keys)) d.delete(k);
  return d;
});

function failJump(c: Compiler, op: Op, ctx: FailCtx, n: number): void {
  c.emit(op, ctx.at(n));
}

/**
 * Compiles pattern `p` matching the subject on TOS. `n` = items above the context base,
 * including the subject. On success the subject is consumed.
 */
function pattern(c: Compiler, p: A.Pattern, ctx: FailCtx, n: number): void {
  c.asm.line = p.lineno;
  switch (p.kind) {
    case "MatchValue":
      c.expr(p.value);
      c.emit(Op.COMPARE_OP, 2);
      failJump(c, Op.POP_JUMP_IF_FALSE, ctx, n - 1);
      return;
    case "MatchSingleton":
      c.loadConst(c.constValue(p.value));
      c.emit(Op.IS_OP, 0);
      failJump(c, Op.POP_JUMP_IF_FALSE, ctx, n - 1);
      return;
    case "MatchAs":
      if (p.pattern) {
        c.emit(Op.COPY, 1);
        pattern(c, p.pattern, ctx, n + 1);
      }
      if (p.name) c.store(nameNode(p.name, p));
      else c.emit(Op.POP_TOP);
      return;
    case "MatchStar":
      if (p.name) c.store(nameNode(p.name, p));
      else c.emit(Op.POP_TOP);
      return;
    case "MatchOr": {
      const end = new Label();
      const base = c.asm.depth;
      for (let i = 0; i < p.patterns.length; i++) {
        if (i === p.patterns.length - 1) {
          pattern(c, p.patterns[i], ctx, n);
          break;
        }
        const next = new Label();
        const alt = new FailCtx(next);
        c.emit(Op.COPY, 1);
        pattern(c, p.patterns[i], alt, 1);
        c.emit(Op.POP_TOP);
        c.emit(Op.JUMP, end);
        alt.emitChain(c, base);
        c.asm.bind(next);
        c.asm.depth = base;
      }
      c.asm.bind(end);
      return;
    }
    case "MatchSequence": {
      const pats = p.patterns;
      const star = pats.findIndex((q) => q.kind === "MatchStar");
      c.emit(Op.MATCH_SEQUENCE);
      failJump(c, Op.POP_JUMP_IF_FALSE, ctx, n);
      c.emit(Op.GET_LEN);
      if (star < 0) {
        c.loadConst(pats.length);
        c.emit(Op.COMPARE_OP, 2);
      } else {
        c.loadConst(pats.length - 1);
        c.emit(Op.COMPARE_OP, 5);
      }
      failJump(c, Op.POP_JUMP_IF_FALSE, ctx, n);
      if (star < 0) c.emit(Op.UNPACK_SEQUENCE, pats.length);
      else c.emit(Op.UNPACK_EX, star | ((pats.length - star - 1) << 8));
      const k = pats.length;
      for (let i = 0; i < k; i++) pattern(c, pats[i], ctx, n - 1 + k - i);
      return;
    }
    case "MatchMapping": {
      // Literal keys may not repeat (by value: 1, 1.0 and True are the same key).
      const seen: PyValue[] = [];
      for (const key of p.keys) {
        const v = c.fold(key);
        if (v === undefined) continue;
        if (seen.some((w) => eq(w, v))) throw c.error(`mapping pattern checks duplicate key (${repr(v)})`, p);
        seen.push(v);
      }
      c.emit(Op.MATCH_MAPPING);
      failJump(c, Op.POP_JUMP_IF_FALSE, ctx, n);
      const k = p.keys.length;
      if (k > 0) {
        c.emit(Op.GET_LEN);
        c.loadConst(k);
        c.emit(Op.COMPARE_OP, 5);
        failJump(c, Op.POP_JUMP_IF_FALSE, ctx, n);
      }
      for (const key of p.keys) c.expr(key);
      c.emit(Op.BUILD_TUPLE, k);
      c.emit(Op.MATCH_KEYS);
      c.emit(Op.COPY, 1);
      failJump(c, Op.POP_JUMP_IF_NONE, ctx, n + 2);
      c.emit(Op.UNPACK_SEQUENCE, k);
      for (let i = 0; i < k; i++) pattern(c, p.patterns[i], ctx, n + 1 + k - i);
      if (p.rest) {
        c.loadConst(matchRest);
        c.emit(Op.SWAP, 3);
        c.emit(Op.SWAP, 2);
        c.emit(Op.CALL, 2);
        c.store(nameNode(p.rest, p));
      } else {
        c.emit(Op.POP_TOP);
        c.emit(Op.POP_TOP);
      }
      return;
    }
    case "MatchClass": {
      c.expr(p.cls);
      c.loadConst(newTuple(p.kwd_attrs) as PyValue);
      c.emit(Op.MATCH_CLASS, p.patterns.length);
      c.emit(Op.COPY, 1);
      failJump(c, Op.POP_JUMP_IF_NONE, ctx, n);
      const all = [...p.patterns, ...p.kwd_patterns];
      c.emit(Op.UNPACK_SEQUENCE, all.length);
      for (let i = 0; i < all.length; i++) pattern(c, all[i], ctx, n - 1 + all.length - i);
      return;
    }
  }
}

function nameNode(id: string, at: A.Located): A.Name {
  return { kind: "Name", id, ctx: "Store", lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset };
}

/** Compiles a `match` statement. */
/** The compile-time checks of CPython's pattern compiler (names bound, irrefutable patterns). */
function checkPattern(c: Compiler, p: A.Pattern, allowIrrefutable: boolean, stores: Set<string>): void {
  const store = (name: string | null, at: A.Pattern): void => {
    if (name === null) return;
    if (stores.has(name)) throw c.error(`multiple assignments to name '${name}' in pattern`, at);
    stores.add(name);
  };
  switch (p.kind) {
    case "MatchAs":
      if (p.pattern === null) {
        if (!allowIrrefutable) {
          throw c.error(p.name !== null ? `name capture '${p.name}' makes remaining patterns unreachable` : "wildcard makes remaining patterns unreachable", p);
        }
      } else checkPattern(c, p.pattern, allowIrrefutable, stores);
      store(p.name, p);
      return;
    case "MatchStar":
      store(p.name, p);
      return;
    case "MatchSequence":
      if (p.patterns.filter((q) => q.kind === "MatchStar").length > 1) throw c.error("multiple starred names in sequence pattern", p);
      for (const q of p.patterns) checkPattern(c, q, true, stores);
      return;
    case "MatchMapping":
      for (const q of p.patterns) checkPattern(c, q, true, stores);
      store(p.rest, p);
      return;
    case "MatchClass": {
      const seen = new Set<string>();
      for (const a of p.kwd_attrs) {
        if (seen.has(a)) throw c.error(`attribute name repeated in class pattern: ${a}`, p);
        seen.add(a);
      }
      for (const q of p.patterns) checkPattern(c, q, true, stores);
      for (const q of p.kwd_patterns) checkPattern(c, q, true, stores);
      return;
    }
    case "MatchOr": {
      let first: Set<string> | null = null;
      p.patterns.forEach((q, i) => {
        const alt = new Set<string>();
        checkPattern(c, q, allowIrrefutable && i === p.patterns.length - 1, alt);
        if (first === null) first = alt;
        else if (alt.size !== first.size || [...alt].some((n) => !first!.has(n))) throw c.error("alternative patterns bind different names", q);
      });
      for (const n of first ?? []) store(n, p);
      return;
    }
    default:
      return;
  }
}

export function compileMatch(c: Compiler, s: A.Match): void {
  s.cases.forEach((kase, i) => checkPattern(c, kase.pattern, kase.guard !== null && kase.guard !== undefined || i === s.cases.length - 1, new Set()));
  const end = new Label();
  c.expr(s.subject);
  const base = c.asm.depth; // subject on the stack
  for (let i = 0; i < s.cases.length; i++) {
    const kase = s.cases[i];
    const next = new Label();
    const ctx = new FailCtx(next);
    c.asm.line = kase.pattern.lineno;
    c.emit(Op.COPY, 1);
    pattern(c, kase.pattern, ctx, 1);
    if (kase.guard) c.jumpIf(kase.guard, false, ctx.at(0));
    c.emit(Op.POP_TOP);
    c.stmts(kase.body);
    c.emit(Op.JUMP, end);
    ctx.emitChain(c, base);
    c.asm.bind(next);
    c.asm.depth = base;
  }
  c.emit(Op.POP_TOP);
  c.asm.bind(end);
  c.asm.depth = base - 1;
  void None;
}
