import { expect, type Locator, type Page } from '@playwright/test';

/** The comparison as a person sees it: its fields by label, and one card per product. */
export class ComparePage {
  readonly amount: Locator;
  readonly months: Locator;
  readonly income: Locator;
  readonly currency: Locator;
  readonly segment: Locator;
  readonly sort: Locator;
  readonly summary: Locator;
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.amount = page.getByRole('textbox', { name: /^(Amount|Monto|Importe)$/ });
    this.months = page.getByRole('textbox', { name: /^(Term in months|Plazo en meses)$/ });
    this.income = page.getByRole('textbox', { name: /^(Net monthly income|Ingreso neto mensual)$/ });
    this.currency = page.getByRole('combobox', { name: /^(Currency|Moneda)$/ });
    this.segment = page.getByRole('combobox', { name: /^(Customer type|Tipo de cliente)$/ });
    this.sort = page.getByRole('combobox', { name: /^(Sort by|Ordenar por)$/ });
    this.summary = page.getByTestId('compare-summary');
    this.cards = page.getByTestId('compare-row');
  }

  /** Opens `path` (the comparison, or a campaign's) with `query` and waits for the cards. */
  async open(query = '', path = '/compare') {
    await this.page.goto(`${path}${query}`);
    await expect(this.amount).toBeVisible();
  }

  /** The product ids of the cards, in the order shown. */
  async order(): Promise<string[]> {
    return this.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-product') ?? ''));
  }

  /** The card of a product. */
  card(id: string): Locator {
    return this.page.locator(`[data-testid="compare-row"][data-product="${id}"]`);
  }
}
