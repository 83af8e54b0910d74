// The import screen in real Chromium against the demo: the owner checks and imports the amoCRM sample
// (docs/samples), finds the batch in the list and reverts it; a file with a bad row shows the error at
// its row and column and writes nothing; a marketer gets the Direct spend upload only, and a campaign
// on a colleague's channel is refused in words; a file with renamed columns is refused, mapped, checked again
// and imported. Everything written is reverted, so the other browser
// tests see the demo as it was.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { BASE_URL, api, launch, signIn } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const AMO_SAMPLE = fileURLToPath(new URL('../../docs/samples/amocrm-leads.csv', import.meta.url));

let browser;
before(async () => {
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
});

async function openImport(page) {
  await page.goto(`${BASE_URL}/import`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** A file for the file input, made here (name, text). */
const file = (name, text, mimeType = 'text/csv') => ({ name, mimeType, buffer: Buffer.from(text, 'utf8') });

const stat = (report, label) =>
  report.locator('.stat', { has: report.page().getByText(label, { exact: true }) }).locator('.stat__value');

test('the owner checks the amoCRM sample, imports it, finds the batch and reverts it', async () => {
  const owner = await signIn(browser, 'owner');
  // Owners reach Import from the account menu, as Settings.
  await owner.getByRole('button', { name: /^Account menu for / }).click();
  await owner.getByRole('link', { name: 'Import data' }).click();
  await owner.getByRole('heading', { name: 'Import', level: 1 }).waitFor();

  const form = owner.getByRole('form', { name: 'Import a file' });
  assert.equal(await form.getByRole('radio').count(), 6);
  await form.getByRole('radio', { name: /amoCRM leads/ }).check();
  await form.getByLabel('File', { exact: true }).setInputFiles(AMO_SAMPLE);
  assert.equal(await form.getByRole('button', { name: 'Import' }).isDisabled(), true);
  await form.getByRole('button', { name: 'Check file' }).click();

  const report = owner.getByTestId('import-report');
  await report.getByRole('heading', { name: 'Check: nothing written yet' }).waitFor();
  assert.equal(await stat(report, 'Rows').innerText(), '6');
  assert.equal(await stat(report, 'New').innerText(), '6');
  assert.equal(await stat(report, 'With errors').innerText(), '0');
  await report.getByText('CSV, UTF-8, separated by semicolons').waitFor();
  const batchesBefore = (await api(owner, '{ importBatches(first: 1) { totalCount } }')).importBatches.totalCount;

  await form.getByRole('button', { name: 'Import' }).click();
  const applied = report.getByRole('heading', { name: /^Imported: batch \d+$/ });
  await applied.waitFor();
  const batchId = (await applied.innerText()).match(/(\d+)$/)[1];
  const { importBatches } = await api(
    owner,
    '{ importBatches(first: 1) { totalCount edges { node { id fileName created revertedAt } } } }',
  );
  assert.equal(importBatches.totalCount, batchesBefore + 1);
  assert.deepEqual(importBatches.edges[0].node, {
    id: batchId,
    fileName: 'amocrm-leads.csv',
    created: 6,
    revertedAt: null,
  });

  const row = owner.getByTestId(`import-batch-${batchId}`);
  await row.getByText('amocrm-leads.csv').waitFor();
  await row.getByText('6: 6 new, 0 updated, 0 unchanged, 0 with errors').waitFor();
  await row.getByRole('button', { name: `Revert import ${batchId} (amocrm-leads.csv)` }).click();
  const confirm = owner.getByTestId(`import-batch-${batchId}-confirm`);
  await confirm.getByText(`Revert import ${batchId}? What it created is voided`).waitFor();
  await confirm.getByRole('button', { name: 'Yes, revert' }).click();
  await row.getByText(/^Reverted /).waitFor();
  const reverted = await api(owner, '{ importBatches(first: 1) { edges { node { id revertedAt } } } }');
  assert.equal(reverted.importBatches.edges[0].node.id, batchId);
  assert.ok(reverted.importBatches.edges[0].node.revertedAt);
  await owner.context().close();
});

test('a bad row is shown at its row and column, in Russian too, and nothing can be imported', async () => {
  const owner = await signIn(browser, 'owner', { language: 'ru' });
  await openImport(owner);
  const { channels } = await api(owner, '{ channels(first: 1) { edges { node { name } } } }');
  const good = channels.edges[0].node.name;
  const form = owner.getByRole('form', { name: 'Импорт файла' });
  await form.getByRole('radio', { name: /Шаблон расходов Tandem/ }).check();
  await form
    .getByLabel('Файл', { exact: true })
    .setInputFiles(
      file('spend.csv', `day,channel,amount\n01.11.2026,${good},100.00\n02.11.2026,Радио «Несуществующее»,50\n`),
    );
  // A slow answer (held back here for 2.5 s): the screen stays busy with the time it has been waiting.
  await owner.route(
    '**/api/imports',
    async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await route.continue();
    },
    { times: 1 },
  );
  await form.getByRole('button', { name: 'Проверить файл' }).click();
  const busy = owner.locator('.import-busy');
  await busy.getByText('Проверяем файл…').waitFor();
  await busy.getByText('2 с').waitFor();
  assert.equal(await form.getByRole('button', { name: 'Проверить файл' }).isDisabled(), true);

  const errors = owner.getByRole('table', { name: 'Строки с ошибками' });
  await errors.waitFor();
  const cells = await errors.locator('tbody tr').first().locator('td').allInnerTexts();
  assert.deepEqual(cells.slice(0, 2), ['2', 'channel']);
  assert.match(cells[2], /^Нет канала «Радио «Несуществующее»»/);
  await owner
    .getByText(/Пока в строках есть ошибки, импортировать нельзя/)
    .first()
    .waitFor();
  assert.equal(await form.getByRole('button', { name: 'Импортировать' }).isDisabled(), true);
  await owner.context().close();
});

test('a marketer gets only the Direct spend upload; a colleague’s campaign is refused in words', async () => {
  const marketer = await signIn(browser, 'marketer');
  await marketer.getByRole('button', { name: /^Account menu for / }).click();
  await marketer.getByRole('link', { name: 'Import data' }).click();
  await marketer.getByRole('heading', { name: 'Import', level: 1 }).waitFor();
  const form = marketer.getByRole('form', { name: 'Import a file' });
  assert.equal(await form.getByRole('radio').count(), 0);
  await form.getByText('Yandex Direct spend').waitFor();
  assert.equal(await marketer.getByRole('heading', { name: 'Applied imports' }).count(), 0);
  assert.equal(await marketer.getByRole('heading', { name: 'Tandem templates' }).count(), 0);

  const { me, channels, company } = await api(
    marketer,
    '{ me { id } company { today } channels(first: 50) { edges { node { name archived marketer { id } } } } }',
  );
  const open = channels.edges.map((e) => e.node).filter((c) => !c.archived);
  const own = open.find((c) => c.marketer?.id === me.id);
  const colleagues = open.find((c) => c.marketer && c.marketer.id !== me.id);
  const header = 'Date\tCampaignName\tCost';

  await form
    .getByLabel('File', { exact: true })
    .setInputFiles(
      file('direct.tsv', `${header}\n${company.today}\t${own.name}\t10.00\n`, 'text/tab-separated-values'),
    );
  await form.getByRole('button', { name: 'Check file' }).click();
  const report = marketer.getByTestId('import-report');
  await report.getByRole('heading', { name: 'Check: nothing written yet' }).waitFor();
  assert.equal(await stat(report, 'New').innerText(), '1');
  await report.getByText('CSV, UTF-8, separated by tabs').waitFor();

  await form
    .getByLabel('File', { exact: true })
    .setInputFiles(
      file(
        'direct2.tsv',
        `${header}\n${company.today}\t${own.name}\t10.00\n${company.today}\t${colleagues.name}\t5.00\n`,
      ),
    );
  await form.getByRole('button', { name: 'Check file' }).click();
  const alert = marketer.getByRole('alert').filter({ hasText: 'The file was not read' });
  await alert.waitFor();
  assert.match(
    await alert.innerText(),
    new RegExp(`Row 2: campaign “${colleagues.name}” is the channel “${colleagues.name}”, which is not yours`),
  );
  await marketer.context().close();

  // The hunter has no import: neither in the menu nor at the address.
  const hunter = await signIn(browser, 'hunter');
  await hunter.getByRole('button', { name: /^Account menu for / }).click();
  await hunter.getByRole('link', { name: 'Account' }).waitFor();
  assert.equal(await hunter.getByRole('link', { name: 'Import data' }).count(), 0);
  await openImport(hunter);
  assert.notEqual(await hunter.getByRole('heading', { level: 1 }).innerText(), 'Import');
  await hunter.context().close();
});

/** The amoCRM sample as a CRM with renamed columns writes it: "Менеджер" for Ответственный, "Стадия" for Статус сделки. */
const renamedAmo = () => readFileSync(AMO_SAMPLE, 'utf8').replace(';Ответственный;Статус сделки;', ';Менеджер;Стадия;');

const CLEAR_MAPPING = `mutation { setImportMapping(input: { source: "amocrm-leads", columns: [
  { field: "Ответственный", header: null }, { field: "Статус сделки", header: null }] }) { source } }`;

test('a file with renamed columns is refused; the owner maps them, checks again and imports', async () => {
  const owner = await signIn(browser, 'owner');
  try {
    await openImport(owner);
    const form = owner.getByRole('form', { name: 'Import a file' });
    await form.getByRole('radio', { name: /amoCRM leads/ }).check();
    await form.getByLabel('File', { exact: true }).setInputFiles(file('amocrm-renamed.csv', renamedAmo()));
    await form.getByRole('button', { name: 'Check file' }).click();
    const alert = owner.getByRole('alert').filter({ hasText: 'The file was not read' });
    await alert.waitFor();
    assert.match(
      await alert.innerText(),
      /No header row with the columns ID, Дата создания, Ответственный, Статус сделки/,
    );

    const mapping = owner.getByRole('form', { name: 'Column mapping: amoCRM leads' });
    await mapping.waitFor();
    const manager = mapping.getByLabel(/^Ответственный/);
    const stage = mapping.getByLabel(/^Статус сделки/);
    assert.equal(await manager.getAttribute('aria-invalid'), 'true');
    assert.equal(await mapping.getByText('Not found in the file: pick the header that means it.').count(), 2);
    assert.ok((await manager.locator('option').allInnerTexts()).includes('Менеджер'));
    await manager.selectOption('Менеджер');
    await stage.selectOption('Стадия');
    await mapping.getByRole('button', { name: 'Save mapping and check again' }).click();

    // saved, and the very file checked again by itself
    const report = owner.getByTestId('import-report');
    await report.getByRole('heading', { name: 'Check: nothing written yet' }).waitFor();
    assert.equal(await stat(report, 'Rows').innerText(), '6');
    assert.equal(await stat(report, 'New').innerText(), '6');
    assert.equal(await stat(report, 'With errors').innerText(), '0');
    await report.locator('.import-report__columns summary').click();
    assert.match(
      await report.locator('.import-report__column-list li', { hasText: 'Менеджер' }).innerText(),
      /Ответственный/,
    );
    const { importMapping } = await api(
      owner,
      '{ importMapping(source: "amocrm-leads") { changedBy { fullName } columns { field header } } }',
    );
    assert.deepEqual(
      importMapping.columns.filter((c) => c.header),
      [
        { field: 'Ответственный', header: 'Менеджер' },
        { field: 'Статус сделки', header: 'Стадия' },
      ],
    );

    await form.getByRole('button', { name: 'Import' }).click();
    const applied = report.getByRole('heading', { name: /^Imported: batch \d+$/ });
    await applied.waitFor();
    const batchId = (await applied.innerText()).match(/(\d+)$/)[1];
    const { importBatches } = await api(owner, '{ importBatches(first: 1) { edges { node { id created failed } } } }');
    assert.deepEqual(importBatches.edges[0].node, { id: batchId, created: 6, failed: 0 });
    // the same leads as the sample with its own headers: the won one has its assignee and status
    const { leads } = await api(
      owner,
      '{ leads(first: 100) { edges { node { externalId status assignee { fullName } } } } }',
    );
    const won = leads.edges.map((e) => e.node).find((l) => l.externalId === 'amocrm:880101');
    assert.deepEqual(won, { externalId: 'amocrm:880101', status: 'WON', assignee: { fullName: 'Ivan Sokolov' } });

    // Taken back, so the other browser tests see the demo as it was.
    await api(owner, `mutation { revertImport(id: "${batchId}") { revertedAt } }`);
  } finally {
    await api(owner, CLEAR_MAPPING);
    await owner.context().close();
  }
});

test('Import: axe-clean, no sideways scrolling, screenshots in en and ru at 1440 and 390 px', async () => {
  for (const language of ['en', 'ru']) {
    for (const width of [1440, 390]) {
      const owner = await signIn(browser, 'owner', { language, width });
      await openImport(owner);
      // The screen with a check's answer: counts, how the file was read, and row errors.
      const bad = readFileSync(AMO_SAMPLE, 'utf8').replace(
        'Ivan Sokolov;Успешно реализовано;184 500',
        'Пётр Незнакомов;Успешно реализовано;184 500',
      );
      await owner.locator('input[type=file]').setInputFiles(file('amocrm-leads-bad.csv', bad));
      await owner.locator('form.import-form button[type=submit]').click();
      await owner.getByTestId('import-report').locator('table.import-report__errors').waitFor();
      await owner.locator('.import-report__columns summary').click();
      await owner.locator('.paged').waitFor();
      await owner.evaluate(readFileSync(AXE, 'utf8'));
      const violations = await owner.evaluate(async () => {
        // eslint-disable-next-line no-undef
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
      });
      assert.deepEqual(violations, [], `${language} ${width}: ${JSON.stringify(violations)}`);
      const scrollWidth = await owner.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `Import is ${scrollWidth}px wide at ${width}px (${language})`);
      // From the top, so the sticky header sits where it belongs in the full-page picture.
      await owner.evaluate(() => window.scrollTo(0, 0));
      await owner.screenshot({ path: `${SHOTS}imports-${language}-${width}.png`, fullPage: true });

      // A file with renamed columns: the refusal and the column mapping under it (nothing saved here).
      await owner.locator('input[type=file]').setInputFiles(file('amocrm-renamed.csv', renamedAmo()));
      await owner.locator('form.import-form button[type=submit]').click();
      await owner.locator('form.import-mapping select').first().waitFor();
      const mappingViolations = await owner.evaluate(async () => {
        // eslint-disable-next-line no-undef
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
      });
      assert.deepEqual(mappingViolations, [], `mapping ${language} ${width}: ${JSON.stringify(mappingViolations)}`);
      const mappingWidth = await owner.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(mappingWidth <= width, `The mapping is ${mappingWidth}px wide at ${width}px (${language})`);
      await owner.evaluate(() => window.scrollTo(0, 0));
      await owner.screenshot({ path: `${SHOTS}imports-mapping-${language}-${width}.png`, fullPage: true });
      await owner.context().close();
    }
  }
});
