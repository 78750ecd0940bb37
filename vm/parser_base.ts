// Parser infrastructure: the token cursor, backtracking, node positions and CPython-style errors.

import type * as ast from "./ast.js";
import type { LexResult } from "./lexer.js";
import { PySyntaxErrorInfo, type SyntaxErrorType } from "./syntax_error.js";
import { KEYWORDS, type Token, type TokenBuffer, TokenType } from "./tokens.js";

/** Thrown (as a singleton, without a stack) when a rule does not match; never escapes `parse`. */
export const FAIL: {
  /** Marker. */
  readonly fail: true;
} = Object.freeze({ fail: true });

/** Maximum recursion of nested expressions/statements before "too deeply nested" (JS stack guard). */
const MAX_DEPTH = 1000;
/** Maximum depth of the produced tree (CPython fails beyond ~3000 with RecursionError). */
export const MAX_TREE_DEPTH = 2900;


/** A memoised rule result: the node and the token index after it. */
export interface MemoEntry {
  /** The parsed node. */
  node: ast.Expr;
  /** Token index after the node. */
  end: number;
}

/** A token, as its index in the TokenBuffer. */
export type Tok = number;

/** How the parser was started (CPython's start rules); "fstring" parses an f-string expression part. */
export type StartRule = "exec" | "eval" | "single" | "fstring";

/** Shared state of one parse: tokens, cursor and error machinery. */
export class ParserBase {
  /** All tokens (the last is ENDMARKER or ERRORTOKEN). */
  protected readonly toks: TokenBuffer;
  /** Token kinds (toks.types). */
  protected readonly types: Uint8Array;
  /** Token texts (toks.values). */
  protected readonly values: string[];
  /** Index of the last token. */
  protected readonly lastIndex: number;
  /** Index of the current token. */
  protected pos = 0;
  /** File name for error messages. */
  protected readonly filename: string;
  /** The tokenizer's result (source lines, open brackets). */
  protected readonly lex: LexResult;
  /** What is being parsed. */
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
  protected disjMemo: Map<number, MemoEntry> | null = null;
  /** Memo for `bitwise_or` during the error pass. */
  protected borMemo: Map<number, MemoEntry> | null = null;
  /** Positions where invalid_expression already ran without raising. */
  protected invChecked: Set<number> | null = null;
  /** Positions where invalid_named_expression already ran without raising. */
  protected invNamedChecked: Set<number> | null = null;

  constructor(lex: LexResult, filename: string, startRule: StartRule) {
    this.lex = lex;
    this.toks = lex.tokens;
    this.types = lex.tokens.types;
    this.values = lex.tokens.values;
    this.lastIndex = lex.tokens.count - 1;
    this.filename = filename;
    this.startRule = startRule;
  }

  // ---- cursor --------------------------------------------------------------------------------

  /** The current token. */
  protected peek(): Tok {
    return this.pos;
  }

  /** The token `k` positions ahead (clamped to the last token). */
  protected peekAt(k: number): Tok {
    const i = this.pos + k;
    if (i > this.furthest) this.furthest = i;
    return i < this.lastIndex ? i : this.lastIndex;
  }

  /** Consumes and returns the current token. */
  protected advance(): Tok {
    const t = this.pos;
    if (t < this.lastIndex) this.pos = t + 1;
    return t;
  }

  /** The last consumed token. */
  protected prev(): Tok {
    return this.pos > 0 ? this.pos - 1 : 0;
  }

  /** Kind of token `t`. */
  protected ty(t: Tok): TokenType {
    return this.types[t];
  }

  /** Text of token `t`. */
  protected val(t: Tok): string {
    return this.values[t];
  }

  /** First line of token `t`. */
  protected lineOf(t: Tok): number {
    return this.toks.lines[t];
  }

  /** First column of token `t` (-1 for INDENT, DEDENT, ENDMARKER). */
  protected colOf(t: Tok): number {
    return this.toks.cols[t];
  }

  /** Last line of token `t`. */
  protected endLineOf(t: Tok): number {
    return this.toks.endLines[t];
  }

  /** Column just past token `t`. */
  protected endColOf(t: Tok): number {
    return this.toks.endCols[t];
  }

  /** Bracket depth after token `t`. */
  protected levelOf(t: Tok): number {
    return this.toks.levels[t];
  }

  /** Token `t` as an object (for the string machinery). */
  protected tokenObject(t: Tok): Token {
    return this.toks.get(t);
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
    const t = this.pos;
    throw this.makeError("SyntaxError", "too many nested parentheses", this.lineOf(t), this.colOf(t) + 1, this.endLineOf(t), this.endColOf(t) + 1);
  }

  // ---- token tests -------------------------------------------------------------------------

  /** True if the current token is the operator `v`. */
  protected isOp(v: string): boolean {
    const i = this.pos;
    return this.types[i] === TokenType.OP && this.values[i] === v;
  }

  /** True if the token `k` ahead is the operator `v`. */
  protected isOpAt(k: number, v: string): boolean {
    const i = this.peekAt(k);
    return this.types[i] === TokenType.OP && this.values[i] === v;
  }

  /** True if the current token is the NAME (keyword) `v`. */
  protected isKw(v: string): boolean {
    const i = this.pos;
    return this.types[i] === TokenType.NAME && this.values[i] === v;
  }

  /** True if the token `k` ahead is the NAME (keyword) `v`. */
  protected isKwAt(k: number, v: string): boolean {
    const i = this.peekAt(k);
    return this.types[i] === TokenType.NAME && this.values[i] === v;
  }

  /** True if the current token has type `type`. */
  protected is(type: TokenType): boolean {
    return this.types[this.pos] === type;
  }

  /** True when the current token is an identifier usable as a name (not a hard keyword). */
  protected isName(): boolean {
    const i = this.pos;
    return this.types[i] === TokenType.NAME && !KEYWORDS.has(this.values[i]);
  }

  /** Consumes the operator `v` if it is current. */
  protected eatOp(v: string): boolean {
    if (this.isOp(v)) {
      this.advance();
      return true;
    }
    return false;
  }

  /** Consumes the keyword `v` if it is current. */
  protected eatKw(v: string): boolean {
    if (this.isKw(v)) {
      this.advance();
      return true;
    }
    return false;
  }

  /** Consumes the operator `v` or fails. */
  protected expectOp(v: string): Tok {
    if (!this.isOp(v)) this.fail();
    return this.advance();
  }

  /** Consumes the keyword `v` or fails. */
  protected expectKw(v: string): Tok {
    if (!this.isKw(v)) this.fail();
    return this.advance();
  }

  /** Consumes a token of type `type` or fails. */
  protected expect(type: TokenType): Tok {
    if (this.types[this.pos] !== type) this.fail();
    return this.advance();
  }

  /** CPython's forced token (`&&':'`): raises "expected ':'" right away when missing. */
  protected expectForcedOp(v: string): Tok {
    if (!this.isOp(v)) this.raiseAtToken(this.peek(), `expected '${v}'`);
    return this.advance();
  }

  /** Consumes an identifier; fails on keywords. */
  protected name(): string {
    const i = this.pos;
    const v = this.values[i];
    if (this.types[i] !== TokenType.NAME || KEYWORDS.has(v)) this.fail();
    this.advance();
    return normalizeName(v);
  }

  // ---- nodes -------------------------------------------------------------------------------

  /** Sets `node`'s position from token `start` to the end of the last consumed token. */
  protected fin<T extends ast.Located>(node: Omit<T, keyof ast.Located>, start: Tok): T {
    const n = node as T;
    const end = this.pos > 0 ? this.pos - 1 : 0;
    const b = this.toks;
    n.lineno = b.lines[start];
    n.col_offset = b.cols[start];
    n.end_lineno = b.endLines[end];
    n.end_col_offset = b.endCols[end];
    return n;
  }

  // ---- errors ------------------------------------------------------------------------------

  /** The source line `lineno` (absolute), with its newline, for SyntaxError.text. */
  protected lineText(lineno: number): string | null {
    const idx = lineno - this.startingLine;
    const starts = this.lex.lineStarts;
    if (lineno === 0) return "";
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
  raiseAtToken(t: Tok, msg: string, type: SyntaxErrorType = "SyntaxError"): never {
    return this.raiseAtTokenObject(this.tokenObject(t), msg, type);
  }

  /** raiseAtToken for a token object. */
  raiseAtTokenObject(t: Token, msg: string, type: SyntaxErrorType = "SyntaxError"): never {
    if (t.col < 0) throw this.makeError(type, msg, t.lineno, 0, t.endLineno, 0);
    throw this.makeError(type, msg, t.lineno, t.col + 1, t.endLineno, t.endCol + 1);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b): from the start of `a` to the end of `b`. */
  protected raiseRange(a: ast.Located, b: ast.Located, msg: string): never {
    throw this.makeError("SyntaxError", msg, a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(node). */
  protected raiseAtNode(a: ast.Located, msg: string): never {
    return this.raiseRange(a, a, msg);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(node): from the node's start to where the tokenizer stands. */
  protected raiseFrom(a: ast.Located, endTok: Tok, msg: string): never {
    throw this.makeError("SyntaxError", msg, a.lineno, a.col_offset + 1, this.endLineOf(endTok), this.endColOf(endTok));
  }

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: located at the last token fetched. */
  raiseAtLast(msg: string, type: SyntaxErrorType = "SyntaxError", t: Tok = this.pos): never {
    const b = this.toks;
    if (b.cols[t] < 0) throw this.makeError(type, msg, b.lines[t], b.endCols[t], b.endLines[t], -1);
    throw this.makeError(type, msg, b.lines[t], b.cols[t] + 1, b.endLines[t], b.endCols[t] + 1);
  }
}

/** NFKC-normalises a non-ASCII identifier (PEP 3131), as CPython does for names. */
export function normalizeName(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 128) return s.normalize("NFKC");
  }
  return s;
}
