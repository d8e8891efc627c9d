import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { mkdirSync } from 'node:fs';
import { SimulatorPage } from '../pages/simulator-page';

test('every input round-trips through the URL, across a reload and a language', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=es-ES&utm_source=feria');
  await sim.amount.fill('15.250,50');
  await sim.term.fill('60');
  await sim.income.fill('2400');
  await sim.extraAmount.fill('1000');
  await sim.extraAt.fill('12');
  await sim.extraEvery.fill('12');
  await page.getByRole('radio', { name: 'Bajar la cuota (misma fecha final)' }).check();
  await sim.expectUrlParam('amount', '15250.5');
  await sim.expectUrlParam('extra_effect', 'lower_instalment');
  const url = page.url();
  expect(new URL(url).searchParams.get('utm_source')).toBe('feria');
  const instalment = await sim.instalment.textContent();
  await page.reload();
  await expect(sim.amount).toHaveValue('15.250,50');
  await expect(sim.term).toHaveValue('60');
  await expect(sim.income).toHaveValue('2400');
  await expect(sim.extraEvery).toHaveValue('12');
  await expect(sim.instalment).toHaveText(instalment!);
  const english = new URL(url);
  english.searchParams.set('lang', 'en-US');
  await page.goto(english.toString());
  await expect(sim.amount).toHaveValue('15,250.50');
  // The same amount in en-US (CLDR): "380,08 €" becomes "€380.08".
  await expect(sim.instalment).toHaveText('€' + instalment!.replace(',', '.').replace('\u00a0€', ''));
});

test('a link with garbage parameters opens a usable page that says what it ignored', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
  const sim = new SimulatorPage(page);
  await sim.open('?lang=en-US&product=zzz&frequency=daily&amount=%3Cscript%3Ealert(1)%3C%2Fscript%3E&term=abc&first=2020-99-99&income=-5&extra_effect=sideways');
  await expect(page.getByText('The link\'s product “zzz” is not offered; showing another product.')).toBeVisible();
  await expect(page.getByText('The link\'s payment frequency “daily” is not offered; showing the usual one.')).toBeVisible();
  await expect(sim.amount).toHaveValue('<script>alert(1)</script>');
  await expect(sim.messagesOf(sim.amount)).toHaveText('“<” is not part of a number.');
  await expect(sim.messagesOf(sim.term)).toHaveText('“a” is not part of a number.');
  await expect(sim.messagesOf(sim.firstPayment)).toHaveText('Enter a valid date.');
  await expect(sim.messagesOf(sim.income)).toHaveText('Enter a number that is not negative.');
  await sim.amount.fill('10,000');
  await sim.term.fill('36');
  await sim.firstPayment.fill('');
  await expect(sim.instalment).toHaveText('$332.10');
  expect(dialogs).toBe(0);
});

test('the QR code opens the same simulation', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=en-US&product=us-personal-loan');
  await sim.amount.fill('12,500');
  await sim.expectUrlParam('amount', '12500');
  const link = await sim.shareLink.inputValue();
  expect(link).toBe(page.url());
  const png = PNG.sync.read(await page.getByTestId('qr').screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(link);
});

/** Pages in a PDF made by Chromium (its page objects are written uncompressed). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('the print stylesheet renders a one-page simulation sheet', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=en-US&product=us-personal-loan&term=36');
  await page.evaluate(() => { (window as any).print = () => {}; });
  await page.getByRole('button', { name: 'Print simulation' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(/^Simulated on [A-Z][a-z]+ \d+, \d{4}\. Figures are an estimate/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Can I afford it?' })).toBeHidden();
  await expect(page.getByTestId('qr')).toBeVisible();
  await expect(sim.schedule.getByRole('row', { name: /^36 / })).toBeVisible();
  mkdirSync('artifacts', { recursive: true });
  const pdf = await page.pdf({ path: 'artifacts/simulation-sheet.pdf', format: 'A4' });
  await page.screenshot({ path: 'artifacts/simulation-sheet-print.png', fullPage: true });
  expect(pdfPages(pdf)).toBe(1);
});

test('a 30-year schedule prints on the same single page, added up by calendar year', async ({ page }) => {
  const sim = new SimulatorPage(page);
  await sim.open('?lang=es-ES&product=us-home-equity&term=360&first=2027-01-15');
  await page.evaluate(() => { (window as any).print = () => {}; });
  await page.getByRole('button', { name: 'Imprimir simulación' }).click();
  await page.emulateMedia({ media: 'print' });
  const grouped = page.getByTestId('printed-schedule');
  await expect(grouped).toBeVisible();
  await expect(grouped.getByText(/^Cuotas sumadas por año natural/)).toBeVisible();
  // 15 Jan 2027 to 15 Dec 2056: thirty calendar years of twelve payments each.
  await expect(grouped.getByRole('row')).toHaveCount(31);
  await expect(grouped.getByRole('row', { name: /^2027 1–12 / })).toBeVisible();
  await expect(grouped.getByRole('row', { name: /^2056 349–360 .* 0,00/ })).toBeVisible();
  const pdf = await page.pdf({ path: 'artifacts/simulation-sheet-360.pdf', format: 'A4' });
  expect(pdfPages(pdf)).toBe(1);
});
