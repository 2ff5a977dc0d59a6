/** `antrag xml`, `antrag read`, `antrag xsd`: the XML side of a form. */

import { randomUUID } from 'node:crypto';
import { parseSubmission } from '../../validate/parse.js';
import type { MessageHeader, NamingOptions } from '../../xml/message.js';
import { readMessage } from '../../xml/read.js';
import { writeMessage } from '../../xml/write.js';
import { generateXsd } from '../../xml/xsd.js';
import { type FlagSpec, type ParsedArgs, parseArgs, UsageError } from '../args.js';
import { writeReport } from '../format.js';
import { type CliIo, readInput } from '../io.js';
import { writeJson } from '../output.js';
import { formFromArgs, helpRequested, readLang } from './shared.js';

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
  --code-list <file.xml>    a genericode code list to check select fields against (repeatable)

Exit codes: 0 written, 1 invalid data, 2 usage or definition error, 70 internal error.

Example:
  antrag xml fuehrerschein examples/fuehrerschein/valid.json > antrag.xml
`;

export const READ_HELP = `Usage: antrag read <form> <message.xml | -> [options]

Reads a message of a form strictly and prints the submission (JSON). With --json it prints
{ data, header, report }. A malformed or invalid message prints its report (line, column and
XPath for each issue) to standard error and exits 1.

Options:
  --json                  print { data, header, report }
  --lang de|en            language of the report (default: de)
  --naming key|fim-id     element names the message uses (default: key)
  --version-suffix        with fim-id: element names carry the version
  --code-list <file.xml>  a genericode code list to check select fields against (repeatable)

Exit codes: 0 valid, 1 invalid or malformed, 2 usage or definition error, 70 internal error.

Example:
  antrag read alg2 antrag.xml --json
`;

export const XSD_HELP = `Usage: antrag xsd <form> [options]

Prints the XSD that the form's messages satisfy.

Options:
  --naming key|fim-id  element names: readable keys (default) or FIM ids
  --version-suffix     with fim-id: add the version (F99000001V1.0.0)
  --lang de|en         language of error messages (default: de)

Exit codes: 0 written, 2 usage or definition error, 70 internal error.

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

export const XML_FLAGS: FlagSpec = {
  withValue: ['--naming', '--autor', '--leser', '--lang'],
  boolean: ['--version-suffix', '--test', '--help', '-h'],
  repeatable: ['--code-list'],
};

export const READ_FLAGS: FlagSpec = {
  withValue: ['--lang', '--naming'],
  boolean: ['--json', '--version-suffix', '--help', '-h'],
  repeatable: ['--code-list'],
};

export const XSD_FLAGS: FlagSpec = {
  withValue: ['--naming', '--lang'],
  boolean: ['--version-suffix', '--help', '-h'],
};

export function xmlCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, XML_FLAGS);
  if (helpRequested(io, args.flags, XML_HELP)) return 0;
  const lang = readLang(args.flags.get('--lang'));
  const [formArg, file, ...extra] = args.positionals;
  if (formArg === undefined || file === undefined || extra.length > 0)
    throw new UsageError('xml needs <form> and <data.json>');
  const options = naming(args);
  const loaded = formFromArgs(io, formArg, args.lists, lang);
  if (!loaded) return 2;
  const { form, codeLists } = loaded;
  const bytes = readInput(io, file);
  if (!bytes) return 2;
  const parsed = parseSubmission(bytes, form.limits);
  if (!parsed.ok) {
    writeReport(io.stderr, parsed.report, lang);
    return 1;
  }
  const header: MessageHeader = {
    nachrichtenUUID: randomUUID(),
    erstellungszeitpunkt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    autor: authority(args.flags.get('--autor'), { kennung: 'psw:00000000', name: 'antrag' }),
    leser: authority(args.flags.get('--leser'), { kennung: 'psw:00000000', name: 'Empfänger' }),
    ...(args.flags.has('--test') ? { test: true } : {}),
  };
  const result = writeMessage(form, parsed.data, header, { ...options, codeLists });
  if (!result.ok) {
    writeReport(io.stderr, result.report, lang);
    return 1;
  }
  io.stdout(result.xml);
  return 0;
}

export function readCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, READ_FLAGS);
  if (helpRequested(io, args.flags, READ_HELP)) return 0;
  const lang = readLang(args.flags.get('--lang'));
  const [formArg, file, ...extra] = args.positionals;
  if (formArg === undefined || file === undefined || extra.length > 0)
    throw new UsageError('read needs <form> and <message.xml>');
  const options = naming(args);
  const loaded = formFromArgs(io, formArg, args.lists, lang);
  if (!loaded) return 2;
  const bytes = readInput(io, file);
  if (!bytes) return 2;
  const result = readMessage(loaded.form, bytes, { ...options, codeLists: loaded.codeLists });
  if (args.flags.has('--json')) {
    writeJson(io.stdout, result);
  } else {
    if (result.data !== undefined) writeJson(io.stdout, result.data);
    if (!result.report.valid) writeReport(io.stderr, result.report, lang);
  }
  return result.report.valid ? 0 : 1;
}

export function xsdCommand(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, XSD_FLAGS);
  if (helpRequested(io, args.flags, XSD_HELP)) return 0;
  const lang = readLang(args.flags.get('--lang'));
  const [formArg, ...extra] = args.positionals;
  if (formArg === undefined || extra.length > 0) throw new UsageError('xsd needs <form>');
  const options = naming(args);
  const loaded = formFromArgs(io, formArg, new Map(), lang);
  if (!loaded) return 2;
  io.stdout(generateXsd(loaded.form, options));
  return 0;
}
