// What one upsert costs Azurite's table store as the Reports table grows (README, "Exports and summary at 100,000").
// Azurite 3.37 (LokiTableMetadataStore.insertOrUpdateTableEntity) looks the entity up with
// findOne({ RowKey, PartitionKey }) twice (once to choose insert or update, once inside the insert), on a collection with
// binary indices on PartitionKey and RowKey. LokiJS answers an implicit $and from its first property's index, here RowKey,
// then scans the rows that index returned: with the Reports table's constant RowKey "report" that is every row of the table.
// Run: npm ci; node tests/ReportAudit.Benchmarks/azurite-upsert-cost.js
const path = require('path');
const crypto = require('crypto');
const loki = require(path.join(__dirname, '..', '..', 'node_modules', 'lokijs'));

for (const mode of ['RowKey "report" (the Reports table today)', 'RowKey = report id (proposed)']) {
  const db = new loki('upsert-cost', { persistenceMethod: 'memory' });
  const table = db.addCollection('Reports', { indices: ['PartitionKey', 'RowKey'] });
  const rates = [];
  let start = process.hrtime.bigint();
  for (let i = 1; i <= 100000; i++) {
    const id = crypto.createHash('sha1').update(String(i)).digest('hex').slice(0, 20);
    const rowKey = mode.startsWith('RowKey "report"') ? 'report' : id;
    // One look-up per upsert here; Azurite makes two, so its store costs about twice these figures.
    if (!table.findOne({ RowKey: rowKey, PartitionKey: id })) {
      table.insert({ PartitionKey: id, RowKey: rowKey, properties: { Body: `第${i}号单位`, Errors: i % 3 } });
    }

    if (i % 10000 === 0) {
      const now = process.hrtime.bigint();
      rates.push(`${i / 1000}k: ${Math.round(10000 / (Number(now - start) / 1e9))}/s`);
      start = now;
    }
  }

  console.log(`${mode}: ${rates.join(', ')}`);
}
