import { expect, test, type Page } from '@playwright/test';
import { ComparePage } from '../pages/compare-page';
import { SimulatorPage } from '../pages/simulator-page';

// The shipped public/config/campaigns.json runs from autumn 2026 to mid 2027: the tests set the
// browser's date so they keep meaning the same thing (the clock keeps running from there).
async function on(page: Page, day: string) {
  await page.clock.setSystemTime(new Date(`${day}T10:00:00`));
}

test('the home page lists the live campaigns and every loan', async ({ page }) => {
  await on(page, '2026-12-01');
  await page.goto('/?lang=es-MX');
  const offers = page.getByTestId('offer');
  await expect(offers).toHaveCount(6);
  await expect(offers.first()).toContainText('Crece tu negocio este fin de año');
  await expect(offers.first()).toContainText('Hasta el 31 de enero de 2027');
  // Wherever figures are shown, the disclosure their law requires stands beside them.
  await expect(offers.first().locator('.offer-legal')).toContainText('CAT PROMEDIO');
  await expect(offers.nth(2).locator('.offer-legal').first()).toHaveText('¡Atención! Pedir dinero prestado cuesta dinero.');
  // Copy figures come from the engine: no placeholder is ever shown.
  await expect(page.locator('.offer-list')).not.toContainText('{');
  await expect(page.getByRole('link', { name: 'Simular Crédito Grupal Juntas' })).toHaveAttribute('href', /simulator\?product=mx-grupal/);
  await expect(page.getByRole('navigation', { name: 'Sitio' }).getByRole('link', { name: 'Ofertas' })).toHaveAttribute('aria-current', 'page');
});

test('a campaign page shows its copy with the engine\'s figures, its colours, products, disclosure and notes', async ({ page }) => {
  await on(page, '2026-12-01');
  await page.goto('/?lang=es-MX&utm_source=radio');
  await page.getByRole('link', { name: 'Crece tu negocio este fin de año' }).click();
  await expect(page).toHaveURL(/\/c\/crece-tu-negocio\?utm_source=radio&lang=es-MX/);
  const campaign = page.getByTestId('campaign');
  await expect(campaign.getByRole('heading', { level: 1 })).toHaveText('Crece tu negocio este fin de año');
  await expect(campaign).toContainText('Tasa especial de temporada: 79.00 % anual.');
  await expect(campaign).toContainText('Crédito Crece: Tasa promocional 79.00 % en lugar de 86.00 %');
  await expect(campaign).toContainText('Oferta válida del 1 de noviembre de 2026 al 31 de enero de 2027.');
  await expect(page.getByRole('heading', { name: 'Notas legales' })).toBeVisible();
  // The campaign's theme.
  const header = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(header).toBe('rgb(138, 21, 56)');
  // Only its products, its default loan, and the representative example at the promotional rate:
  // the instalment in the copy is the example's own, beside its CAT.
  const sim = new SimulatorPage(page);
  await expect(page.locator('.product-picker').getByRole('radio')).toHaveCount(2);
  await expect(sim.amount).toHaveValue('12,000');
  await expect(sim.term).toHaveValue('20');
  const example = await sim.representative.textContent();
  expect(example).toMatch(/Tasa de interés anual fija 79\.00\s%/);
  const copyInstalment = (await campaign.locator('.campaign-copy p').first().textContent())!.match(/\$[\d,.]+/)![0];
  expect(example).toContain(copyInstalment);
  const rate = (await campaign.locator('.campaign-copy').textContent())!.match(/CAT sin IVA ([\d.]+\s%)/)![1];
  expect(example).toContain(rate);
});

test('an ended campaign says so and names the configuration problem; it leaves the home page', async ({ page }) => {
  await on(page, '2027-03-05');
  await page.goto('/c/prestamo-nomina?lang=es-ES');
  const alert = page.getByTestId('campaign-ended');
  await expect(alert.getByRole('heading')).toHaveText('Esta oferta ha terminado');
  await expect(alert).toContainText('Esta oferta terminó el 28 de febrero de 2027.');
  await expect(alert.getByRole('listitem')).toHaveText([
    'campaigns.json: campaigns[2].ends: la campaña terminó el 2027-02-28: quítala o cambia su último día',
  ]);
  await alert.getByRole('link', { name: 'Ver las ofertas vigentes' }).click();
  await expect(page.getByTestId('offer')).toHaveCount(4);
});

test('a campaign that has not started, and addresses that do not exist, say so', async ({ page }) => {
  await on(page, '2026-11-10');
  await page.goto('/c/tus-proyectos?lang=en-US');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This offer starts on November 15, 2026.');
  await page.goto('/c/no-such-offer?lang=en-US');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no offer at this address.');
  await page.goto('/wp-admin/setup?lang=en-US');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no page at this address.');
});

test('editing only the configuration adds a product and a campaign to the site', async ({ page }) => {
  await on(page, '2026-12-01');
  await page.route('**/config/products.json', async (route) => {
    const response = await route.fetch();
    const catalog = await response.json();
    const base = catalog.products.find((p: any) => p.id === 'us-personal-loan');
    catalog.products.push({ ...base, id: 'us-auto', name: { en: 'Auto loan', es: 'Crédito automotriz' },
      summary: { en: 'New or used cars.' }, pricing: { ...base.pricing, annual_rate: '0.0649' } });
    await route.fulfill({ response, json: catalog });
  });
  await page.route('**/config/campaigns.json', async (route) => {
    const response = await route.fetch();
    const doc = await response.json();
    doc.campaigns.push({ id: 'us-auto-2027', slug: 'drive', title: { en: 'Drive home today' },
      copy: { en: 'Only {instalment} a month. {rate}.' }, products: ['us-auto'],
      starts: '2026-11-20', ends: '2027-01-10', theme: { brand: '#004a77', brand_ink: '#ffffff', brand_soft: '#e5f0f7' } });
    await route.fulfill({ response, json: doc });
  });
  await page.goto('/?lang=en-US');
  await expect(page.getByTestId('offer')).toHaveCount(7);
  await expect(page.getByRole('link', { name: 'Simulate Auto loan' })).toBeVisible();
  await page.getByRole('link', { name: 'Drive home today' }).click();
  await expect(page.getByTestId('campaign')).toContainText(/Only \$[\d,.]+ a month\. APR \d+\.\d\d ?%/);
  await expect(page.getByRole('radio', { name: /Auto loan/ })).toBeChecked();
});

test('a broken campaigns file lists every problem by path, in the person\'s language', async ({ page }) => {
  await page.route('**/config/campaigns.json', (r) => r.fulfill({ json: { version: 1, campaigns: [
    { id: 'x', slug: 'Bad Slug', title: { en: 'Pay only $99 a month' }, products: ['nope'],
      starts: '2026-12-01', ends: '2026-11-01' },
  ] } }));
  await page.goto('/?lang=en-US');
  await expect(page.getByRole('alert').getByRole('listitem')).toHaveText([
    'campaigns.json: campaigns[0].slug: use only lower-case letters, digits and hyphens',
    'campaigns.json: campaigns[0].ends: the last day is before the first day',
    'campaigns.json: campaigns[0].products[0]: there is no product “nope” in products.json',
    /^campaigns\.json: campaigns\[0\]\.title\.en: “\$99” types a figure about the loan; write it as a placeholder/,
  ]);
});

test('the comparison quotes every loan for the same request, marks the best and sorts', async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.open('?lang=es-MX&currency=MXN&amount=6000&months=4');
  await expect(compare.summary).toHaveText('2 préstamos comparados');
  expect(await compare.order()).toEqual(['mx-grupal', 'mx-crece-semanal']);
  const best = compare.card('mx-grupal');
  await expect(best.getByTestId('best')).toContainText('El mejor para ti');
  await expect(compare.card('mx-crece-semanal').getByTestId('best')).toHaveCount(0);
  await expect(best).toContainText('17 pagos semanales');
  await expect(page.getByTestId('compare-legal')).toContainText('CAT: costo anual total sin IVA, para fines informativos y de comparación exclusivamente. Fecha de cálculo:');
  // The card's figures are the simulator's: follow its link.
  const instalment = await best.getByTestId('compare-instalment').textContent();
  await best.getByRole('link', { name: /^Simular Crédito Grupal Juntas/ }).click();
  await expect(page).toHaveURL(/\/simulator\?lang=es-MX&product=mx-grupal&amount=6000&term=17&frequency=weekly/);
  const sim = new SimulatorPage(page);
  await expect(sim.instalment).toHaveText(instalment!.match(/^\$[\d,.]+/)![0]);
});

test('the household decides what is eligible, with reasons, and the link keeps every input', async ({ page }) => {
  const compare = new ComparePage(page);
  await compare.open('?lang=en-US&currency=USD');
  await compare.amount.fill('30,000');
  await compare.months.fill('60');
  await compare.sort.selectOption({ label: 'Lowest legal rate' });
  expect(await compare.order()).toEqual(['us-home-equity', 'us-personal-loan']);
  await compare.income.fill('1,000');
  await expect(compare.summary).toHaveText('2 loans compared. No loan fits this request; the reasons are under each one.');
  await expect(compare.card('us-personal-loan').locator('.compare-reasons')).toContainText('of your income; the maximum is 43.0%');
  await expect(page.getByTestId('best')).toHaveCount(0);
  await compare.income.fill('12,000');
  await expect(page.getByTestId('best')).toHaveCount(1);
  await expect.poll(() => new URL(page.url()).search).toBe('?lang=en-US&amount=30000&months=60&currency=USD&income=12000&sort=rate');
  await page.reload();
  await expect(compare.income).toHaveValue('12,000');
  await expect(compare.sort).toHaveValue('rate');
  await compare.months.fill('601');
  await expect(page.locator('#months-msg')).toHaveText('Enter at most 600 months.');
});

test('the comparison inside a campaign shows its products at its rates, on a phone', async ({ page }) => {
  await on(page, '2026-12-01');
  await page.setViewportSize({ width: 375, height: 812 });
  const compare = new ComparePage(page);
  await compare.open('?lang=en-US', '/c/home-projects/compare');
  await expect(compare.cards).toHaveCount(2);
  await expect(compare.currency).toHaveCount(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.goto('/c/debt-consolidation/compare?lang=en-US&amount=10000&months=36');
  await expect(compare.card('us-personal-loan').getByTestId('compare-rate')).toHaveText(/^APR 1[0-2]\.\d\d ?%$/);
});

test('payroll customers get their segment\'s rate, and the link keeps it', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=es-ES&product=es-prestamo-personal&amount=12000&term=48');
  const general = await sim.instalment.textContent();
  await page.getByRole('radio', { name: 'Tengo la nómina domiciliada' }).check();
  await expect(sim.instalment).not.toHaveText(general!);
  await sim.expectUrlParam('segment', 'nomina');
  const payroll = await sim.instalment.textContent();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Tengo la nómina domiciliada' })).toBeChecked();
  await expect(sim.instalment).toHaveText(payroll!);
});

test('a payroll campaign opens with its customer type chosen, and a link can change it', async ({ page }) => {
  await on(page, '2026-12-01');
  await page.goto('/c/prestamo-nomina?lang=es-ES');
  const payroll = page.getByRole('radio', { name: 'Tengo la nómina domiciliada' });
  await expect(payroll).toBeChecked();
  await expect(new SimulatorPage(page).amount).toHaveValue('15.000');
  // Choosing "General" is kept in the link, so the campaign's default does not come back.
  const sim = new SimulatorPage(page);
  const payrollInstalment = await sim.instalment.textContent();
  await page.getByRole('radio', { name: 'General' }).check();
  await sim.expectUrlParam('segment', 'none');
  await expect(sim.instalment).not.toHaveText(payrollInstalment!);
  const general = await sim.instalment.textContent();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'General' })).toBeChecked();
  await expect(sim.instalment).toHaveText(general!);
});

test('links made before campaigns existed still open their simulation', async ({ page }) => {
  await page.goto('/?lang=en-US&product=us-personal-loan&amount=12000');
  await expect(page).toHaveURL(/\/simulator\?lang=en-US&product=us-personal-loan&amount=12000/);
  await expect(new SimulatorPage(page).amount).toHaveValue('12,000');
});
