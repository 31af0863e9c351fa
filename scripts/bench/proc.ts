/**
 * Runs a command and measures it: wall time, and peak memory of its whole process tree (the child
 * and every descendant, found through /proc by parent pid), sampled every SAMPLE_MS. The tree's
 * figure is the sum of the processes' resident sets at one sample (shared pages count once per
 * process, as `ps` would add them up); the largest single process is reported beside it.
 */
import { spawn } from "node:child_process";
import { createWriteStream, readdirSync, readFileSync } from "node:fs";

const SAMPLE_MS = 100;
const PAGE_KB = 4; // getconf PAGESIZE on x86-64 Linux

export interface Measured {
  ms: number;
  /** Peak of the summed RSS of the process tree, KB. */
  peakTreeKb: number;
  /** Largest RSS of any one process of the tree, KB. */
  peakProcessKb: number;
  /** Most processes seen at once in the tree. */
  peakProcesses: number;
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
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
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
      log.end(() => resolve({ ms, peakTreeKb, peakProcessKb, peakProcesses, code, tail }));
    });
    sample();
  });
}
