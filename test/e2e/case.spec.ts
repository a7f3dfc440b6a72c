import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, ui } from './helpers';

// The running case: every module ends with a task on it; module 10 adds the capstone plan.

test('the KAISM module’s case task links its tool, and its model answer opens by keyboard', async ({ page }) => {
  await page.goto('/en/modules/kaism/');
  const task = page.getByRole('region', { name: ui('en', 'case.title') });
  await expect(task).toContainText('the regional chain 7.1 and 4.2');
  await expect(page.locator('.on-this-page').getByRole('link', { name: ui('en', 'case.title') })).toHaveAttribute('href', '#case-title');

  const model = task.locator('details').filter({ has: page.getByText(ui('en', 'case.model'), { exact: true }) });
  const answer = model.getByText(/is a key development account, a future star/);
  await expect(answer).toBeHidden();
  // From the tool link, Tab reaches the two disclosures in order; Enter opens the model answer.
  const toolLink = task.getByRole('link', { name: ui('en', 'tool.kaism.name') });
  await toolLink.focus();
  await page.keyboard.press('Tab');
  await expect(task.locator('summary', { hasText: ui('en', 'case.criteria') })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(model.locator('summary')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(answer).toBeVisible();
  await expectNoAxeViolations(page, 'kaism module, model answer open');

  await toolLink.click();
  await expect(page).toHaveURL(/\/en\/tools\/kaism\/$/);
});

test('a case task names a tool that has no page yet without linking it', async ({ page }) => {
  await page.goto('/en/modules/customer-types/');
  const tool = page.getByRole('region', { name: ui('en', 'case.title') }).locator('.case-tool');
  await expect(tool).toContainText(ui('en', 'tool.customer-type.name'));
  await expect(tool).toContainText(ui('en', 'tools.soon'));
  await expect(tool.getByRole('link')).toHaveCount(0);
});

test('the last module shows the model plan in eight parts, and prints the case open and a blank plan', async ({ page }) => {
  await page.goto('/en/modules/implementing-kam/');
  const capstone = page.getByRole('region', { name: ui('en', 'capstone.title') });
  await expect(capstone.locator('dt')).toHaveText([
    ui('en', 'capstone.part.kaismType'),
    ui('en', 'capstone.part.customerType'),
    ui('en', 'capstone.part.relationshipStage'),
    ui('en', 'capstone.part.differentiation'),
    ui('en', 'capstone.part.profileGaps'),
    ui('en', 'capstone.part.corporateActions'),
    ui('en', 'capstone.part.operationalActions'),
    ui('en', 'capstone.part.kpis'),
  ]);
  await expect(capstone.locator('dd').first()).toContainText('Key development account');
  // The blank template is for paper only.
  const template = page.locator('.capstone-template');
  await expect(template).toBeHidden();
  await expectNoAxeViolations(page, 'implementing-kam with the capstone');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.case-task details').last().getByText(/^Relevance: yes/)).toBeVisible();
  await expect(page.locator('.case-task details').first().locator('li').first()).toBeVisible();
  await expect(template).toBeVisible();
  await expect(template.locator('h3')).toHaveCount(8);
});
