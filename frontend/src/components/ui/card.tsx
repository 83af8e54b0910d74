import { useId, type ReactNode } from 'react';

import './card.css';

type CardProps = {
  title?: ReactNode;
  /** Level of the title heading: 2 for a page section, 3 inside one. */
  level?: 2 | 3;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** A titled surface; a section landmark named by its title. */
export function Card({ title, level = 2, actions, className, children }: CardProps) {
  const titleId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={['card', className].filter(Boolean).join(' ')} aria-labelledby={title ? titleId : undefined}>
      {(title || actions) && (
        <header className="card__header">
          {title && (
            <Heading id={titleId} className="card__title">
              {title}
            </Heading>
          )}
          {actions && <div className="card__actions">{actions}</div>}
        </header>
      )}
      {children}
    </section>
  );
}
