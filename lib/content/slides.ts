/**
 * Slides are published as they are (/slides/<file>.pdf), so their bytes are checked, not
 * their name: a PDF header and the structure a reader needs (startxref pointing at a cross
 * reference, %%EOF), and no action a reader would run by itself: JavaScript, an action on
 * opening (/OpenAction other than "show this page"), additional actions (/AA), /Launch of a
 * program, form submission. Names are read as PDF reads them (#xx escapes decoded), in the
 * file and inside its compressed object streams, where dictionaries can hide.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { say } from '../messages/say';
import { issue, type ContentIssue } from '../messages/issues';
import { listFiles } from './files';

export type PdfProblem = { message: string; hint: string };

/** Actions a PDF reader may run without the reader asking. */
const ACTIONS = new Set(['JavaScript', 'JS', 'AA', 'Launch', 'SubmitForm', 'ImportData', 'RichMedia']);
/** Each object stream inflated at most this far: a compression bomb stops here, refused. */
const MAX_INFLATED = 64 * 1024 * 1024;

export function inspectPdfFile(abs: string): PdfProblem | undefined {
  return inspectPdf(fs.readFileSync(abs));
}

export function inspectPdf(bytes: Buffer): PdfProblem | undefined {
  const text = bytes.toString('latin1');
  if (!/^%PDF-\d\.\d/.test(text)) {
    const looksLikeHtml = /^\s*(<!doctype|<html|<\?xml|<svg|<script|<body|<head)/i.test(text.slice(0, 1024));
    return {
      message: say(
        `ce fichier n'est pas un PDF (${looksLikeHtml ? 'une page HTML ou du XML' : 'il ne commence pas par %PDF-'})`,
        `this file is not a PDF (${looksLikeHtml ? 'an HTML page or XML' : 'it does not start with %PDF-'})`,
      ),
      hint: say(
        'exportez les slides en PDF depuis votre outil de présentation',
        'export the slides as PDF from your presentation tool',
      ),
    };
  }
  const tail = text.slice(-2048);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const xrefAt = startxref ? Number(startxref[1]) : -1;
  const xref = xrefAt >= 0 && xrefAt < text.length ? text.slice(xrefAt, xrefAt + 64) : '';
  if (!startxref || !/^(xref\b|\d+\s+\d+\s+obj\b)/.test(xref)) {
    return {
      message: say(
        'PDF incomplet ou abîmé : sa table des objets (startxref, %%EOF) manque ou ne mène nulle part',
        'incomplete or damaged PDF: its object table (startxref, %%EOF) is missing or leads nowhere',
      ),
      hint: say(
        'exportez de nouveau les slides en PDF, puis ajoutez le fichier entier',
        'export the slides as PDF again, then add the whole file',
      ),
    };
  }
  const streams = objectStreams(text);
  if (streams === undefined) {
    return {
      message: say(
        'PDF dont un flux compressé est illisible ou démesuré',
        'PDF with an unreadable or oversized stream',
      ),
      hint: say('exportez de nouveau les slides en PDF', 'export the slides as PDF again'),
    };
  }
  for (const part of [text, ...streams]) {
    const action = activeName(part);
    if (action) {
      return {
        message: say(
          `ce PDF contient une action qui s'exécute seule (/${action})`,
          `this PDF holds an action that runs by itself (/${action})`,
        ),
        hint: say(
          'exportez les slides en PDF simple, sans script, formulaire ni action à l’ouverture',
          'export the slides as a plain PDF, with no script, form or action on opening',
        ),
      };
    }
  }
  return undefined;
}

/** The first forbidden action named in `part`, or undefined. */
function activeName(part: string): string | undefined {
  const names = /\/((?:[^\s/<>[\]()%{}#]|#[0-9a-fA-F]{2})+)/g;
  for (let match = names.exec(part); match; match = names.exec(part)) {
    const name = match[1].replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
    if (ACTIONS.has(name)) return name;
    // "/OpenAction [3 0 R /Fit]" only says which page to show first; anything else is an action.
    if (name === 'OpenAction' && !/^\s*\[/.test(part.slice(names.lastIndex, names.lastIndex + 32))) return name;
  }
  return undefined;
}

/**
 * The inflated text of each compressed object stream (/Type /ObjStm); undefined if one cannot
 * be read. One pass: each stream's dictionary is looked for only between the previous stream
 * and this one, so the file is read a bounded number of times whatever it holds.
 */
function objectStreams(text: string): string[] | undefined {
  const found: string[] = [];
  let pos = 0;
  for (let at = text.indexOf('stream', pos); at !== -1; at = text.indexOf('stream', pos)) {
    const keywordEnd = at + 'stream'.length;
    const before = text.slice(Math.max(pos, at - 4096), at);
    const isStart = text.slice(at - 3, at) !== 'end' && /\r?\n/.test(text.slice(keywordEnd, keywordEnd + 2));
    const dict = before.slice(before.lastIndexOf(' obj') + 1);
    pos = keywordEnd;
    if (!isStart || !/>>\s*$/.test(before) || !/\/Type\s*\/ObjStm\b/.test(dict)) continue;
    const start = text[keywordEnd] === '\r' ? keywordEnd + 2 : keywordEnd + 1;
    const end = text.indexOf('endstream', start);
    if (end === -1) return undefined;
    pos = end + 'endstream'.length;
    if (!/\/FlateDecode\b/.test(dict)) {
      found.push(text.slice(start, end));
      continue;
    }
    try {
      const inflated = zlib.inflateSync(Buffer.from(text.slice(start, end), 'latin1'), {
        maxOutputLength: MAX_INFLATED,
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
      });
      found.push(inflated.toString('latin1'));
    } catch {
      return undefined;
    }
  }
  return found;
}

/** Each PDF of content/slides/ that is not a plain PDF, as a problem at its line 1. */
export function refusedSlides(dir: string, display: (abs: string) => string): ContentIssue[] {
  return listFiles(dir)
    .filter((abs) => abs.toLowerCase().endsWith('.pdf'))
    .flatMap((abs) => {
      const problem = inspectPdfFile(abs);
      return problem ? [issue(display(abs), { line: 1 }, problem.message, problem.hint)] : [];
    });
}
