// WCAG 2.1 A and AA, checked by axe-core in the page as it is drawn. Browser tests call it through
// `look()` (browser.ts) on the pages they visit, so a new page or a new state cannot regress it.
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The violations on the page now, outside the `exclude` selectors. */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<Result[]> {
  // Legacy mode runs axe inside the page itself; the default opens a blank page in the same
  // context to assemble frame results, and this admin has no iframes to assemble.
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true);
  for (const selector of exclude) builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations;
}

/** Axe's whole answer for a page with violations, kept (git-ignored) beside the screenshots to be read. */
export function keepViolations(name: string, violations: Result[]): void {
  const dir = join(process.cwd(), 'test-output', 'axe');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name.replace(/[^\w\u4e00-\u9fa5-]+/g, '-')}.json`), JSON.stringify(violations, null, 1));
}

/** One readable line per element in violation: rule, impact, where, why, and its HTML. */
export function describeViolations(violations: Result[]): string {
  return violations.flatMap((v) => v.nodes.map((n) => `  ${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ').slice(0, 300)}\n    ${n.html.slice(0, 200)}`)).join('\n');
}

/** How many elements break a rule, and the fault to report ('' when none): kept for reading too. */
export function summarize(where: string, violations: Result[]): { elements: number; fault: string; rules: string } {
  const elements = violations.reduce((n, v) => n + v.nodes.length, 0);
  if (elements) keepViolations(where, violations);
  return {
    elements,
    fault: elements ? `${where}: ${elements} element(s) break WCAG 2.1 AA (axe-core)\n${describeViolations(violations)}` : '',
    rules: violations.map((v) => `${v.id} ${v.nodes.length}`).join(', '),
  };
}

/** Fails with every fault listed (rule, element, why) when the page breaks a WCAG 2.1 AA rule. */
export async function expectAccessible(page: Page, where: string, exclude: string[] = []): Promise<void> {
  expect(summarize(where, await axeViolations(page, exclude)).fault).toBe('');
}
