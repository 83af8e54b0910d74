-- SPEC §10 weekly digest. A person's own settings: the language of their e-mails (en / ru; null until they pick one
-- in the app, then the default tandem.digest.default-language applies) and whether they get the digest at all.
ALTER TABLE employee ADD COLUMN language VARCHAR(2);
ALTER TABLE employee ADD COLUMN digest_subscribed BOOLEAN NOT NULL DEFAULT TRUE;

-- One row per person and week, written before the e-mail goes out: the unique key is what makes "once per person
-- per week" hold across instances, retries and crashes. CLAIMED -> SENT, or FAILED with its reason when the SMTP
-- server refused it (a later run of the same week may claim a FAILED row again). A CLAIMED row that never became
-- SENT (the instance died while sending) is left alone: it may have gone out, and twice is worse than once missed.
CREATE TABLE digest_delivery (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  employee_id BIGINT        NOT NULL,
  week_start  DATE          NOT NULL,
  status      VARCHAR(8)    NOT NULL,
  claimed_at  DATETIME(6)   NOT NULL,
  sent_at     DATETIME(6),
  last_error  VARCHAR(500),
  CONSTRAINT uk_digest_delivery_week UNIQUE (employee_id, week_start),
  CONSTRAINT fk_digest_delivery_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- ShedLock's table (net.javacrumbs.shedlock, JdbcTemplateLockProvider): one instance of several runs the job.
CREATE TABLE shedlock (
  name       VARCHAR(64)  NOT NULL PRIMARY KEY,
  lock_until TIMESTAMP(3) NOT NULL,
  locked_at  TIMESTAMP(3) NOT NULL,
  locked_by  VARCHAR(255) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
