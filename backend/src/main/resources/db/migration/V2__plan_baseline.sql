-- The assumptions a plan was built from ("plan from the goal"), kept as the baseline that
-- the variance decomposition compares the month against.
CREATE TABLE plan_baseline (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_month      CHAR(7)       NOT NULL,
  turnover_target DECIMAL(19,2) NOT NULL,
  leads           BIGINT        NOT NULL,
  lead_conversion DECIMAL(19,8) NOT NULL,
  average_deal    DECIMAL(19,2) NOT NULL,
  margin_percent  DECIMAL(19,8) NOT NULL,
  history_from    CHAR(7)       NOT NULL,
  history_to      CHAR(7)       NOT NULL,
  applied_by      BIGINT        NOT NULL,
  applied_at      DATETIME(6)   NOT NULL,
  CONSTRAINT uk_plan_baseline_month UNIQUE (plan_month),
  CONSTRAINT fk_baseline_applied_by FOREIGN KEY (applied_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
