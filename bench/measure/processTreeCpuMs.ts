import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second for /proc's utime and stime; 100 on every Linux this bench runs on. */
const ticksPerSecond = 100;

function statOf(pid: string): { parent: string; cpuMs: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may itself hold spaces or parentheses: split after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { parent: fields[1]!, cpuMs: (ticks * 1000) / ticksPerSecond };
  } catch {
    return null; // Gone between the directory listing and the read.
  }
}

/**
 * CPU time (user + system, ms) used so far by every live descendant of `rootPid` — here, the Chromium that
 * Playwright launched and its renderer, GPU and utility processes. Linux only (/proc); 0 elsewhere.
 */
export function processTreeCpuMs(rootPid: number = process.pid): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const stats = new Map<string, { parent: string; cpuMs: number }>();
  for (const pid of entries) {
    const stat = statOf(pid);
    if (stat) stats.set(pid, stat);
  }
  const isDescendant = (pid: string): boolean => {
    for (let current = stats.get(pid)?.parent, hops = 0; current && hops < 64; hops += 1) {
      if (current === String(rootPid)) return true;
      current = stats.get(current)?.parent;
    }
    return false;
  };
  let total = 0;
  for (const [pid, stat] of stats) if (isDescendant(pid)) total += stat.cpuMs;
  return total;
}
