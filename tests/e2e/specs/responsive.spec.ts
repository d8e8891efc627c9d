import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { SimulatorPage } from '../pages/simulator-page';

const viewports: [number, number, string][] = [
  [375, 812, 'phone'],
  [1024, 768, 'tablet'],
  [1440, 900, 'desktop'],
];

for (const [width, height, kind] of viewports) {
  test(`${kind} ${width}×${height}: nothing overflows and a screenshot is kept`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height });
    const sim = new SimulatorPage(page);
    await sim.open('?lang=es-MX&product=mx-crece-semanal');
    await expect(sim.instalment).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    mkdirSync('artifacts', { recursive: true });
    const path = `artifacts/simulator-${width}x${height}.png`;
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`simulator-${width}x${height}`, { path, contentType: 'image/png' });
  });
}
