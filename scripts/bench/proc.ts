/**
 * Runs a command and measures it: wall time, and peak memory of its whole process tree (the child
 * and every descendant, found through /proc by parent pid), sampled every SAMPLE_MS. The tree's
 * figure is the sum of the processes' resident sets at one sample (shared pages count once per
 * process, as `ps` would add them up); the largest single process is reported beside it.
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";

const SAMPLE_MS = 100;
const PAGE_KB = 4; // getconf PAGESIZE on x86-64 Linux
const TIME = "/usr/bin/time";

export interface Measured {
  ms: number;
  /** Peak of the summed RSS of the process tree, KB. */
  peakTreeKb: number;
  /** Largest RSS of any one process of the tree, KB. */
  peakProcessKb: number;
  /** Most processes seen at once in the tree. */
  peakProcesses: number;
  /** The kernel's peak RSS of the largest single process of the tree (from /usr/bin/time), KB; undefined without it. */
  maxRssKb?: number;
  code: number | null;
  /** The last lines the command printed (stdout and stderr), for errors. */
  tail: string;
}

/** pid → [ppid, rss KB] for every process /proc shows now. */
function processTable(): Map<number, [number, number]> {
  const table = new Map<number, [number, number]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may hold spaces and parentheses): state, ppid, …, rss is field 24.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(entry), [Number(fields[1]), Number(fields[21]) * PAGE_KB]);
    } catch {
      // the process ended between readdir and read
    }
  }
  return table;
}

/** The tree rooted at `root`: its processes' RSS values. */
function treeRss(root: number): number[] {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, [ppid]] of table) {
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid)!.push(pid);
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const row = table.get(pid);
    if (row) out.push(row[1]);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

export function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; log: string }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(options.log);
    // /usr/bin/time, where there is one, adds the kernel's exact peak of the largest process.
    const timeFile = `${options.log}.maxrss`;
    const timed = existsSync(TIME) ? [TIME, ["-f", "%M", "-o", timeFile, command, ...args]] as const : [command, args] as const;
    const started = performance.now();
    const child = spawn(timed[0], timed[1], { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
    let tail = "";
    const keep = (chunk: Buffer) => {
      log.write(chunk);
      tail = (tail + chunk.toString("utf8")).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let peakTreeKb = 0;
    let peakProcessKb = 0;
    let peakProcesses = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const rss = treeRss(child.pid);
      peakTreeKb = Math.max(peakTreeKb, rss.reduce((a, b) => a + b, 0));
      peakProcessKb = Math.max(peakProcessKb, ...rss, 0);
      peakProcesses = Math.max(peakProcesses, rss.length);
    };
    const timer = setInterval(sample, SAMPLE_MS);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      let maxRssKb: number | undefined;
      try {
        maxRssKb = Number(readFileSync(timeFile, "utf8").trim().split("\n").at(-1)) || undefined;
        rmSync(timeFile, { force: true });
      } catch {
        maxRssKb = undefined;
      }
      log.end(() => resolve({ ms, peakTreeKb, peakProcessKb, peakProcesses, maxRssKb, code, tail }));
    });
    sample();
  });
}

/** Busy and total jiffies of the whole machine, from /proc/stat. */
function machineJiffies(): { busy: number; total: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0];
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/** pid → [ppid, CPU jiffies of the process itself (utime + stime, all its threads)] for every process now. */
function cpuTable(): Map<number, [number, number]> {
  const table = new Map<number, [number, number]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // utime and stime are fields 14 and 15 (indices 11 and 12 here).
      table.set(Number(entry), [Number(f[1]), Number(f[11]) + Number(f[12])]);
    } catch {
      // gone
    }
  }
  return table;
}

function descendants(table: Map<number, [number, number]>, root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, [ppid]] of table) {
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid)!.push(pid);
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    if (table.has(pid)) out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/**
 * How busy the rest of the machine was while a phase ran: the machine's busy CPU minus this
 * process tree's, in cores (2 = both cores busy with other people's work). The machine is shared:
 * a figure above ~0.3 means the phase's times are inflated by someone else's build or tests.
 *
 * The tree's CPU is accumulated every 250 ms, process by process (a browser that exits takes its
 * children's time with it: reading the tree only at the end would count it as someone else's).
 */
export function foreignLoad(): () => { foreignCores: number; ownCores: number; seconds: number } {
  const m0 = machineJiffies();
  const t0 = performance.now();
  const last = new Map<number, number>();
  let own = 0;
  const sample = (initial: boolean) => {
    const table = cpuTable();
    for (const pid of descendants(table, process.pid)) {
      const now = table.get(pid)![1];
      const before = last.get(pid);
      // A process first seen after the start began after the previous sample: all its time is new.
      if (!initial) own += now - (before ?? 0);
      last.set(pid, now);
    }
  };
  sample(true);
  const timer = setInterval(() => sample(false), 250);
  return () => {
    clearInterval(timer);
    sample(false);
    const m1 = machineJiffies();
    const seconds = (performance.now() - t0) / 1000;
    const hz = 100; // USER_HZ
    const machine = (m1.busy - m0.busy) / hz;
    return { foreignCores: Math.max(0, machine - own / hz) / seconds, ownCores: own / hz / seconds, seconds };
  };
}

/** Waits (polling every 2 s, at most `maxMs`) until the rest of the machine uses less than `cores`; returns how long it waited. */
export async function waitForQuiet(cores = 0.4, maxMs = 180_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const stop = foreignLoad();
    await new Promise((r) => setTimeout(r, 2000));
    if (stop().foreignCores < cores || Date.now() - started > maxMs) return Date.now() - started;
  }
}
