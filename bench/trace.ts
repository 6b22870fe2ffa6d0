/**
 * A DevTools Protocol trace of one page, summarised: where the renderer's main thread spent its time
 * (script evaluation, style and layout, paint, parsing, garbage collection, idle), from Chromium's own
 * timeline events. Used by the benchmarks to say where a figure's time goes.
 */
import type { CDPSession } from "@playwright/test";

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: unlike `dur`, not stretched when other processes take the machine's cores. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string }; name?: string };
}

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "blink.user_timing",
  "loading",
  "__metadata",
];

/** Starts recording; the returned function stops and resolves with the events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (message) => events.push(...(message.value as unknown as TraceEvent[])));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: CATEGORIES }, transferMode: "ReportEvents" });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
    await cdp.send("Tracing.end");
    await done;
    return events;
  };
}

/** What a top-level main-thread task spent its time on, by the kind of its longest-running child. */
const KINDS: [RegExp, string][] = [
  [
    /^(EvaluateScript|v8\.compile|v8\.compileModule|CompileScript|CompileCode|v8\.evaluateModule|ScriptCompiled)$/,
    "script compile and evaluate",
  ],
  [
    /^(FunctionCall|TimerFire|EventDispatch|FireAnimationFrame|RunMicrotasks|v8\.callFunction|XHRReadyStateChange)$/,
    "script (callbacks, microtasks)",
  ],
  [/^(UpdateLayoutTree|RecalculateStyles|Layout|UpdateLayerTree|PrePaint|HitTest)$/, "style and layout"],
  [/^(Paint|PaintImage|CompositeLayers|Layerize|Commit|RasterTask|Decode Image)$/, "paint and composite"],
  [/^(ParseHTML|ParseAuthorStyleSheet)$/, "HTML and CSS parsing"],
  [/^(MajorGC|MinorGC|V8\.GC.*|BlinkGC.*)$/, "garbage collection"],
];

function kindOf(name: string): string | null {
  for (const [pattern, kind] of KINDS) if (pattern.test(name)) return kind;
  return null;
}

/**
 * Main-thread time between `fromMs` and `toMs` (trace clock, ms) by kind: each complete event counts
 * its self time (its duration less its children's) under its own kind, or its parent's when it has none.
 */
export function mainThreadBreakdown(events: TraceEvent[], fromUs: number, toUs: number): Record<string, number> {
  const main = events.find((event) => event.name === "thread_name" && event.args?.name === "CrRendererMain");
  const ofMain = events
    .filter((event) => event.ph === "X" && event.pid === main?.pid && event.tid === main?.tid && event.dur !== undefined)
    .filter((event) => event.ts < toUs && event.ts + event.dur! > fromUs)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const totals: Record<string, number> = {};
  const stack: { end: number; kind: string; event: TraceEvent; childUs: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.end <= until) {
      const done = stack.pop()!;
      const self = Math.max(0, Math.min(done.end, toUs) - Math.max(done.event.ts, fromUs) - done.childUs);
      totals[done.kind] = (totals[done.kind] ?? 0) + self / 1000;
    }
  };
  for (const event of ofMain) {
    close(event.ts);
    const parent = stack.at(-1);
    const kind = kindOf(event.name) ?? (parent ? parent.kind : "other browser work");
    if (parent) parent.childUs += Math.min(event.ts + event.dur!, parent.end) - event.ts;
    stack.push({ end: event.ts + event.dur!, kind, event, childUs: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  const busy = Object.values(totals).reduce((sum, value) => sum + value, 0);
  totals["idle or waiting (I/O, IndexedDB, network)"] = Math.max(0, (toUs - fromUs) / 1000 - busy);
  return totals;
}

/**
 * Where the main thread's tasks longer than `longerThanMs` spent their time, summed over all of them
 * (idle excluded), with how many there were: what a long-task count is made of.
 */
export function longTaskBreakdown(events: TraceEvent[], longerThanMs: number): { tasks: number; byKind: Record<string, number> } {
  const main = events.find((event) => event.name === "thread_name" && event.args?.name === "CrRendererMain");
  const tasks = events.filter(
    (event) =>
      event.ph === "X" &&
      event.name === "RunTask" &&
      event.pid === main?.pid &&
      event.tid === main?.tid &&
      (event.dur ?? 0) > longerThanMs * 1000,
  );
  const byKind: Record<string, number> = {};
  for (const task of tasks)
    for (const [kind, ms] of Object.entries(mainThreadBreakdown(events, task.ts, task.ts + task.dur!)))
      if (!kind.startsWith("idle")) byKind[kind] = (byKind[kind] ?? 0) + ms;
  return { tasks: tasks.length, byKind };
}

/** The CPU time of each main-thread task in the trace, in ms. */
export function taskCpuTimes(events: TraceEvent[]): number[] {
  const main = events.find((event) => event.name === "thread_name" && event.args?.name === "CrRendererMain");
  return events
    .filter((event) => event.ph === "X" && event.name === "RunTask" && event.pid === main?.pid && event.tid === main?.tid)
    .map((event) => (event.tdur ?? event.dur ?? 0) / 1000);
}

export type { TraceEvent };
