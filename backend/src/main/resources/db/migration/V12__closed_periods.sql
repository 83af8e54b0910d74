-- Issue 14 item 1: an owner closes a month that is over; its records and plans are then read-only
-- for everyone, owners included, until an owner reopens it with a reason. A row here = closed.
CREATE TABLE closed_period (
  period_month CHAR(7)     NOT NULL PRIMARY KEY,
  closed_by    BIGINT      NOT NULL,
  closed_at    DATETIME(6) NOT NULL,
  CONSTRAINT fk_closed_period_by FOREIGN KEY (closed_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every close and reopen, with who, when and (for a reopen) why; never deleted.
CREATE TABLE closed_period_change (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  period_month CHAR(7)      NOT NULL,
  action       VARCHAR(8)   NOT NULL,
  reason       VARCHAR(500),
  changed_by   BIGINT       NOT NULL,
  changed_at   DATETIME(6)  NOT NULL,
  CONSTRAINT fk_closed_period_change_by FOREIGN KEY (changed_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_closed_period_change_month ON closed_period_change (period_month, changed_at);
