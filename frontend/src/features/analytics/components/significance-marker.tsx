import { useTranslation } from 'react-i18next';

import type { Significance } from '@/gql/graphql';

type SignificanceMarkerProps = {
  significance: Significance;
  /** Against whom: the channel's other salespeople, or the other channels. */
  against: 'colleagues' | 'channels';
};

/** ▼ below / ▲ above in words and colour, never colour alone; nothing when within chance. */
export function SignificanceMarker({ significance, against }: SignificanceMarkerProps) {
  const { t } = useTranslation();
  if (significance !== 'BELOW' && significance !== 'ABOVE') return null;
  const below = significance === 'BELOW';
  const text =
    against === 'colleagues'
      ? t(below ? 'analytics.matrix.belowColleagues' : 'analytics.matrix.aboveColleagues')
      : t(below ? 'analytics.matrix.belowChannels' : 'analytics.matrix.aboveChannels');
  return (
    <span className={`sig-marker sig-marker--${below ? 'below' : 'above'}`} data-significance={significance}>
      <span aria-hidden="true">{below ? '▼' : '▲'}</span> {text}
    </span>
  );
}
