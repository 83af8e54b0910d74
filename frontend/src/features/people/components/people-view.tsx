import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { QueryView } from '@/components/ui/query-view';

import { usePeople } from '../api/people';

import { CreateEmployeeForm } from './create-employee-form';
import { EditEmployeeForm } from './edit-employee-form';

import './people-view.css';

/**
 * Owner: everyone in the company, active or not; add, change and deactivate people, set a new
 * password for a colleague. `currentEmployeeId` is the signed-in owner (no password reset for them).
 */
export function PeopleView({ currentEmployeeId }: { currentEmployeeId: string }) {
  const { t } = useTranslation();
  const [result, reexecute] = usePeople();
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <div className="people">
      <Card title={t('people.listHeading')}>
        <QueryView result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} loading={<Loading />}>
          {({ employees }) =>
            employees.length === 0 ? (
              <EmptyState title={t('people.empty')} />
            ) : (
              <table className="data-table data-table--stack people__table">
                <caption className="visually-hidden">{t('people.listHeading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('people.fullName')}</th>
                    <th scope="col">{t('people.email')}</th>
                    <th scope="col">{t('people.role')}</th>
                    <th scope="col">{t('people.position')}</th>
                    <th scope="col">{t('people.state')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('people.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {employees.map((person) => (
                    <Fragment key={person.id}>
                      <tr className={person.active ? undefined : 'people__inactive'}>
                        <th scope="row">{person.fullName}</th>
                        <td data-label={t('people.email')}>{person.email ?? '—'}</td>
                        <td data-label={t('people.role')}>{t(`role.${person.role}`)}</td>
                        <td data-label={t('people.position')}>
                          {person.position ? t(`position.${person.position}`) : '—'}
                        </td>
                        <td data-label={t('people.state')}>
                          <span className={person.active ? 'people__state' : 'people__state people__state--off'}>
                            {person.active ? t('people.active') : t('people.inactive')}
                          </span>
                        </td>
                        <td className="people__actions">
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-expanded={editing === person.id}
                            aria-label={t('people.editLabel', { name: person.fullName })}
                            onClick={() => setEditing(editing === person.id ? null : person.id)}
                          >
                            {t('people.edit')}
                          </button>
                        </td>
                      </tr>
                      {editing === person.id && (
                        <tr className="people__edit-row">
                          <td colSpan={6}>
                            <EditEmployeeForm
                              person={person}
                              isSelf={person.id === currentEmployeeId}
                              onDone={() => setEditing(null)}
                            />
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  ))}
                </tbody>
              </table>
            )
          }
        </QueryView>
      </Card>
      <Card title={t('people.createHeading')}>
        <CreateEmployeeForm />
      </Card>
    </div>
  );
}
