import { expect, test } from '@playwright/test';
import { SimulatorPage } from '../pages/simulator-page';

// Reference values computed with numpy-financial 1.0.0 (PyPI; the oracle in tests/oracles):
//   npf.pmt(0.1199/12, 36, 10000)  = -332.0953…  → $332.10
//   npf.rate(36, -332.10, 9600, 0) × 12 = 0.148537… → APR 14.85% (Reg Z: the 4% fee is a prepaid
//     finance charge, so the amount financed is 9,600)
//   npf.pmt(0.0795/12, 48, 12000)  = -292.6735…  → 292,67 €
//   (1 + npf.irr([-11760] + [292.67]*48))^12 − 1 = 0.09385 → TAE 9,4 % (Annex I, 12 equal months)
//   npf.pmt(0.1199/12, 36, 40000)  → $1,328.38
//   npf.pmt(0.0749/12, 360, 100000) → $698.53

test('a US personal loan shows the instalment and the Regulation Z APR', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=en-US');
  await expect(page.getByRole('radio', { name: /Personal loan Fixed-rate/ })).toBeChecked();
  await expect(sim.amount).toHaveValue('10,000');
  await expect(sim.instalment).toHaveText('$332.10');
  await expect(sim.legalRate).toHaveText('APR 14.85%');
  await expect(sim.fact('payments')).toHaveText('36');
  await expect(sim.fact('received')).toHaveText('$9,600.00');
  await expect(sim.representative).toContainText('annual percentage rate (APR) of 14.85%');
  await expect(sim.representative).toContainText('origination fee of $400.00');
});

test('a Spanish personal loan shows its TAE and the representative example (es-ES)', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=es-ES');
  await expect(page.getByRole('radio', { name: /Préstamo Personal/ })).toBeChecked();
  await expect(sim.amount).toHaveValue('12.000');
  await expect(sim.instalment).toHaveText('292,67\u00a0€');
  await expect(sim.legalRate).toHaveText('TAE 9,4\u00a0%');
  await expect(sim.representative).toContainText('la TAE es del 9,4\u00a0%');
  await expect(sim.representative).toContainText('comisión de apertura de 240,00\u00a0€');
  await sim.amount.fill('15.000');
  await expect(sim.instalment).toHaveText('365,84\u00a0€');
});

test('a Mexican weekly microloan shows the CAT without VAT and keeps the duration across frequencies', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=es-MX');
  await expect(page.getByRole('radio', { name: /Crédito Crece/ })).toBeChecked();
  await expect(sim.legalRate).toHaveText(/^CAT sin IVA \d+\.\d\u00a0%$/);
  await expect(sim.representative).toContainText('CAT PROMEDIO');
  await expect(sim.representative).toContainText('sin IVA, para fines informativos y de comparación');
  await expect(sim.representative).toContainText(/Fecha de cálculo: \d{2}\/\d{2}\/\d{4}/);
  await expect(sim.term).toHaveValue('16');
  await expect(page.getByText('Número de pagos semanales', { exact: true })).toBeVisible();
  await sim.chooseFrequency('Catorcenal');
  await expect(sim.term).toHaveValue('8');
  await expect(sim.fact('payments')).toHaveText('8');
  await expect(page.getByText('Número de pagos catorcenales', { exact: true })).toBeVisible();
  await expect(sim.fact('vat')).not.toHaveText('$0.00');
});

test('values outside the product limits are clamped with a message, never silently', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=en-US&product=us-personal-loan');
  await sim.amount.fill('99,999');
  await expect(sim.messagesOf(sim.amount)).toHaveText('The maximum for this product is $40,000.00; simulating $40,000.00.');
  await expect(sim.amount).toHaveValue('99,999');
  await expect(sim.instalment).toHaveText('$1,328.38');
  await expect(sim.amountSlider).toHaveValue('40000');
  await sim.term.fill('6');
  await expect(sim.messagesOf(sim.term)).toHaveText('The minimum for this product is 24; simulating 24.');
  await expect(sim.fact('payments')).toHaveText('24');
});

test('bad input anywhere is explained and the page stays usable', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=en-US&product=us-personal-loan');
  const cases: [string, string][] = [
    ['12a', '“a” is not part of a number.'],
    ['-500', 'Enter a number that is not negative.'],
    ['', 'Enter a value.'],
    ['1'.repeat(40), 'This number has too many digits.'],
    ['$ 12,000 USD', '“$” is not part of a number.'],
    ['12,000.555', 'Use at most 2 decimals.'],
    ['1,2,3', 'Thousands separators must group three digits, e.g. 12,500.'],
  ];
  for (const [typed, message] of cases) {
    await sim.amount.fill(typed);
    await expect(sim.messagesOf(sim.amount)).toHaveText(message);
    await expect(sim.amount).toHaveAttribute('aria-invalid', 'true');
    await expect(sim.result).toHaveCount(0);
    await expect(page.getByText('Correct the highlighted fields to see your payment.')).toBeVisible();
  }
  await sim.term.fill('3.5');
  await expect(sim.messagesOf(sim.term)).toHaveText('Enter a whole number.');
  await sim.amount.fill('10,000');
  await sim.term.fill('36');
  await expect(sim.instalment).toHaveText('$332.10');
  await expect(sim.amount).toHaveAttribute('aria-invalid', 'false');
});

test('the slider and the typed field move together', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=en-US&product=us-personal-loan');
  await sim.amountSlider.fill('20000');
  await expect(sim.amount).toHaveValue('20,000');
  await sim.amountSlider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(sim.amount).toHaveValue('20,250');
  await sim.amount.fill('30,000');
  await expect(sim.amountSlider).toHaveValue('30000');
});

test('the first payment date moves the schedule and is checked', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=en-US&product=us-personal-loan');
  const today = new Date();
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const in40 = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 40);
  await sim.firstPayment.fill(iso(in40));
  const us = `${in40.getMonth() + 1}/${in40.getDate()}/${in40.getFullYear()}`;
  await expect(sim.schedule.getByRole('row').nth(1).getByRole('cell').first()).toHaveText(us);
  await sim.firstPayment.fill(iso(new Date(today.getFullYear() + 1, today.getMonth(), 1)));
  await expect(sim.messagesOf(sim.firstPayment)).toHaveText(/^Choose a date from \d+\/\d+\/\d{4} to \d+\/\d+\/\d{4}\.$/);
  await sim.firstPayment.fill('');
  await expect(sim.instalment).toHaveText('$332.10');
});

test('the full schedule of 360 payments is reachable and ends at zero', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=en-US&product=us-home-equity&term=360');
  await expect(sim.instalment).toHaveText('$698.53');
  await expect(sim.schedule).toHaveAttribute('aria-rowcount', '361');
  const rowsInDom = await sim.schedule.locator('tbody tr:not(.spacer)').count();
  expect(rowsInDom).toBeLessThan(60);
  const scroller = page.locator('div.schedule-scroll');
  await scroller.evaluate((el) => { el.scrollTop = el.scrollHeight; });
  const last = sim.schedule.getByRole('row', { name: /^360 / });
  await expect(last).toBeVisible();
  await expect(last.getByRole('cell').last()).toHaveText('$0.00');
  const lastDate = await last.getByRole('cell').first().textContent();
  const [m, d, y] = lastDate!.split('/').map(Number);
  const long = new Date(y, m - 1, d).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
  await expect(sim.fact('last-payment')).toHaveText(long);
});

test('the charts have text alternatives', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=en-US&product=us-personal-loan');
  await expect(page.getByRole('img', { name: /^Balance over time The balance falls from \$10,000\.00 to zero over 36 payments; half is repaid after payment \d+\.$/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^What each payment repays Interest is \d+\.\d% of the first payment/ })).toBeVisible();
});

test('affordability gives the maximum, a verdict with reasons, and a one-tap amount', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=en-US&product=us-personal-loan');
  await expect(page.getByTestId('afford-result')).toHaveText('Enter your income to see how much you can borrow.');
  await sim.income.fill('2,000');
  await sim.debts.fill('600');
  // 43% of 2,000 is 860; with 600 of other debts, 260 a month is left for this loan.
  await expect(page.getByTestId('max-instalment')).toHaveText('$260.00');
  await expect(page.getByTestId('verdict')).toHaveText("This loan does not fit your budget under the lender's rules:");
  await expect(page.getByTestId('afford-result')).toContainText('debt payments would take 46.6% of your income; the maximum is 43.0%.');
  const use = page.getByRole('button', { name: /^Use \$/ });
  const label = await use.textContent();
  await use.click();
  await expect(sim.amount).toHaveValue(label!.replace('Use $', '').replace(/\.00$/, ''));
  await expect(page.getByTestId('verdict')).toHaveText("This loan fits your budget under the lender's rules.");
  await expect(sim.instalment).toHaveText(/^\$2(5\d|60)\.\d\d$/);
  await sim.income.fill('abc');
  await expect(sim.messagesOf(sim.income)).toHaveText('“a” is not part of a number.');
});

test('an extra payment shows the interest saved', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=en-US&product=us-personal-loan');
  await sim.extraAmount.fill('1,000');
  await sim.extraAt.fill('6');
  await expect(page.getByTestId('extra-payments')).toHaveText(/^3[0-5] payments \(\d+ fewer\)$/);
  const saved = await page.getByTestId('interest-saved').textContent();
  expect(Number(saved!.replace(/[$,]/g, ''))).toBeGreaterThan(0);
  await page.getByRole('radio', { name: 'Lower the payment (same end date)' }).check();
  await expect(page.getByTestId('extra-payments')).toHaveText('36 payments (0 fewer)');
  await expect(page.getByTestId('instalment-after')).not.toHaveText('$332.10');
  await sim.extraAt.fill('99');
  await expect(sim.messagesOf(sim.extraAt)).toHaveText('Enter a payment number from 1 to 36.');
});

test('an EU loan carries the warning that borrowing money costs money; others do not', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=es-ES&product=es-prestamo-personal');
  await expect(page.getByTestId('legal-warning')).toHaveText('¡Atención! Pedir dinero prestado cuesta dinero.');
  await sim.chooseProduct(/^Préstamo con garantía hipotecaria/);
  await expect(page.getByTestId('legal-warning')).toHaveCount(0);
});
