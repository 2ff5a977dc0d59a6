/**
 * `antrag serve`: the HTTP service for back offices (src/serve/). This module reads the options
 * and the forms synchronously (usage and definition errors exit 2 at once), then loads the
 * service lazily (`import()`), so no other command and no library bundle ever loads Fastify.
 * The command returns 0 while the server runs; a failure to listen sets exit code 2.
 */

import { availableParallelism } from 'node:os';
import { builtInForms } from '../../forms/registry.js';
import type { FormDefinition } from '../../model/types.js';
import type { CompiledForm } from '../../validate/compile.js';
import { type FlagSpec, parseArgs, UsageError } from '../args.js';
import type { CliIo } from '../io.js';
import { readInput } from '../io.js';
import { compileForCli, helpRequested, loadForm, readCodeLists, readLang } from './shared.js';

export const SERVE_HELP = `Usage: antrag serve [options]

Starts the HTTP service: every capability of antrag over HTTP for back offices in any language
(validation, messages, receipts, XSD, JSON Schema, XDF), described by an OpenAPI 3.1 document
at /openapi.json. It binds to 127.0.0.1 unless told otherwise and offers the shipped forms
(fuehrerschein, personenbefoerderungsschein, alg2) plus those given with --form. Logs are JSON
lines on standard output and never contain request content. SIGTERM stops accepting, answers
every accepted request, then exits 0.

Options:
  --port <n>              port (default 8080; 0 picks a free one)
  --host <address>        address to bind (default 127.0.0.1; 0.0.0.0 for all interfaces)
  --form <file>           a definition JSON or XDatenfelder 2/3 file to offer besides the
                          shipped forms (repeatable; another version of a key adds a version)
  --code-list <file.xml>  a genericode code list to check select fields against (repeatable)
  --token-file <file>     require "Authorization: Bearer <token>" (the file's content) on every
                          route but /health and /ready
  --body-limit <size>     largest request body: bytes, or with kb, mb (default 64mb)
  --workers <n>           worker threads for the heavy work (default: the number of cores;
                          0 runs it in the server thread)
  --inline-below <size>   bodies smaller than this are handled in the server thread, larger
                          ones in the workers (default 64kb; 0 sends all to the workers)
  --queue <n>             requests that may wait for a worker before 503 (default 64)
  --grace <seconds>       longest wait for open requests on SIGTERM (default 25)
  --log-level <level>     fatal, error, warn, info (default) or debug
  --lang de|en            language of start-up errors (default: de)

Exit codes: 0 stopped after SIGTERM/SIGINT, 2 usage or definition error or cannot listen,
70 internal error.

Example:
  antrag serve --port 8080 --token-file /run/secrets/antrag-token
  curl -s -X POST -H 'Content-Type: application/json' \\
    --data @examples/alg2/valid.json http://127.0.0.1:8080/forms/alg2/validate
`;

export const SERVE_FLAGS: FlagSpec = {
  withValue: [
    '--port',
    '--host',
    '--token-file',
    '--body-limit',
    '--workers',
    '--inline-below',
    '--queue',
    '--grace',
    '--log-level',
    '--lang',
  ],
  boolean: ['--help', '-h'],
  repeatable: ['--form', '--code-list'],
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug'];

function integer(
  flags: ReadonlyMap<string, string | true>,
  name: string,
  fallback: number,
  max: number,
): number {
  const value = flags.get(name);
  if (value === undefined) return fallback;
  if (value === true || !/^\d+$/.test(value) || Number(value) > max)
    throw new UsageError(`${name} must be a whole number from 0 to ${max}`);
  return Number(value);
}

/** `64mb`, `512kb`, `1048576` → bytes. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+)(kb|mb)?$/i.exec(text.trim());
  if (!match) return undefined;
  const unit = match[2]?.toLowerCase();
  const bytes = Number(match[1]) * (unit === 'mb' ? 1024 * 1024 : unit === 'kb' ? 1024 : 1);
  return bytes >= 1 && bytes <= 1024 * 1024 * 1024 ? bytes : undefined;
}

export function serveCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, SERVE_FLAGS);
  if (helpRequested(io, args.flags, SERVE_HELP)) return 0;
  const lang = readLang(args.flags.get('--lang'));
  if (args.positionals.length > 0) throw new UsageError('serve takes options only');
  const port = integer(args.flags, '--port', 8080, 65535);
  const hostFlag = args.flags.get('--host');
  const host = hostFlag === undefined || hostFlag === true ? '127.0.0.1' : hostFlag;
  const workers = integer(args.flags, '--workers', availableParallelism(), 256);
  const maxQueue = integer(args.flags, '--queue', 64, 100_000);
  const graceSeconds = integer(args.flags, '--grace', 25, 3600);
  const sizeFlag = args.flags.get('--body-limit');
  const bodyLimit = sizeFlag === undefined ? 64 * 1024 * 1024 : parseSize(String(sizeFlag));
  if (bodyLimit === undefined)
    throw new UsageError('--body-limit must be a size such as 1048576, 512kb or 64mb');
  const inlineFlag = args.flags.get('--inline-below');
  const inlineBelow =
    inlineFlag === undefined ? undefined : inlineFlag === '0' ? 0 : parseSize(String(inlineFlag));
  if (inlineBelow === undefined && inlineFlag !== undefined)
    throw new UsageError('--inline-below must be 0 or a size such as 65536, 64kb or 1mb');
  const logLevel = String(args.flags.get('--log-level') ?? 'info');
  if (!LOG_LEVELS.includes(logLevel))
    throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}`);

  let token: string | undefined;
  const tokenFile = args.flags.get('--token-file');
  if (typeof tokenFile === 'string') {
    const bytes = readInput(io, tokenFile);
    if (!bytes) return 2;
    token = new TextDecoder().decode(bytes).trim();
    if (token.length < 16) {
      io.stderr('antrag: the token in --token-file must have at least 16 characters\n');
      return 2;
    }
  }

  const codeLists = readCodeLists(io, args.lists.get('--code-list') ?? [], lang);
  if (!codeLists) return 2;
  const definitions: FormDefinition[] = [...builtInForms.values()];
  const compiled = new Map<FormDefinition, CompiledForm>();
  for (const file of args.lists.get('--form') ?? []) {
    const definition = loadForm(io, file, lang);
    // A given form is compiled here, so that its errors are printed before anything starts; the
    // server thread reuses the compiled form.
    const form = definition && compileForCli(io, definition, lang, codeLists);
    if (!definition || !form) return 2;
    definitions.push(definition);
    compiled.set(definition, form);
  }

  import('../../serve/index.js')
    .then(({ startService }) =>
      startService({
        forms: { definitions, codeLists },
        compiled,
        host,
        port,
        bodyLimit,
        workers,
        ...(inlineBelow === undefined ? {} : { inlineBelow }),
        maxQueue,
        maxQueuedBytes: Math.max(bodyLimit, 256 * 1024 * 1024),
        logLevel,
        graceMs: graceSeconds * 1000,
        ...(token === undefined ? {} : { token }),
      }),
    )
    .catch((error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      io.stderr(`antrag: the service could not start: ${detail}\n`);
      process.exitCode = 2;
      // Workers may have started; nothing else is running yet.
      process.exit(2);
    });
  return 0;
}
