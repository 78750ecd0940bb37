// Standard modules written in Python, compiled on first import like any other module.
import { asyncioSource } from "./py/asyncio.js";
import { functoolsSource } from "./py/functools.js";
import { itertoolsSource } from "./py/itertools.js";
import { collectionsSource } from "./py/collections.js";
import { heapqSource, bisectSource } from "./py/heapq_bisect.js";
import { operatorSource } from "./py/operator.js";
import { stringSource, copySource, typingSource, abcSource, collectionsAbcSource } from "./py/small.js";
import { randomSource } from "./py/random.js";
import { dataclassesSource, enumSource, jsonSource, statisticsSource } from "./py/extra.js";

/** Python source of each frozen module by name. */
export const frozenModules = new Map<string, string>([
  ["asyncio", asyncioSource],
  ["functools", functoolsSource],
  ["itertools", itertoolsSource],
  ["collections", collectionsSource],
  ["heapq", heapqSource],
  ["bisect", bisectSource],
  ["operator", operatorSource],
  ["string", stringSource],
  ["copy", copySource],
  ["typing", typingSource],
  ["abc", abcSource],
  ["collections.abc", collectionsAbcSource],
  ["random", randomSource],
  ["dataclasses", dataclassesSource],
  ["enum", enumSource],
  ["json", jsonSource],
  ["statistics", statisticsSource],
]);
