/**
 * One log line when the feedback database becomes unavailable and one when it is back, instead of
 * one per refused request: an outage under load would otherwise write thousands of identical lines.
 */
export class OutageLog {
  private since?: number;
  private refusedCount = 0;

  constructor(
    private readonly log: (line: string) => void = (line) => console.error(line),
    private readonly now: () => number = Date.now,
  ) {}

  get down(): boolean {
    return this.since !== undefined;
  }

  /** The database failed: logged if it is the first failure since it last worked. */
  failed(error: unknown): void {
    if (this.since !== undefined) return;
    this.since = this.now();
    this.refusedCount = 0;
    this.log(`feedback: the database is unavailable (${error instanceof Error ? error.message : String(error)}); the feedback API answers 503 until it is back.`);
  }

  /** A request was answered 503 because of it. */
  refused(): void {
    this.refusedCount++;
  }

  /** The database worked: logged if it had failed. */
  recovered(): void {
    if (this.since === undefined) return;
    const seconds = Math.round((this.now() - this.since) / 1000);
    this.log(`feedback: the database is back after ${seconds} s; ${this.refusedCount} requests were answered 503 meanwhile.`);
    this.since = undefined;
  }
}
