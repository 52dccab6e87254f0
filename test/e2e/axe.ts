import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * axe-core in a journey's page: its source, read from node_modules (no network), is evaluated through the
 * browser's debugging protocol, which the app's CSP (script-src 'self') does not block as it would an inline
 * script tag; then it runs the WCAG 2.1 A and AA rules, which GB/T 37668 (the Chinese web accessibility standard)
 * follows.
 */
const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string; html: string }>;
}

/** The violations of the page as it is now (the rules of the tags above). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  return page.evaluate(async (tags) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is the global the script above defined
    const axe = (window as any).axe;
    // A map's drawn geography (tiles, outlines) holds no text or control, only hundreds of shapes that would double
    // the time of a check; its markers, tooltips and controls are checked.
    const context = { include: [document], exclude: [['.leaflet-tile-pane'], ['.leaflet-overlay-pane']] };
    const r = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary, html: n.html.slice(0, 200) })),
    }));
  }, TAGS);
}

/** Serious and critical violations, one readable block each: the rule, what it asks, and where. */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const found = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return found.map(
    (v) =>
      `${where} ${page.url()}\n  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes
        .slice(0, 8)
        .map((n) => `    ${JSON.stringify(n.target)} ${n.html}${n.failureSummary ? `\n      ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`)
        .join('\n')}${v.nodes.length > 8 ? `\n    … ${v.nodes.length - 8} more` : ''}`,
  );
}
