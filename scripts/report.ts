/**
 * `npm run report`: the editor report (votes, helpful rate, reasons, latest comments per article;
 * failed searches made by at least 3 readers), per locale, from the database the server uses
 * (DATABASE_URL, else the embedded one in HELP_DATA_DIR). `npm run report -- --json` prints it as JSON.
 */
import { readConfig } from '../lib/feedback/config';
import { openDatabase } from '../lib/feedback/database';
import { buildReport, formatReport } from '../lib/feedback/report';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--json');
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}. Usage: npm run report [-- --json]`);
  process.exit(2);
}

try {
  const config = readConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  try {
    const report = await buildReport(db);
    process.stdout.write(args.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  } finally {
    await db.close();
  }
} catch (error) {
  console.error(`report: ${(error as Error).message}`);
  process.exit(1);
}
