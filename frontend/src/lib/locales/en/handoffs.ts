/** English texts of handoffs (lib/locales/en.ts puts every part together). */
export const handoffs = {
  heading: 'Hand-overs',
  intro:
    'Leads created this month by each marketer and handed to each salesperson: what became of them, and how fast. The same evidence for everyone; no individual leads.',
  caption: 'Hand-overs of this month’s leads by marketer and salesperson',
  pair: 'Marketer → salesperson',
  pairName: '{{marketer}} → {{salesperson}}',
  leads: 'Leads handed',
  converted: 'Converted',
  notTarget: 'Not target',
  contested: 'Contested',
  overturned: 'Overturned',
  hoursToAssign: 'Median time to hand over',
  hoursToClose: 'Median time to close',
  hours: '{{value}} h',
  empty: 'No lead created this month has been handed over yet.',
  contestedCount: '{{count}} contested',
  contestedHint: 'Contested “not target” marks do not count in the share until an owner rules on them.',
};
