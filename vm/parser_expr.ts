// Expression rules of the recursive-descent parser (CPython 3.11's python.gram, expressions part),
// including targets, call arguments, comprehensions, lambdas and their invalid_* error rules.

import type * as ast from "./ast.js";
import { FAIL, MAX_TREE_DEPTH, normalizeName, ParserBase, type Tok } from "./parser_base.js";
import { concatenateStrings, type StringHost } from "./parser_strings.js";
import { KEYWORDS, type Token, TokenType } from "./tokens.js";

/** Which kind of target an invalid-target message is about (CPython's TARGETS_TYPE). */
export type TargetsType = "star" | "del" | "for";

/** CPython's _PyPegen_get_expr_name. */
export function exprName(e: ast.Expr): string {
  switch (e.kind) {
    case "Attribute":
      return "attribute";
    case "Subscript":
      return "subscript";
    case "Starred":
      return "starred";
    case "Name":
      return "name";
    case "List":
      return "list";
    case "Tuple":
      return "tuple";
    case "Lambda":
      return "lambda";
    case "Call":
      return "function call";
    case "BoolOp":
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "GeneratorExp":
      return "generator expression";
    case "Yield":
    case "YieldFrom":
      return "yield expression";
    case "Await":
      return "await expression";
    case "ListComp":
      return "list comprehension";
    case "SetComp":
      return "set comprehension";
    case "DictComp":
      return "dict comprehension";
    case "Dict":
      return "dict literal";
    case "Set":
      return "set display";
    case "JoinedStr":
    case "FormattedValue":
      return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v.type === "None") return "None";
      if (v.type === "bool") return v.value ? "True" : "False";
      if (v.type === "Ellipsis") return "ellipsis";
      return "literal";
    }
    case "Compare":
      return "comparison";
    case "IfExp":
      return "conditional expression";
    case "NamedExpr":
      return "named expression";
    case "Slice":
      return "slice";
  }
}

/** CPython's _PyPegen_get_invalid_target: the sub-expression that cannot be a target, or null. */
export function invalidTarget(e: ast.Expr, type: TargetsType): ast.Expr | null {
  switch (e.kind) {
    case "List":
    case "Tuple":
      for (const x of e.elts) {
        const c = invalidTarget(x, type);
        if (c) return c;
      }
      return null;
    case "Starred":
      if (type === "del") return e;
      return invalidTarget(e.value, type);
    case "Compare":
      if (type === "for") {
        if (e.ops[0] === "In") return invalidTarget(e.left, type);
        return null;
      }
      return e;
    case "Name":
    case "Subscript":
    case "Attribute":
      return null;
    default:
      return e;
  }
}


const BINOPS: Record<string, [ast.OperatorKind, number]> = {
  "|": ["BitOr", 1],
  "^": ["BitXor", 2],
  "&": ["BitAnd", 3],
  "<<": ["LShift", 4],
  ">>": ["RShift", 4],
  "+": ["Add", 5],
  "-": ["Sub", 5],
  "*": ["Mult", 6],
  "/": ["Div", 6],
  "//": ["FloorDiv", 6],
  "%": ["Mod", 6],
  "@": ["MatMult", 6],
};

const CMPOPS: Record<string, ast.CmpOpKind> = {
  "==": "Eq",
  "!=": "NotEq",
  "<": "Lt",
  "<=": "LtE",
  ">": "Gt",
  ">=": "GtE",
};

/** Keywords that can begin an expression. */
const EXPR_KEYWORDS = new Set(["not", "lambda", "await", "True", "False", "None"]);
const EXPR_OPS = new Set(["(", "[", "{", "-", "+", "~", "..."]);

function parseNumber(text: string): ast.ConstantValue {
  const s = text.indexOf("_") >= 0 ? text.replace(/_/g, "") : text;
  const last = s.charCodeAt(s.length - 1);
  if (last === 106 || last === 74) return { type: "complex", imag: Number(s.slice(0, -1)) };
  const c1 = s.length > 1 ? s.charCodeAt(1) | 32 : 0;
  if (s.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) return { type: "int", value: normInt(BigInt(s)) };
  if (/[.eE]/.test(s)) return { type: "float", value: Number(s) };
  if (s.length <= 15) return { type: "int", value: Number(s) };
  return { type: "int", value: normInt(BigInt(s)) };
}

function normInt(b: bigint): number | bigint {
  return b <= 9007199254740991n && b >= -9007199254740991n ? Number(b) : b;
}

/** Positional and keyword arguments of a call or class definition. */
export interface CallArgs {
  /** Positional (and starred) arguments. */
  args: ast.Expr[];
  /** Keyword (and double-starred) arguments. */
  keywords: ast.Keyword[];
}

/** The expression grammar. */
export abstract class ExprParser extends ParserBase implements StringHost {
  // ---- hooks provided by the full parser --------------------------------------------------

  /** Parses an f-string expression part (implemented by the statement parser). */
  compileFStringExpr(_text: string, _line: number, _col: number): ast.Expr {
    throw FAIL;
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** True if the current token can begin an expression (used for optional trailing commas). */
  protected startsExpr(): boolean {
    const t = this.peek();
    switch (this.ty(t)) {
      case TokenType.NAME:
        return !KEYWORDS.has(this.val(t)) || EXPR_KEYWORDS.has(this.val(t));
      case TokenType.NUMBER:
      case TokenType.STRING:
        return true;
      case TokenType.OP:
        return EXPR_OPS.has(this.val(t));
      default:
        return false;
    }
  }

  /** True for the soft keywords `match`, `case` and `_`. */
  protected isSoftKeyword(t: Tok): boolean {
    return this.ty(t) === TokenType.NAME && (this.val(t) === "match" || this.val(t) === "case" || this.val(t) === "_");
  }

  /** A Name node for NAME token `t`. */
  protected nameNode(t: Tok, ctx: ast.ExprContext = "Load"): ast.Name {
    return { kind: "Name", id: normalizeName(this.val(t)), ctx, lineno: this.lineOf(t), col_offset: this.colOf(t), end_lineno: this.endLineOf(t), end_col_offset: this.endColOf(t) };
  }

  /** Runs `fn` with the invalid_* rules disabled (CPython's expression_without_invalid). */
  protected withoutInvalid<T>(fn: () => T): T {
    const save = this.callInvalid;
    this.callInvalid = false;
    try {
      return fn();
    } finally {
      this.callInvalid = save;
    }
  }

  /** Whether the invalid_* rules run here (error pass, not inside expression_without_invalid). */
  protected get checkInvalid(): boolean {
    return this.errorPass && this.callInvalid;
  }

  // ---- star_expressions and friends ------------------------------------------------------------

  /** star_expressions: one expression, or a Tuple when commas follow. */
  starExpressions(): ast.Expr {
    const start = this.peek();
    const e = this.starExpression();
    if (!this.isOp(",")) return e;
    const elts = [e];
    while (this.eatOp(",")) {
      if (!this.startsExpr() && !this.isOp("*")) break;
      const save = this.pos;
      try {
        elts.push(this.starExpression());
      } catch (err) {
        // PEG: the comma was a trailing comma
        if (err !== FAIL) throw err;
        this.pos = save;
        break;
      }
    }
    return this.fin<ast.Tuple>({ kind: "Tuple", elts, ctx: "Load" }, start);
  }

  /** star_expression: '*' bitwise_or | expression. */
  starExpression(): ast.Expr {
    if (this.isOp("*")) {
      const start = this.advance();
      const v = this.bitwiseOr();
      return this.fin<ast.Starred>({ kind: "Starred", value: v, ctx: "Load" }, start);
    }
    return this.expression();
  }

  /** star_named_expression: '*' bitwise_or | named_expression. */
  starNamedExpression(): ast.Expr {
    if (this.isOp("*")) {
      const start = this.advance();
      const v = this.bitwiseOr();
      return this.fin<ast.Starred>({ kind: "Starred", value: v, ctx: "Load" }, start);
    }
    return this.namedExpression();
  }

  /** expressions: expression (',' expression)* [','] (eval input, return of lambda-free contexts). */
  expressions(): ast.Expr {
    const start = this.peek();
    const e = this.expression();
    if (!this.isOp(",")) return e;
    const elts = [e];
    while (this.eatOp(",")) {
      if (!this.startsExpr()) break;
      elts.push(this.expression());
    }
    return this.fin<ast.Tuple>({ kind: "Tuple", elts, ctx: "Load" }, start);
  }

  /** named_expression: NAME ':=' expression | expression !':='. */
  namedExpression(): ast.Expr {
    const t = this.peek();
    if (this.ty(t) === TokenType.NAME && this.isOpAt(1, ":=") && !KEYWORDS.has(this.val(t))) {
      this.advance();
      this.advance();
      const value = this.expression();
      const target = this.nameNode(t, "Store");
      return this.fin<ast.NamedExpr>({ kind: "NamedExpr", target, value }, t);
    }
    if (this.checkInvalid) this.invalidNamedExpression();
    const e = this.expression();
    if (this.isOp(":=")) this.fail();
    return e;
  }

  /** assignment_expression | expression !':=' (named_expression without its invalid_ rule). */
  assignmentOrExpression(): ast.Expr {
    const t = this.peek();
    if (this.ty(t) === TokenType.NAME && this.isOpAt(1, ":=") && !KEYWORDS.has(this.val(t))) return this.namedExpression();
    const e = this.expression();
    if (this.isOp(":=")) this.fail();
    return e;
  }

  /** invalid_named_expression (error pass only). */
  protected invalidNamedExpression(): void {
    const save = this.pos;
    const checked = (this.invNamedChecked ??= new Set());
    if (checked.has(save)) return;
    checked.add(save);
    // a=expression ':=' expression
    const a = this.attempt(() => this.expression());
    if (a && this.eatOp(":=")) {
      if (this.attempt(() => this.expression())) this.raiseAtNode(a, `cannot use assignment expressions with ${exprName(a)}`);
    }
    this.pos = save;
    // a=NAME '=' b=bitwise_or !('='|':=')
    const t = this.peek();
    if (this.ty(t) === TokenType.NAME && !KEYWORDS.has(this.val(t)) && this.isOpAt(1, "=")) {
      this.advance();
      this.advance();
      const b = this.attempt(() => this.bitwiseOr());
      if (b && !this.isOp("=") && !this.isOp(":=")) {
        this.raiseRange(this.nameNode(t), b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      this.pos = save;
    }
    // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
    const first = this.peek();
    const excluded =
      (this.ty(first) === TokenType.NAME && (this.val(first) === "True" || this.val(first) === "None" || this.val(first) === "False")) ||
      ((this.ty(first) === TokenType.OP && (this.val(first) === "[" || this.val(first) === "(")) &&
        this.lookahead(() => {
          const e = this.atom();
          if (!(e.kind === "List" || e.kind === "Tuple" || e.kind === "GeneratorExp")) this.fail();
        }));
    if (!excluded) {
      const a2 = this.attempt(() => this.bitwiseOr());
      if (a2 && this.eatOp("=")) {
        const b2 = this.attempt(() => this.bitwiseOr());
        if (b2 && !this.isOp("=") && !this.isOp(":=")) {
          this.raiseAtNode(a2, `cannot assign to ${exprName(a2)} here. Maybe you meant '==' instead of '='?`);
        }
      }
    }
    this.pos = save;
  }

  /** expression: disjunction ['if' disjunction 'else' expression] | lambdef. */
  expression(): ast.Expr {
    this.enter();
    try {
      if (this.checkInvalid) {
        this.invalidExpression();
        this.invalidLegacyExpression();
      }
      if (this.isKw("lambda")) return this.lambdef();
      const start = this.peek();
      const body = this.disjunction();
      if (!this.isKw("if")) return body;
      // PEG: if the conditional expression does not complete, the disjunction alone matches
      const r = this.attempt(() => {
        this.advance();
        const test = this.disjunction();
        this.expectKw("else");
        const orelse = this.expression();
        return this.fin<ast.IfExp>({ kind: "IfExp", test, body, orelse }, start);
      });
      return r ?? body;
    } finally {
      this.depth--;
    }
  }

  /** invalid_expression (error pass only). */
  protected invalidExpression(): void {
    const save = this.pos;
    const checked = (this.invChecked ??= new Set());
    if (checked.has(save)) return;
    checked.add(save);
    const t = this.peek();
    const nameString = this.ty(t) === TokenType.NAME && this.ty(this.peekAt(1)) === TokenType.STRING;
    if (!nameString && !this.isSoftKeyword(t)) {
      const a = this.attempt(() => this.disjunction());
      if (a) {
        const b = this.attempt(() => this.withoutInvalid(() => this.expression()));
        if (b && !this.isLegacy(a) && this.levelOf(this.prev()) !== 0) {
          this.raiseRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
        }
      }
      this.pos = save;
    }
    const a = this.attempt(() => this.disjunction());
    if (a && this.eatKw("if")) {
      const b = this.attempt(() => this.disjunction());
      if (b && !this.isKw("else") && !this.isOp(":")) this.raiseRange(a, b, "expected 'else' after 'if' expression");
    }
    this.pos = save;
  }

  /** `print` or `exec` (for "Missing parentheses in call to ..."). */
  protected isLegacy(e: ast.Expr): boolean {
    return e.kind === "Name" && (e.id === "print" || e.id === "exec");
  }

  /** invalid_legacy_expression: `print x` (error pass only). */
  protected invalidLegacyExpression(): void {
    const t = this.peek();
    if (this.ty(t) !== TokenType.NAME || (this.val(t) !== "print" && this.val(t) !== "exec") || this.isOpAt(1, "(")) return;
    const save = this.pos;
    this.advance();
    const b = this.attempt(() => this.starExpressions());
    this.pos = save;
    if (b) this.raiseRange(this.nameNode(t), b, `Missing parentheses in call to '${this.val(t)}'. Did you mean ${this.val(t)}(...)?`);
  }

  /** disjunction: conjunction ('or' conjunction)* (memoised during the error pass). */
  disjunction(): ast.Expr {
    if (this.errorPass) {
      const memo = (this.disjMemo ??= new Map());
      const hit = memo.get(this.pos);
      if (hit) {
        this.pos = hit.end;
        return hit.node;
      }
      const start = this.pos;
      const node = this.disjunctionRaw();
      memo.set(start, { node, end: this.pos });
      return node;
    }
    return this.disjunctionRaw();
  }

  private disjunctionRaw(): ast.Expr {
    const start = this.peek();
    const a = this.conjunction();
    if (!this.isKw("or")) return a;
    const values = [a];
    while (this.isKw("or")) {
      const save = this.pos;
      this.advance();
      try {
        values.push(this.conjunction());
      } catch (e) {
        if (e !== FAIL) throw e;
        this.pos = save;
        break;
      }
    }
    if (values.length === 1) return a;
    return this.fin<ast.BoolOp>({ kind: "BoolOp", op: "Or", values }, start);
  }

  private conjunction(): ast.Expr {
    const start = this.peek();
    const a = this.inversion();
    if (!this.isKw("and")) return a;
    const values = [a];
    while (this.isKw("and")) {
      const save = this.pos;
      this.advance();
      try {
        values.push(this.inversion());
      } catch (e) {
        if (e !== FAIL) throw e;
        this.pos = save;
        break;
      }
    }
    if (values.length === 1) return a;
    return this.fin<ast.BoolOp>({ kind: "BoolOp", op: "And", values }, start);
  }

  private inversion(): ast.Expr {
    if (!this.isKw("not")) return this.comparison();
    const nots: Tok[] = [];
    while (this.isKw("not")) nots.push(this.advance());
    if (nots.length > MAX_TREE_DEPTH) this.tooDeep();
    let e = this.comparison();
    for (let i = nots.length - 1; i >= 0; i--) {
      e = this.fin<ast.UnaryOp>({ kind: "UnaryOp", op: "Not", operand: e }, nots[i]);
    }
    return e;
  }

  private comparison(): ast.Expr {
    const start = this.peek();
    const left = this.bitwiseOr();
    let ops: ast.CmpOpKind[] | null = null;
    let comparators: ast.Expr[] | null = null;
    for (;;) {
      const t = this.peek();
      const save = this.pos;
      let op: ast.CmpOpKind | undefined;
      if (this.ty(t) === TokenType.OP) {
        op = CMPOPS[this.val(t)];
        if (op === undefined) break;
        this.advance();
      } else if (this.ty(t) === TokenType.NAME) {
        if (this.val(t) === "in") {
          op = "In";
          this.advance();
        } else if (this.val(t) === "not" && this.isKwAt(1, "in")) {
          op = "NotIn";
          this.advance();
          this.advance();
        } else if (this.val(t) === "is") {
          this.advance();
          if (this.eatKw("not")) op = "IsNot";
          else op = "Is";
        } else break;
      } else break;
      // PEG: a comparison operator without its operand is left for the caller
      let right: ast.Expr;
      try {
        right = this.bitwiseOr();
      } catch (e) {
        if (e !== FAIL) throw e;
        this.pos = save;
        break;
      }
      (ops ??= []).push(op);
      (comparators ??= []).push(right);
    }
    if (ops === null) return left;
    return this.fin<ast.Compare>({ kind: "Compare", left, ops, comparators: comparators! }, start);
  }

  /** bitwise_or and all tighter binary operators, by precedence climbing. */
  bitwiseOr(): ast.Expr {
    if (this.errorPass) {
      const memo = (this.borMemo ??= new Map());
      const hit = memo.get(this.pos);
      if (hit) {
        this.pos = hit.end;
        return hit.node;
      }
      const start = this.pos;
      const node = this.binary(1);
      memo.set(start, { node, end: this.pos });
      return node;
    }
    return this.binary(1);
  }

  private binary(minPrec: number): ast.Expr {
    const start = this.peek();
    let left = this.factor();
    let chain = 0;
    for (;;) {
      const t = this.peek();
      if (this.ty(t) !== TokenType.OP) return left;
      const info = BINOPS[this.val(t)];
      if (info === undefined || info[1] < minPrec) return left;
      const save = this.pos;
      this.advance();
      let right: ast.Expr;
      try {
        right = info[1] === 6 ? this.factor() : this.binary(info[1] + 1);
      } catch (e) {
        // PEG: an operator without its operand is left for the caller
        if (e !== FAIL) throw e;
        this.pos = save;
        return left;
      }
      if (++chain > MAX_TREE_DEPTH) this.tooDeep();
      left = this.fin<ast.BinOp>({ kind: "BinOp", left, op: info[0], right }, start);
    }
  }

  private factor(): ast.Expr {
    const t = this.peek();
    if (this.ty(t) !== TokenType.OP || (this.val(t) !== "-" && this.val(t) !== "+" && this.val(t) !== "~")) return this.power();
    const ops: Tok[] = [];
    for (;;) {
      const u = this.peek();
      if (this.ty(u) !== TokenType.OP || (this.val(u) !== "-" && this.val(u) !== "+" && this.val(u) !== "~")) break;
      ops.push(this.advance());
    }
    if (ops.length > MAX_TREE_DEPTH) this.tooDeep();
    let e = this.power();
    for (let i = ops.length - 1; i >= 0; i--) {
      const v = this.val(ops[i]);
      const op: ast.UnaryOpKind = v === "-" ? "USub" : v === "+" ? "UAdd" : "Invert";
      e = this.fin<ast.UnaryOp>({ kind: "UnaryOp", op, operand: e }, ops[i]);
    }
    return e;
  }

  private power(): ast.Expr {
    const start = this.peek();
    const a = this.awaitPrimary();
    if (!this.isOp("**")) return a;
    const save = this.pos;
    this.advance();
    this.enter();
    try {
      const b = this.factor();
      return this.fin<ast.BinOp>({ kind: "BinOp", left: a, op: "Pow", right: b }, start);
    } catch (e) {
      if (e !== FAIL) throw e;
      this.pos = save;
      return a;
    } finally {
      this.depth--;
    }
  }

  private awaitPrimary(): ast.Expr {
    if (this.isKw("await")) {
      const start = this.advance();
      const v = this.primary();
      return this.fin<ast.Await>({ kind: "Await", value: v }, start);
    }
    return this.primary();
  }

  /** primary: atom followed by attribute, call and subscript trailers. */
  primary(): ast.Expr {
    const start = this.peek();
    let e = this.atom();
    let chain = 0;
    for (;;) {
      const t = this.peek();
      if (this.ty(t) !== TokenType.OP) return e;
      const save = this.pos;
      try {
        if (this.val(t) === ".") {
          this.advance();
          const attr = this.name();
          e = this.fin<ast.Attribute>({ kind: "Attribute", value: e, attr, ctx: "Load" }, start);
        } else if (this.val(t) === "(") {
          e = this.call(e, start);
        } else if (this.val(t) === "[") {
          this.advance();
          const slice = this.slices();
          this.expectOp("]");
          e = this.fin<ast.Subscript>({ kind: "Subscript", value: e, slice, ctx: "Load" }, start);
        } else {
          return e;
        }
      } catch (err) {
        // PEG: a trailer that does not parse leaves the shorter primary
        if (err !== FAIL) throw err;
        this.pos = save;
        return e;
      }
      if (++chain > MAX_TREE_DEPTH) this.tooDeep();
    }
  }

  /** slices: slice !',' | ','.(slice | starred_expression)+ [','] → Tuple. */
  private slices(): ast.Expr {
    const start = this.peek();
    const first = this.sliceItem();
    if (!this.isOp(",")) {
      // a lone starred item is still a tuple: a[*b]
      if (first.kind === "Starred") return this.fin<ast.Tuple>({ kind: "Tuple", elts: [first], ctx: "Load" }, start);
      return first;
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("]")) break;
      elts.push(this.sliceItem());
    }
    return this.fin<ast.Tuple>({ kind: "Tuple", elts, ctx: "Load" }, start);
  }

  private sliceItem(): ast.Expr {
    const start = this.peek();
    if (this.isOp("*")) {
      this.advance();
      const v = this.expression();
      return this.fin<ast.Starred>({ kind: "Starred", value: v, ctx: "Load" }, start);
    }
    let lower: ast.Expr | null = null;
    if (!this.isOp(":")) {
      const e = this.namedExpression();
      if (!this.isOp(":")) return e;
      if (this.isBareNamedExpr(e, start)) this.fail();
      lower = e;
    }
    this.expectOp(":");
    let upper: ast.Expr | null = null;
    let step: ast.Expr | null = null;
    if (!this.isOp(":") && !this.isOp(",") && !this.isOp("]")) upper = this.expression();
    if (this.eatOp(":")) {
      if (!this.isOp(",") && !this.isOp("]")) step = this.expression();
    }
    return this.fin<ast.Slice>({ kind: "Slice", lower, upper, step }, start);
  }

  // ---- atoms -------------------------------------------------------------------------------

  /** atom: names, constants, strings, numbers, displays and comprehensions. */
  atom(): ast.Expr {
    const t = this.peek();
    switch (this.ty(t)) {
      case TokenType.NAME: {
        const v = this.val(t);
        if (KEYWORDS.has(v)) {
          let value: ast.ConstantValue;
          if (v === "True") value = { type: "bool", value: true };
          else if (v === "False") value = { type: "bool", value: false };
          else if (v === "None") value = { type: "None" };
          else this.fail();
          this.advance();
          return this.fin<ast.Constant>({ kind: "Constant", value, kind_: null }, t);
        }
        this.advance();
        return this.nameNode(t);
      }
      case TokenType.NUMBER:
        this.advance();
        return this.fin<ast.Constant>({ kind: "Constant", value: parseNumber(this.val(t)), kind_: null }, t);
      case TokenType.STRING:
        return this.strings();
      case TokenType.OP:
        switch (this.val(t)) {
          case "(":
            return this.parenAtom();
          case "[":
            return this.listAtom();
          case "{":
            return this.braceAtom();
          case "...":
            this.advance();
            return this.fin<ast.Constant>({ kind: "Constant", value: { type: "Ellipsis" }, kind_: null }, t);
        }
    }
    return this.fail();
  }

  /** strings: STRING+ (adjacent literals are concatenated). */
  protected strings(): ast.Expr {
    const toks: Token[] = [];
    while (this.types[this.pos] === TokenType.STRING) toks.push(this.tokenObject(this.advance()));
    return concatenateStrings(this, toks);
  }

  /** '(' ... ')': tuple, group (parenthesised expression) or generator expression. */
  private parenAtom(): ast.Expr {
    const start = this.advance();
    if (this.isOp(")")) {
      this.advance();
      return this.fin<ast.Tuple>({ kind: "Tuple", elts: [], ctx: "Load" }, start);
    }
    if (this.isKw("yield")) {
      const y = this.yieldExpr();
      this.expectOp(")");
      return y;
    }
    if (this.checkInvalid && this.isOp("**")) {
      const star = this.peek();
      const save = this.pos;
      this.advance();
      if (this.attempt(() => this.expression()) && this.isOp(")")) this.raiseAtToken(star, "cannot use double starred expression here");
      this.pos = save;
    }
    const first = this.starNamedExpression();
    if (this.isCompFor()) {
      if (first.kind === "Starred") {
        if (this.checkInvalid) this.raiseAtNode(first, "iterable unpacking cannot be used in comprehension");
        this.fail();
      }
      if (first.kind === "NamedExpr" && this.errorPass) {
        /* allowed: (x := 1 for ...) is a genexp over a named expression */
      }
      const generators = this.forIfClauses();
      this.expectOp(")");
      return this.fin<ast.GeneratorExp>({ kind: "GeneratorExp", elt: first, generators }, start);
    }
    if (this.isOp(",")) {
      const elts = [first];
      while (this.eatOp(",")) {
        if (this.isOp(")")) break;
        elts.push(this.starNamedExpression());
      }
      this.expectOp(")");
      return this.fin<ast.Tuple>({ kind: "Tuple", elts, ctx: "Load" }, start);
    }
    if (first.kind === "Starred") {
      if (this.checkInvalid && this.isOp(")")) this.raiseAtNode(first, "cannot use starred expression here");
      this.fail();
    }
    this.expectOp(")");
    return first;
  }

  /** Raises at the range from token a to the end of token b. */
  protected raiseAtToken2(a: Tok, b: Tok, msg: string): never {
    throw this.makeError("SyntaxError", msg, this.lineOf(a), this.colOf(a) + 1, this.endLineOf(b), this.endColOf(b) + 1);
  }

  private listAtom(): ast.Expr {
    const start = this.advance();
    if (this.isOp("]")) {
      this.advance();
      return this.fin<ast.List>({ kind: "List", elts: [], ctx: "Load" }, start);
    }
    const first = this.starNamedExpression();
    if (this.isCompFor()) {
      if (first.kind === "Starred") {
        if (this.checkInvalid) this.raiseAtNode(first, "iterable unpacking cannot be used in comprehension");
        this.fail();
      }
      const generators = this.forIfClauses();
      this.expectOp("]");
      return this.fin<ast.ListComp>({ kind: "ListComp", elt: first, generators }, start);
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.checkInvalid && elts.length === 1 && this.isCompFor()) {
        this.raiseNodeToToken(first, this.prev(), "did you forget parentheses around the comprehension target?");
      }
      if (this.isOp("]")) break;
      elts.push(this.starNamedExpression());
      if (this.checkInvalid && this.isCompFor()) this.invalidCompTarget(first, elts[elts.length - 1]);
    }
    this.expectOp("]");
    return this.fin<ast.List>({ kind: "List", elts, ctx: "Load" }, start);
  }

  /** True for an unparenthesised `x := y` (parsed starting at token `start`). */
  protected isBareNamedExpr(e: ast.Expr, start: Tok): boolean {
    return e.kind === "NamedExpr" && e.lineno === this.lineOf(start) && e.col_offset === this.colOf(start);
  }

  /** A token's position as a node position. */
  protected tokNode(t: Tok): ast.Located {
    return { lineno: this.lineOf(t), col_offset: this.colOf(t), end_lineno: this.endLineOf(t), end_col_offset: this.endColOf(t) };
  }

  /** Raises at the range from the start of node `a` to the end of token `b`. */
  protected raiseNodeToToken(a: ast.Located, b: Tok, msg: string): never {
    throw this.makeError("SyntaxError", msg, a.lineno, a.col_offset + 1, this.endLineOf(b), this.endColOf(b) + 1);
  }

  private invalidCompTarget(first: ast.Expr, last: ast.Expr): never {
    return this.raiseRange(first, last, "did you forget parentheses around the comprehension target?");
  }

  private braceAtom(): ast.Expr {
    const start = this.advance();
    if (this.isOp("}")) {
      this.advance();
      return this.fin<ast.Dict>({ kind: "Dict", keys: [], values: [] }, start);
    }
    if (this.isOp("**")) {
      const starTok = this.advance();
      const v = this.bitwiseOr();
      if (this.isCompFor()) {
        if (this.checkInvalid) this.raiseAtToken2(starTok, starTok, "dict unpacking cannot be used in dict comprehension");
        this.fail();
      }
      return this.dictRest(start, [null], [v]);
    }
    const firstTok = this.peek();
    const first = this.starNamedExpression();
    if (this.isOp(":") && first.kind !== "Starred" && !this.isBareNamedExpr(first, firstTok)) {
      this.advance();
      const value = this.dictValue();
      if (this.isCompFor()) {
        const generators = this.forIfClauses();
        this.expectOp("}");
        return this.fin<ast.DictComp>({ kind: "DictComp", key: first, value, generators }, start);
      }
      return this.dictRest(start, [first], [value]);
    }
    if (this.isCompFor()) {
      if (first.kind === "Starred") {
        if (this.checkInvalid) this.raiseAtNode(first, "iterable unpacking cannot be used in comprehension");
        this.fail();
      }
      const generators = this.forIfClauses();
      this.expectOp("}");
      return this.fin<ast.SetComp>({ kind: "SetComp", elt: first, generators }, start);
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.checkInvalid && elts.length === 1 && this.isCompFor()) {
        this.raiseNodeToToken(first, this.prev(), "did you forget parentheses around the comprehension target?");
      }
      if (this.isOp("}")) break;
      elts.push(this.starNamedExpression());
      if (this.checkInvalid && this.isCompFor()) this.invalidCompTarget(first, elts[elts.length - 1]);
    }
    this.expectOp("}");
    return this.fin<ast.SetExpr>({ kind: "Set", elts }, start);
  }

  /** The value after a dictionary key's ':' (with the invalid_kvpair checks). */
  private dictValue(): ast.Expr {
    if (this.checkInvalid) {
      if (this.isOp("*")) {
        const star = this.peek();
        const save = this.pos;
        this.advance();
        if (this.attempt(() => this.bitwiseOr())) {
          this.raiseFrom(this.tokNode(star), this.peek(), "cannot use a starred expression in a dictionary value");
        }
        this.pos = save;
      }
      if (this.isOp("}") || this.isOp(",")) this.raiseAtToken(this.prev(), "expression expected after dictionary key and ':'");
    }
    return this.expression();
  }

  private dictRest(start: Tok, keys: (ast.Expr | null)[], values: ast.Expr[]): ast.Expr {
    while (this.eatOp(",")) {
      if (this.isOp("}")) break;
      if (this.isOp("**")) {
        this.advance();
        keys.push(null);
        values.push(this.bitwiseOr());
        continue;
      }
      const k = this.expression();
      if (!this.isOp(":")) {
        if (this.checkInvalid) {
          throw this.makeError("SyntaxError", "':' expected after dictionary key", k.lineno, k.end_col_offset, k.end_lineno, 0);
        }
        this.fail();
      }
      this.advance();
      keys.push(k);
      values.push(this.dictValue());
    }
    this.expectOp("}");
    return this.fin<ast.Dict>({ kind: "Dict", keys, values }, start);
  }

  // ---- comprehensions ------------------------------------------------------------------------

  /** True at `for` or `async for` (a comprehension clause). */
  protected isCompFor(): boolean {
    return this.isKw("for") || (this.isKw("async") && this.isKwAt(1, "for"));
  }

  /** for_if_clauses: one or more `[async] for targets in disjunction (if disjunction)*`. */
  forIfClauses(): ast.Comprehension[] {
    const gens: ast.Comprehension[] = [];
    while (this.isCompFor()) {
      let isAsync = 0;
      if (this.eatKw("async")) isAsync = 1;
      this.advance(); // 'for'
      const save = this.pos;
      const target = this.attempt(() => {
        const t = this.starTargets();
        if (!this.isKw("in")) this.fail();
        return t;
      });
      if (target === null) {
        if (this.checkInvalid) this.invalidForTarget(save);
        this.pos = save;
        this.fail();
      }
      this.advance(); // 'in'
      const iter = this.disjunction();
      const ifs: ast.Expr[] = [];
      while (this.eatKw("if")) ifs.push(this.disjunction());
      gens.push({ kind: "comprehension", target, iter, ifs, is_async: isAsync });
    }
    return gens;
  }

  // ---- calls ---------------------------------------------------------------------------------

  /** A call trailer `( arguments )` applied to `func`. */
  private call(func: ast.Expr, start: Tok): ast.Expr {
    const open = this.advance();
    const { args, keywords } = this.callArguments(open, true);
    this.expectOp(")");
    return this.fin<ast.Call>({ kind: "Call", func, args, keywords }, start);
  }

  // ---- rules implemented in parser_args.ts ----------------------------------------------------

  /** star_targets (see ArgsParser). */
  abstract starTargets(): ast.Expr;

  /** invalid_for_target at token index `pos` (see ArgsParser). */
  protected abstract invalidForTarget(pos: number): void;

  /** Call arguments up to ')' (see ArgsParser). */
  abstract callArguments(open: Tok, allowGenexp: boolean): CallArgs;

  /** lambdef (see ArgsParser). */
  protected abstract lambdef(): ast.Expr;

  // ---- yield -----------------------------------------------------------------------------------

  /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]. */
  yieldExpr(): ast.Expr {
    const start = this.expectKw("yield");
    if (this.eatKw("from")) {
      const v = this.expression();
      return this.fin<ast.YieldFrom>({ kind: "YieldFrom", value: v }, start);
    }
    let value: ast.Expr | null = null;
    if (this.startsExpr() || this.isOp("*")) value = this.starExpressions();
    return this.fin<ast.Yield>({ kind: "Yield", value }, start);
  }
}
