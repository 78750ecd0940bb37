// The Python 3.11 parser: tokens → AST (vm/ast.ts). Statement rules and the public `parse` entry.
//
// A hand-written recursive-descent parser following CPython's PEG grammar (Grammar/python.gram).
// Like CPython it runs in two passes: a fast pass, and after a failure a second pass with the
// invalid_* rules enabled to produce CPython's specific messages; when neither gives one, the
// error is "invalid syntax" at the furthest token the first pass reached.

import type * as ast from "./ast.js";
import { tokenize, type LexResult } from "./lexer.js";
import { FAIL, MAX_TREE_DEPTH, type StartRule } from "./parser_base.js";
import { exprName, invalidTarget } from "./parser_expr.js";
import { PatternParser } from "./parser_patterns.js";
import { PySyntaxErrorInfo } from "./syntax_error.js";
import { type Token, TokenType } from "./tokens.js";

export { PySyntaxErrorInfo } from "./syntax_error.js";

/** Parse modes, as the `mode` argument of Python's compile(). */
export type ParseMode = "exec" | "eval" | "single";

const AUGASSIGN: Record<string, ast.OperatorKind> = {
  "+=": "Add",
  "-=": "Sub",
  "*=": "Mult",
  "@=": "MatMult",
  "/=": "Div",
  "%=": "Mod",
  "&=": "BitAnd",
  "|=": "BitOr",
  "^=": "BitXor",
  "<<=": "LShift",
  ">>=": "RShift",
  "**=": "Pow",
  "//=": "FloorDiv",
};

/** Keywords that begin simple statements with their own rule. */
const SIMPLE_KEYWORDS = new Set([
  "return",
  "import",
  "from",
  "raise",
  "pass",
  "del",
  "yield",
  "assert",
  "break",
  "continue",
  "global",
  "nonlocal",
]);

/**
 * Parses Python source. `mode` is "exec" (a module), "eval" (one expression) or "single"
 * (one interactive statement). Throws only PySyntaxErrorInfo.
 */
export function parse(source: string, filename: string, mode: "exec"): ast.Module;
export function parse(source: string, filename: string, mode: "eval"): ast.Expression;
export function parse(source: string, filename: string, mode: "single"): ast.Interactive;
export function parse(source: string, filename: string, mode: ParseMode): ast.Module | ast.Expression | ast.Interactive;
export function parse(source: string, filename: string, mode: ParseMode): ast.Module | ast.Expression | ast.Interactive {
  try {
    const lex = tokenize(source, filename);
    return runParser(lex, filename, mode) as ast.Module | ast.Expression | ast.Interactive;
  } catch (e) {
    throw asSyntaxError(e, filename);
  }
}

/** Converts anything thrown during parsing into a PySyntaxErrorInfo. */
function asSyntaxError(e: unknown, filename: string): PySyntaxErrorInfo {
  if (e instanceof PySyntaxErrorInfo) return e;
  if (e instanceof RangeError) {
    // the JS stack ran out: report it like CPython's nesting limit
    return new PySyntaxErrorInfo("SyntaxError", "too many nested parentheses", filename, 1, 1, null, 1, 1);
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new PySyntaxErrorInfo("SyntaxError", `invalid syntax (internal parser error: ${detail})`, filename, 1, 1, null, 1, 1);
}

/** Runs both passes over a token stream and returns the start rule's result. */
function runParser(lex: LexResult, filename: string, rule: StartRule, startingLine = 1, startingCol = 0): ast.Mod | ast.Expr {
  const p1 = new Parser(lex, filename, rule, startingLine, startingCol);
  try {
    return p1.parseStart();
  } catch (e) {
    if (e instanceof PySyntaxErrorInfo) throw p1.checkUnclosed(e, Math.max(p1.furthestIndex(), p1.position()));
    if (e !== FAIL) throw e;
  }
  const lastTok = p1.furthestIndex();
  const p2 = new Parser(lex, filename, rule, startingLine, startingCol);
  p2.enableErrorPass(lastTok);
  try {
    p2.parseStart();
  } catch (e) {
    if (e instanceof PySyntaxErrorInfo) throw p2.checkUnclosed(e, Math.max(lastTok, p2.furthestIndex(), p2.position()));
    if (e !== FAIL) throw e;
  }
  throw p1.genericError(lastTok);
}

/** The statement grammar on top of patterns and expressions. */
class Parser extends PatternParser {
  constructor(lex: LexResult, filename: string, rule: StartRule, startingLine: number, startingCol: number) {
    super(lex, filename, rule);
    this.startingLine = startingLine;
    this.startingCol = startingCol;
  }

  position(): number {
    return this.pos;
  }

  furthestIndex(): number {
    return Math.min(this.furthest, this.lastIndex);
  }

  enableErrorPass(furthest: number): void {
    this.errorPass = true;
    this.furthest = furthest;
  }

  // ---- errors ------------------------------------------------------------------------------

  /** The "'(' was never closed" error for the innermost bracket open at end of input. */
  private unclosedError(): PySyntaxErrorInfo {
    const open = this.lex.openBrackets;
    const b = open[open.length - 1];
    return this.makeError("SyntaxError", `'${b.ch}' was never closed`, b.lineno, b.col + 1, b.lineno, 0);
  }

  /**
   * CPython lets an unclosed bracket at end of input win over a parser error reported on a
   * later line (_PyPegen_tokenize_full_source_to_check_for_errors).
   */
  checkUnclosed(err: PySyntaxErrorInfo, tokIndex: number): PySyntaxErrorInfo {
    const open = this.lex.openBrackets;
    if (open.length === 0 || this.startRule === "fstring") return err;
    const t = this.toks[Math.min(tokIndex, this.lastIndex)];
    if (t.lineno > open[open.length - 1].lineno) return this.unclosedError();
    return err;
  }

  /** The error when no rule gave a specific message (_PyPegen_set_syntax_error). */
  genericError(index: number): PySyntaxErrorInfo {
    const t = this.toks[Math.min(index, this.lastIndex)];
    if (t.type === TokenType.ERRORTOKEN) return this.unclosedError();
    let err: PySyntaxErrorInfo;
    if (t.type === TokenType.INDENT || t.type === TokenType.DEDENT) {
      const msg = t.type === TokenType.INDENT ? "unexpected indent" : "unexpected unindent";
      err = this.makeError("IndentationError", msg, t.lineno, t.endCol, t.endLineno, -1);
    } else if (t.col < 0) {
      err = this.makeError("SyntaxError", "invalid syntax", t.lineno, 0, t.endLineno, 0);
    } else {
      err = this.makeError("SyntaxError", "invalid syntax", t.lineno, t.col + 1, t.endLineno, t.endCol + 1);
    }
    return this.checkUnclosed(err, index);
  }

  // ---- start rules -----------------------------------------------------------------------------

  parseStart(): ast.Mod | ast.Expr {
    switch (this.startRule) {
      case "exec": {
        const body = this.statementsUntil(TokenType.ENDMARKER);
        this.expect(TokenType.ENDMARKER);
        return { kind: "Module", body, type_ignores: [] };
      }
      case "eval": {
        const body = this.expressions();
        while (this.is(TokenType.NEWLINE)) this.advance();
        this.expect(TokenType.ENDMARKER);
        return { kind: "Expression", body };
      }
      case "single":
        return this.interactive();
      case "fstring":
        return this.starExpressions();
    }
  }

  private interactive(): ast.Interactive {
    const body: ast.Stmt[] = [];
    const t = this.peek();
    if (t.type === TokenType.ENDMARKER || t.type === TokenType.NEWLINE) this.fail();
    if (this.isCompoundStart()) {
      this.compoundStatement(body);
      // compound_stmt NEWLINE: CPython's single-input tokenizer supplies that NEWLINE at the end
      // of input when the source ends with a newline, or after an indented block ending in code
      if (!(this.is(TokenType.ENDMARKER) && this.endsCompound())) this.expect(TokenType.NEWLINE);
    } else {
      this.simpleStatements(body);
    }
    // bad_single_statement: anything but blank lines and comments after the statement
    while (this.is(TokenType.NEWLINE)) this.advance();
    if (!this.is(TokenType.ENDMARKER)) {
      this.raiseAtToken(this.prev(), "multiple statements found while compiling a single statement");
    }
    return { kind: "Interactive", body };
  }

  private endsCompound(): boolean {
    if (!this.lex.addedNewline) return true;
    if (this.prev().type !== TokenType.DEDENT) return false;
    const src = this.lex.source;
    const lastLine = src.slice(src.lastIndexOf("\n", src.length - 2) + 1).trim();
    return lastLine !== "" && !lastLine.startsWith("#");
  }

  /** f-string expression parts are parsed by a fresh parser over "(" + text + ")". */
  override compileFStringExpr(text: string, line: number, col: number): ast.Expr {
    const src = "(" + text + ")";
    const lex = tokenize(src, this.filename, { firstLine: line, firstCol: col });
    return runParser(lex, this.filename, "fstring", line, col) as ast.Expr;
  }

  // ---- statements ----------------------------------------------------------------------------

  /** statements until a token of type `end` (ENDMARKER for files, DEDENT for blocks). */
  private statementsUntil(end: TokenType): ast.Stmt[] {
    const body: ast.Stmt[] = [];
    while (!this.is(end)) this.statement(body);
    return body;
  }

  private isCompoundStart(): boolean {
    const t = this.peek();
    if (t.type === TokenType.OP) return t.value === "@";
    if (t.type !== TokenType.NAME) return false;
    switch (t.value) {
      case "def":
      case "if":
      case "class":
      case "with":
      case "for":
      case "try":
      case "while":
        return true;
      case "async": {
        const n = this.peekAt(1);
        return n.type === TokenType.NAME && (n.value === "def" || n.value === "with" || n.value === "for");
      }
      case "match":
        return this.looksLikeMatch();
    }
    return false;
  }

  /** Cheap pre-check for a match statement: `match` followed by something that starts a subject. */
  private looksLikeMatch(): boolean {
    const n = this.peekAt(1);
    if (n.type === TokenType.NEWLINE || n.type === TokenType.ENDMARKER) return false;
    if (n.type === TokenType.OP) {
      const v = n.value;
      if (v === "=" || v === "." || v === ":" || v === "," || v === ")" || v === "]" || v === "}" || v === ";") return false;
      if (AUGASSIGN[v] !== undefined) return false;
    }
    return true;
  }

  /** statement: compound_stmt | simple_stmts; appends to `out`. */
  private statement(out: ast.Stmt[]): void {
    if (this.isCompoundStart()) {
      if (this.isKw("match")) {
        const m = this.attempt(() => this.matchStmt());
        if (m) {
          out.push(m);
          return;
        }
        this.simpleStatements(out);
        return;
      }
      this.compoundStatement(out);
      return;
    }
    this.simpleStatements(out);
  }

  private compoundStatement(out: ast.Stmt[]): void {
    this.enter();
    try {
      const t = this.peek();
      if (t.type === TokenType.OP) {
        out.push(this.decorated());
        return;
      }
      switch (t.value) {
        case "def":
          out.push(this.funcDef([], null));
          return;
        case "if":
          out.push(this.ifStmt());
          return;
        case "class":
          out.push(this.classDef([]));
          return;
        case "with":
          out.push(this.withStmt(null));
          return;
        case "for":
          out.push(this.forStmt(null));
          return;
        case "try":
          out.push(this.tryStmt());
          return;
        case "while":
          out.push(this.whileStmt());
          return;
        case "match": {
          out.push(this.matchStmt());
          return;
        }
        case "async": {
          const a = this.advance();
          const n = this.peek().value;
          if (n === "def") out.push(this.funcDef([], a));
          else if (n === "with") out.push(this.withStmt(a));
          else out.push(this.forStmt(a));
          return;
        }
      }
      this.fail();
    } finally {
      this.depth--;
    }
  }

  /** simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE. */
  private simpleStatements(out: ast.Stmt[]): void {
    for (;;) {
      out.push(this.simpleStatement());
      if (this.eatOp(";")) {
        if (this.is(TokenType.NEWLINE)) break;
        continue;
      }
      break;
    }
    this.expect(TokenType.NEWLINE);
  }

  private simpleStatement(): ast.Stmt {
    const t = this.peek();
    if (t.type === TokenType.NAME && SIMPLE_KEYWORDS.has(t.value)) {
      switch (t.value) {
        case "pass":
          this.advance();
          return this.fin<ast.Pass>({ kind: "Pass" }, t);
        case "break":
          this.advance();
          return this.fin<ast.Break>({ kind: "Break" }, t);
        case "continue":
          this.advance();
          return this.fin<ast.Continue>({ kind: "Continue" }, t);
        case "return": {
          this.advance();
          let value: ast.Expr | null = null;
          if (this.startsExpr() || this.isOp("*")) value = this.starExpressions();
          return this.fin<ast.Return>({ kind: "Return", value }, t);
        }
        case "raise": {
          this.advance();
          let exc: ast.Expr | null = null;
          let cause: ast.Expr | null = null;
          if (this.startsExpr()) {
            exc = this.expression();
            if (this.eatKw("from")) cause = this.expression();
          }
          return this.fin<ast.Raise>({ kind: "Raise", exc, cause }, t);
        }
        case "global":
        case "nonlocal": {
          this.advance();
          const names = [this.name()];
          while (this.eatOp(",")) names.push(this.name());
          if (t.value === "global") return this.fin<ast.Global>({ kind: "Global", names }, t);
          return this.fin<ast.Nonlocal>({ kind: "Nonlocal", names }, t);
        }
        case "assert": {
          this.advance();
          const test = this.expression();
          let msg: ast.Expr | null = null;
          if (this.eatOp(",")) msg = this.expression();
          return this.fin<ast.Assert>({ kind: "Assert", test, msg }, t);
        }
        case "del":
          return this.delStmt();
        case "yield": {
          const y = this.yieldExpr();
          if (this.errorPass && this.isOp("=")) this.raiseAtNode(y, "assignment to yield expression not possible");
          return this.fin<ast.ExprStmt>({ kind: "Expr", value: y }, t);
        }
        case "import":
          return this.importName();
        case "from":
          return this.importFrom();
      }
    }
    return this.assignOrExprStmt();
  }

  // ---- assignment ------------------------------------------------------------------------------

  private assignOrExprStmt(): ast.Stmt {
    if (!this.errorPass) return this.assignment(false);
    const r = this.attempt(() => this.assignment(true));
    if (r) return r;
    this.invalidAssignment();
    const start = this.peek();
    const e = this.starExpressions();
    return this.fin<ast.ExprStmt>({ kind: "Expr", value: e }, start);
  }

  /** Whether `e` is a single_target (NAME, attribute or subscript, possibly parenthesised). */
  private isSingleTarget(e: ast.Expr): boolean {
    return e.kind === "Name" || e.kind === "Attribute" || e.kind === "Subscript";
  }

  /** assignment | star_expressions (as an Expr statement unless `assignOnly`). */
  private assignment(assignOnly: boolean): ast.Stmt {
    const start = this.peek();
    // NAME ':' expression ['=' annotated_rhs]
    if (this.isName() && this.isOpAt(1, ":")) {
      const target = this.nameNode(this.advance(), "Store");
      this.advance();
      const annotation = this.expression();
      const value = this.eatOp("=") ? this.annotatedRhs() : null;
      return this.fin<ast.AnnAssign>({ kind: "AnnAssign", target, annotation, value, simple: 1 }, start);
    }
    const e = this.starExpressions();
    const t = this.peek();
    if (t.type === TokenType.OP) {
      if (t.value === "=") {
        const targets: ast.Expr[] = [e];
        let value: ast.Expr;
        for (;;) {
          this.advance();
          value = this.annotatedRhs();
          if (!this.isOp("=")) break;
          targets.push(value);
        }
        for (const x of targets) {
          if (!this.validTarget(x, "star")) this.fail();
          this.toStore(x);
        }
        return this.fin<ast.Assign>({ kind: "Assign", targets, value, type_comment: null }, start);
      }
      if (t.value === ":") {
        if (!this.isSingleTarget(e)) this.fail();
        this.advance();
        this.toStore(e);
        const annotation = this.expression();
        const value = this.eatOp("=") ? this.annotatedRhs() : null;
        return this.fin<ast.AnnAssign>({ kind: "AnnAssign", target: e, annotation, value, simple: 0 }, start);
      }
      const op = AUGASSIGN[t.value];
      if (op !== undefined) {
        if (!this.isSingleTarget(e)) this.fail();
        this.advance();
        this.toStore(e);
        const value = this.annotatedRhs();
        return this.fin<ast.AugAssign>({ kind: "AugAssign", target: e, op, value }, start);
      }
    }
    if (assignOnly) this.fail();
    return this.fin<ast.ExprStmt>({ kind: "Expr", value: e }, start);
  }

  /** annotated_rhs: yield_expr | star_expressions. */
  private annotatedRhs(): ast.Expr {
    if (this.isKw("yield")) return this.yieldExpr();
    return this.starExpressions();
  }

  /** invalid_assignment (error pass only): raises CPython's message for a bad assignment. */
  private invalidAssignment(): void {
    const save = this.pos;
    // invalid_ann_assign_target ':' expression
    if (this.isOp("(") || this.isOp("[")) {
      const a = this.attempt(() => this.atom());
      if (a && (a.kind === "List" || a.kind === "Tuple") && this.eatOp(":") && this.attempt(() => this.expression())) {
        this.raiseAtNode(a, `only single target (not ${exprName(a)}) can be annotated`);
      }
      this.pos = save;
    }
    // star_named_expression ',' star_named_expressions* ':' expression
    const a = this.attempt(() => this.starNamedExpression());
    if (a && this.eatOp(",")) {
      for (;;) {
        const ok = this.attempt(() => {
          this.starNamedExpression();
          while (this.eatOp(",")) {
            if (!this.startsExpr() && !this.isOp("*")) break;
            this.starNamedExpression();
          }
          return true;
        });
        if (!ok) break;
      }
      if (this.eatOp(":") && this.attempt(() => this.expression())) this.raiseAtNode(a, "only single target (not tuple) can be annotated");
    }
    this.pos = save;
    // expression ':' expression
    const b = this.attempt(() => this.expression());
    if (b && this.eatOp(":") && this.attempt(() => this.expression())) this.raiseAtNode(b, "illegal target for annotation");
    this.pos = save;
    // (star_targets '=')* star_expressions '='   and   (star_targets '=')* yield_expr '='
    const skipTargets = (): void => {
      for (;;) {
        const ok = this.attempt(() => {
          this.starTargets();
          this.expectOp("=");
          return true;
        });
        if (!ok) return;
      }
    };
    skipTargets();
    const c = this.attempt(() => this.starExpressions());
    if (c && this.isOp("=")) {
      const bad = invalidTarget(c, "star");
      if (bad) this.raiseAtNode(bad, `cannot assign to ${exprName(bad)}`);
    }
    this.pos = save;
    skipTargets();
    if (this.isKw("yield")) {
      const y = this.attempt(() => this.yieldExpr());
      if (y && this.isOp("=")) this.raiseAtNode(y, "assignment to yield expression not possible");
    }
    this.pos = save;
    // star_expressions augassign (yield_expr | star_expressions)
    const d = this.attempt(() => this.starExpressions());
    const t = this.peek();
    if (d && t.type === TokenType.OP && AUGASSIGN[t.value] !== undefined) {
      this.advance();
      if (this.attempt(() => this.annotatedRhs())) {
        this.raiseAtNode(d, `'${exprName(d)}' is an illegal expression for augmented assignment`);
      }
    }
    this.pos = save;
  }

  // ---- simple statements -----------------------------------------------------------------------

  private delStmt(): ast.Stmt {
    const start = this.advance();
    const save = this.pos;
    const r = this.attempt(() => {
      const targets: ast.Expr[] = [];
      for (;;) {
        const e = this.primary();
        if (!this.validTarget(e, "del")) this.fail();
        targets.push(this.toDel(e));
        if (!this.eatOp(",")) break;
        if (this.isOp(";") || this.is(TokenType.NEWLINE)) break;
      }
      if (!this.isOp(";") && !this.is(TokenType.NEWLINE)) this.fail();
      return targets;
    });
    if (r) return this.fin<ast.Delete>({ kind: "Delete", targets: r }, start);
    if (this.errorPass) {
      this.pos = save;
      const a = this.attempt(() => this.starExpressions());
      if (a) {
        const bad = invalidTarget(a, "del");
        if (bad) this.raiseAtNode(bad, `cannot delete ${exprName(bad)}`);
      }
    }
    this.pos = save;
    return this.fail();
  }

  private dottedName(): string {
    let s = this.name();
    while (this.eatOp(".")) s += "." + this.name();
    return s;
  }

  private importName(): ast.Stmt {
    const start = this.advance();
    const names: ast.Alias[] = [];
    do {
      const t = this.peek();
      const name = this.dottedName();
      const asname = this.eatKw("as") ? this.name() : null;
      names.push(this.fin<ast.Alias>({ kind: "alias", name, asname }, t));
    } while (this.eatOp(","));
    return this.fin<ast.Import>({ kind: "Import", names }, start);
  }

  private importFrom(): ast.Stmt {
    const start = this.advance();
    let level = 0;
    for (;;) {
      if (this.eatOp(".")) level += 1;
      else if (this.eatOp("...")) level += 3;
      else break;
    }
    let module: string | null = null;
    if (!this.isKw("import")) module = this.dottedName();
    else if (level === 0) this.fail();
    this.expectKw("import");
    const names: ast.Alias[] = [];
    const t = this.peek();
    if (this.eatOp("*")) {
      names.push(this.fin<ast.Alias>({ kind: "alias", name: "*", asname: null }, t));
    } else if (this.eatOp("(")) {
      this.importAsNames(names, true);
      this.expectOp(")");
    } else {
      this.importAsNames(names, false);
      if (this.isOp(",")) {
        if (this.errorPass && this.peekAt(1).type === TokenType.NEWLINE) {
          this.advance();
          this.raiseAtLast("trailing comma not allowed without surrounding parentheses");
        }
        this.fail();
      }
    }
    return this.fin<ast.ImportFrom>({ kind: "ImportFrom", module, names, level }, start);
  }

  private importAsNames(names: ast.Alias[], parenthesized: boolean): void {
    for (;;) {
      const t = this.peek();
      const name = this.name();
      const asname = this.eatKw("as") ? this.name() : null;
      names.push(this.fin<ast.Alias>({ kind: "alias", name, asname }, t));
      if (!this.isOp(",")) return;
      if (!parenthesized && this.peekAt(1).type !== TokenType.NAME) return;
      this.advance();
      if (parenthesized && this.isOp(")")) return;
    }
  }

  // ---- blocks ----------------------------------------------------------------------------------

  /**
   * block: NEWLINE INDENT statements DEDENT | simple_stmts. `what` names the statement for
   * "expected an indented block after ..." (error pass).
   */
  private block(what: string): ast.Stmt[] {
    if (this.is(TokenType.NEWLINE)) {
      this.advance();
      if (!this.is(TokenType.INDENT)) {
        if (this.errorPass) this.raiseAtLast(`expected an indented block after ${what}`, "IndentationError");
        this.fail();
      }
      this.advance();
      const body = this.statementsUntil(TokenType.DEDENT);
      this.advance();
      return body;
    }
    const body: ast.Stmt[] = [];
    this.simpleStatements(body);
    return body;
  }

  /** ':' before a block; in the error pass `NEWLINE` instead gives "expected ':'". */
  private colon(): void {
    if (this.isOp(":")) {
      this.advance();
      return;
    }
    if (this.errorPass && this.is(TokenType.NEWLINE)) this.raiseAtLast("expected ':'");
    this.fail();
  }

  /**
   * Positions a compound statement: from `start` to the last token of its body, ignoring the
   * NEWLINE/INDENT/DEDENT tokens (so a trailing ';' counts, as in CPython). `last` is the block
   * that ends the statement, for statements built after their tokens (elif chains).
   */
  private endAt<T extends ast.Located>(node: Omit<T, keyof ast.Located>, start: Token, last: ast.Stmt[]): T {
    const n = node as T;
    n.lineno = start.lineno;
    n.col_offset = start.col;
    const l = last[last.length - 1];
    const e = this.lastRealToken();
    // the last real token is normally the end of `last`'s final statement (or a ';' after it)
    if (e.endLineno > l.end_lineno || (e.endLineno === l.end_lineno && e.endCol >= l.end_col_offset)) {
      n.end_lineno = e.endLineno;
      n.end_col_offset = e.endCol;
    } else {
      n.end_lineno = l.end_lineno;
      n.end_col_offset = l.end_col_offset;
    }
    return n;
  }

  /** The last consumed token that is not NEWLINE, INDENT or DEDENT. */
  private lastRealToken(): Token {
    let i = this.pos - 1;
    while (i > 0) {
      const t = this.toks[i].type;
      if (t !== TokenType.NEWLINE && t !== TokenType.DEDENT && t !== TokenType.INDENT) break;
      i--;
    }
    return this.toks[i < 0 ? 0 : i];
  }

  // ---- compound statements -----------------------------------------------------------------------

  private ifStmt(): ast.Stmt {
    const start = this.advance();
    const test = this.namedExpression();
    this.colon();
    const body = this.block(`'if' statement on line ${start.lineno}`);
    const orelse = this.elifOrElse();
    return this.endAt<ast.If>({ kind: "If", test, body, orelse }, start, orelse.length ? orelse : body);
  }

  /** The `elif`/`else` tail of an if statement (elif chains are built without recursion). */
  private elifOrElse(): ast.Stmt[] {
    const chain: { start: Token; test: ast.Expr; body: ast.Stmt[] }[] = [];
    while (this.isKw("elif")) {
      const start = this.advance();
      const test = this.namedExpression();
      this.colon();
      const body = this.block(`'elif' statement on line ${start.lineno}`);
      chain.push({ start, test, body });
      if (chain.length > MAX_TREE_DEPTH) this.tooDeep();
    }
    let orelse = this.elseBlock();
    for (let i = chain.length - 1; i >= 0; i--) {
      const c = chain[i];
      orelse = [this.endAt<ast.If>({ kind: "If", test: c.test, body: c.body, orelse }, c.start, orelse.length ? orelse : c.body)];
    }
    return orelse;
  }

  private elseBlock(): ast.Stmt[] {
    if (!this.isKw("else")) return [];
    const start = this.advance();
    this.expectForcedOp(":");
    return this.block(`'else' statement on line ${start.lineno}`);
  }

  private whileStmt(): ast.Stmt {
    const start = this.advance();
    const test = this.namedExpression();
    this.colon();
    const body = this.block(`'while' statement on line ${start.lineno}`);
    const orelse = this.elseBlock();
    return this.endAt<ast.While>({ kind: "While", test, body, orelse }, start, orelse.length ? orelse : body);
  }

  private forStmt(asyncTok: Token | null): ast.Stmt {
    const forTok = this.advance();
    const start = asyncTok ?? forTok;
    const save = this.pos;
    const target = this.attempt(() => {
      const t = this.starTargets();
      if (!this.isKw("in")) this.fail();
      return t;
    });
    if (target === null) {
      if (this.errorPass) this.invalidForTarget(save);
      this.pos = save;
      return this.fail();
    }
    this.advance(); // 'in'
    const iter = this.starExpressions();
    this.colon();
    const body = this.block(`'for' statement on line ${forTok.lineno}`);
    const orelse = this.elseBlock();
    const node = { target, iter, body, orelse, type_comment: null };
    const last = orelse.length ? orelse : body;
    if (asyncTok) return this.endAt<ast.AsyncFor>({ kind: "AsyncFor", ...node }, start, last);
    return this.endAt<ast.For>({ kind: "For", ...node }, start, last);
  }

  private withStmt(asyncTok: Token | null): ast.Stmt {
    if (!this.errorPass) return this.withStmtRaw(asyncTok);
    const save = this.pos;
    const r = this.attempt(() => this.withStmtRaw(asyncTok));
    if (r) return r;
    this.pos = save;
    this.invalidWithStmt();
    this.pos = save;
    return this.fail();
  }

  /** invalid_with_stmt: a with statement missing its ':' (error pass). */
  private invalidWithStmt(): void {
    if (this.isKw("async")) this.advance();
    this.advance(); // 'with'
    const save = this.pos;
    const items = (paren: boolean): boolean =>
      this.attempt(() => {
        for (;;) {
          if (paren) this.expressions();
          else this.expression();
          if (this.eatKw("as")) this.starTarget();
          if (!this.eatOp(",")) break;
          if (paren && this.isOp(")")) break;
        }
        return true;
      }) !== null;
    if (items(false) && this.is(TokenType.NEWLINE)) this.raiseAtLast("expected ':'");
    this.pos = save;
    if (this.eatOp("(") && items(true) && this.eatOp(")") && this.is(TokenType.NEWLINE)) this.raiseAtLast("expected ':'");
  }

  private withStmtRaw(asyncTok: Token | null): ast.Stmt {
    const withTok = this.advance();
    const start = asyncTok ?? withTok;
    let items: ast.WithItem[] | null = null;
    if (this.isOp("(")) {
      items = this.attempt(() => {
        this.advance();
        const its: ast.WithItem[] = [];
        for (;;) {
          its.push(this.withItem());
          if (!this.eatOp(",")) break;
          if (this.isOp(")")) break;
        }
        this.expectOp(")");
        if (!this.isOp(":")) {
          if (this.errorPass && this.is(TokenType.NEWLINE)) this.raiseAtLast("expected ':'");
          this.fail();
        }
        return its;
      });
    }
    if (items === null) {
      items = [];
      for (;;) {
        items.push(this.withItem());
        if (!this.eatOp(",")) break;
      }
    }
    this.colon();
    const body = this.block(`'with' statement on line ${withTok.lineno}`);
    if (asyncTok) return this.endAt<ast.AsyncWith>({ kind: "AsyncWith", items, body, type_comment: null }, start, body);
    return this.endAt<ast.With>({ kind: "With", items, body, type_comment: null }, start, body);
  }

  /** with_item: expression ['as' star_target &(',' | ')' | ':')]. */
  private withItem(): ast.WithItem {
    const e = this.expression();
    if (this.isKw("as")) {
      const save = this.pos;
      this.advance();
      const t = this.attempt(() => {
        const x = this.starTarget();
        if (!this.isOp(",") && !this.isOp(")") && !this.isOp(":")) this.fail();
        return x;
      });
      if (t) return { kind: "withitem", context_expr: e, optional_vars: t };
      if (this.errorPass) {
        const a = this.attempt(() => this.expression());
        if (a && (this.isOp(",") || this.isOp(")") || this.isOp(":"))) {
          const bad = invalidTarget(a, "star");
          if (bad) this.raiseAtNode(bad, `cannot assign to ${exprName(bad)}`);
        }
      }
      this.pos = save;
    }
    return { kind: "withitem", context_expr: e, optional_vars: null };
  }

  private tryStmt(): ast.Stmt {
    const start = this.advance();
    this.expectForcedOp(":");
    const body = this.block(`'try' statement on line ${start.lineno}`);
    const handlers: ast.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.isKw("except")) {
      const exTok = this.peek();
      const isStar = this.isOpAt(1, "*");
      if (star !== null && star !== isStar) {
        if (this.errorPass) {
          if (isStar) this.raiseAtToken2(exTok, this.peekAt(1), "cannot have both 'except' and 'except*' on the same 'try'");
          this.raiseAtToken(exTok, "cannot have both 'except' and 'except*' on the same 'try'");
        }
        this.fail();
      }
      star = isStar;
      handlers.push(this.exceptBlock());
    }
    const orelse = handlers.length ? this.elseBlock() : [];
    let finalbody: ast.Stmt[] = [];
    if (this.isKw("finally")) {
      const f = this.advance();
      this.expectForcedOp(":");
      finalbody = this.block(`'finally' statement on line ${f.lineno}`);
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      if (this.errorPass) this.raiseAtLast("expected 'except' or 'finally' block");
      this.fail();
    }
    const last = finalbody.length ? finalbody : orelse.length ? orelse : handlers.length ? handlers[handlers.length - 1].body : body;
    if (star) return this.endAt<ast.TryStar>({ kind: "TryStar", body, handlers, orelse, finalbody }, start, last);
    return this.endAt<ast.Try>({ kind: "Try", body, handlers, orelse, finalbody }, start, last);
  }

  private exceptBlock(): ast.ExceptHandler {
    const start = this.advance();
    const star = this.eatOp("*");
    let type: ast.Expr | null = null;
    let name: string | null = null;
    if (star && (this.isOp(":") || this.is(TokenType.NEWLINE))) {
      if (this.errorPass) this.raiseAtLast("expected one or more exception types");
      this.fail();
    }
    if (this.errorPass && !star && this.is(TokenType.NEWLINE)) this.raiseAtLast("expected ':'");
    if (!this.isOp(":")) {
      type = this.expression();
      if (this.isOp(",") && this.errorPass) {
        const save = this.pos;
        this.advance();
        const ok = this.attempt(() => {
          this.expressions();
          if (this.eatKw("as")) this.name();
          this.expectOp(":");
          return true;
        });
        if (ok) this.raiseFrom(type, this.prev(), "multiple exception types must be parenthesized");
        this.pos = save;
      }
      if (this.eatKw("as")) name = this.name();
    }
    this.colon();
    const what = star ? `'except*' statement on line ${start.lineno}` : `'except' statement on line ${start.lineno}`;
    const body = this.block(what);
    return this.endAt<ast.ExceptHandler>({ kind: "ExceptHandler", type, name, body }, start, body);
  }

  private decorated(): ast.Stmt {
    const decorators: ast.Expr[] = [];
    while (this.eatOp("@")) {
      decorators.push(this.namedExpression());
      this.expect(TokenType.NEWLINE);
    }
    const t = this.peek();
    if (t.type === TokenType.NAME) {
      if (t.value === "def") return this.funcDef(decorators, null);
      if (t.value === "class") return this.classDef(decorators);
      if (t.value === "async" && this.isKwAt(1, "def")) {
        const a = this.advance();
        return this.funcDef(decorators, a);
      }
    }
    return this.fail();
  }

  private funcDef(decorators: ast.Expr[], asyncTok: Token | null): ast.Stmt {
    const defTok = this.advance();
    const start = asyncTok ?? defTok;
    const name = this.name();
    this.expectForcedOp("(");
    const args = this.parameters(false);
    this.expectOp(")");
    let returns: ast.Expr | null = null;
    if (this.isOp("->")) {
      returns = this.attempt(() => {
        this.advance();
        return this.expression();
      });
    }
    this.expectForcedOp(":");
    const body = this.block(`function definition on line ${defTok.lineno}`);
    const node = { name, args, body, decorator_list: decorators, returns, type_comment: null };
    if (asyncTok) return this.endAt<ast.AsyncFunctionDef>({ kind: "AsyncFunctionDef", ...node }, start, body);
    return this.endAt<ast.FunctionDef>({ kind: "FunctionDef", ...node }, start, body);
  }

  private classDef(decorators: ast.Expr[]): ast.Stmt {
    const start = this.advance();
    const name = this.name();
    let bases: ast.Expr[] = [];
    let keywords: ast.Keyword[] = [];
    if (this.isOp("(")) {
      const open = this.advance();
      const r = this.callArguments(open, false);
      bases = r.args;
      keywords = r.keywords;
      this.expectOp(")");
    }
    this.colon();
    const body = this.block(`class definition on line ${start.lineno}`);
    return this.endAt<ast.ClassDef>({ kind: "ClassDef", name, bases, keywords, body, decorator_list: decorators }, start, body);
  }

  // ---- match -----------------------------------------------------------------------------------

  private matchStmt(): ast.Stmt {
    const start = this.advance();
    const subject = this.subjectExpr();
    this.colon();
    this.expect(TokenType.NEWLINE);
    if (!this.is(TokenType.INDENT)) {
      if (this.errorPass) this.raiseAtLast(`expected an indented block after 'match' statement on line ${start.lineno}`, "IndentationError");
      this.fail();
    }
    this.advance();
    const cases: ast.MatchCase[] = [];
    do {
      cases.push(this.caseBlock());
    } while (!this.is(TokenType.DEDENT));
    this.advance();
    const lastBody = cases[cases.length - 1].body;
    return this.endAt<ast.Match>({ kind: "Match", subject, cases }, start, lastBody);
  }

  /** subject_expr: star_named_expression ',' star_named_expressions? → Tuple | named_expression. */
  private subjectExpr(): ast.Expr {
    const start = this.peek();
    const first = this.starNamedExpression();
    if (!this.isOp(",")) {
      if (first.kind === "Starred") this.fail();
      return first;
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (!this.startsExpr() && !this.isOp("*")) break;
      elts.push(this.starNamedExpression());
    }
    return this.fin<ast.Tuple>({ kind: "Tuple", elts, ctx: "Load" }, start);
  }

  private caseBlock(): ast.MatchCase {
    const t = this.peek();
    if (!(t.type === TokenType.NAME && t.value === "case")) this.fail();
    this.advance();
    const pattern = this.patterns();
    let guard: ast.Expr | null = null;
    if (this.eatKw("if")) guard = this.namedExpression();
    this.colon();
    const body = this.block(`'case' statement on line ${t.lineno}`);
    return { kind: "match_case", pattern, guard, body };
  }
}
