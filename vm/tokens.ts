// Token kinds and the token record produced by the lexer (vm/lexer.ts), as CPython's tokenizer.

/** Kinds of tokens. Keywords and soft keywords are NAME tokens (the parser tells them apart). */
export enum TokenType {
  /** End of input. */
  ENDMARKER = 0,
  /** An identifier or keyword. */
  NAME = 1,
  /** A numeric literal (text kept verbatim). */
  NUMBER = 2,
  /** A string literal including prefix and quotes (text kept verbatim). */
  STRING = 3,
  /** End of a logical line. */
  NEWLINE = 4,
  /** Indentation increase. */
  INDENT = 5,
  /** Indentation decrease. */
  DEDENT = 6,
  /** An operator or delimiter; the text is in `value`. */
  OP = 7,
  /** End of input reached inside brackets (the parser reports the unclosed bracket). */
  ERRORTOKEN = 8,
}

/**
 * One token. Lines are 1-based, columns 0-based in code points; `end*` is just past the token.
 * As in CPython, INDENT, DEDENT and ENDMARKER have no column (`col` is -1); their `endCol` is
 * where the tokenizer stood (after the indentation, or at the end of the last line).
 */
export interface Token {
  /** Token kind. */
  type: TokenType;
  /** Source text of the token ("" for NEWLINE, INDENT, DEDENT, ENDMARKER). */
  value: string;
  /** Line of the first character. */
  lineno: number;
  /** Column of the first character. */
  col: number;
  /** Line of the last character. */
  endLineno: number;
  /** Column just past the last character. */
  endCol: number;
  /** Bracket nesting depth after this token (CPython's token level). */
  level: number;
}

/**
 * The tokens of one source, stored column-wise in typed arrays (a token is an index): large
 * files produce millions of tokens, and one object per token would dominate parse time.
 */
export class TokenBuffer {
  /** Number of tokens. */
  count = 0;
  /** Token kinds. */
  types: Uint8Array;
  /** Bracket depths (CPython's token level). */
  levels: Uint16Array;
  /** First lines. */
  lines: Int32Array;
  /** First columns (code points; -1 for INDENT, DEDENT, ENDMARKER). */
  cols: Int32Array;
  /** Last lines. */
  endLines: Int32Array;
  /** Columns just past the end. */
  endCols: Int32Array;
  /** Token texts ("" for NEWLINE, INDENT, DEDENT, ENDMARKER). */
  values: string[];

  /** Creates a buffer with room for `capacity` tokens (it grows as needed). */
  constructor(capacity = 256) {
    this.types = new Uint8Array(capacity);
    this.levels = new Uint16Array(capacity);
    this.lines = new Int32Array(capacity);
    this.cols = new Int32Array(capacity);
    this.endLines = new Int32Array(capacity);
    this.endCols = new Int32Array(capacity);
    this.values = new Array<string>(capacity).fill("");
  }

  /** Appends a token. */
  push(type: TokenType, value: string, lineno: number, col: number, endLineno: number, endCol: number, level: number): void {
    const i = this.count;
    if (i === this.types.length) this.grow();
    this.types[i] = type;
    this.levels[i] = level;
    this.lines[i] = lineno;
    this.cols[i] = col;
    this.endLines[i] = endLineno;
    this.endCols[i] = endCol;
    this.values[i] = value;
    this.count = i + 1;
  }

  private grow(): void {
    const n = this.types.length * 2;
    for (let i = this.values.length; i < n; i++) this.values.push("");
    const types = new Uint8Array(n);
    types.set(this.types);
    this.types = types;
    const levels = new Uint16Array(n);
    levels.set(this.levels);
    this.levels = levels;
    for (const k of ["lines", "cols", "endLines", "endCols"] as const) {
      const a = new Int32Array(n);
      a.set(this[k]);
      this[k] = a;
    }
  }

  /** Token `i` as an object. */
  get(i: number): Token {
    return {
      type: this.types[i] as TokenType,
      value: this.values[i],
      lineno: this.lines[i],
      col: this.cols[i],
      endLineno: this.endLines[i],
      endCol: this.endCols[i],
      level: this.levels[i],
    };
  }

  /** All tokens as objects (for tests and debugging). */
  toArray(): Token[] {
    const out: Token[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.get(i));
    return out;
  }
}

/** Python's hard keywords (never usable as names). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
]);

/** Operators and delimiters, longest first within each leading character (used by the lexer). */
export const OPERATORS: readonly string[] = [
  "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=",
  ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=", "(", ")", "[", "]", "{", "}", ",", ":",
  ";", ".", "+", "-", "*", "/", "|", "&", "<", ">", "=", "%", "~", "^", "@",
];
