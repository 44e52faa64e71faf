/**
 * The allow-list as a remark plugin: the render step (lib/mdx/render.tsx) runs it
 * before compiling, so what `npm run check` accepts is exactly what the build accepts.
 */
import type { Root } from 'mdast';
import { ContentError } from '../messages/issues';
import { emptyAnalysis, inspectTree } from './analyze';

/** Refuses, at compile time, anything the allow-list does not accept. */
export function remarkEnforceAllowList(file: string) {
  return () => (tree: Root) => {
    const result = emptyAnalysis('');
    inspectTree(tree, file, result);
    const errors = result.issues.filter((i) => i.severity === 'error');
    if (errors.length) throw new ContentError(errors);
  };
}
