import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { SimulatorPage } from '../pages/simulator-page';

const viewports: [number, number, string][] = [
  [375, 812, 'phone'],
  [1024, 768, 'tablet'],
  [1440, 900, 'desktop'],
];

// Overflow is measured once the sections built after the first frame (charts, schedule, sharing) are
// there: the schedule's table is the widest thing on a page and must scroll inside its own box.
const pagesToCheck: [string, string][] = [
  ['simulator', '/simulator?lang=es-MX&product=mx-crece-semanal'],
  ['campaign', '/c/crece-tu-negocio?lang=es-MX'],
];

for (const [width, height, kind] of viewports) {
  for (const [name, path] of pagesToCheck) {
    test(`${kind} ${width}×${height}, ${name}: nothing overflows and a screenshot is kept`, async ({ page }, testInfo) => {
      // The shipped campaign is live from 2026-11-01 to 2027-01-31.
      await page.clock.setSystemTime(new Date('2026-12-01T10:00:00'));
      await page.setViewportSize({ width, height });
      await page.goto(path);
      const sim = new SimulatorPage(page);
      await expect(sim.instalment).toBeVisible();
      await expect(page.getByTestId('qr')).toBeAttached();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      mkdirSync('artifacts', { recursive: true });
      const file = `artifacts/${name}-${width}x${height}.png`;
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(`${name}-${width}x${height}`, { path: file, contentType: 'image/png' });
    });
  }
}
