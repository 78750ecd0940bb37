// Unit tests of the tokenizer (vm/lexer.ts): token kinds, values, positions and error messages.
import test from "ava";
import { tokenize } from "../vm/lexer.js";
import { PySyntaxErrorInfo } from "../vm/syntax_error.js";
import { type Token, TokenType } from "../vm/tokens.js";

const T = TokenType;

/** The tokens of `src` as objects. */
function toks(src: string, options = {}): Token[] {
  return tokenize(src, "t.py", options).tokens.toArray();
}

/** Compact rendering of tokens: "NAME:x@1:0-1:1". */
function show(src: string): string[] {
  return toks(src).map((t: Token) => {
    const kind = T[t.type];
    const v = t.value ? `:${t.value}` : "";
    return `${kind}${v}@${t.lineno}:${t.col}-${t.endLineno}:${t.endCol}`;
  });
}

function kinds(src: string): string[] {
  return toks(src).map((t) => (t.type === T.OP || t.type === T.NAME || t.type === T.NUMBER || t.type === T.STRING ? t.value : T[t.type]));
}

/** Tokenizes and returns the error as [type, msg, lineno, offset, endLineno, endOffset]. */
function lexError(src: string): unknown[] {
  try {
    tokenize(src, "t.py");
  } catch (e) {
    if (e instanceof PySyntaxErrorInfo) return [e.pyType, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset];
    throw e;
  }
  return ["OK"];
}

test("simple statement: kinds, values and positions", (t) => {
  t.deepEqual(show("x = 1 + foo\n"), [
    "NAME:x@1:0-1:1",
    "OP:=@1:2-1:3",
    "NUMBER:1@1:4-1:5",
    "OP:+@1:6-1:7",
    "NAME:foo@1:8-1:11",
    "NEWLINE@1:11-1:11",
    "ENDMARKER@1:-1-1:12",
  ]);
});

test("a final newline is implied", (t) => {
  t.deepEqual(kinds("x"), ["x", "NEWLINE", "ENDMARKER"]);
  t.deepEqual(kinds(""), ["ENDMARKER"]);
  t.deepEqual(kinds("\n\n"), ["ENDMARKER"]);
});

test("INDENT and DEDENT", (t) => {
  t.deepEqual(kinds("if x:\n    y\n    if z:\n        w\nv\n"), [
    "if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "if", "z", ":", "NEWLINE", "INDENT", "w", "NEWLINE",
    "DEDENT", "DEDENT", "v", "NEWLINE", "ENDMARKER",
  ]);
  // dedents at end of input
  t.deepEqual(kinds("if x:\n  y"), ["if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "DEDENT", "ENDMARKER"]);
});

test("tabs count to the next multiple of 8 and must be consistent", (t) => {
  t.deepEqual(kinds("if x:\n\ty\n\tz\n"), ["if", "x", ":", "NEWLINE", "INDENT", "y", "NEWLINE", "z", "NEWLINE", "DEDENT", "ENDMARKER"]);
  t.deepEqual(lexError("if x:\n\ty\n        z\n"), ["TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0]);
  t.deepEqual(lexError("if 1:\n        x = 1\n\ty = 2\n"), ["TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0]);
});

test("unindent must match an outer level", (t) => {
  t.deepEqual(lexError("if x:\n    a = 1\n  b = 2"), ["IndentationError", "unindent does not match any outer indentation level", 3, 8, 3, -1]);
});

test("too many indentation levels", (t) => {
  const src = Array.from({ length: 101 }, (_, i) => " ".repeat(i) + "if x:").join("\n") + "\n" + " ".repeat(101) + "pass\n";
  const e = lexError(src);
  t.is(e[0], "IndentationError");
  t.is(e[1], "too many levels of indentation");
});

test("blank lines, comments and form feeds produce no tokens", (t) => {
  t.deepEqual(kinds("# c\n\n   \n  # indented comment\nx  # trailing\n\f\ny\n"), ["x", "NEWLINE", "y", "NEWLINE", "ENDMARKER"]);
});

test("implicit line joining inside brackets", (t) => {
  t.deepEqual(kinds("x = (1,\n        2\n   )\ny = [\n]\n"), ["x", "=", "(", "1", ",", "2", ")", "NEWLINE", "y", "=", "[", "]", "NEWLINE", "ENDMARKER"]);
});

test("backslash continuation", (t) => {
  t.deepEqual(show("x = 1 + \\\n    2\n"), [
    "NAME:x@1:0-1:1",
    "OP:=@1:2-1:3",
    "NUMBER:1@1:4-1:5",
    "OP:+@1:6-1:7",
    "NUMBER:2@2:4-2:5",
    "NEWLINE@2:5-2:5",
    "ENDMARKER@2:-1-2:6",
  ]);
  t.deepEqual(lexError("x = 1 \\ 2"), ["SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0]);
  t.deepEqual(lexError("x = 1\ny = 2 \\ 3"), ["SyntaxError", "unexpected character after line continuation character", 2, 8, 2, 0]);
  t.deepEqual(lexError("x = 1 + \\"), ["SyntaxError", "unexpected EOF while parsing", 1, 10, 1, -1]);
});

test("operators use the longest match", (t) => {
  t.deepEqual(kinds("a **= b //= c >>= d <<= e ... f -> g := h != i <= j == k >= l ** m // n"), [
    "a", "**=", "b", "//=", "c", ">>=", "d", "<<=", "e", "...", "f", "->", "g", ":=", "h", "!=", "i", "<=", "j", "==", "k", ">=", "l", "**", "m", "//", "n",
    "NEWLINE", "ENDMARKER",
  ]);
  t.deepEqual(kinds("a+=b-=c*=d/=e%=f&=g|=h^=i@=j"), ["a", "+=", "b", "-=", "c", "*=", "d", "/=", "e", "%=", "f", "&=", "g", "|=", "h", "^=", "i", "@=", "j", "NEWLINE", "ENDMARKER"]);
  t.deepEqual(kinds("x.y..z"), ["x", ".", "y", ".", ".", "z", "NEWLINE", "ENDMARKER"]);
  t.deepEqual(kinds("a<>b"), ["a", "<>", "b", "NEWLINE", "ENDMARKER"]);
});

test("numeric literals", (t) => {
  const nums = ["0", "1", "123", "1_000", "0x1F", "0XfF", "0o17", "0O7", "0b101", "0B1_0", "00", "0_0", "1.5", "1.", ".5", "1e10", "1E-5", "1.5e+3", "1_0.0_1", "09.5", "1j", "1.5J", "1e3j", ".5j", "0e0"];
  for (const n of nums) {
    const ts = toks(n);
    t.is(ts[0].type, T.NUMBER, n);
    t.is(ts[0].value, n, n);
    t.is(ts[1].type, T.NEWLINE, n);
  }
  // a number directly followed by a keyword is allowed
  t.deepEqual(kinds("1if x else 2"), ["1", "if", "x", "else", "2", "NEWLINE", "ENDMARKER"]);
  t.deepEqual(kinds("0x1for"), ["0x1f", "or", "NEWLINE", "ENDMARKER"]);
  t.deepEqual(kinds("1 .real"), ["1", ".", "real", "NEWLINE", "ENDMARKER"]);
});

test("invalid numeric literals", (t) => {
  t.deepEqual(lexError("x = 1abc"), ["SyntaxError", "invalid decimal literal", 1, 5, 1, 5]);
  t.deepEqual(lexError("x = 1_"), ["SyntaxError", "invalid decimal literal", 1, 6, 1, 6]);
  t.deepEqual(lexError("x = 1__0"), ["SyntaxError", "invalid decimal literal", 1, 6, 1, 6]);
  t.deepEqual(lexError("x = 1e"), ["SyntaxError", "invalid decimal literal", 1, 5, 1, 5]);
  t.deepEqual(lexError("x = 1.5e+"), ["SyntaxError", "invalid decimal literal", 1, 9, 1, 9]);
  t.deepEqual(lexError("x = 1.__class__"), ["SyntaxError", "invalid decimal literal", 1, 6, 1, 6]);
  t.deepEqual(lexError("x = 0x"), ["SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6]);
  t.deepEqual(lexError("x = 0x1g"), ["SyntaxError", "invalid hexadecimal literal", 1, 7, 1, 7]);
  t.deepEqual(lexError("x = 0o8"), ["SyntaxError", "invalid digit '8' in octal literal", 1, 7, 1, 7]);
  t.deepEqual(lexError("x = 0o"), ["SyntaxError", "invalid octal literal", 1, 6, 1, 6]);
  t.deepEqual(lexError("x = 0b2"), ["SyntaxError", "invalid digit '2' in binary literal", 1, 7, 1, 7]);
  t.deepEqual(lexError("x = 0777"), [
    "SyntaxError",
    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
    1, 5, 1, 6,
  ]);
  t.deepEqual(lexError("x = 1j2"), ["SyntaxError", "invalid imaginary literal", 1, 6, 1, 6]);
});

test("string literals: prefixes, quotes and positions", (t) => {
  for (const s of ["'a'", '"a"', "'''a'''", '"""a"""', "r'a'", "R'a'", "b'a'", "B'a'", "br'a'", "Rb'a'", "rB'a'", "u'a'", "U'a'", "f'a'", "F'a'", "fr'a'", "Rf'a'", "''", '""', "''''''"]) {
    const ts = toks(s);
    t.is(ts[0].type, T.STRING, s);
    t.is(ts[0].value, s, s);
    t.is(ts[1].type, T.NEWLINE, s);
  }
  // not prefixes: identifiers followed by strings
  t.deepEqual(kinds("ur'a'"), ["ur", "'a'", "NEWLINE", "ENDMARKER"]);
  t.deepEqual(kinds("bf'a'"), ["bf", "'a'", "NEWLINE", "ENDMARKER"]);
  t.deepEqual(show("x = '''a\nbc''' + 'd\\\ne'\n"), [
    "NAME:x@1:0-1:1",
    "OP:=@1:2-1:3",
    "STRING:'''a\nbc'''@1:4-2:5",
    "OP:+@2:6-2:7",
    "STRING:'d\\\ne'@2:8-3:2",
    "NEWLINE@3:2-3:2",
    "ENDMARKER@3:-1-3:3",
  ]);
  t.deepEqual(kinds("'a' \"b\" 'c'"), ["'a'", '"b"', "'c'", "NEWLINE", "ENDMARKER"]);
  t.deepEqual(kinds("'it''s'"), ["'it'", "'s'", "NEWLINE", "ENDMARKER"]);
  t.deepEqual(kinds("'\\''"), ["'\\''", "NEWLINE", "ENDMARKER"]);
});

test("unterminated strings", (t) => {
  t.deepEqual(lexError("s = 'abc"), ["SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5]);
  t.deepEqual(lexError("s = 'abc\ndef'"), ["SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5]);
  t.deepEqual(lexError('x = 1\ns = """abc\n\n'), ["SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 2, 5, 2, 5]);
  t.deepEqual(lexError('s = """abc\n'), ["SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5]);
  t.deepEqual(lexError("s = b'abc\\'"), ["SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5]);
});

test("brackets: mismatches, unmatched closers, nesting limit", (t) => {
  t.deepEqual(lexError("x = (1, 2]"), ["SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 10, 1, 10]);
  t.deepEqual(lexError("x = (1,\n2]"), ["SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2, 2, 2]);
  t.deepEqual(lexError("x = 1)"), ["SyntaxError", "unmatched ')'", 1, 6, 1, 6]);
  t.deepEqual(lexError("}"), ["SyntaxError", "unmatched '}'", 1, 1, 1, 1]);
  t.deepEqual(lexError("x = " + "(".repeat(201) + ")".repeat(201)), ["SyntaxError", "too many nested parentheses", 1, 205, 1, 205]);
  t.deepEqual(lexError("x = " + "[".repeat(200) + "]".repeat(200)), ["OK"]);
});

test("end of input inside brackets gives ERRORTOKEN and the open brackets", (t) => {
  const r = tokenize("f(a, [b,\n  c", "t.py");
  t.is(r.tokens.get(r.tokens.count - 1).type, T.ERRORTOKEN);
  t.deepEqual(r.openBrackets, [
    { ch: "(", lineno: 1, col: 1 },
    { ch: "[", lineno: 1, col: 5 },
  ]);
});

test("identifiers: unicode, invalid and non-printable characters", (t) => {
  t.deepEqual(kinds("café = ñ + Ω"), ["café", "=", "ñ", "+", "Ω", "NEWLINE", "ENDMARKER"]);
  t.deepEqual(lexError("x = 5 € 3"), ["SyntaxError", "invalid character '€' (U+20AC)", 1, 7, 1, 7]);
  t.deepEqual(lexError("x = a€b"), ["SyntaxError", "invalid character '€' (U+20AC)", 1, 6, 1, 6]);
  t.deepEqual(lexError("x = \u00a0"), ["SyntaxError", "invalid non-printable character U+00A0", 1, 5, 1, 5]);
  t.deepEqual(lexError("x = \x01"), ["SyntaxError", "invalid non-printable character U+0001", 1, 5, 1, 5]);
  t.deepEqual(lexError("\ufeffx = 1"), ["SyntaxError", "invalid non-printable character U+FEFF", 1, 1, 1, 1]);
  t.deepEqual(kinds("x = $"), ["x", "=", "$", "NEWLINE", "ENDMARKER"]);
});

test("NUL bytes are rejected", (t) => {
  t.deepEqual(lexError("x = 1\0"), ["SyntaxError", "source code string cannot contain null bytes", 0, 0, 0, 0]);
});

test("columns count code points, not UTF-16 units", (t) => {
  // U+1F600 is two UTF-16 units but one column
  t.deepEqual(show("s = '😀' + y\n").slice(2, 5), ["STRING:'😀'@1:4-1:7", "OP:+@1:8-1:9", "NAME:y@1:10-1:11"]);
  t.deepEqual(show("é = 1\n")[1], "OP:=@1:2-1:3");
});

test("newlines are normalised", (t) => {
  t.deepEqual(kinds("x = 1\r\ny = 2\rz = 3"), ["x", "=", "1", "NEWLINE", "y", "=", "2", "NEWLINE", "z", "=", "3", "NEWLINE", "ENDMARKER"]);
});

test("fragment options shift the first line (f-string expression parts)", (t) => {
  t.deepEqual(
    toks("(a +\nb)", { firstLine: 5, firstCol: 10 }).slice(0, 5).map((x) => [x.value, x.lineno, x.col]),
    [
      ["(", 5, 10],
      ["a", 5, 11],
      ["+", 5, 13],
      ["b", 6, 0],
      [")", 6, 1],
    ],
  );
});

test("token levels record bracket depth", (t) => {
  t.deepEqual(
    toks("f(a[1])").slice(0, 7).map((x) => x.level),
    [0, 1, 1, 2, 2, 1, 0],
  );
});
