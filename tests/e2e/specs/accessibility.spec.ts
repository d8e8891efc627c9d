import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SimulatorPage } from '../pages/simulator-page';

/** Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) and fails on any violation, listing them. */
async function expectNoViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations in state "${state}"`).toEqual([]);
}

const states: [string, string, (sim: SimulatorPage) => Promise<void>][] = [
  ['default en-US', '?lang=en-US', async () => {}],
  ['microloan es-MX', '?lang=es-MX&product=mx-crece-semanal', async () => {}],
  ['personal loan es-ES', '?lang=es-ES&product=es-prestamo-personal', async () => {}],
  ['360-payment loan', '?lang=en-US&product=us-home-equity&term=360', async () => {}],
  ['errors and notices', '?lang=en-US&product=us-personal-loan', async (sim) => {
    await sim.amount.fill('abc');
    await sim.term.fill('999');
    await sim.income.fill('-1');
    await sim.extraAmount.fill('x');
  }],
  ['affordability and extra payment filled', '?lang=en-US&product=us-personal-loan', async (sim) => {
    await sim.income.fill('3,000');
    await sim.debts.fill('200');
    await sim.extraAmount.fill('500');
    await expect(sim.page.getByTestId('interest-saved')).toBeVisible();
  }],
];

for (const [name, query, act] of states) {
  test(`no accessibility violations: ${name}`, async ({ page }) => {
    const sim = new SimulatorPage(page);
    await sim.open(query);
    await act(sim);
    await expectNoViolations(page, name);
  });
}

test('no accessibility violations on the catalogue error page', async ({ page }) => {
  await page.route('**/config/products.json', (r) => r.fulfill({ json: { version: 9, products: [] } }));
  await page.goto('/?lang=es-ES');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'catalogue error');
});

test('keyboard only: skip link, product, amount, frequency and results', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=es-MX');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Ir al contenido' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Tab to the product radios and move with the arrow keys, as a keyboard user does.
  await page.getByRole('radio', { name: /Crédito Crece/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Préstamo Personal/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(sim.amount).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('20,000');
  await expect(sim.instalment).toHaveText(/^EUR\u00a0\d{3}\.\d\d$/);
  await page.keyboard.press('Tab');
  await expect(sim.amountSlider).toBeFocused();
  const outline = await sim.amountSlider.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
});

test('touch targets are at least 44×44 CSS pixels', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const sim = new SimulatorPage(page);
  await sim.open('?lang=en-US&product=mx-crece-semanal');
  const small = await page.evaluate(() => {
    // A radio or checkbox is reached through its label, which is the target.
    const targets = [...document.querySelectorAll('input:not([type=radio]):not([type=checkbox]), button, select, textarea, label.segment, label.product-option, label.check, a')];
    return targets
      .filter((el) => (el as HTMLElement).offsetParent !== null && !el.closest('[aria-hidden=true]'))
      .map((el) => ({ el: el.id || el.className || el.tagName, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`);
  });
  expect(small).toEqual([]);
});

test('reduced motion is honoured', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  const sim = new SimulatorPage(page);
  await sim.open('?lang=en-US');
  const duration = await page.locator('.button').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(parseFloat(duration)).toBeLessThan(0.001);
  await context.close();
});

const pages: [string, string, string][] = [
  ['home es-MX', '/?lang=es-MX', 'offer'],
  ['campaign es-MX', '/c/crece-tu-negocio?lang=es-MX', 'campaign'],
  ['comparison en-US with reasons', '/compare?lang=en-US&currency=USD&amount=30000&months=60&income=1000', 'compare-row'],
  ['campaign comparison es-ES', '/c/prestamo-nomina/compare?lang=es-ES', 'compare-row'],
  ['ended campaign', '/c/prestamo-nomina?lang=en-US', 'campaign-ended'],
];

for (const [name, path, testId] of pages) {
  test(`no accessibility violations: ${name}`, async ({ page }) => {
    // The shipped campaigns are live on this day; the ended one has ended.
    await page.clock.setSystemTime(new Date(name === 'ended campaign' ? '2027-03-05T10:00:00' : '2026-12-01T10:00:00'));
    await page.goto(path);
    await expect(page.getByTestId(testId).first()).toBeVisible();
    await expectNoViolations(page, name);
  });
}
