import { useState } from 'react';

import { Loading } from '@/components/ui/loading';
import { QueryView } from '@/components/ui/query-view';
import type { Period } from '@/lib/period';

import { useCompanySettings } from '../api/settings';

import { CalendarForm } from './calendar-form';
import { ClosedMonths } from './closed-months';
import { IntegrationsCard } from './integrations-card';
import { PaceBasisForm } from './pace-basis-form';

import './settings-view.css';

/** The owner's company settings: how pace is counted, the working calendar, closed months and integrations. */
export function SettingsView({ currentPeriod }: { currentPeriod: Period }) {
  const [year, setYear] = useState(Number(currentPeriod.slice(0, 4)));
  const [result, reexecute] = useCompanySettings(year);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  // The year the shown lists belong to: while another year's are still loading, its form waits.
  const loadedYear = result.data ? (result.operation?.variables.year ?? year) : null;

  return (
    <QueryView result={result} onRetry={refresh} loading={<Loading variant="cards" count={3} />}>
      {(data) => (
        <div className="settings">
          <PaceBasisForm paceBasis={data.company.paceBasis} />
          {loadedYear === year ? (
            <CalendarForm
              // A new year starts from its saved lists; a save keeps what is typed (it is what was saved).
              key={year}
              year={year}
              years={[year - 1, year, year + 1].filter((y) => y >= 2000 && y <= 2100)}
              onYearChange={setYear}
              nonWorkingDays={data.company.nonWorkingDays}
              workingWeekendDays={data.company.workingWeekendDays}
            />
          ) : (
            <Loading variant="cards" count={1} />
          )}
          <ClosedMonths
            currentPeriod={currentPeriod}
            closed={data.closedPeriods}
            history={data.periodCloseHistory}
            onChange={refresh}
          />
          <IntegrationsCard />
        </div>
      )}
    </QueryView>
  );
}
