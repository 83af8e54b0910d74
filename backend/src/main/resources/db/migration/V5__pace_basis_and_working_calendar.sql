-- SPEC §7 "Pace basis": the company counts pace in calendar days (default) or working days.
-- One row (id = 1) of company-wide settings the owner edits at run time; the name, currency and
-- time zone stay configuration (docs/decisions.md).
CREATE TABLE company_setting (
  id          INT         NOT NULL PRIMARY KEY,
  pace_basis  VARCHAR(16) NOT NULL,
  version     BIGINT      NOT NULL,
  updated_by  BIGINT,
  updated_at  DATETIME(6),
  CONSTRAINT fk_company_setting_updated_by FOREIGN KEY (updated_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO company_setting (id, pace_basis, version) VALUES (1, 'CALENDAR_DAYS', 0);

-- The owner's exceptions to "Monday to Friday": NON_WORKING dates (holidays) and WORKING dates
-- (a Saturday or Sunday that is worked).
CREATE TABLE calendar_day (
  calendar_date DATE        NOT NULL PRIMARY KEY,
  kind VARCHAR(16) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
