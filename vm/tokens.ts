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
