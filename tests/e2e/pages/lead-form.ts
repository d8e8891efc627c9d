import { expect, type Locator, type Page } from '@playwright/test';

/** Where the e2e suite's lead receiver listens (started by playwright.config.ts). */
export const RECEIVER = `http://127.0.0.1:${process.env.CUOTA_RECEIVER_PORT ?? 8797}`;

/** One request the receiver stored. */
export interface Received {
  headers: Record<string, string>;
  body: string;
  json?: any;
}

/** The receiver, driven over HTTP as the tests need: what it got, and how to misbehave next. */
export class Receiver {
  async reset() {
    await this.control({ reset: true });
  }

  async control(command: object) {
    const r = await fetch(`${RECEIVER}/_control`, { method: 'POST', body: JSON.stringify(command) });
    expect(r.ok, `receiver control ${JSON.stringify(command)}`).toBeTruthy();
  }

  /** The leads stored so far (each idempotency key once). */
  async received(): Promise<Received[]> {
    const r = await fetch(`${RECEIVER}/_received`);
    return (await r.json()).leads;
  }

  /** Repeats of an already stored idempotency key. */
  async duplicates(): Promise<Received[]> {
    const r = await fetch(`${RECEIVER}/_received`);
    return (await r.json()).duplicates;
  }

  /** Every attempt the receiver answered, in order, with its time and status. */
  async attempts(): Promise<{ time: number; status: number }[]> {
    const r = await fetch(`${RECEIVER}/_received`);
    return (await r.json()).attempts;
  }
}

/**
 * Points the site's lead endpoint at the suite's receiver (the shipped config/leads.json points at
 * the development receiver on 8787), optionally changing the configuration for one test.
 */
export async function useReceiver(page: Page, change: (config: any) => void = () => {}) {
  await page.route('**/config/leads.json', async (route) => {
    const response = await route.fetch();
    const config = await response.json();
    for (const e of config.endpoints) e.url = e.url.replace('http://127.0.0.1:8787', RECEIVER);
    change(config);
    await route.fulfill({ response, json: config });
  });
}

/** The "leave your details" form as a person fills it in. */
export class LeadForm {
  readonly name: Locator;
  readonly phone: Locator;
  readonly email: Locator;
  readonly contactTime: Locator;
  readonly message: Locator;
  readonly consentContact: Locator;
  readonly consentMarketing: Locator;
  readonly submit: Locator;
  readonly status: Locator;

  private openedAt = 0;

  constructor(readonly page: Page) {
    this.name = page.getByRole('textbox', { name: /^(Full name|Nombre completo)$/ });
    this.phone = page.getByRole('textbox', { name: /^(Phone|Teléfono)/ });
    this.email = page.getByRole('textbox', { name: /^(Email|Correo electrónico)/ });
    this.contactTime = page.getByRole('combobox', { name: /^(Best time to call|Mejor horario)/ });
    this.message = page.getByRole('textbox', { name: /^(Message|Mensaje)/ });
    this.consentContact = page.getByRole('checkbox', { name: /(contact me about this simulation|me contacten sobre esta simulación)/i });
    this.consentMarketing = page.getByRole('checkbox', { name: /(offers|ofertas)/i });
    this.submit = page.getByRole('button', { name: /^(Send my details|Enviar mis datos)$/ });
    this.status = page.getByTestId('lead-status');
  }

  /** Opens the simulator (or a page that holds it, such as a campaign's) with `query` and waits for
   * the form; people take seconds to fill it in. */
  async open(query = '?lang=en-US', path = '/simulator') {
    await this.page.goto(`${path}${query}`);
    await expect(this.submit).toBeVisible();
    this.openedAt = Date.now();
  }

  /** Waits until a person could have filled the form since it appeared (the anti-spam minimum is 2.5 s). */
  async waitOutAntiSpam() {
    const wait = this.openedAt + 2700 - Date.now();
    if (wait > 0) await this.page.waitForTimeout(wait);
  }

  /** Sends the form once a person could have filled it. */
  async send() {
    await this.waitOutAntiSpam();
    await this.submit.click();
  }

  /** Fills the form with a person's details and the contact consent, as a person would. */
  async fill(details: { name: string; phone?: string; email?: string; message?: string }) {
    await this.name.fill(details.name);
    if (details.phone !== undefined) await this.phone.fill(details.phone);
    if (details.email !== undefined) await this.email.fill(details.email);
    if (details.message !== undefined) await this.message.fill(details.message);
    await this.consentContact.check();
  }
}
