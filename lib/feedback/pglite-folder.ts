/**
 * The embedded database's folder on disk: who may read it, who owns it now, whether it is whole,
 * and the file system layer that makes PGlite's writes durable.
 */
import { chmodSync, existsSync, fsyncSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { DamagedDatabase, DatabaseInUse } from './errors';

/**
 * Creates the folder (and `folders` in it) readable by its owner only (0700) and takes group and others' rights off
 * everything already in it: folders made by older versions held 0666 files (PGlite copies its
 * initial files with the modes of its archive, which ignore the umask).
 */
export function makePrivate(dataDir: string, ...folders: string[]): void {
  for (const folder of [dataDir, ...folders]) mkdirSync(folder, { recursive: true, mode: 0o700 });
  const walk = (target: string) => {
    const stat = lstatSync(target);
    if (stat.isSymbolicLink()) return;
    const wanted = stat.isDirectory() ? stat.mode & 0o700 : stat.mode & 0o600;
    if ((stat.mode & 0o777) !== wanted) chmodSync(target, wanted);
    if (stat.isDirectory()) for (const entry of readdirSync(target)) walk(path.join(target, entry));
  };
  walk(dataDir);
}

/**
 * A folder that holds a database (its control file or its tables) but not PG_VERSION would be
 * taken by PGlite for an empty one and initialised again, hiding every vote in it.
 */
export function checkFolderWhole(pgDir: string): void {
  if (existsSync(path.join(pgDir, 'PG_VERSION'))) return;
  const holdsData = ['global/pg_control', 'base'].find((part) => existsSync(path.join(pgDir, part)));
  if (holdsData) {
    throw new DamagedDatabase(
      `The embedded database in ${pgDir} is damaged: it holds ${holdsData} but no PG_VERSION. Restore the folder from a backup, or move it aside to start an empty one.`,
    );
  }
}

interface LockOwner {
  pid: number;
  /** The process's start time in clock ticks since boot (/proc/<pid>/stat), so a reused PID is told apart. */
  startedAt?: string;
  /** The kernel's boot id: a lock written before a reboot names no running process. */
  bootId?: string;
  host?: string;
}

const readText = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

const currentBootId = () => readText('/proc/sys/kernel/random/boot_id')?.trim();

/** Field 22 of /proc/<pid>/stat; the command name before it may hold spaces and parentheses. */
export function processStartTime(pid: number): string | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseOwner(text: string): LockOwner | undefined {
  if (/^\s*\d+\s*$/.test(text)) return { pid: Number(text) };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || !('pid' in value) || typeof value.pid !== 'number') return undefined;
    const field = (name: string) => (name in value && typeof (value as Record<string, unknown>)[name] === 'string' ? ((value as Record<string, unknown>)[name] as string) : undefined);
    return { pid: value.pid, startedAt: field('startedAt'), bootId: field('bootId'), host: field('host') };
  } catch {
    return undefined;
  }
}

/**
 * Whether the process a lock names still holds it. A lock outlives a `kill -9` or a power cut, and
 * its PID may since belong to another process: the boot id and the start time tell them apart. A
 * lock from an older version holds only a PID; it is held only if that process is a Node.js one.
 */
export function lockIsHeld(owner: LockOwner | undefined): boolean {
  if (!owner || !Number.isInteger(owner.pid) || owner.pid <= 0 || owner.pid === process.pid) return false;
  if (owner.host && owner.host !== hostname()) return true;
  const bootId = currentBootId();
  if (owner.bootId && bootId && owner.bootId !== bootId) return false;
  if (!isRunning(owner.pid)) return false;
  if (owner.startedAt) {
    const startedAt = processStartTime(owner.pid);
    return startedAt === undefined || startedAt === owner.startedAt;
  }
  const command = readText(`/proc/${owner.pid}/cmdline`);
  return command === undefined || /node|next/.test(command);
}

/**
 * PGlite is one process's database: a second process opening the same folder would corrupt it.
 * `<dataDir>/pglite.lock` names the owner; a stale lock (see lockIsHeld) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const lock = path.join(dataDir, 'pglite.lock');
  const me: LockOwner = { pid: process.pid, startedAt: processStartTime(process.pid), bootId: currentBootId(), host: hostname() };
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lock, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
    }
    const owner = parseOwner(readText(lock) ?? '');
    if (lockIsHeld(owner)) {
      throw new DatabaseInUse(
        `The embedded database in ${dataDir} is in use by process ${owner?.pid} (a running server?). Stop it first, read the report at /editor, or run both on PostgreSQL (DATABASE_URL).`,
      );
    }
    rmSync(lock, { force: true });
  }
}

/** The parts of Emscripten's NODEFS this file changes; checked at run time, as PGlite does not type them. */
interface NodeFsInternals {
  stream_ops: { fsync?: (stream: { nfd?: number }) => number };
  node_ops: {
    mknod: (parent: unknown, name: string, mode: number, dev: number) => unknown;
    setattr: (node: unknown, attr: { mode?: number }) => unknown;
  };
}

function isNodeFsInternals(value: unknown): value is NodeFsInternals {
  if (typeof value !== 'object' || value === null) return false;
  const { stream_ops: streamOps, node_ops: nodeOps } = value as Record<string, unknown>;
  if (typeof streamOps !== 'object' || streamOps === null || typeof nodeOps !== 'object' || nodeOps === null) return false;
  const ops = nodeOps as Record<string, unknown>;
  return typeof ops.mknod === 'function' && typeof ops.setattr === 'function';
}

/**
 * PGlite's Node file system (Emscripten's NODEFS) has no fsync: PostgreSQL's fsync calls return
 * without reaching the disk, so a committed vote could be lost with the machine's power. This
 * gives it one, and keeps what it creates private (0700/0600) whatever mode the archive asks for.
 */
export function hardenNodeFs(nodeFs: unknown, onSync: () => void = () => {}): void {
  if (!isNodeFsInternals(nodeFs)) throw new Error('PGlite’s file system is not the one this version expects: durable storage cannot be set up (check lib/feedback/pglite-folder.ts after upgrading PGlite).');
  nodeFs.stream_ops.fsync = (stream) => {
    if (stream.nfd !== undefined) {
      fsyncSync(stream.nfd);
      onSync();
    }
    return 0;
  };
  const { mknod, setattr } = nodeFs.node_ops;
  nodeFs.node_ops.mknod = function (this: unknown, parent, name, mode, dev) {
    return mknod.call(this, parent, name, mode & ~0o077, dev);
  };
  nodeFs.node_ops.setattr = function (this: unknown, node, attr) {
    return setattr.call(this, node, attr.mode === undefined ? attr : { ...attr, mode: attr.mode & ~0o077 });
  };
}

/** PGlite's file system for `pgDir`, with `hardenNodeFs` applied before PostgreSQL starts. */
export async function durableNodeFs(pgDir: string, onSync?: () => void) {
  const { NodeFS } = await import('@electric-sql/pglite/nodefs');
  class DurableNodeFs extends NodeFS {
    override async init(...args: Parameters<InstanceType<typeof NodeFS>['init']>) {
      const { emscriptenOpts } = await super.init(...args);
      const harden = (mod: { NODEFS: unknown }) => hardenNodeFs(mod.NODEFS, onSync);
      return { emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), harden] } };
    }
  }
  return new DurableNodeFs(pgDir);
}

/**
 * PGlite starts PostgreSQL with `-F` (fsync off). Without it, and with WAL flushed by fsync (the
 * call NODEFS now has; fdatasync stays a no-op in Emscripten), a vote answered 201 is on disk.
 */
export function durableStartParams(defaults: readonly string[]): string[] {
  return [...defaults.filter((param) => param !== '-F'), '-c', 'fsync=on', '-c', 'wal_sync_method=fsync'];
}
