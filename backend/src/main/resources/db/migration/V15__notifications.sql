-- SPEC §10 alerts: what a person is told (docs/notifications.md). A notice is a kind and its parameters, never
-- prose, so each app says it in its own language. dedupe_key makes each notice happen once per person however many
-- instances or retries saw the event that caused it (uk_notification_once).
CREATE TABLE notification (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  employee_id BIGINT       NOT NULL,
  kind        VARCHAR(24)  NOT NULL,
  period      CHAR(7)      NOT NULL,
  metric      VARCHAR(32),
  status      VARCHAR(16),
  lead_id     BIGINT,
  dedupe_key  VARCHAR(100) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  read_at     DATETIME(6),
  CONSTRAINT uk_notification_once UNIQUE (employee_id, dedupe_key),
  CONSTRAINT fk_notification_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_notification_inbox ON notification (employee_id, id);
CREATE INDEX ix_notification_unread ON notification (employee_id, read_at);

-- The last KPI status seen for a person's metric (scope PERSON, subject_id = employee) or the shared goal's
-- (scope GOAL, subject_id 0) in a month: a notice is a change from it, and the first reading is kept silently.
CREATE TABLE kpi_status_seen (
  scope      VARCHAR(8)  NOT NULL,
  subject_id BIGINT      NOT NULL,
  period     CHAR(7)     NOT NULL,
  metric     VARCHAR(32) NOT NULL,
  status     VARCHAR(16) NOT NULL,
  seen_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (scope, subject_id, period, metric)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
