// Parser infrastructure: the token cursor, backtracking, node positions and CPython-style errors.

import type * as ast from "./ast.js";
import type { LexResult } from "./lexer.js";
import { PySyntaxErrorInfo, type SyntaxErrorType } from "./syntax_error.js";
import { KEYWORDS, type Token, TokenType } from "./tokens.js";

/** Thrown (as a singleton, without a stack) when a rule does not match; never escapes `parse`. */
export const FAIL: { readonly fail: true } = Object.freeze({ fail: true });

/** Maximum recursion of nested expressions/statements before "too deeply nested" (JS stack guard). */
const MAX_DEPTH = 1000;
/** Maximum depth of the produced tree (CPython fails beyond ~3000 with RecursionError). */
export const MAX_TREE_DEPTH = 2900;

/** A position-carrying node under construction. */
type Pos = ast.Located;

/** How the parser was started (CPython's start rules); "fstring" parses an f-string expression part. */
export type StartRule = "exec" | "eval" | "single" | "fstring";

/** Shared state of one parse: tokens, cursor and error machinery. */
export class ParserBase {
  protected readonly toks: Token[];
  protected readonly lastIndex: number;
  protected pos = 0;
  protected readonly filename: string;
  protected readonly lex: LexResult;
  protected readonly startRule: StartRule;
  /** Second pass: the invalid_* rules that produce specific messages are active. */
  protected errorPass = false;
  /** Cleared while parsing CPython's `expression_without_invalid`. */
  protected callInvalid = true;
  /** Furthest token index any rule failed at (CPython's `p->fill - 1`). */
  protected furthest = 0;
  /** Current recursion depth (guards the JS stack). */
  protected depth = 0;
  /** Column the f-string expression part starts at (errors are reported relative to it). */
  protected startingCol = 0;
  /** First line of an f-string expression part. */
  protected startingLine = 1;
  /** Memo for `disjunction` during the error pass (keeps the invalid_* checks linear). */
  protected disjMemo: Map<number, { node: ast.Expr; end: number }> | null = null;
  /** Memo for `bitwise_or` during the error pass. */
  protected borMemo: Map<number, { node: ast.Expr; end: number }> | null = null;
  /** Positions where invalid_named_expression / invalid_expression already ran without raising. */
  protected invChecked: Set<number> | null = null;
  protected invNamedChecked: Set<number> | null = null;

  constructor(lex: LexResult, filename: string, startRule: StartRule) {
    this.lex = lex;
    this.toks = lex.tokens;
    this.lastIndex = lex.tokens.length - 1;
    this.filename = filename;
    this.startRule = startRule;
  }

  // ---- cursor --------------------------------------------------------------------------------

  /** The current token. */
  protected peek(): Token {
    return this.toks[this.pos];
  }

  /** The token `k` positions ahead (clamped to the last token). */
  protected peekAt(k: number): Token {
    const i = this.pos + k;
    if (i > this.furthest) this.furthest = i;
    return this.toks[i < this.lastIndex ? i : this.lastIndex];
  }

  /** Consumes and returns the current token. */
  protected advance(): Token {
    const t = this.toks[this.pos];
    if (this.pos < this.lastIndex) this.pos++;
    return t;
  }

  /** The last consumed token. */
  protected prev(): Token {
    return this.toks[this.pos > 0 ? this.pos - 1 : 0];
  }

  /** Rule failure: records the furthest position and unwinds to the nearest alternative. */
  protected fail(): never {
    if (this.pos > this.furthest) this.furthest = this.pos;
    throw FAIL;
  }

  /** Runs `fn`; on failure restores the position and returns null. Syntax errors propagate. */
  protected attempt<T>(fn: () => T): T | null {
    const save = this.pos;
    try {
      return fn();
    } catch (e) {
      if (e !== FAIL) throw e;
      this.pos = save;
      return null;
    }
  }

  /** Runs `fn` to see whether it matches, always restoring the position. */
  protected lookahead(fn: () => unknown): boolean {
    const save = this.pos;
    try {
      fn();
      return true;
    } catch (e) {
      if (e !== FAIL) throw e;
      return false;
    } finally {
      this.pos = save;
    }
  }

  /** Enters a recursive rule, failing cleanly before the JS stack could overflow. */
  protected enter(): void {
    if (++this.depth > MAX_DEPTH) this.tooDeep();
  }

  /** Raises the error used for input nested beyond what the parser (and compiler) can handle. */
  protected tooDeep(): never {
    const t = this.peek();
    throw this.makeError("SyntaxError", "too many nested parentheses", t.lineno, t.col + 1, t.endLineno, t.endCol + 1);
  }

  // ---- token tests -------------------------------------------------------------------------

  protected isOp(v: string): boolean {
    const t = this.toks[this.pos];
    return t.type === TokenType.OP && t.value === v;
  }

  protected isOpAt(k: number, v: string): boolean {
    const t = this.peekAt(k);
    return t.type === TokenType.OP && t.value === v;
  }

  protected isKw(v: string): boolean {
    const t = this.toks[this.pos];
    return t.type === TokenType.NAME && t.value === v;
  }

  protected isKwAt(k: number, v: string): boolean {
    const t = this.peekAt(k);
    return t.type === TokenType.NAME && t.value === v;
  }

  protected is(type: TokenType): boolean {
    return this.toks[this.pos].type === type;
  }

  /** True when the current token is an identifier usable as a name (not a hard keyword). */
  protected isName(): boolean {
    const t = this.toks[this.pos];
    return t.type === TokenType.NAME && !KEYWORDS.has(t.value);
  }

  protected eatOp(v: string): boolean {
    if (this.isOp(v)) {
      this.advance();
      return true;
    }
    return false;
  }

  protected eatKw(v: string): boolean {
    if (this.isKw(v)) {
      this.advance();
      return true;
    }
    return false;
  }

  protected expectOp(v: string): Token {
    if (!this.isOp(v)) this.fail();
    return this.advance();
  }

  protected expectKw(v: string): Token {
    if (!this.isKw(v)) this.fail();
    return this.advance();
  }

  protected expect(type: TokenType): Token {
    if (this.toks[this.pos].type !== type) this.fail();
    return this.advance();
  }

  /** CPython's forced token (`&&':'`): raises "expected ':'" right away when missing. */
  protected expectForcedOp(v: string): Token {
    if (!this.isOp(v)) this.raiseAtToken(this.peek(), `expected '${v}'`);
    return this.advance();
  }

  /** Consumes an identifier; fails on keywords. */
  protected name(): string {
    const t = this.toks[this.pos];
    if (t.type !== TokenType.NAME || KEYWORDS.has(t.value)) this.fail();
    this.advance();
    return normalizeName(t.value);
  }

  // ---- nodes -------------------------------------------------------------------------------

  /** Sets `node`'s position from token `start` to the end of the last consumed token. */
  protected fin<T extends Pos>(node: Omit<T, keyof Pos>, start: Token): T {
    const n = node as T;
    const end = this.prev();
    n.lineno = start.lineno;
    n.col_offset = start.col;
    n.end_lineno = end.endLineno;
    n.end_col_offset = end.endCol;
    return n;
  }

  /** Sets `node`'s position to span from node `a` to node `b`. */
  protected span<T extends Pos>(node: Omit<T, keyof Pos>, a: Pos, b: Pos): T {
    const n = node as T;
    n.lineno = a.lineno;
    n.col_offset = a.col_offset;
    n.end_lineno = b.end_lineno;
    n.end_col_offset = b.end_col_offset;
    return n;
  }

  // ---- errors ------------------------------------------------------------------------------

  /** The source line `lineno` (absolute), with its newline, for SyntaxError.text. */
  protected lineText(lineno: number): string | null {
    const idx = lineno - this.startingLine;
    const starts = this.lex.lineStarts;
    if (idx < 0 || idx >= starts.length) return null;
    const src = this.lex.source;
    const s = starts[idx];
    const nl = src.indexOf("\n", s);
    return nl < 0 ? src.slice(s) + "\n" : src.slice(s, nl + 1);
  }

  /** Builds the error, applying CPython's adjustments for f-string expression parts. */
  protected makeError(
    type: SyntaxErrorType,
    msg: string,
    lineno: number,
    offset: number,
    endLineno: number,
    endOffset: number,
  ): PySyntaxErrorInfo {
    if (this.startRule === "fstring") {
      msg = "f-string: " + msg;
      offset -= this.startingCol;
      endOffset -= this.startingCol;
    }
    return new PySyntaxErrorInfo(type, msg, this.filename, lineno, offset, this.lineText(lineno), endLineno, endOffset);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(token): the token's own range. */
  raiseAtToken(t: Token, msg: string, type: SyntaxErrorType = "SyntaxError"): never {
    if (t.col < 0) throw this.makeError(type, msg, t.lineno, 0, t.endLineno, 0);
    throw this.makeError(type, msg, t.lineno, t.col + 1, t.endLineno, t.endCol + 1);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b): from the start of `a` to the end of `b`. */
  protected raiseRange(a: Pos, b: Pos, msg: string): never {
    throw this.makeError("SyntaxError", msg, a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node). */
  protected raiseAtNode(a: Pos, msg: string): never {
    return this.raiseRange(a, a, msg);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(node): from the node's start to where the tokenizer stands. */
  protected raiseFrom(a: Pos, endTok: Token, msg: string): never {
    throw this.makeError("SyntaxError", msg, a.lineno, a.col_offset + 1, endTok.endLineno, endTok.endCol);
  }

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: located at the last token fetched. */
  raiseAtLast(msg: string, type: SyntaxErrorType = "SyntaxError", t: Token = this.lastFetched()): never {
    if (t.col < 0) throw this.makeError(type, msg, t.lineno, t.endCol, t.endLineno, -1);
    throw this.makeError(type, msg, t.lineno, t.col + 1, t.endLineno, t.endCol + 1);
  }

  /** Approximates CPython's `p->tokens[p->fill - 1]` at the current point of the parse. */
  protected lastFetched(): Token {
    return this.peek();
  }
}

/** NFKC-normalises a non-ASCII identifier (PEP 3131), as CPython does for names. */
export function normalizeName(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 128) return s.normalize("NFKC");
  }
  return s;
}
