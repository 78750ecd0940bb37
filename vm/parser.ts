// The Python 3.11 parser: tokens → AST (vm/ast.ts). The public `parse` entry, start rules and
// error reporting. The grammar is split by layer: parser_base.ts (cursor, errors) → parser_expr.ts
// (expressions) → parser_args.ts (targets, arguments, parameters) → parser_patterns.ts (match
// patterns) → parser_stmt.ts (statements); parser_strings.ts handles literals and f-strings.
//
// A hand-written recursive-descent parser following CPython's PEG grammar (Grammar/python.gram).
// Like CPython it runs in two passes: a fast pass, and after a failure a second pass with the
// invalid_* rules enabled to produce CPython's specific messages; when neither gives one, the
// error is "invalid syntax" at the furthest token the first pass reached.

import type * as ast from "./ast.js";
import { tokenize, type LexResult } from "./lexer.js";
import { FAIL, type StartRule } from "./parser_base.js";
import { StmtParser } from "./parser_stmt.js";
import { PySyntaxErrorInfo } from "./syntax_error.js";
import { TokenType } from "./tokens.js";

export { PySyntaxErrorInfo } from "./syntax_error.js";

/** Parse modes, as the `mode` argument of Python's compile(). */
export type ParseMode = "exec" | "eval" | "single";

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
  if (e instanceof RangeError && e.message === "Maximum call stack size exceeded") {
    // the JS stack ran out (a deeply nested input on an already deep stack): report it like
    // the nesting limit
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

/** The full parser: start rules and error reporting. */
class Parser extends StmtParser {
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
    const t = Math.min(tokIndex, this.lastIndex);
    if (this.lineOf(t) > open[open.length - 1].lineno) return this.unclosedError();
    return err;
  }

  /** The error when no rule gave a specific message (_PyPegen_set_syntax_error). */
  genericError(index: number): PySyntaxErrorInfo {
    const t = this.tokenObject(Math.min(index, this.lastIndex));
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
    if (this.ty(t) === TokenType.ENDMARKER || this.ty(t) === TokenType.NEWLINE) this.fail();
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
    if (this.ty(this.prev()) !== TokenType.DEDENT) return false;
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
}
