// A plugin host: each plugin gets its own VM, a `host` module, and is called by name.
// Run after `npm ci`: node examples/plugin_host.mjs
import { createVM, PythonError } from "../dist/vm/api.js";

const plugins = {
  "shout.py": `
import host
def on_message(text):
    host.log("shout saw " + repr(text))
    return text.upper() + "!"
`,
  "count.py": `
counts = {}
def on_message(text):
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
`,
  "broken.py": `
def on_message(text):
    return text / 2
`,
};

const vms = new Map();
for (const [name, source] of Object.entries(plugins)) {
  const vm = await createVM({ stdout: (s) => process.stdout.write(`[${name}] ${s}`) });
  vm.registerModule("host", { log: (msg) => console.log(`[host] ${msg}`) });
  vm.exec(source, { filename: name });
  vms.set(name, vm);
}

for (const msg of ["hello world", "hello again"]) {
  for (const [name, vm] of vms) {
    try {
      console.log(name, "->", vm.call("on_message", msg));
    } catch (e) {
      if (e instanceof PythonError) console.log(name, "raised", e.type + ":", e.pyMessage);
      else throw e;
    }
  }
}
