/**
 * Synthetic posts for the benchmark: realistic length (about the seed's 400 words), a few
 * headings, lists, links to other posts and tags, a hero taken from the real images.
 */
import fs from 'node:fs';
import path from 'node:path';

const TAGS = [
  'meetup',
  'summercamp',
  'kubernetes',
  'observability',
  'incident',
  'postmortem',
  'slo',
  'on-call',
  'terraform',
  'chaos-engineering',
  'paris',
  'lyon',
  'bordeaux',
  'nantes',
  'cloud',
  'linux',
  'network',
  'database',
  'security',
  'ci-cd',
  'gitops',
  'monitoring',
  'alerting',
  'capacity',
  'finops',
  'ebpf',
  'serverless',
  'service-mesh',
  'toil',
  'culture',
];
const WORDS =
  'fiabilité service production incident astreinte latence disponibilité budget erreur déploiement équipe plateforme métrique alerte supervision capacité réseau stockage base données conteneur orchestration automatisation résilience panne reprise sauvegarde journal trace tableau bord seuil objectif'.split(
    ' ',
  );

function sentence(seed: number, words = 14): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]);
  const text = out.join(' ');
  return `${text[0].toUpperCase() + text.slice(1)}.`;
}

function paragraph(seed: number): string {
  return [0, 1, 2, 3].map((k) => sentence(seed + k)).join(' ');
}

/**
 * Writes `count` posts into contentDir/post, using heroes from `heroes`; `figures(i)` lists
 * more photos shown in post i's body (a recap with a few photos of the evening).
 */
export function generatePosts(
  contentDir: string,
  count: number,
  heroes: string[],
  figures: (i: number) => string[] = () => [],
  prefix = 'bench',
): string[] {
  const dir = path.join(contentDir, 'post');
  fs.mkdirSync(dir, { recursive: true });
  const slugs: string[] = [];
  // Spread over past years, so none is scheduled in the future.
  const start = Date.UTC(2012, 0, 1);
  const step = (Date.UTC(2025, 11, 31) - start) / count;
  for (let i = 0; i < count; i++) {
    const date = new Date(start + i * step);
    const day = date.toISOString().slice(0, 10);
    const slug = `${day}-${prefix}-${String(i).padStart(5, '0')}`;
    slugs.push(slug);
  }
  slugs.forEach((slug, i) => {
    const tags = [TAGS[i % TAGS.length], TAGS[(i * 7 + 3) % TAGS.length], TAGS[(i * 11 + 5) % TAGS.length]];
    const hero = heroes[i % heroes.length];
    const previous = i > 0 ? slugs[i - 1] : slugs[slugs.length - 1];
    const body = [
      paragraph(i),
      '',
      '<!--more-->',
      '',
      '## Contexte',
      '',
      paragraph(i + 1),
      '',
      `Voir aussi [l'article précédent](/post/${previous}/) et [le tag ${tags[0]}](/tags/${tags[0]}/).`,
      '',
      ...figures(i).flatMap((src, k) => [`<Figure src="${src}" caption="Photo ${k + 1} de la soirée" />`, '']),
      '## Ce que nous avons appris',
      '',
      ...[0, 1, 2, 3].map((k) => `* ${sentence(i + k, 8)}`),
      '',
      paragraph(i + 2),
      '',
      '## Pour aller plus loin',
      '',
      paragraph(i + 3),
      '',
      paragraph(i + 4),
    ].join('\n');
    const frontMatter = [
      '---',
      `title: "Compte rendu n°${i}: ${sentence(i, 5).slice(0, -1)}"`,
      `date: ${slugs[i].slice(0, 10)}T19:00:00+02:00`,
      `tags: [${[...new Set(tags)].map((t) => `"${t}"`).join(', ')}]`,
      `bigimg: [{src: "${hero}", desc: "Photo ${i}"}]`,
      '---',
    ].join('\n');
    fs.writeFileSync(path.join(dir, `${slug}.mdx`), `${frontMatter}\n\n${body}\n`);
  });
  return slugs;
}
