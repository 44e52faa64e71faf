import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '@/lib/content/files';

/** /slides/<file>.pdf: the PDFs of content/slides/, published as they are. */
export const dynamic = 'force-static';
export const dynamicParams = false;

const slidesDir = () => path.resolve(process.env.CONTENT_DIR ?? 'content', 'slides');

type Params = { params: Promise<{ file: string }> };

export function generateStaticParams() {
  return listFiles(slidesDir())
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .map((f) => ({ file: path.basename(f) }));
}

export async function GET(_request: Request, { params }: Params) {
  const file = path.join(slidesDir(), path.basename(decodeURIComponent((await params).file)));
  return new Response(fs.readFileSync(file), { headers: { 'content-type': 'application/pdf' } });
}
