import { expect, type Locator, type Page } from '@playwright/test';

/** The simulator as a person sees it: fields found by their labels, the result by its role. */
export class SimulatorPage {
  readonly amount: Locator;
  readonly months: Locator;
  readonly rate: Locator;
  readonly result: Locator;
  readonly instalment: Locator;
  readonly language: Locator;

  constructor(readonly page: Page) {
    this.amount = page.getByLabel(/^(Amount|Monto)$/);
    this.months = page.getByLabel(/^(Term \(months\)|Plazo \(meses\))$/);
    this.rate = page.getByLabel(/^(Annual interest rate \(%\)|Tasa de interés anual \(%\))$/);
    this.result = page.getByRole('status');
    this.instalment = page.getByTestId('instalment');
    this.language = page.getByLabel(/^(Language|Idioma)$/);
  }

  async open(query = '') {
    await this.page.goto(`/${query}`);
    await expect(this.amount).toBeVisible();
  }

  async simulate(amount: string, months: string, rate: string) {
    await this.amount.fill(amount);
    await this.months.fill(months);
    await this.rate.fill(rate);
  }

  /** The error message shown beside a field (its aria-describedby target). */
  errorOf(field: Locator): Locator {
    return this.page.locator('.field').filter({ has: field }).locator('.field-error');
  }
}
