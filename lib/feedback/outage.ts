/**
 * One log line when the feedback database becomes unavailable and one when it is back, instead of
 * one per refused request: an outage under load would otherwise write thousands of identical lines.
 * It is back once requests have succeeded for `settleMs` with no failure in between, so a database
 * that answers some statements and times out on others is one outage, not a line pair each second.
 */
export class OutageLog {
  private since?: number;
  private workingSince?: number;
  private refusedCount = 0;

  constructor(
    private readonly log: (line: string) => void = (line) => console.error(line),
    private readonly now: () => number = Date.now,
    private readonly settleMs = 10_000,
  ) {}

  get down(): boolean {
    return this.since !== undefined;
  }

  /** The database failed: logged if it is the first failure since it last worked. */
  failed(error: unknown): void {
    this.workingSince = undefined;
    if (this.since !== undefined) return;
    this.since = this.now();
    this.refusedCount = 0;
    this.log(`feedback: the database is unavailable (${error instanceof Error ? error.message : String(error)}); the feedback API answers 503 until it is back.`);
  }

  /** A request was answered 503 because of it. */
  refused(): void {
    this.refusedCount++;
  }

  /** The database worked: logged once it has worked for `settleMs`, if it had failed. */
  recovered(): void {
    if (this.since === undefined) return;
    const now = this.now();
    this.workingSince ??= now;
    if (now - this.workingSince < this.settleMs) return;
    const seconds = Math.round((this.workingSince - this.since) / 1000);
    this.log(`feedback: the database is back after ${seconds} s; ${this.refusedCount} requests were answered 503 meanwhile.`);
    this.since = undefined;
    this.workingSince = undefined;
  }
}
