-- Tandem core schema. Money is DECIMAL(19,2); plan targets DECIMAL(19,4) because a
-- LEAD_CONVERSION target is a ratio such as 0.2500. Instants are stored as UTC in
-- DATETIME(6); calendar days (spend, deal) as DATE in the company time zone.

CREATE TABLE employee (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  full_name     VARCHAR(200) NOT NULL,
  email         VARCHAR(254) NOT NULL,
  password_hash VARCHAR(200) NOT NULL,
  role          VARCHAR(16)  NOT NULL,
  job_position  VARCHAR(16),
  active        BOOLEAN      NOT NULL,
  version       BIGINT       NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT uk_employee_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE marketing_channel (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name       VARCHAR(100) NOT NULL,
  archived   BOOLEAN      NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  CONSTRAINT uk_channel_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE marketing_spend (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  channel_id  BIGINT        NOT NULL,
  marketer_id BIGINT        NOT NULL,
  spent_on    DATE          NOT NULL,
  amount      DECIMAL(19,2) NOT NULL,
  recorded_by BIGINT        NOT NULL,
  recorded_at DATETIME(6)   NOT NULL,
  CONSTRAINT fk_spend_channel FOREIGN KEY (channel_id) REFERENCES marketing_channel (id),
  CONSTRAINT fk_spend_marketer FOREIGN KEY (marketer_id) REFERENCES employee (id),
  CONSTRAINT fk_spend_recorded_by FOREIGN KEY (recorded_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_spend_day_marketer ON marketing_spend (spent_on, marketer_id, amount);
CREATE INDEX ix_spend_marketer_day ON marketing_spend (marketer_id, spent_on);
CREATE INDEX ix_spend_channel_day ON marketing_spend (channel_id, spent_on);

CREATE TABLE sales_lead (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  external_id VARCHAR(100),
  created_at  DATETIME(6)  NOT NULL,
  channel_id  BIGINT       NOT NULL,
  marketer_id BIGINT       NOT NULL,
  assignee_id BIGINT,
  status      VARCHAR(8)   NOT NULL,
  lost_reason VARCHAR(16),
  recorded_by BIGINT       NOT NULL,
  recorded_at DATETIME(6)  NOT NULL,
  version     BIGINT       NOT NULL,
  CONSTRAINT uk_lead_external_id UNIQUE (external_id),
  CONSTRAINT fk_lead_channel FOREIGN KEY (channel_id) REFERENCES marketing_channel (id),
  CONSTRAINT fk_lead_marketer FOREIGN KEY (marketer_id) REFERENCES employee (id),
  CONSTRAINT fk_lead_assignee FOREIGN KEY (assignee_id) REFERENCES employee (id),
  CONSTRAINT fk_lead_recorded_by FOREIGN KEY (recorded_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_lead_created_marketer ON sales_lead (created_at, marketer_id);
CREATE INDEX ix_lead_marketer_created ON sales_lead (marketer_id, created_at);
CREATE INDEX ix_lead_assignee_created ON sales_lead (assignee_id, created_at);
CREATE INDEX ix_lead_channel_created ON sales_lead (channel_id, created_at);

CREATE TABLE client (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name               VARCHAR(200) NOT NULL,
  acquired_by        BIGINT,
  account_manager_id BIGINT,
  first_deal_on      DATE,
  created_by         BIGINT       NOT NULL,
  created_at         DATETIME(6)  NOT NULL,
  version            BIGINT       NOT NULL,
  CONSTRAINT fk_client_acquired_by FOREIGN KEY (acquired_by) REFERENCES employee (id),
  CONSTRAINT fk_client_account_manager FOREIGN KEY (account_manager_id) REFERENCES employee (id),
  CONSTRAINT fk_client_created_by FOREIGN KEY (created_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_client_first_deal ON client (first_deal_on, acquired_by);
CREATE INDEX ix_client_account_manager ON client (account_manager_id);
CREATE INDEX ix_client_created_by ON client (created_by);

CREATE TABLE deal (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  external_id    VARCHAR(100),
  client_id      BIGINT        NOT NULL,
  lead_id        BIGINT,
  salesperson_id BIGINT        NOT NULL,
  closed_on      DATE          NOT NULL,
  revenue        DECIMAL(19,2) NOT NULL,
  cost           DECIMAL(19,2) NOT NULL,
  recorded_by    BIGINT        NOT NULL,
  recorded_at    DATETIME(6)   NOT NULL,
  CONSTRAINT uk_deal_external_id UNIQUE (external_id),
  CONSTRAINT fk_deal_client FOREIGN KEY (client_id) REFERENCES client (id),
  CONSTRAINT fk_deal_lead FOREIGN KEY (lead_id) REFERENCES sales_lead (id),
  CONSTRAINT fk_deal_salesperson FOREIGN KEY (salesperson_id) REFERENCES employee (id),
  CONSTRAINT fk_deal_recorded_by FOREIGN KEY (recorded_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_deal_closed_salesperson ON deal (closed_on, salesperson_id);
CREATE INDEX ix_deal_salesperson_closed ON deal (salesperson_id, closed_on);
CREATE INDEX ix_deal_lead ON deal (lead_id, closed_on);
CREATE INDEX ix_deal_client_closed ON deal (client_id, closed_on);

CREATE TABLE shared_goal (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_month          CHAR(7)       NOT NULL,
  turnover_target     DECIMAL(19,2) NOT NULL,
  gross_margin_target DECIMAL(19,2) NOT NULL,
  version             BIGINT        NOT NULL,
  updated_by          BIGINT        NOT NULL,
  updated_at          DATETIME(6)   NOT NULL,
  CONSTRAINT uk_shared_goal_month UNIQUE (plan_month),
  CONSTRAINT fk_shared_goal_updated_by FOREIGN KEY (updated_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE personal_plan (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  employee_id BIGINT        NOT NULL,
  plan_month  CHAR(7)       NOT NULL,
  metric      VARCHAR(32)   NOT NULL,
  target      DECIMAL(19,4) NOT NULL,
  version     BIGINT        NOT NULL,
  updated_by  BIGINT        NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  CONSTRAINT uk_personal_plan UNIQUE (employee_id, plan_month, metric),
  CONSTRAINT fk_plan_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  CONSTRAINT fk_plan_updated_by FOREIGN KEY (updated_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_plan_month ON personal_plan (plan_month, employee_id);

CREATE TABLE plan_change (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_month  CHAR(7)       NOT NULL,
  subject     VARCHAR(16)   NOT NULL,
  employee_id BIGINT,
  metric      VARCHAR(32)   NOT NULL,
  old_value   DECIMAL(19,4),
  new_value   DECIMAL(19,4) NOT NULL,
  changed_by  BIGINT        NOT NULL,
  changed_at  DATETIME(6)   NOT NULL,
  CONSTRAINT fk_change_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
  CONSTRAINT fk_change_changed_by FOREIGN KEY (changed_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_change_month ON plan_change (plan_month, changed_at);
