import { expect, test } from '@playwright/test';

const broken = {
  version: 1,
  products: [
    { id: 'Bad Id', name: { es: 'X' }, currency: 'mxn', convention: 'mx_cat',
      amount: { min: '5000', max: '1000', step: '100', default: '2000' },
      terms: [{ frequency: 'weekly', min_payments: 8, max_payments: 26, default_payments: 16 }],
      pricing: { annual_rate: '0.5' }, affordability: { max_dti: '0.4' },
      representative: { amount: '2000', payments: 16, frequency: 'monthly' } },
  ],
};

test('an invalid catalogue shows every problem with its path, in the person\'s language', async ({ page }) => {
  await page.route('**/config/products.json', (r) => r.fulfill({ json: broken }));
  // Campaigns are checked against the products as written: with none, only the products' problems.
  await page.route('**/config/campaigns.json', (r) => r.fulfill({ json: { version: 1, campaigns: [] } }));
  await page.goto('/simulator?lang=es-MX');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('La configuración del sitio (productos, entidad y campañas) tiene problemas');
  await expect(alert.getByRole('listitem')).toHaveText([
    'products[0].id: usa solo minúsculas, cifras y guiones',
    'products[0].currency: usa un código ISO 4217 de tres letras, como MXN, EUR o USD',
    'products[0].amount.max: el mínimo es mayor que el máximo',
    'products[0].representative.frequency: el producto no ofrece esta periodicidad',
  ]);
});

test('a catalogue that is not JSON names the line and column', async ({ page }) => {
  await page.route('**/config/products.json', (r) => r.fulfill({ body: '{"version": 1, "products": [ {"id": "x", "colour": 1} ] }', contentType: 'application/json' }));
  await page.goto('/simulator?lang=en-US');
  await expect(page.getByRole('alert').getByRole('listitem')).toHaveText(/^products\[0\]\.colour: line 1, column \d+: unknown field `colour`/);
});

test('a catalogue that cannot be downloaded can be retried', async ({ page }) => {
  let calls = 0;
  await page.route('**/config/products.json', async (r) => {
    calls++;
    if (calls === 1) await r.fulfill({ status: 500, body: 'boom' });
    else await r.continue();
  });
  await page.goto('/simulator?lang=en-US');
  await expect(page.getByRole('alert')).toContainText('The products could not be loaded (HTTP 500). Check your connection and try again.');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('instalment')).toHaveText('$332.10');
});

test('a lender file with unreadable colours is refused by path, with the contrast it would have', async ({ page }) => {
  await page.route('**/config/lender.json', (r) => r.fulfill({ json: {
    version: 1, name: 'Yellow Loans',
    colours: { brand: '#ffff00', brand_ink: '#ffffff', brand_soft: 'yellow' },
    privacy_notice: { url: { en: 'http://yellow.example/privacy' }, version: '3' },
  } }));
  await page.goto('/simulator?lang=en-US');
  await expect(page.getByRole('alert').getByRole('listitem')).toHaveText([
    'lender.json: colours.brand_soft: use a colour written #rrggbb, such as #0b5f55',
    'lender.json: colours.brand_ink: text on the brand colour would be hard to read: contrast 1.07:1, at least 4.5:1 is needed',
    'lender.json: privacy_notice.url.en: use an https:// address (http:// only for localhost)',
  ]);
});

test('the lender from lender.json signs the page and sets its colours', async ({ page }) => {
  await page.route('**/config/lender.json', (r) => r.fulfill({ json: {
    version: 1, name: 'Caja Ejemplo',
    colours: { brand: '#5b2a86', brand_ink: '#ffffff', brand_soft: '#efe7f6' },
    contact: { phone: '+34 912 345 678', email: 'hola@caja.example', hours: { es: 'De 8:00 a 20:00' } },
    logo: 'https://caja.example/logo.svg',
    privacy_notice: { url: { es: 'https://caja.example/privacidad' }, version: '2026-09' },
  } }));
  await page.goto('/simulator?lang=es-ES');
  const lender = page.getByTestId('lender');
  await expect(lender).toContainText('Caja Ejemplo');
  await expect(lender.getByRole('link', { name: '+34 912 345 678' })).toHaveAttribute('href', 'tel:+34912345678');
  await expect(lender.getByRole('link', { name: 'hola@caja.example' })).toHaveAttribute('href', 'mailto:hola@caja.example');
  await expect(lender).toContainText('De 8:00 a 20:00');
  await expect(page.getByRole('img', { name: 'Caja Ejemplo' })).toHaveAttribute('src', 'https://caja.example/logo.svg');
  // The lead form links the lender's own privacy notice.
  await expect(page.getByRole('link', { name: /Aviso de privacidad|Política de privacidad/ })).toHaveAttribute('href', 'https://caja.example/privacidad');
  const header = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(header).toBe('rgb(91, 42, 134)');
});
