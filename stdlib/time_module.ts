// The time module: clocks and sleep.
import { PyModule } from "../vm/objects/module.js";
import { PyBuiltin } from "../vm/objects/function.js";
import { PyFloat } from "../vm/objects/float.js";
import { None, type PyValue } from "../vm/objects/object.js";
import { raise } from "../vm/raise.js";
import { asFloat } from "../vm/objects/float_methods.js";
import { builtinModules } from "./modules.js";

const start = performance.now();

function sleep(seconds: number): void {
  if (!(seconds >= 0)) raise("ValueError", "sleep length must be non-negative");
  const ms = seconds * 1000;
  if (ms <= 0) return;
  // A real blocking sleep without spinning the CPU.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function createTime(): PyModule {
  const m = new PyModule("_time");
  const def = (name: string, f: (args: PyValue[]) => PyValue) => m.set(name, new PyBuiltin(name, f));
  def("time", () => new PyFloat(Date.now() / 1000));
  def("time_ns", () => BigInt(Date.now()) * 1000000n);
  def("perf_counter", () => new PyFloat((performance.now() - start) / 1000));
  def("perf_counter_ns", () => Math.round((performance.now() - start) * 1e6));
  def("monotonic", () => new PyFloat((performance.now() - start) / 1000));
  def("monotonic_ns", () => Math.round((performance.now() - start) * 1e6));
  def("process_time", () => new PyFloat(process.cpuUsage().user / 1e6));
  def("sleep", (args) => {
    const s = asFloat(args[0]);
    if (s === undefined) raise("TypeError", "an integer or float is required");
    sleep(s);
    return None;
  });
  // Seconds east of UTC of the host's local time at instant t (the Python time module builds
  // localtime, mktime and the timezone constants on it).
  def("_local_offset", (args) => {
    const t = asFloat(args[0]) ?? Date.now() / 1000;
    return -new Date(t * 1000).getTimezoneOffset() * 60;
  });
  return m;
}

// "time" itself is Python (stdlib/py/more.ts) over these clocks.
builtinModules.set("_time", createTime);
