/** `antrag xml`, `antrag read`, `antrag xsd`: the XML side of a form. */

import { randomUUID } from 'node:crypto';
import { parseSubmission } from '../../validate/parse.js';
import type { MessageHeader, NamingOptions } from '../../xml/message.js';
import { readMessage } from '../../xml/read.js';
import { writeMessage } from '../../xml/write.js';
import { generateXsd } from '../../xml/xsd.js';
import { type ParsedArgs, parseArgs, UsageError } from '../args.js';
import { formatReport } from '../format.js';
import { type CliIo, readInput } from '../io.js';
import { compileForCli, helpRequested, loadForm, readLang } from './shared.js';

export const XML_HELP = `Usage: antrag xml <form> <data.json | -> [options]

Writes a valid submission as an XÖV-style message to standard output. Invalid data is not
written: the report goes to standard error and the exit code is 1.

Options:
  --naming key|fim-id       element names: readable keys (default) or FIM ids
  --version-suffix          with fim-id: add the version (F99000001V1.0.0)
  --autor <kennung>=<name>  author authority (default psw:00000000=antrag)
  --leser <kennung>=<name>  reader authority (default psw:00000000=Empfänger)
  --test                    mark the message as a test message
  --lang de|en              language of the report

Example:
  antrag xml fuehrerschein examples/fuehrerschein/valid.json > antrag.xml
`;

export const READ_HELP = `Usage: antrag read <form> <message.xml | -> [--json] [--lang de|en]

Reads a message of a form strictly and prints the submission (JSON). With --json it prints
{ data, header, report }. A malformed or invalid message prints its report (XPath and
line:column for each issue) and exits 1.

Example:
  antrag read alg2 antrag.xml --json
`;

export const XSD_HELP = `Usage: antrag xsd <form> [--naming key|fim-id] [--version-suffix]

Prints the XSD that the form's messages satisfy.

Example:
  antrag xsd fuehrerschein > fuehrerschein.xsd && xmllint --noout --schema fuehrerschein.xsd antrag.xml
`;

function naming(args: ParsedArgs): NamingOptions {
  const value = args.flags.get('--naming') ?? 'key';
  if (value !== 'key' && value !== 'fim-id') throw new UsageError('--naming must be key or fim-id');
  return { naming: value, versionSuffix: args.flags.has('--version-suffix') };
}

function authority(value: string | true | undefined, fallback: { kennung: string; name: string }) {
  if (value === undefined) return fallback;
  if (value === true || !value.includes('='))
    throw new UsageError('authorities are given as <kennung>=<name>');
  const index = value.indexOf('=');
  return { kennung: value.slice(0, index), name: value.slice(index + 1) };
}

export function xmlCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, {
    withValue: ['--naming', '--autor', '--leser', '--lang'],
    boolean: ['--version-suffix', '--test', '--help', '-h'],
  });
  if (helpRequested(io, args.flags, XML_HELP)) return 0;
  const lang = readLang(args.flags.get('--lang'));
  const [formArg, file, ...extra] = args.positionals;
  if (formArg === undefined || file === undefined || extra.length > 0)
    throw new UsageError('xml needs <form> and <data.json>');
  const options = naming(args);
  const definition = loadForm(io, formArg, lang);
  if (!definition) return 2;
  const form = compileForCli(io, definition, lang);
  if (!form) return 2;
  const bytes = readInput(io, file);
  if (!bytes) return 2;
  const parsed = parseSubmission(bytes, form.limits);
  if (!parsed.ok) {
    io.stderr(formatReport(parsed.report, lang, false));
    return 1;
  }
  const header: MessageHeader = {
    nachrichtenUUID: randomUUID(),
    erstellungszeitpunkt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    autor: authority(args.flags.get('--autor'), { kennung: 'psw:00000000', name: 'antrag' }),
    leser: authority(args.flags.get('--leser'), { kennung: 'psw:00000000', name: 'Empfänger' }),
    ...(args.flags.has('--test') ? { test: true } : {}),
  };
  const result = writeMessage(form, parsed.data, header, options);
  if (!result.ok) {
    io.stderr(formatReport(result.report, lang, false));
    return 1;
  }
  io.stdout(result.xml);
  return 0;
}

export function readCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, {
    withValue: ['--lang', '--naming'],
    boolean: ['--json', '--version-suffix', '--help', '-h'],
  });
  if (helpRequested(io, args.flags, READ_HELP)) return 0;
  const lang = readLang(args.flags.get('--lang'));
  const [formArg, file, ...extra] = args.positionals;
  if (formArg === undefined || file === undefined || extra.length > 0)
    throw new UsageError('read needs <form> and <message.xml>');
  const definition = loadForm(io, formArg, lang);
  if (!definition) return 2;
  const form = compileForCli(io, definition, lang);
  if (!form) return 2;
  const bytes = readInput(io, file);
  if (!bytes) return 2;
  const result = readMessage(form, bytes, naming(args));
  if (args.flags.has('--json')) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    if (result.data !== undefined) io.stdout(`${JSON.stringify(result.data, null, 2)}\n`);
    if (!result.report.valid) io.stderr(formatReport(result.report, lang, false));
  }
  return result.report.valid ? 0 : 1;
}

export function xsdCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { withValue: ['--naming'], boolean: ['--version-suffix', '--help', '-h'] });
  if (helpRequested(io, args.flags, XSD_HELP)) return 0;
  const [formArg, ...extra] = args.positionals;
  if (formArg === undefined || extra.length > 0) throw new UsageError('xsd needs <form>');
  const definition = loadForm(io, formArg, 'de');
  if (!definition) return 2;
  const form = compileForCli(io, definition, 'de');
  if (!form) return 2;
  io.stdout(generateXsd(form, naming(args)));
  return 0;
}
