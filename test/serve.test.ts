/**
 * `antrag serve` as users run it: the CLI of the packed and installed package started as a child
 * process on loopback, spoken to over real HTTP. Every route answers, also right after the
 * ready line of a fresh start; the hostile XML and JSON inputs of the test suite are each
 * answered with a clean 4xx or a 200 with a Report, and the server stays healthy; SIGTERM under
 * requests answers every accepted request (a late one on an open connection with 503) and exits
 * 0; and the log of a full run contains none of the example data's personal values. Start-up time
 * and throughput are measured in the benchmark (bench/serve.ts), not asserted here.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../src/serve/routes.js';
import { SHAPES } from './support/adversarial-xml.js';
import { packedPackage, ROOT } from './support/packed.js';

const REF = 'referenceDate=2026-03-02';
const TOKEN = 'serve-test-token-0123456789';

interface Server {
  readonly child: ChildProcess;
  readonly base: string;
  /** Everything the process wrote, standard output and error. */
  log: () => string;
  exited: Promise<number | null>;
}

let bin = '';
let tokenFile = '';

async function startServer(args: string[] = []): Promise<Server> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (let waited = 0; waited < 60_000; waited += 50) {
    const listening = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
    if (listening && output.includes('ready: forms compiled')) {
      return { child, base: listening[1] as string, log: () => output, exited };
    }
    if (child.exitCode !== null) throw new Error(`serve exited: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`serve did not start: ${output}`);
}

function post(server: Server, path: string, body: string | Uint8Array, type: string, token = TOKEN) {
  return fetch(`${server.base}${path}`, {
    method: 'POST',
    headers: { 'content-type': type, authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? body : Buffer.from(body),
  });
}

/**
 * A POST of a body over the limit, declared by Content-Length: the server answers from the
 * header, before the body (it closes the connection rather than read 9 MB it refuses), so only
 * the first bytes are written and the answer is read before the request is dropped.
 */
function postEarlyAnswer(server: Server, path: string, body: string, type: string) {
  return new Promise<{ status: number; json: () => Promise<unknown> }>((resolve, reject) => {
    const request = httpRequest(`${server.base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': type,
        authorization: `Bearer ${TOKEN}`,
        'content-length': Buffer.byteLength(body),
      },
    });
    request.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
      });
      response.on('end', () => {
        request.destroy();
        resolve({ status: response.statusCode ?? 0, json: async () => JSON.parse(text) });
      });
    });
    request.on('error', reject);
    request.write(body.slice(0, 1024));
  });
}

function get(server: Server, path: string) {
  return fetch(`${server.base}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
}

/** Every string value of a JSON document. */
function strings(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out);
  return out;
}

const FORMS = ['fuehrerschein', 'personenbefoerderungsschein', 'alg2'];
const example = (form: string, name: string) => readFileSync(join(ROOT, 'examples', form, name));

let server: Server;

beforeAll(async () => {
  const { project } = packedPackage();
  bin = realpathSync(join(project, 'node_modules', '.bin', 'antrag'));
  tokenFile = join(project, 'serve-token.txt');
  writeFileSync(tokenFile, `${TOKEN}\n`);
  server = await startServer(['--token-file', tokenFile, '--workers', '2', '--body-limit', '8mb']);
  // Packing waits up to 600 s for another test file's npm pack on a busy machine.
}, 660_000);

afterAll(() => {
  if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
});

describe('antrag serve from the packed package', () => {
  it('answers every route over loopback', async () => {
    expect((await fetch(`${server.base}/health`)).status).toBe(200);
    expect(await (await fetch(`${server.base}/ready`)).json()).toEqual({ status: 'ready' });
    expect((await fetch(`${server.base}/forms`)).status).toBe(401);
    const forms = (await (await get(server, '/forms')).json()) as Array<{ key: string; versions: string[] }>;
    expect(forms.map((f) => f.key).sort()).toEqual([...FORMS].sort());
    for (const form of FORMS) {
      for (const artefact of ['definition', 'xsd', 'json-schema', 'xdf']) {
        const response = await get(server, `/forms/${form}/2.0.0/${artefact}`);
        expect(response.status, `${form} ${artefact}`).toBe(200);
        expect((await response.text()).length).toBeGreaterThan(100);
      }
      const valid = await post(
        server,
        `/forms/${form}/validate?${REF}`,
        example(form, 'valid.json'),
        'application/json',
      );
      expect(await valid.json()).toEqual({ valid: true, issues: [] });
      const body = JSON.stringify({ data: JSON.parse(example(form, 'maximal.json').toString('utf8')) });
      const written = (await (
        await post(server, `/forms/${form}/messages?${REF}`, body, 'application/json')
      ).json()) as {
        valid: boolean;
        xml: string;
      };
      expect(written.valid).toBe(true);
      const read = (await (
        await post(server, `/forms/${form}/messages/read?${REF}`, written.xml, 'application/xml')
      ).json()) as {
        valid: boolean;
        data: unknown;
        header: unknown;
        report: unknown;
      };
      expect(read.valid).toBe(true);
      expect(read.data).toEqual(JSON.parse(example(form, 'maximal.json').toString('utf8')));
      const receipt = await post(
        server,
        '/receipts',
        JSON.stringify({ header: read.header, report: read.report }),
        'application/json',
      );
      expect(receipt.status).toBe(200);
      expect(await receipt.text()).toContain('antrag.quittung.0020');
    }
    const metrics = await (await get(server, '/metrics')).text();
    expect(metrics).toMatch(/antrag_pool_workers 2/);
    const openapi = (await (await get(server, '/openapi.json')).json()) as { openapi: string };
    expect(openapi.openapi).toBe('3.1.0');
  });

  it('answers every invalid example of every form with 200 and an invalid Report', async () => {
    for (const form of FORMS) {
      const dir = join(ROOT, 'examples', form, 'invalid');
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
        const response = await post(
          server,
          `/forms/${form}/validate?${REF}`,
          readFileSync(join(dir, file)),
          'application/json',
        );
        expect(response.status, file).toBe(200);
        expect(((await response.json()) as { valid: boolean }).valid, file).toBe(false);
      }
    }
  });

  it('answers hostile XML and JSON with a clean 4xx or a 200 Report, and stays healthy', async () => {
    const wide = (text: string) => {
      const out = new Uint8Array(text.length * 2);
      for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
      return out;
    };
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
    ).join('')}]><lolz>&lol9;</lolz>`;
    const xml: Array<[string, string | Uint8Array, number[]]> = [
      ['billion laughs', laughs, [400]],
      ['external entity', '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>', [400]],
      [
        'DOCTYPE in UTF-16 without BOM',
        wide('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'),
        [400],
      ],
      ['nesting 100,000 deep', `${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`, [400]],
      ['invalid UTF-8', new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]), [400]],
      [
        '100,000 attributes',
        `<a ${Array.from({ length: 100_000 }, (_, i) => `a${i}="1"`).join(' ')}/>`,
        [400],
      ],
      ['not XML', 'hello', [400]],
      ['empty', '', [400]],
      ['unbound prefix', '<p:a/>', [400]],
      ['__proto__ elements', '<__proto__><constructor>1</constructor></__proto__>', [200]],
      ['over the body limit', `<a>${'x'.repeat(9 * 1024 * 1024)}</a>`, [413]],
      ...SHAPES.map((shape): [string, string, number[]] => [
        `shape: ${shape.name}`,
        shape.build(200_000).xml,
        [200, 400],
      ]),
    ];
    for (const [name, body, statuses] of xml) {
      const response =
        statuses[0] === 413
          ? await postEarlyAnswer(
              server,
              `/forms/alg2/messages/read?${REF}`,
              body as string,
              'application/xml',
            )
          : await post(server, `/forms/alg2/messages/read?${REF}`, body, 'application/xml');
      expect(statuses, `${name}: ${response.status}`).toContain(response.status);
      const answer = (await response.json()) as {
        valid: boolean;
        issues?: Array<{ code: string }>;
        report?: unknown;
      };
      expect(answer.valid, name).toBe(false);
      expect(answer.issues ?? (answer.report as { issues: unknown[] }).issues, name).not.toHaveLength(0);
    }
    const json: Array<[string, string | Uint8Array, string, number[]]> = [
      ['nesting 100,000 deep', '['.repeat(100_000), 'application/json', [400]],
      [
        'prototype keys',
        '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
        'application/json',
        [200],
      ],
      ['not JSON', '{"a":', 'application/json', [400]],
      ['invalid UTF-8', new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]), 'application/json', [400]],
      [
        'a string of 2,000,000 characters',
        `{"antragsdatum":"${'x'.repeat(2_000_000)}"}`,
        'application/json',
        [200],
      ],
      [
        '100,000 items',
        `{"x":[${Array.from({ length: 100_000 }, () => '1').join(',')}]}`,
        'application/json',
        [200],
      ],
      ['wrong media type', '{}', 'text/plain', [415]],
      ['XML to a JSON route', '<a/>', 'application/xml', [415]],
      ['over the body limit', `{"x":"${'x'.repeat(9 * 1024 * 1024)}"}`, 'application/json', [413]],
    ];
    for (const [name, body, type, statuses] of json) {
      const response =
        statuses[0] === 413
          ? await postEarlyAnswer(server, `/forms/alg2/validate?${REF}`, body as string, type)
          : await post(server, `/forms/alg2/validate?${REF}`, body, type);
      expect(statuses, `${name}: ${response.status}`).toContain(response.status);
      const answer = (await response.json()) as { valid: boolean; issues: unknown[] };
      expect(answer.valid, name).toBe(false);
      expect(answer.issues.length, name).toBeGreaterThan(0);
    }
    const unauthorised = await post(server, '/forms/alg2/validate', '{}', 'application/json', 'wrong-token');
    expect(unauthorised.status).toBe(401);
    expect((await fetch(`${server.base}/health`)).status).toBe(200);
    const still = await post(
      server,
      `/forms/alg2/validate?${REF}`,
      example('alg2', 'valid.json'),
      'application/json',
    );
    expect(await still.json()).toEqual({ valid: true, issues: [] });
    expect(server.child.exitCode).toBe(null);
  });

  it('stops on SIGTERM with exit code 0, and its log of the whole run holds none of the example data', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const log = server.log();
    expect(log).toContain('"msg":"stopped"');
    // Every line is a structured (JSON) log line.
    for (const line of log.split('\n').filter(Boolean)) expect(() => JSON.parse(line), line).not.toThrow();
    // The personal values: every string of every example submission and message that is not a
    // code (names, dates of birth, Steuer-ID, IBAN, addresses, …).
    const values = new Set<string>();
    for (const form of FORMS) {
      for (const name of ['valid.json', 'maximal.json', 'minimal.json'])
        strings(JSON.parse(example(form, name).toString('utf8')), values);
    }
    const personal = [...values].filter((value) => value.length >= 5 && !/^[a-z0-9_]+$/.test(value));
    expect(personal.length).toBeGreaterThan(50);
    expect(personal).toEqual(expect.arrayContaining([expect.stringMatching(/^DE\d{20}$/)])); // an IBAN is among them
    expect(personal.filter((value) => log.includes(value))).toEqual([]);
    expect(log).not.toContain(TOKEN);
  });
});

describe('start-up', () => {
  it('answers every route of the catalogue as soon as it says ready, a large read (in a worker) among them', async () => {
    const fresh = await startServer(['--workers', '2']);
    try {
      const maximal = JSON.parse(example('alg2', 'maximal.json').toString('utf8'));
      const send = (path: string, body?: string | Uint8Array, type?: string) =>
        fetch(`${fresh.base}${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          ...(type ? { headers: { 'content-type': type } } : {}),
          ...(body === undefined ? {} : { body: typeof body === 'string' ? body : Buffer.from(body) }),
        });
      const written = await send(
        `/forms/alg2/messages?${REF}`,
        JSON.stringify({ data: maximal }),
        'application/json',
      );
      expect(written.status).toBe(200);
      const { xml } = (await written.json()) as { xml: string };
      // Over the size the server thread handles itself (64 KiB): this read goes to a worker.
      const large = xml.replace('?>', `?>${'\n'.repeat(70 * 1024)}`);
      expect(Buffer.byteLength(large)).toBeGreaterThan(64 * 1024);
      // The rest at once, right after the first answer: no warm-up, nothing waited for.
      const asked: Array<[string, Promise<Response>]> = [
        ['health', send('/health')],
        ['ready', send('/ready')],
        ['metrics', send('/metrics')],
        ['openapi', send('/openapi.json')],
        ['listForms', send('/forms')],
        ['getDefinition', send('/forms/alg2/2.0.0/definition')],
        ['getXsd', send('/forms/alg2/2.0.0/xsd')],
        ['getJsonSchema', send('/forms/alg2/2.0.0/json-schema')],
        ['getXdf', send('/forms/alg2/2.0.0/xdf')],
        ['validate', send(`/forms/alg2/validate?${REF}`, example('alg2', 'valid.json'), 'application/json')],
        ['readMessage', send(`/forms/alg2/messages/read?${REF}`, xml, 'application/xml')],
        ['readMessage', send(`/forms/alg2/messages/read?${REF}`, large, 'application/xml')],
        [
          'writeReceipt',
          send(
            '/receipts',
            JSON.stringify({
              header: {
                nachrichtenUUID: '6f1c9a4e-2b3d-4c5e-8f70-123456789abc',
                erstellungszeitpunkt: '2026-02-02T10:00:00Z',
                autor: { kennung: 'psw:00000001', name: 'Portal' },
                leser: { kennung: 'psw:01003110', name: 'Jobcenter' },
              },
              report: { valid: true, issues: [] },
            }),
            'application/json',
          ),
        ],
      ];
      const answers = await Promise.all(asked.map(([, answer]) => answer));
      expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
      // Every route of the catalogue was asked (writeMessage first, above).
      expect(new Set(['writeMessage', ...asked.map(([id]) => id)])).toEqual(
        new Set(ROUTES.map((route) => route.operationId)),
      );
      expect(await answers[1]?.json()).toEqual({ status: 'ready' });
      expect(await answers[9]?.json()).toEqual({ valid: true, issues: [] });
      for (const read of [answers[10], answers[11]]) {
        const result = (await read?.json()) as { valid: boolean; data: unknown };
        expect(result.valid).toBe(true);
        expect(result.data).toEqual(maximal);
      }
    } finally {
      fresh.child.kill('SIGTERM');
      await fresh.exited;
    }
  });
});

/** A request over a given agent (a kept-alive connection), answered as status, headers and text. */
function over(agent: Agent, url: string, method: 'GET' | 'POST', body?: Buffer) {
  return new Promise<{ status: number; headers: Record<string, unknown>; text: string }>(
    (resolve, reject) => {
      const request = httpRequest(url, {
        method,
        agent,
        headers: body ? { 'content-type': 'application/json', 'content-length': body.byteLength } : {},
      });
      request.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
        );
      });
      request.on('error', reject);
      request.end(body);
    },
  );
}

describe('SIGTERM under requests', () => {
  it('answers every accepted request, then exits 0; a late request on an open connection gets 503; afterwards connections are refused', async () => {
    const draining = await startServer(['--workers', '1']);
    // Over 64 KiB (JSON allows the trailing spaces): each goes to the one worker, so they queue
    // and are still under way when the signal comes.
    const maximal = example('alg2', 'maximal.json');
    const body = Buffer.concat([maximal, Buffer.from(' '.repeat(70 * 1024))]);
    const count = 16;
    const requests = Array.from({ length: count }, () =>
      fetch(`${draining.base}/forms/alg2/validate?${REF}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then(async (response) => ({
        status: response.status,
        valid: ((await response.json()) as { valid: boolean }).valid,
      })),
    );
    // Wait until the server has accepted them all, then stop it while they are under way.
    const accepted = () => draining.log().split('"msg":"incoming request"').length - 1;
    for (let waited = 0; accepted() < count && waited < 30_000; waited += 5)
      await new Promise((r) => setTimeout(r, 5));
    expect(accepted()).toBe(count);
    // A keep-alive connection, open and idle when the signal comes.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await over(agent, `${draining.base}/health`, 'GET')).status).toBe(200);
    draining.child.kill('SIGTERM');
    const completedAtSignal = draining.log().split('"msg":"request completed"').length - 2;
    for (let waited = 0; !draining.log().includes('draining') && waited < 30_000; waited += 5)
      await new Promise((r) => setTimeout(r, 5));
    // A request after the signal on the connection that stayed open: answered, not reset.
    const late = await over(
      agent,
      `${draining.base}/forms/alg2/validate?${REF}`,
      'POST',
      example('alg2', 'valid.json'),
    );
    expect(late.status).toBe(503);
    expect(late.headers.connection).toBe('close');
    expect(late.headers['retry-after']).toBe('1');
    expect(JSON.parse(late.text).issues[0].code).toBe('SERVE_NOT_READY');
    const answers = await Promise.all(requests);
    expect(answers).toEqual(Array.from({ length: count }, () => ({ status: 200, valid: true })));
    expect(await draining.exited).toBe(0);
    // Requests were still under way when the signal came (else this test would prove nothing).
    expect(completedAtSignal).toBeLessThan(count);
    await expect(fetch(`${draining.base}/health`)).rejects.toThrow();
    agent.destroy();
  });
});
