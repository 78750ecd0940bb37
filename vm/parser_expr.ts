// Expression rules of the recursive-descent parser (CPython 3.11's python.gram, expressions part),
// including targets, call arguments, comprehensions, lambdas and their invalid_* error rules.

import type * as ast from "./ast.js";
import { FAIL, MAX_TREE_DEPTH, normalizeName, ParserBase } from "./parser_base.js";
import { concatenateStrings, type StringHost } from "./parser_strings.js";
import { KEYWORDS, type Token, TokenType } from "./tokens.js";

/** Which kind of target an invalid-target message is about (CPython's TARGETS_TYPE). */
export type TargetsType = "star" | "del" | "for";

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

/** The expression grammar. */
export class ExprParser extends ParserBase implements StringHost {
  // ---- hooks provided by the full parser --------------------------------------------------

  /** Parses an f-string expression part (implemented by the statement parser). */
  compileFStringExpr(_text: string, _line: number, _col: number): ast.Expr {
    throw FAIL;
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** True if the current token can begin an expression (used for optional trailing commas). */
  protected startsExpr(): boolean {
    const t = this.peek();
    switch (t.type) {
      case TokenType.NAME:
        return !KEYWORDS.has(t.value) || EXPR_KEYWORDS.has(t.value);
      case TokenType.NUMBER:
      case TokenType.STRING:
        return true;
      case TokenType.OP:
        return EXPR_OPS.has(t.value);
      default:
        return false;
    }
  }

  protected isSoftKeyword(t: Token): boolean {
    return t.type === TokenType.NAME && (t.value === "match" || t.value === "case" || t.value === "_");
  }

  protected nameNode(t: Token, ctx: ast.ExprContext = "Load"): ast.Name {
    return { kind: "Name", id: normalizeName(t.value), ctx, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
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
    if (t.type === TokenType.NAME && this.isOpAt(1, ":=") && !KEYWORDS.has(t.value)) {
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
    if (t.type === TokenType.NAME && this.isOpAt(1, ":=") && !KEYWORDS.has(t.value)) return this.namedExpression();
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
    if (t.type === TokenType.NAME && !KEYWORDS.has(t.value) && this.isOpAt(1, "=")) {
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
      (first.type === TokenType.NAME && (first.value === "True" || first.value === "None" || first.value === "False")) ||
      ((first.type === TokenType.OP && (first.value === "[" || first.value === "(")) &&
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
    const nameString = t.type === TokenType.NAME && this.peekAt(1).type === TokenType.STRING;
    if (!nameString && !this.isSoftKeyword(t)) {
      const a = this.attempt(() => this.disjunction());
      if (a) {
        const b = this.attempt(() => this.withoutInvalid(() => this.expression()));
        if (b && !this.isLegacy(a) && this.prev().level !== 0) {
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

  protected isLegacy(e: ast.Expr): boolean {
    return e.kind === "Name" && (e.id === "print" || e.id === "exec");
  }

  /** invalid_legacy_expression: `print x` (error pass only). */
  protected invalidLegacyExpression(): void {
    const t = this.peek();
    if (t.type !== TokenType.NAME || (t.value !== "print" && t.value !== "exec") || this.isOpAt(1, "(")) return;
    const save = this.pos;
    this.advance();
    const b = this.attempt(() => this.starExpressions());
    this.pos = save;
    if (b) this.raiseRange(this.nameNode(t), b, `Missing parentheses in call to '${t.value}'. Did you mean ${t.value}(...)?`);
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
    const nots: Token[] = [];
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
      if (t.type === TokenType.OP) {
        op = CMPOPS[t.value];
        if (op === undefined) break;
        this.advance();
      } else if (t.type === TokenType.NAME) {
        if (t.value === "in") {
          op = "In";
          this.advance();
        } else if (t.value === "not" && this.isKwAt(1, "in")) {
          op = "NotIn";
          this.advance();
          this.advance();
        } else if (t.value === "is") {
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
      if (t.type !== TokenType.OP) return left;
      const info = BINOPS[t.value];
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
    if (t.type !== TokenType.OP || (t.value !== "-" && t.value !== "+" && t.value !== "~")) return this.power();
    const ops: Token[] = [];
    for (;;) {
      const u = this.peek();
      if (u.type !== TokenType.OP || (u.value !== "-" && u.value !== "+" && u.value !== "~")) break;
      ops.push(this.advance());
    }
    if (ops.length > MAX_TREE_DEPTH) this.tooDeep();
    let e = this.power();
    for (let i = ops.length - 1; i >= 0; i--) {
      const v = ops[i].value;
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
      if (t.type !== TokenType.OP) return e;
      const save = this.pos;
      try {
        if (t.value === ".") {
          this.advance();
          const attr = this.name();
          e = this.fin<ast.Attribute>({ kind: "Attribute", value: e, attr, ctx: "Load" }, start);
        } else if (t.value === "(") {
          e = this.call(e, start);
        } else if (t.value === "[") {
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
    const first = this.sliceItem(true);
    if (!this.isOp(",")) {
      // a lone starred item is still a tuple: a[*b]
      if (first.kind === "Starred") return this.fin<ast.Tuple>({ kind: "Tuple", elts: [first], ctx: "Load" }, start);
      return first;
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("]")) break;
      elts.push(this.sliceItem(false));
    }
    return this.fin<ast.Tuple>({ kind: "Tuple", elts, ctx: "Load" }, start);
  }

  private sliceItem(_first: boolean): ast.Expr {
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
    switch (t.type) {
      case TokenType.NAME: {
        const v = t.value;
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
        return this.fin<ast.Constant>({ kind: "Constant", value: parseNumber(t.value), kind_: null }, t);
      case TokenType.STRING:
        return this.strings();
      case TokenType.OP:
        switch (t.value) {
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
    while (this.peek().type === TokenType.STRING) toks.push(this.advance());
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
  protected raiseAtToken2(a: Token, b: Token, msg: string): never {
    throw this.makeError("SyntaxError", msg, a.lineno, a.col + 1, b.endLineno, b.endCol + 1);
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
        this.raiseAtToken2(this.tokAt(first), this.prev(), "did you forget parentheses around the comprehension target?");
      }
      if (this.isOp("]")) break;
      elts.push(this.starNamedExpression());
      if (this.checkInvalid && this.isCompFor()) this.invalidCompTarget(first, elts[elts.length - 1]);
    }
    this.expectOp("]");
    return this.fin<ast.List>({ kind: "List", elts, ctx: "Load" }, start);
  }

  /** True for an unparenthesised `x := y` (parsed starting at token `start`). */
  protected isBareNamedExpr(e: ast.Expr, start: Token): boolean {
    return e.kind === "NamedExpr" && e.lineno === start.lineno && e.col_offset === start.col;
  }

  /** A token's position as a node position. */
  protected tokNode(t: Token): ast.Located {
    return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
  }

  /** The first token of a node (for ranges that start at a node and end at a token). */
  protected tokAt(n: ast.Located): Token {
    return { type: TokenType.OP, value: "", lineno: n.lineno, col: n.col_offset, endLineno: n.end_lineno, endCol: n.end_col_offset, level: 0 };
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
        this.raiseAtToken2(this.tokAt(first), this.prev(), "did you forget parentheses around the comprehension target?");
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

  private dictRest(start: Token, keys: (ast.Expr | null)[], values: ast.Expr[]): ast.Expr {
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

  protected isCompFor(): boolean {
    return this.isKw("for") || (this.isKw("async") && this.isKwAt(1, "for"));
  }

  /** for_if_clauses: one or more `[async] for targets in disjunction (if disjunction)*`. */
  forIfClauses(): ast.Comprehension[] {
    const gens: ast.Comprehension[] = [];
    while (this.isCompFor()) {
      let isAsync = 0;
      if (this.eatKw("async")) isAsync = 1;
      const forTok = this.advance();
      const save = this.pos;
      const target = this.attempt(() => {
        const t = this.starTargets();
        if (!this.isKw("in")) this.fail();
        return t;
      });
      if (target === null) {
        if (this.checkInvalid) this.invalidForTarget(save);
        this.pos = save;
        void forTok;
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

  /** invalid_for_target: 'for' star_expressions with an invalid target (error pass). */
  protected invalidForTarget(pos: number): void {
    this.pos = pos;
    const a = this.attempt(() => this.starExpressions());
    if (a) {
      const bad = invalidTarget(a, "for");
      if (bad) this.raiseAtNode(bad, `cannot assign to ${exprName(bad)}`);
    }
    this.pos = pos;
  }

  // ---- targets -----------------------------------------------------------------------------

  /** star_targets: star_target (',' star_target)* [','] → one target or a Tuple (ctx Store). */
  starTargets(): ast.Expr {
    const start = this.peek();
    const first = this.starTarget();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (!this.startsTarget()) break;
      elts.push(this.starTarget());
    }
    return this.fin<ast.Tuple>({ kind: "Tuple", elts, ctx: "Store" }, start);
  }

  protected startsTarget(): boolean {
    const t = this.peek();
    if (t.type === TokenType.NAME) return !KEYWORDS.has(t.value) || t.value === "True" || t.value === "False" || t.value === "None";
    if (t.type === TokenType.OP) return t.value === "(" || t.value === "[" || t.value === "*";
    return t.type === TokenType.STRING || t.type === TokenType.NUMBER;
  }

  /** star_target: '*' star_target | target_with_star_atom. */
  starTarget(): ast.Expr {
    if (this.isOp("*")) {
      const start = this.advance();
      if (this.isOp("*")) this.fail();
      const v = this.starTarget();
      return this.fin<ast.Starred>({ kind: "Starred", value: v, ctx: "Store" }, start);
    }
    const e = this.primary();
    if (!this.isTargetShape(e)) this.fail();
    return this.toStore(e);
  }

  /** Whether a parsed primary has the shape of target_with_star_atom. */
  private isTargetShape(e: ast.Expr): boolean {
    switch (e.kind) {
      case "Name":
      case "Attribute":
      case "Subscript":
        return true;
      case "Tuple":
      case "List":
        return e.elts.every((x) => this.isTargetShape(x.kind === "Starred" ? x.value : x));
      default:
        return false;
    }
  }

  /** Converts a validated target expression to Store context (in place). */
  protected toStore(e: ast.Expr): ast.Expr {
    switch (e.kind) {
      case "Name":
      case "Attribute":
      case "Subscript":
        e.ctx = "Store";
        return e;
      case "Starred":
        e.ctx = "Store";
        this.toStore(e.value);
        return e;
      case "Tuple":
      case "List":
        e.ctx = "Store";
        for (const x of e.elts) this.toStore(x);
        return e;
      default:
        return e;
    }
  }

  /** Converts a validated target to Del context (in place). */
  protected toDel(e: ast.Expr): ast.Expr {
    switch (e.kind) {
      case "Name":
      case "Attribute":
      case "Subscript":
        e.ctx = "Del";
        return e;
      case "Tuple":
      case "List":
        e.ctx = "Del";
        for (const x of e.elts) this.toDel(x);
        return e;
      default:
        return e;
    }
  }

  /** True if `e` (parsed as an expression) is a valid star_targets / del_targets tree. */
  protected validTarget(e: ast.Expr, type: TargetsType, top = true): boolean {
    switch (e.kind) {
      case "Name":
      case "Attribute":
      case "Subscript":
        return true;
      case "Starred":
        if (type === "del") return false;
        if (e.value.kind === "Starred") return false;
        return this.validTarget(e.value, type, false);
      case "Tuple":
      case "List":
        void top;
        return e.elts.every((x) => this.validTarget(x, type, false));
      default:
        return false;
    }
  }

  // ---- calls ---------------------------------------------------------------------------------

  /** A call trailer `( arguments )` applied to `func`. */
  private call(func: ast.Expr, start: Token): ast.Expr {
    const open = this.advance();
    const { args, keywords } = this.callArguments(open, true);
    this.expectOp(")");
    return this.fin<ast.Call>({ kind: "Call", func, args, keywords }, start);
  }

  /**
   * Arguments after an opening parenthesis (up to, not including, ')'): positional, starred,
   * keyword and double-starred arguments; a lone generator expression when `allowGenexp`.
   */
  callArguments(open: Token, allowGenexp: boolean): { args: ast.Expr[]; keywords: ast.Keyword[] } {
    const args: ast.Expr[] = [];
    const keywords: ast.Keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    let badPositional: string | null = null;
    while (!this.isOp(")")) {
      const t = this.peek();
      if (this.isOp("*")) {
        this.advance();
        const v = this.expression();
        if (sawDoubleStar) {
          if (this.checkInvalid) this.raiseAtToken(t, "iterable argument unpacking follows keyword argument unpacking");
          this.fail();
        }
        args.push(this.fin<ast.Starred>({ kind: "Starred", value: v, ctx: "Load" }, t));
      } else if (this.isOp("**")) {
        this.advance();
        const v = this.expression();
        sawDoubleStar = true;
        sawKeyword = true;
        keywords.push(this.fin<ast.Keyword>({ kind: "keyword", arg: null, value: v }, t));
      } else if (t.type === TokenType.NAME && this.isOpAt(1, "=")) {
        if (KEYWORDS.has(t.value)) {
          if (this.checkInvalid && (t.value === "True" || t.value === "False" || t.value === "None")) {
            this.raiseAtToken2(t, this.peekAt(1), `cannot assign to ${t.value}`);
          }
          this.fail();
        }
        this.advance();
        const eq = this.advance();
        const v = this.expression();
        if (this.checkInvalid && this.isCompFor()) {
          this.raiseAtToken2(t, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        sawKeyword = true;
        keywords.push(this.fin<ast.Keyword>({ kind: "keyword", arg: normalizeName(t.value), value: v }, t));
      } else {
        const e = this.assignmentOrExpression();
        if (this.isOp("=")) {
          if (this.checkInvalid) this.raiseAtToken2(this.tokAt(e), this.peek(), 'expression cannot contain assignment, perhaps you meant "=="?');
          this.fail();
        }
        if (this.isCompFor()) {
          const canGen = allowGenexp && args.length === 0 && keywords.length === 0;
          if (!canGen && !this.checkInvalid) this.fail();
          const generators = this.forIfClauses();
          if (canGen && this.isOp(")")) {
            const close = this.peek();
            const g = this.fin<ast.GeneratorExp>({ kind: "GeneratorExp", elt: e, generators }, open);
            g.end_lineno = close.endLineno;
            g.end_col_offset = close.endCol;
            args.push(g);
            continue;
          }
          if (this.checkInvalid && (args.length + keywords.length > 0 || this.isOp(","))) {
            const lastGen = generators[generators.length - 1];
            const lastItem = lastGen.ifs.length ? lastGen.ifs[lastGen.ifs.length - 1] : lastGen.iter;
            this.raiseRange(e, lastItem, "Generator expression must be parenthesized");
          }
          this.fail();
        }
        if (sawKeyword) {
          // the error pass reports it after reading the rest of the arguments, as CPython
          if (!this.checkInvalid) this.fail();
          badPositional ??= sawDoubleStar ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument";
        }
        args.push(e);
      }
      if (!this.eatOp(",")) break;
    }
    if (badPositional !== null) this.raiseAtLast(badPositional);
    return { args, keywords };
  }

  // ---- lambda and parameters -------------------------------------------------------------------

  /** lambdef: 'lambda' [lambda_params] ':' expression. */
  private lambdef(): ast.Expr {
    const start = this.advance();
    const args = this.parameters(true);
    this.expectOp(":");
    const body = this.expression();
    return this.fin<ast.Lambda>({ kind: "Lambda", args, body }, start);
  }

  /**
   * Parameter list of a def (up to ')') or a lambda (up to ':'), with the invalid_parameters
   * messages of CPython during the error pass.
   */
  parameters(isLambda: boolean): ast.Arguments {
    const posonlyargs: ast.Arg[] = [];
    let args: ast.Arg[] = [];
    const defaults: ast.Expr[] = [];
    const kwonlyargs: ast.Arg[] = [];
    const kwDefaults: (ast.Expr | null)[] = [];
    let vararg: ast.Arg | null = null;
    let kwarg: ast.Arg | null = null;
    const end = isLambda ? ":" : ")";
    const inv = this.checkInvalid;
    let sawSlash = false;
    let sawStar = false;
    let sawDefault = false;
    const result = (): ast.Arguments => ({ kind: "arguments", posonlyargs, args, vararg, kwonlyargs, kw_defaults: kwDefaults, kwarg, defaults });
    /** After an item: true if another item follows, false at the end. */
    const more = (): boolean => {
      if (this.eatOp(",")) return !this.isOp(end);
      if (!this.isOp(end)) this.fail();
      return false;
    };

    if (this.isOp(end)) return result();
    for (;;) {
      const t = this.peek();
      if (t.type === TokenType.OP && t.value === "/") {
        if (inv) {
          if (!sawSlash && !sawStar && args.length === 0 && this.isOpAt(1, ",")) this.raiseAtToken(t, "at least one argument must precede /");
          if (sawSlash && !sawStar) this.raiseAtToken(t, "/ may appear only once");
          if (sawStar) this.raiseAtToken(t, "/ must be ahead of *");
        }
        if (sawSlash || sawStar || args.length === 0) this.fail();
        this.advance();
        sawSlash = true;
        posonlyargs.push(...args);
        args = [];
        if (inv && this.isOp("*")) this.raiseAtToken(this.peek(), "expected comma between / and *");
        if (!more()) break;
        continue;
      }
      if (t.type === TokenType.OP && t.value === "*") {
        if (sawStar) {
          if (inv && (this.peekAt(1).type === TokenType.NAME || this.isOpAt(1, ","))) this.raiseAtToken(t, "* argument may appear only once");
          this.fail();
        }
        this.advance();
        sawStar = true;
        if (this.isOp(end) || (this.isOp(",") && (this.isOpAt(1, end) || this.isOpAt(1, "**")))) {
          if (inv) {
            // the def rule reports the '*', the lambda rule the last token it read
            if (!isLambda) this.raiseAtToken(t, "named arguments must follow bare *");
            this.raiseAtLast("named arguments must follow bare *", "SyntaxError", this.isOp(",") ? this.peekAt(1) : this.peek());
          }
          this.fail();
        }
        if (this.eatOp(",")) continue;
        vararg = this.param(isLambda, true);
        if (this.isOp("=")) {
          if (inv) this.raiseAtToken(this.peek(), "var-positional argument cannot have default value");
          this.fail();
        }
        if (!more()) break;
        continue;
      }
      if (t.type === TokenType.OP && t.value === "**") {
        this.advance();
        kwarg = this.param(isLambda, false);
        if (this.isOp("=")) {
          if (inv) this.raiseAtToken(this.peek(), "var-keyword argument cannot have default value");
          this.fail();
        }
        if (this.eatOp(",") && !this.isOp(end)) {
          if (inv) {
            const n = this.peek();
            if (n.type === TokenType.NAME) {
              const save = this.pos;
              const a = this.attempt(() => this.param(isLambda, false));
              this.pos = save;
              if (a) this.raiseAtNode(a, "arguments cannot follow var-keyword argument");
            } else if (n.type === TokenType.OP && (n.value === "*" || n.value === "**" || n.value === "/")) {
              this.raiseAtToken(n, "arguments cannot follow var-keyword argument");
            }
          }
          this.fail();
        }
        if (!this.isOp(end)) this.fail();
        break;
      }
      if (inv && t.type === TokenType.OP && t.value === "(") {
        // invalid_parameters: parenthesised parameters
        const save = this.pos;
        this.advance();
        let n = 0;
        while (this.isName()) {
          this.advance();
          n++;
          if (!this.isOp(",")) break;
          this.advance();
        }
        const close = this.peek();
        this.pos = save;
        if (n > 0 && close.type === TokenType.OP && close.value === ")") {
          this.raiseAtToken2(t, close, isLambda ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized");
        }
      }
      const a = this.param(isLambda, false);
      let dflt: ast.Expr | null = null;
      if (this.isOp("=")) {
        const eq = this.advance();
        if (inv && (this.isOp(",") || this.isOp(")"))) this.raiseAtToken(eq, "expected default value expression");
        dflt = this.expression();
      }
      if (sawStar) {
        kwonlyargs.push(a);
        kwDefaults.push(dflt);
      } else {
        if (dflt) {
          sawDefault = true;
          defaults.push(dflt);
        } else if (sawDefault) {
          if (inv) this.raiseAtNode(a, "non-default argument follows default argument");
          this.fail();
        }
        args.push(a);
      }
      if (!more()) break;
    }
    if (!this.isOp(end)) this.fail();
    if (sawStar && vararg === null && kwonlyargs.length === 0) this.fail();
    return result();
  }

  /** One parameter: NAME [':' annotation] (no annotation for lambdas). */
  private param(isLambda: boolean, star: boolean): ast.Arg {
    const t = this.peek();
    const arg = this.name();
    let annotation: ast.Expr | null = null;
    if (!isLambda && this.eatOp(":")) {
      annotation = star ? this.starExpression() : this.expression();
    }
    return this.fin<ast.Arg>({ kind: "arg", arg, annotation, type_comment: null }, t);
  }

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
