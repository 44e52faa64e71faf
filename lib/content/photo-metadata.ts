/**
 * What an uploaded photo carries into the public repository: its weight and its GPS
 * position. Published copies are re-encoded without metadata, but the original stays in the
 * repository's history for anyone to download: flagged at the file, with the command that
 * strips it (npm run images:strip). Reads only the start of a JPEG, the EXIF block lives there.
 */
import fs from 'node:fs';
import { issue, type ContentIssue } from '../messages/issues';
import { say } from '../messages/say';

/** CONTRIBUTING's advice: above it, a warning; above the limit, an error. */
export const PHOTO_ADVICE_BYTES = 5 * 1024 * 1024;
export const PHOTO_LIMIT_BYTES = 15 * 1024 * 1024;

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');

export function photoIssues(abs: string, file: string): ContentIssue[] {
  const found: ContentIssue[] = [];
  const size = fs.statSync(abs).size;
  const shrink = say(
    'réduisez-la à 2400 px de large (JPEG qualité 85) : le site n’en publie pas davantage',
    'resize it to 2400 px wide (JPEG quality 85): the site publishes nothing larger',
  );
  if (size > PHOTO_LIMIT_BYTES)
    found.push(
      issue(
        file,
        { line: 1 },
        say(
          `la photo pèse ${mb(size)} Mo, au-delà de la limite de ${mb(PHOTO_LIMIT_BYTES)} Mo`,
          `the photo weighs ${mb(size)} MB, over the ${mb(PHOTO_LIMIT_BYTES)} MB limit`,
        ),
        shrink,
      ),
    );
  else if (size > PHOTO_ADVICE_BYTES)
    found.push(
      issue(
        file,
        { line: 1 },
        say(
          `la photo pèse ${mb(size)} Mo, plus que les ${mb(PHOTO_ADVICE_BYTES)} Mo conseillés : elle alourdit le dépôt pour toujours`,
          `the photo weighs ${mb(size)} MB, more than the advised ${mb(PHOTO_ADVICE_BYTES)} MB: it weighs on the repository forever`,
        ),
        shrink,
        'warning',
      ),
    );
  if (hasGpsPosition(readStart(abs)))
    found.push(
      issue(
        file,
        { line: 1 },
        say(
          'la photo contient sa position GPS : le site ne la publie pas, mais l’original est public dans le dépôt',
          'the photo holds its GPS position: the site does not publish it, but the original is public in the repository',
        ),
        say(
          'lancez npm run images:strip, qui retire les métadonnées des photos de content/img/ ; depuis l’éditeur web, voir CONTRIBUTING',
          'run npm run images:strip, which removes the metadata of the photos of content/img/; from the web editor, see CONTRIBUTING',
        ),
        'warning',
      ),
    );
  return found;
}

function readStart(abs: string): Buffer {
  const fd = fs.openSync(abs, 'r');
  try {
    const buffer = Buffer.alloc(256 * 1024);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** The TIFF block of a JPEG's EXIF segment, or of a PNG's eXIf chunk. */
export function exifBlock(bytes: Buffer): Buffer | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    for (let i = 2; i + 4 < bytes.length; ) {
      if (bytes[i] !== 0xff) return undefined;
      const marker = bytes[i + 1];
      if (marker === 0xda || marker === 0xd9) return undefined;
      const length = bytes.readUInt16BE(i + 2);
      if (marker === 0xe1 && bytes.toString('latin1', i + 4, i + 10) === 'Exif\0\0')
        return bytes.subarray(i + 10, i + 2 + length);
      i += 2 + length;
    }
  }
  if (bytes.toString('latin1', 1, 4) === 'PNG') {
    for (let i = 8; i + 8 < bytes.length; ) {
      const length = bytes.readUInt32BE(i);
      if (bytes.toString('latin1', i + 4, i + 8) === 'eXIf') return bytes.subarray(i + 8, i + 8 + length);
      i += 12 + length;
    }
  }
  return undefined;
}

/** True when IFD0 points to a GPS block that holds a latitude or longitude. */
export function hasGpsPosition(bytes: Buffer): boolean {
  const tiff = exifBlock(bytes);
  if (!tiff || tiff.length < 8) return false;
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (at + 2 <= tiff.length ? (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at)) : 0);
  const u32 = (at: number) => (at + 4 <= tiff.length ? (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at)) : 0);
  const entries = (ifd: number) =>
    Array.from({ length: Math.min(u16(ifd), 500) }, (_, n) => ifd + 2 + n * 12).filter((at) => at + 12 <= tiff.length);
  const gps = entries(u32(4)).find((at) => u16(at) === 0x8825);
  if (!gps) return false;
  // Tags 1-4: latitude reference and value, longitude reference and value.
  return entries(u32(gps + 8)).some((at) => u16(at) >= 1 && u16(at) <= 4);
}

/** JPEG segments that hold metadata: APP1 (EXIF, XMP), APP12, APP13 (IPTC), comments. */
const JPEG_METADATA = new Set([0xe1, 0xec, 0xed, 0xfe]);
/** PNG chunks that hold metadata. */
const PNG_METADATA = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']);

export function stripJpeg(bytes: Buffer): Buffer {
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1];
    if (marker === 0xda) break; // the image data starts: the rest is kept as is
    const end = i + 2 + bytes.readUInt16BE(i + 2);
    if (!JPEG_METADATA.has(marker)) kept.push(bytes.subarray(i, end));
    i = end;
  }
  kept.push(bytes.subarray(i));
  return Buffer.concat(kept);
}

export function stripPng(bytes: Buffer): Buffer {
  const kept: Buffer[] = [bytes.subarray(0, 8)];
  for (let i = 8; i + 12 <= bytes.length; ) {
    const end = i + 12 + bytes.readUInt32BE(i);
    if (!PNG_METADATA.has(bytes.toString('latin1', i + 4, i + 8))) kept.push(bytes.subarray(i, end));
    i = end;
  }
  return Buffer.concat(kept);
}
