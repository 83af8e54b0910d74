import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useDismiss } from '@/hooks/use-dismiss';
import { useLiveKpis } from '@/hooks/use-live-kpis';
import { useCompany } from '@/lib/company';
import { periodOf } from '@/lib/period';
import { useFormat } from '@/lib/use-format';

import { useMarkAllNotificationsRead, useMarkNotificationsRead, useNotifications } from '../api/notifications';
import { notificationLink, notificationText } from '../lib/notification-text';

import './notification-bell.css';

/** How often the count is asked for when nothing live arrives (a lead or plan of another month, a lost socket). */
const POLL_MS = 60_000;

/**
 * The header's bell: the unread count, and a panel with the newest notifications, each linking to where its
 * figures are. Opening one marks it read; "Mark all read" marks the rest. The count follows writes live
 * (kpisChanged of the month under way), on focus and every minute.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const { today } = useCompany();
  const { result, refresh } = useNotifications();
  const [, markRead] = useMarkNotificationsRead();
  const [markingAll, markAllRead] = useMarkAllNotificationsRead();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const titleId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useLiveKpis(periodOf(today), refresh);

  useEffect(() => {
    const onFocus = () => refresh();
    window.addEventListener('focus', onFocus);
    const timer = window.setInterval(refresh, POLL_MS);
    return () => {
      window.removeEventListener('focus', onFocus);
      window.clearInterval(timer);
    };
  }, [refresh]);

  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, root, button);

  const connection = result.data?.notifications;
  const unread = connection?.unreadCount ?? 0;
  const items = connection?.edges.map((edge) => edge.node) ?? [];

  const openOne = (id: string, read: boolean) => {
    setOpen(false);
    if (!read) void markRead({ ids: [id] });
  };

  const markAll = async () => {
    await markAllRead({});
    refresh();
  };

  return (
    <div className="bell" ref={root}>
      <button
        ref={button}
        type="button"
        className="bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        onClick={() => {
          if (!open) refresh();
          setOpen((value) => !value);
        }}
      >
        <svg className="bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6Zm0 19a3 3 0 0 0 2.8-2H9.2A3 3 0 0 0 12 22Z"
            fill="currentColor"
          />
        </svg>
        {unread > 0 && (
          <span className="bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      <section id={panelId} className="bell__panel" hidden={!open} aria-labelledby={titleId}>
        <div className="bell__head">
          <h2 id={titleId} className="bell__title">
            {t('notifications.title')}
          </h2>
          <button
            type="button"
            className="button button--secondary bell__mark-all"
            disabled={unread === 0 || markingAll.fetching}
            onClick={() => void markAll()}
          >
            {t('notifications.markAllRead')}
          </button>
        </div>
        {/* The list only while open: the closed panel keeps no hidden copies of the texts in the page. */}
        {!open ? null : result.error && !connection ? (
          <p className="bell__message" role="alert">
            {t('notifications.failed')}{' '}
            <button type="button" className="bell__retry" onClick={refresh}>
              {t('notifications.retry')}
            </button>
          </p>
        ) : items.length === 0 ? (
          <p className="bell__message">{connection ? t('notifications.empty') : null}</p>
        ) : (
          <ul className="bell__list">
            {items.map((n) => (
              <li key={n.id} className={n.read ? 'bell__item' : 'bell__item bell__item--unread'}>
                <Link to={notificationLink(n)} className="bell__link" onClick={() => openOne(n.id, n.read)}>
                  {!n.read && <span className="visually-hidden">{t('notifications.unread')}: </span>}
                  <span className="bell__text">{notificationText(n, t, format.month)}</span>
                  <time className="bell__time" dateTime={n.createdAt}>
                    {format.dateTime(n.createdAt)}
                  </time>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
