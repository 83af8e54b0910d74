import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/use-format';

import { isProblem, type Reading } from '../lib/readings';

type Percent = (value: number | null) => string;

/** A reading in words, in the chosen language. */
export function readingText(reading: Reading, t: TFunction, percent: Percent): string {
  switch (reading.kind) {
    case 'nothing':
      return t('analytics.readings.nothing');
    case 'leadQuality':
    case 'channelAbove':
      return t(`analytics.readings.${reading.kind}`, {
        channel: reading.channel,
        conversion: percent(reading.conversion),
        others: percent(reading.others),
      });
    case 'mixed':
      return t('analytics.readings.mixed', {
        channel: reading.channel,
        conversion: percent(reading.conversion),
        others: percent(reading.others),
        names: reading.names.join(', '),
      });
    case 'sales':
    case 'cellAbove':
      return t(`analytics.readings.${reading.kind}`, {
        name: reading.name,
        channel: reading.channel,
        conversion: percent(reading.conversion),
        others: percent(reading.others),
      });
  }
}

/** The matrix in plain sentences for the owner, problems first. */
export function MatrixReadings({ readings }: { readings: Reading[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent: Percent = (value) => format.percent(value);
  return (
    <ul className="readings" aria-label={t('analytics.readings.label')}>
      {readings.map((reading, i) => {
        const tone = reading.kind === 'nothing' ? 'neutral' : isProblem(reading) ? 'problem' : 'good';
        return (
          <li key={i} className={`readings__item readings__item--${tone}`} data-reading={reading.kind}>
            <span className="readings__icon" aria-hidden="true">
              {tone === 'problem' ? '!' : tone === 'good' ? '✓' : '='}
            </span>
            <span>{readingText(reading, t, percent)}</span>
          </li>
        );
      })}
    </ul>
  );
}
