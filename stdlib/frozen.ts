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
import { unittestSource } from "./py/unittest.js";
import { inspectSource } from "./py/inspect.js";
import { difflibSource } from "./py/difflib.js";
import { argparseSource, atexitSource, base64Source, calendarSource, contextlibSource, csvSource, datetimeSource, decimalSource, fractionsSource, gcSource, graphlibSource, hashlibSource, ioSource, keywordSource, numbersSource, osSource, posixpathSource, pprintSource, queueSource, structSource, textwrapSource, timeSource, typesSource, warningsSource, weakrefSource } from "./py/more.js";

import { errnoSource, statSource, fnmatchSource, reprlibSource, getoptSource, htmlSource, threadingSource, _threadSource, concurrentSource, concurrentFuturesSource, loggingSource, timeitSource, platformSource, signalSource, contextvarsSource, uuidSource, arraySource, shutilSource, globSource, tempfileSource, pathlibSource, urllibSource, urllibParseSource, shlexSource, secretsSource, binasciiSource, codecsSource, schedSource, linecacheSource } from "./py/mods.js";

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
  ["unittest", unittestSource],
  ["difflib", difflibSource],
  ["argparse", argparseSource],
  ["atexit", atexitSource],
  ["base64", base64Source],
  ["calendar", calendarSource],
  ["contextlib", contextlibSource],
  ["csv", csvSource],
  ["datetime", datetimeSource],
  ["decimal", decimalSource],
  ["fractions", fractionsSource],
  ["gc", gcSource],
  ["graphlib", graphlibSource],
  ["hashlib", hashlibSource],
  ["io", ioSource],
  ["keyword", keywordSource],
  ["numbers", numbersSource],
  ["os", osSource],
  ["posixpath", posixpathSource],
  ["pprint", pprintSource],
  ["queue", queueSource],
  ["struct", structSource],
  ["textwrap", textwrapSource],
  ["time", timeSource],
  ["types", typesSource],
  ["warnings", warningsSource],
  ["weakref", weakrefSource],
  ["errno", errnoSource], // mods
  ["stat", statSource], // mods
  ["fnmatch", fnmatchSource], // mods
  ["reprlib", reprlibSource], // mods
  ["getopt", getoptSource], // mods
  ["html", htmlSource], // mods
  ["threading", threadingSource], // mods
  ["_thread", _threadSource], // mods
  ["concurrent", concurrentSource], // mods
  ["concurrent.futures", concurrentFuturesSource], // mods
  ["logging", loggingSource], // mods
  ["timeit", timeitSource], // mods
  ["platform", platformSource], // mods
  ["signal", signalSource], // mods
  ["contextvars", contextvarsSource], // mods
  ["uuid", uuidSource], // mods
  ["array", arraySource], // mods
  ["shutil", shutilSource], // mods
  ["glob", globSource], // mods
  ["tempfile", tempfileSource], // mods
  ["pathlib", pathlibSource], // mods
  ["urllib", urllibSource], // mods
  ["urllib.parse", urllibParseSource], // mods
  ["shlex", shlexSource], // mods
  ["secrets", secretsSource], // mods
  ["binascii", binasciiSource], // mods
  ["codecs", codecsSource], // mods
  ["sched", schedSource], // mods
  ["linecache", linecacheSource], // mods
  ["inspect", inspectSource],
]);
