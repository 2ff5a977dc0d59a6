/**
 * Writes the ahead-of-time validator of a shipped form into the consumer project with the
 * packed package's own CLI (`antrag compile <form> -o <form>.validator.js`), as a user would.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export function compileInProject(project: string, form: string): string {
  const file = `${form}.validator.js`;
  execFileSync(
    process.execPath,
    [join(project, 'node_modules/antrag/dist/cli/main.js'), 'compile', form, '-o', file],
    {
      cwd: project,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return file;
}
