/** Why the feedback database cannot take a request: each answers 503, each says so in one line. */

/** The store is damaged (or would hide stored rows): votes are refused until it is restored. */
export class DamagedDatabase extends Error {
  override readonly name = 'DamagedDatabase';
}

/** Another live process holds the embedded database. */
export class DatabaseInUse extends Error {
  override readonly name = 'DatabaseInUse';
}

/** The database did not answer in time; the statement, if it still runs, will store nothing. */
export class DatabaseTimeout extends Error {
  override readonly name = 'DatabaseTimeout';
  constructor() {
    super('the database did not answer in the time a request has (HELP_DB_TIMEOUT_MS)');
  }
}
