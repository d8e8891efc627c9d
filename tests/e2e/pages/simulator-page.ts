import { expect, type Locator, type Page } from '@playwright/test';

/** The simulator as a person sees it: controls found by their roles and labels. */
export class SimulatorPage {
  readonly amount: Locator;
  readonly amountSlider: Locator;
  readonly term: Locator;
  readonly termSlider: Locator;
  readonly firstPayment: Locator;
  readonly instalment: Locator;
  readonly legalRate: Locator;
  readonly result: Locator;
  readonly representative: Locator;
  readonly schedule: Locator;
  readonly language: Locator;
  readonly income: Locator;
  readonly expenses: Locator;
  readonly debts: Locator;
  readonly extraAmount: Locator;
  readonly extraAt: Locator;
  readonly extraEvery: Locator;
  readonly shareLink: Locator;

  constructor(readonly page: Page) {
    this.amount = page.getByRole('textbox', { name: /^(Amount|Monto|Importe)$/ });
    this.amountSlider = page.getByRole('slider', { name: /^(Amount|Monto|Importe)$/ });
    this.term = page.getByRole('textbox', { name: /^(Number of|Número de)/ });
    this.termSlider = page.getByRole('slider', { name: /^(Number of|Número de)/ });
    this.firstPayment = page.getByLabel(/^(First payment date|Fecha del primer)/);
    this.instalment = page.getByTestId('instalment');
    this.legalRate = page.getByTestId('legal-rate');
    this.result = page.locator('output.result');
    this.representative = page.getByTestId('representative');
    this.schedule = page.getByRole('table');
    this.language = page.getByLabel(/^(Language|Idioma)$/);
    this.income = page.getByRole('textbox', { name: /^(Net monthly income|Ingreso neto mensual)$/ });
    this.expenses = page.getByRole('textbox', { name: /^(Monthly living expenses|Gastos mensuales de vida)$/ });
    this.debts = page.getByRole('textbox', { name: /^(Monthly payments on other debts|Pagos mensuales de otras deudas)$/ });
    this.extraAmount = page.getByRole('textbox', { name: /^(Extra amount|Importe adicional)$/ });
    this.extraAt = page.getByRole('textbox', { name: /^(With payment number|Con (el pago|la cuota) número)$/ });
    this.extraEvery = page.getByRole('textbox', { name: /^(Repeat every|Repetir cada)/ });
    this.shareLink = page.getByRole('textbox', { name: /^(Link to this simulation|Enlace a esta simulación)$/ });
  }

  /** Opens the simulator with a query (e.g. `?lang=es-ES&product=…`) and waits for the result. */
  async open(query = '') {
    await this.page.goto(`/simulator${query}`);
    await expect(this.amount).toBeVisible();
  }

  /** Chooses a product by its visible name. */
  async chooseProduct(name: string | RegExp) {
    await this.page.getByRole('radio', { name }).check();
  }

  /** Chooses a payment frequency by its visible name. */
  async chooseFrequency(name: string | RegExp) {
    await this.page.getByRole('radio', { name, exact: typeof name === 'string' }).check();
  }

  /** A fact of the results by its test id (`payments`, `total`, `interest`, …). */
  fact(id: string): Locator {
    return this.page.getByTestId(id);
  }

  /** The messages shown beside a field (what its aria-describedby points at). */
  messagesOf(field: Locator): Locator {
    return this.page.locator('.field').filter({ has: field }).locator('.field-messages');
  }

  /** Waits until the address bar carries `param=value`. */
  async expectUrlParam(param: string, value: string) {
    await expect.poll(() => new URL(this.page.url()).searchParams.get(param)).toBe(value);
  }
}
