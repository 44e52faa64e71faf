/** Page path relative to the base URL (Playwright's baseURL ends with the base path + /). */
export const rel = (sitePath: string) => sitePath.replace(/^\//, '');
