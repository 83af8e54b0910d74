-- SPEC §9 "Motivation": one bonus scheme per position, gated by the shared plan; its changes are
-- audited like plans; a closed month's payouts are frozen so later corrections do not change them.
CREATE TABLE bonus_scheme (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  position_name VARCHAR(16)   NOT NULL,
  target_bonus  DECIMAL(19,2) NOT NULL,
  shared_metric VARCHAR(32)   NOT NULL,
  gate          DECIMAL(9,4)  NOT NULL,
  cap           DECIMAL(9,4)  NOT NULL,
  version       BIGINT        NOT NULL,
  CONSTRAINT uk_bonus_scheme_position UNIQUE (position_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE bonus_scheme_weight (
  scheme_id BIGINT       NOT NULL,
  metric    VARCHAR(32)  NOT NULL,
  weight    DECIMAL(9,4) NOT NULL,
  PRIMARY KEY (scheme_id, metric),
  CONSTRAINT fk_bonus_weight_scheme FOREIGN KEY (scheme_id) REFERENCES bonus_scheme (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per changed field of a scheme: who, when, old → new (as text; weights as "METRIC=0.5, …").
CREATE TABLE bonus_scheme_change (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  position_name VARCHAR(16)  NOT NULL,
  field         VARCHAR(32)  NOT NULL,
  old_value     VARCHAR(300),
  new_value     VARCHAR(300) NOT NULL,
  changed_by    BIGINT       NOT NULL,
  changed_at    DATETIME(6)  NOT NULL,
  CONSTRAINT fk_bonus_change_by FOREIGN KEY (changed_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A closed bonus month: who closed it, and the company's gross margin at that moment.
CREATE TABLE bonus_period (
  period_month CHAR(7)       NOT NULL PRIMARY KEY,
  gross_margin DECIMAL(19,2) NOT NULL,
  closed_by    BIGINT        NOT NULL,
  closed_at    DATETIME(6)   NOT NULL,
  CONSTRAINT fk_bonus_period_by FOREIGN KEY (closed_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The frozen payouts of a closed month, one per person, and their components.
CREATE TABLE bonus_payout (
  period_month      CHAR(7)       NOT NULL,
  employee_id       BIGINT        NOT NULL,
  target_bonus      DECIMAL(19,2),
  shared_completion DECIMAL(19,6),
  shared_factor     DECIMAL(19,6),
  personal_score    DECIMAL(19,6),
  payout            DECIMAL(19,2),
  reason            VARCHAR(16),
  PRIMARY KEY (period_month, employee_id),
  CONSTRAINT fk_bonus_payout_period FOREIGN KEY (period_month) REFERENCES bonus_period (period_month),
  CONSTRAINT fk_bonus_payout_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE bonus_payout_component (
  period_month CHAR(7)       NOT NULL,
  employee_id  BIGINT        NOT NULL,
  metric       VARCHAR(32)   NOT NULL,
  weight       DECIMAL(9,4)  NOT NULL,
  completion   DECIMAL(19,6),
  capped       DECIMAL(19,6) NOT NULL,
  PRIMARY KEY (period_month, employee_id, metric),
  CONSTRAINT fk_bonus_component_payout FOREIGN KEY (period_month, employee_id)
    REFERENCES bonus_payout (period_month, employee_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
