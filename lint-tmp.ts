import { personenbefoerderungsschein as f } from './schemas/personenbefoerderungsschein/form.js';
import { compile } from './src/validate/compile.js';
import { lint } from './src/model/lint.js';
import { readFileSync } from 'node:fs';
console.log(lint(f).map(x => `${x.severity} ${x.code} ${x.keyPath} ${x.message.en}`).join('\n'));
const form = compile(f);
for (const n of ['valid','minimal','maximal']) {
const data = JSON.parse(readFileSync(`examples/personenbefoerderungsschein/${n}.json`,'utf8'));
const r = form.validate(data, { referenceDate: '2026-03-02' });
console.log(n, r.issues.map(i => `${i.severity} ${i.code} ${i.path} ${i.message.de}`).join('\n'));
}
