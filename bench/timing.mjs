// The benchmark's timing rule, shared by Node and the browser page: one
// warm-up run, then at least 5 runs and more while under a second (at most
// 200); one run only when the warm-up alone took over 5 seconds. The median.
// A run shorter than the clock can see (browsers round performance.now() to
// 0.1 ms) is timed as a batch of runs, divided.
export function medianTime(run, now = () => performance.now()) {
  let t = now();
  run();
  const first = (now() - t) / 1000;
  if (first > 5) return { seconds: first, runs: 1 };
  const batch = first < 0.005 ? Math.min(1000, Math.ceil(0.005 / Math.max(first, 0.00001))) : 1;
  const times = [];
  const started = now();
  while (times.length < 5 || (now() - started < 1000 && times.length < 200)) {
    t = now();
    for (let i = 0; i < batch; i++) run();
    times.push((now() - t) / 1000 / batch);
    if (times[times.length - 1] > 5 && times.length >= 2) break;
  }
  times.sort((a, b) => a - b);
  return { seconds: times[times.length >> 1], runs: times.length * batch };
}

// The tasks timed for claimlens through its WebAssembly build.
export function claimlensTasks(engine) {
  return {
    analyze: (text) => engine.analyze(text, { offsetUnit: "utf16" }),
    sentences: (text) => engine.sentences(text),
  };
}
