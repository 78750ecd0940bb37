// Targets, call arguments, lambdas and parameter lists, with their invalid_* error rules
// (CPython 3.11's star_targets, del_targets, arguments, params and lambda_params).

import type * as ast from "./ast.js";
import { normalizeName, type Tok } from "./parser_base.js";
import { type CallArgs, ExprParser, exprName, invalidTarget, type TargetsType } from "./parser_expr.js";
import { KEYWORDS, TokenType } from "./tokens.js";

/** Expressions plus targets, arguments and parameters. */
export abstract class ArgsParser extends ExprParser {
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

  /** True if the current token can begin a target (or something reported as a bad target). */
  protected startsTarget(): boolean {
    const t = this.peek();
    if (this.ty(t) === TokenType.NAME) return !KEYWORDS.has(this.val(t)) || this.val(t) === "True" || this.val(t) === "False" || this.val(t) === "None";
    if (this.ty(t) === TokenType.OP) return this.val(t) === "(" || this.val(t) === "[" || this.val(t) === "*";
    return this.ty(t) === TokenType.STRING || this.ty(t) === TokenType.NUMBER;
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
  protected validTarget(e: ast.Expr, type: TargetsType): boolean {
    switch (e.kind) {
      case "Name":
      case "Attribute":
      case "Subscript":
        return true;
      case "Starred":
        if (type === "del") return false;
        if (e.value.kind === "Starred") return false;
        return this.validTarget(e.value, type);
      case "Tuple":
      case "List":
        return e.elts.every((x) => this.validTarget(x, type));
      default:
        return false;
    }
  }

  // ---- call arguments ------------------------------------------------------------------------

  /**
   * Arguments after an opening parenthesis (up to, not including, ')'): positional, starred,
   * keyword and double-starred arguments; a lone generator expression when `allowGenexp`.
   */
  callArguments(open: Tok, allowGenexp: boolean): CallArgs {
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
      } else if (this.ty(t) === TokenType.NAME && this.isOpAt(1, "=")) {
        if (KEYWORDS.has(this.val(t))) {
          if (this.checkInvalid && (this.val(t) === "True" || this.val(t) === "False" || this.val(t) === "None")) {
            this.raiseAtToken2(t, this.peekAt(1), `cannot assign to ${this.val(t)}`);
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
        keywords.push(this.fin<ast.Keyword>({ kind: "keyword", arg: normalizeName(this.val(t)), value: v }, t));
      } else {
        const e = this.assignmentOrExpression();
        if (this.isOp("=")) {
          if (this.checkInvalid) this.raiseNodeToToken(e, this.peek(), 'expression cannot contain assignment, perhaps you meant "=="?');
          this.fail();
        }
        if (this.isCompFor()) {
          const canGen = allowGenexp && args.length === 0 && keywords.length === 0;
          if (!canGen && !this.checkInvalid) this.fail();
          const generators = this.forIfClauses();
          if (canGen && this.isOp(")")) {
            const close = this.peek();
            const g = this.fin<ast.GeneratorExp>({ kind: "GeneratorExp", elt: e, generators }, open);
            g.end_lineno = this.endLineOf(close);
            g.end_col_offset = this.endColOf(close);
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
  protected lambdef(): ast.Expr {
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
      if (this.ty(t) === TokenType.OP && this.val(t) === "/") {
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
      if (this.ty(t) === TokenType.OP && this.val(t) === "*") {
        if (sawStar) {
          if (inv && (this.ty(this.peekAt(1)) === TokenType.NAME || this.isOpAt(1, ","))) this.raiseAtToken(t, "* argument may appear only once");
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
      if (this.ty(t) === TokenType.OP && this.val(t) === "**") {
        this.advance();
        kwarg = this.param(isLambda, false);
        if (this.isOp("=")) {
          if (inv) this.raiseAtToken(this.peek(), "var-keyword argument cannot have default value");
          this.fail();
        }
        if (this.eatOp(",") && !this.isOp(end)) {
          if (inv) {
            const n = this.peek();
            if (this.ty(n) === TokenType.NAME) {
              const save = this.pos;
              const a = this.attempt(() => this.param(isLambda, false));
              this.pos = save;
              if (a) this.raiseAtNode(a, "arguments cannot follow var-keyword argument");
            } else if (this.ty(n) === TokenType.OP && (this.val(n) === "*" || this.val(n) === "**" || this.val(n) === "/")) {
              this.raiseAtToken(n, "arguments cannot follow var-keyword argument");
            }
          }
          this.fail();
        }
        if (!this.isOp(end)) this.fail();
        break;
      }
      if (inv && this.ty(t) === TokenType.OP && this.val(t) === "(") {
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
        if (n > 0 && this.ty(close) === TokenType.OP && this.val(close) === ")") {
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
}
