// Standard input: the CLI passes the exact text through; hosts supply lines through `input`.
import test from "ava";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createVM } from "../vm/api.js";

const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "taipan.js");

function runCli(code: string, stdin: string): string {
  const r = spawnSync(process.execPath, [cli, "-c", code], { input: stdin, encoding: "utf8" });
  return r.stdout + r.stderr.split("\n").filter((l) => l.startsWith("EOFError")).join("");
}

test("CLI: input() then sys.stdin.read() see the exact text", (t) => {
  const code = "import sys\nn = int(input())\nprint(n, repr(sys.stdin.read()))";
  t.is(runCli(code, "3\nx\ny"), "3 'x\\ny'\n");
});

test("CLI: readlines keeps a last line without newline as it is", (t) => {
  t.is(runCli("import sys\nprint(sys.stdin.readlines())", "a\nb\nc"), "['a\\n', 'b\\n', 'c']\n");
});

test("CLI: iterating sys.stdin over many lines, and UTF-8 split across reads", (t) => {
  const lines = Array.from({ length: 50000 }, (_, i) => `${i} é日本`).join("\n") + "\n";
  const code = "import sys\nn = 0\nt = 0\nfor line in sys.stdin:\n    n += 1\n    t += len(line)\nprint(n, t)";
  const expected = `50000 ${[...lines].length}\n`;
  t.is(runCli(code, lines), expected);
});

test("CLI: input() at end of input raises EOFError", (t) => {
  t.is(runCli("input()", ""), "EOFError: EOF when reading a line");
});

test("host: lines without newlines still read as lines", async (t) => {
  const feed = ["first", "second"];
  let out = "";
  const vm = await createVM({ input: () => feed.shift() ?? null, stdout: (s) => (out += s) });
  vm.exec("import sys\nprint(input())\nprint(repr(sys.stdin.readline()))\nprint(repr(sys.stdin.readline()))");
  t.is(out, "first\n'second\\n'\n''\n");
});
