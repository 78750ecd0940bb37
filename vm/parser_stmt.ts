// Statement rules of the parser (CPython 3.11's python.gram, statements part), with their
// invalid_* error rules: assignments, imports, blocks, compound statements and `match`.

import type * as ast from "./ast.js";
import { MAX_TREE_DEPTH, type Tok } from "./parser_base.js";
import { exprName, invalidTarget } from "./parser_expr.js";
import { PatternParser } from "./parser_patterns.js";
import { TokenType } from "./tokens.js";

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

/** The statement grammar on top of patterns and expressions. */
export abstract class StmtParser extends PatternParser {
  // ---- statements ----------------------------------------------------------------------------

  /** statements until a token of type `end` (ENDMARKER for files, DEDENT for blocks). */
  protected statementsUntil(end: TokenType): ast.Stmt[] {
    const body: ast.Stmt[] = [];
    while (!this.is(end)) this.statement(body);
    return body;
  }

  /** True if the current token begins a compound statement. */
  protected isCompoundStart(): boolean {
    const t = this.peek();
    if (this.ty(t) === TokenType.OP) return this.val(t) === "@";
    if (this.ty(t) !== TokenType.NAME) return false;
    switch (this.val(t)) {
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
        return this.ty(n) === TokenType.NAME && (this.val(n) === "def" || this.val(n) === "with" || this.val(n) === "for");
      }
      case "match":
        return this.looksLikeMatch();
    }
    return false;
  }

  /** Cheap pre-check for a match statement: `match` followed by something that starts a subject. */
  private looksLikeMatch(): boolean {
    const n = this.peekAt(1);
    if (this.ty(n) === TokenType.NEWLINE || this.ty(n) === TokenType.ENDMARKER) return false;
    if (this.ty(n) === TokenType.OP) {
      const v = this.val(n);
      if (v === "=" || v === "." || v === ":" || v === "," || v === ")" || v === "]" || v === "}" || v === ";") return false;
      if (AUGASSIGN[v] !== undefined) return false;
    }
    return true;
  }

  /** statement: compound_stmt | simple_stmts; appends to `out`. */
  protected statement(out: ast.Stmt[]): void {
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

  /** compound_stmt; appends to `out`. */
  protected compoundStatement(out: ast.Stmt[]): void {
    this.enter();
    try {
      const t = this.peek();
      if (this.ty(t) === TokenType.OP) {
        out.push(this.decorated());
        return;
      }
      switch (this.val(t)) {
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
          const n = this.val(this.peek());
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
  protected simpleStatements(out: ast.Stmt[]): void {
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
    if (this.ty(t) === TokenType.NAME && SIMPLE_KEYWORDS.has(this.val(t))) {
      switch (this.val(t)) {
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
          if (this.val(t) === "global") return this.fin<ast.Global>({ kind: "Global", names }, t);
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
    if (this.ty(t) === TokenType.OP) {
      if (this.val(t) === "=") {
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
      if (this.val(t) === ":") {
        if (!this.isSingleTarget(e)) this.fail();
        this.advance();
        this.toStore(e);
        const annotation = this.expression();
        const value = this.eatOp("=") ? this.annotatedRhs() : null;
        return this.fin<ast.AnnAssign>({ kind: "AnnAssign", target: e, annotation, value, simple: 0 }, start);
      }
      const op = AUGASSIGN[this.val(t)];
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
    if (d && this.ty(t) === TokenType.OP && AUGASSIGN[this.val(t)] !== undefined) {
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
        if (this.errorPass && this.ty(this.peekAt(1)) === TokenType.NEWLINE) {
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
      if (!parenthesized && this.ty(this.peekAt(1)) !== TokenType.NAME) return;
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
  private endAt<T extends ast.Located>(node: Omit<T, keyof ast.Located>, start: Tok, last: ast.Stmt[]): T {
    const n = node as T;
    n.lineno = this.lineOf(start);
    n.col_offset = this.colOf(start);
    const l = last[last.length - 1];
    const e = this.lastRealToken();
    // the last real token is normally the end of `last`'s final statement (or a ';' after it)
    if (this.endLineOf(e) > l.end_lineno || (this.endLineOf(e) === l.end_lineno && this.endColOf(e) >= l.end_col_offset)) {
      n.end_lineno = this.endLineOf(e);
      n.end_col_offset = this.endColOf(e);
    } else {
      n.end_lineno = l.end_lineno;
      n.end_col_offset = l.end_col_offset;
    }
    return n;
  }

  /** The last consumed token that is not NEWLINE, INDENT or DEDENT. */
  private lastRealToken(): Tok {
    let i = this.pos - 1;
    while (i > 0) {
      const t = this.types[i];
      if (t !== TokenType.NEWLINE && t !== TokenType.DEDENT && t !== TokenType.INDENT) break;
      i--;
    }
    return i < 0 ? 0 : i;
  }

  // ---- compound statements -----------------------------------------------------------------------

  private ifStmt(): ast.Stmt {
    const start = this.advance();
    const test = this.namedExpression();
    this.colon();
    const body = this.block(`'if' statement on line ${this.lineOf(start)}`);
    const orelse = this.elifOrElse();
    return this.endAt<ast.If>({ kind: "If", test, body, orelse }, start, orelse.length ? orelse : body);
  }

  /** The `elif`/`else` tail of an if statement (elif chains are built without recursion). */
  private elifOrElse(): ast.Stmt[] {
    const chain: { start: Tok; test: ast.Expr; body: ast.Stmt[] }[] = [];
    while (this.isKw("elif")) {
      const start = this.advance();
      const test = this.namedExpression();
      this.colon();
      const body = this.block(`'elif' statement on line ${this.lineOf(start)}`);
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
    return this.block(`'else' statement on line ${this.lineOf(start)}`);
  }

  private whileStmt(): ast.Stmt {
    const start = this.advance();
    const test = this.namedExpression();
    this.colon();
    const body = this.block(`'while' statement on line ${this.lineOf(start)}`);
    const orelse = this.elseBlock();
    return this.endAt<ast.While>({ kind: "While", test, body, orelse }, start, orelse.length ? orelse : body);
  }

  private forStmt(asyncTok: Tok | null): ast.Stmt {
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
    const body = this.block(`'for' statement on line ${this.lineOf(forTok)}`);
    const orelse = this.elseBlock();
    const node = { target, iter, body, orelse, type_comment: null };
    const last = orelse.length ? orelse : body;
    if (asyncTok !== null) return this.endAt<ast.AsyncFor>({ kind: "AsyncFor", ...node }, start, last);
    return this.endAt<ast.For>({ kind: "For", ...node }, start, last);
  }

  private withStmt(asyncTok: Tok | null): ast.Stmt {
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

  private withStmtRaw(asyncTok: Tok | null): ast.Stmt {
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
    const body = this.block(`'with' statement on line ${this.lineOf(withTok)}`);
    if (asyncTok !== null) return this.endAt<ast.AsyncWith>({ kind: "AsyncWith", items, body, type_comment: null }, start, body);
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
    const body = this.block(`'try' statement on line ${this.lineOf(start)}`);
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
      finalbody = this.block(`'finally' statement on line ${this.lineOf(f)}`);
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
    const what = star ? `'except*' statement on line ${this.lineOf(start)}` : `'except' statement on line ${this.lineOf(start)}`;
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
    if (this.ty(t) === TokenType.NAME) {
      if (this.val(t) === "def") return this.funcDef(decorators, null);
      if (this.val(t) === "class") return this.classDef(decorators);
      if (this.val(t) === "async" && this.isKwAt(1, "def")) {
        const a = this.advance();
        return this.funcDef(decorators, a);
      }
    }
    return this.fail();
  }

  private funcDef(decorators: ast.Expr[], asyncTok: Tok | null): ast.Stmt {
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
    const body = this.block(`function definition on line ${this.lineOf(defTok)}`);
    const node = { name, args, body, decorator_list: decorators, returns, type_comment: null };
    if (asyncTok !== null) return this.endAt<ast.AsyncFunctionDef>({ kind: "AsyncFunctionDef", ...node }, start, body);
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
    const body = this.block(`class definition on line ${this.lineOf(start)}`);
    return this.endAt<ast.ClassDef>({ kind: "ClassDef", name, bases, keywords, body, decorator_list: decorators }, start, body);
  }

  // ---- match -----------------------------------------------------------------------------------

  private matchStmt(): ast.Stmt {
    const start = this.advance();
    const subject = this.subjectExpr();
    this.colon();
    this.expect(TokenType.NEWLINE);
    if (!this.is(TokenType.INDENT)) {
      if (this.errorPass) this.raiseAtLast(`expected an indented block after 'match' statement on line ${this.lineOf(start)}`, "IndentationError");
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
    if (!(this.ty(t) === TokenType.NAME && this.val(t) === "case")) this.fail();
    this.advance();
    const pattern = this.patterns();
    let guard: ast.Expr | null = null;
    if (this.eatKw("if")) guard = this.namedExpression();
    this.colon();
    const body = this.block(`'case' statement on line ${this.lineOf(t)}`);
    return { kind: "match_case", pattern, guard, body };
  }
}
