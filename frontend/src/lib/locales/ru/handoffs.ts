import type { Translation } from '../en';

/** Russian texts of handoffs (lib/locales/ru.ts puts every part together). */
export const handoffs: Translation['handoffs'] = {
  heading: 'Передача лидов',
  intro:
    'Лиды, созданные в этом месяце каждым маркетологом и переданные каждому продавцу: что с ними стало и как быстро. Одни и те же данные для всех, без отдельных лидов.',
  caption: 'Передача лидов этого месяца по маркетологам и продавцам',
  pair: 'Маркетолог → продавец',
  pairName: '{{marketer}} → {{salesperson}}',
  leads: 'Передано лидов',
  converted: 'Конвертировано',
  notTarget: 'Нецелевые',
  contested: 'Оспорено',
  overturned: 'Отменено',
  hoursToAssign: 'Медиана до передачи',
  hoursToClose: 'Медиана до закрытия',
  hours: '{{value}} ч',
  empty: 'Ни один лид этого месяца ещё не передан продавцу.',
  contestedCount: 'оспорено: {{count}}',
  contestedHint: 'Оспоренные отметки «нецелевой» не входят в долю, пока владелец не вынесет решение.',
};
