import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inspectPdf } from './slides.ts';
import { buildPdf } from '../test/pdf.ts';

const problem = (bytes: Buffer) => inspectPdf(bytes)?.message;

test('real slides pass: a plain PDF, one that opens at its first page, one with links and compressed objects', () => {
  assert.equal(problem(buildPdf()), undefined);
  assert.equal(problem(buildPdf({ catalog: '/OpenAction [3 0 R /Fit] /PageMode /UseOutlines' })), undefined);
  assert.equal(
    problem(
      buildPdf({
        extraObjects: ['<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://sre-france.example/) >> >>'],
        objectStream: '5 0 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      }),
    ),
    undefined,
  );
});

test('a file named .pdf that is not a PDF is refused by its content', () => {
  assert.match(
    problem(Buffer.from('<!DOCTYPE html><script>alert(1)</script>')) ?? '',
    /n'est pas un PDF \(une page HTML/,
  );
  assert.match(problem(Buffer.from('  <html><body>slides</body></html>')) ?? '', /n'est pas un PDF/);
  assert.match(problem(Buffer.from('PK\x03\x04 a zip named .pdf')) ?? '', /ne commence pas par %PDF-/);
});

test('a PDF header with no structure behind it is refused', () => {
  assert.match(problem(Buffer.from('%PDF-1.7\n<script>alert(1)</script>\n')) ?? '', /PDF incomplet ou abîmé/);
  const whole = buildPdf();
  assert.match(problem(whole.subarray(0, whole.length - 40)) ?? '', /PDF incomplet ou abîmé/);
  const lying = Buffer.from(whole.toString('latin1').replace(/startxref\n\d+/, 'startxref\n12'), 'latin1');
  assert.match(problem(lying) ?? '', /PDF incomplet ou abîmé/);
});

test('a PDF that runs something by itself is refused, however the action is written or hidden', () => {
  const cases: [string, Buffer][] = [
    [
      'JavaScript',
      buildPdf({
        catalog: '/Names << /JavaScript 4 0 R >>',
        extraObjects: ['<< /S /JavaScript /JS (app.alert(1)) >>'],
      }),
    ],
    [
      'OpenAction',
      buildPdf({ catalog: '/OpenAction 4 0 R', extraObjects: ['<< /S /URI /URI (https://tracker.example/) >>'] }),
    ],
    ['OpenAction', buildPdf({ catalog: '/OpenAction << /S /GoTo /D [3 0 R /Fit] >>' })],
    ['AA', buildPdf({ extraObjects: ['<< /Type /Page /AA << /O << /S /Named /N /Print >> >> >>'] })],
    ['Launch', buildPdf({ extraObjects: ['<< /S /Launch /F (calc.exe) >>'] })],
    ['JS', buildPdf({ extraObjects: ['<< /S /J#61vaScript /J#53 (app.alert(1)) >>'] })],
    ['JavaScript', buildPdf({ objectStream: '4 0 << /S /JavaScript /JS (app.alert(1)) >>' })],
    ['SubmitForm', buildPdf({ extraObjects: ['<< /S /SubmitForm /F (https://evil.example/) >>'] })],
  ];
  for (const [action, bytes] of cases) {
    assert.match(
      problem(bytes) ?? 'accepted',
      new RegExp(`action qui s'exécute seule \\(/(${action}|JS|JavaScript)\\)`),
      action,
    );
  }
});

test('a compressed stream that cannot be read is refused, not skipped', () => {
  const bytes = buildPdf({ objectStream: 'x' });
  const text = bytes.toString('latin1');
  const start = text.indexOf('stream\n') + 'stream\n'.length;
  const end = text.indexOf('\nendstream');
  // Same length, so the cross-reference table still points at the right bytes.
  const broken = Buffer.from(text.slice(0, start) + 'Z'.repeat(end - start) + text.slice(end), 'latin1');
  assert.match(problem(broken) ?? '', /flux compressé est illisible/);
});
