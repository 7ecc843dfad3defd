import { escapeData } from '../reporters/github.ts';
import { runAction } from './main.ts';

process.exitCode = await runAction().catch((error: unknown) => {
  process.stdout.write(
    `::error::ladder-lint failed: ${escapeData(String((error as Error)?.stack ?? error))}\n`,
  );
  return 2;
});
