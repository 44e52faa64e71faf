import type { Page } from '@playwright/test';

/**
 * Switches a page that is already open to light or dark mode, without reloading it: one visit
 * serves both of axe's passes. Cards fade their colours in (CSS transitions), so this waits
 * for the transitions the switch starts: axe must read the final colours, not a mix.
 */
export async function switchColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const transitions = document.getAnimations().filter((a) => a instanceof CSSTransition);
    await Promise.allSettled(transitions.map((t) => t.finished));
  });
}
