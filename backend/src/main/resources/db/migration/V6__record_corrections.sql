-- SPEC §7 "Corrections": records can be corrected (with expected versions) and voided (out of
-- every figure, kept with who, when and why), and every change is kept in a history.

-- Channels get a default responsible marketer (imports and webhooks use it), a version and their creator.
ALTER TABLE marketing_channel ADD COLUMN marketer_id BIGINT;
ALTER TABLE marketing_channel ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE marketing_channel ADD COLUMN created_by BIGINT;
ALTER TABLE marketing_channel ADD CONSTRAINT fk_channel_marketer FOREIGN KEY (marketer_id) REFERENCES employee (id);
ALTER TABLE marketing_channel ADD CONSTRAINT fk_channel_created_by FOREIGN KEY (created_by) REFERENCES employee (id);

ALTER TABLE marketing_spend ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE marketing_spend ADD COLUMN voided_at DATETIME(6);
ALTER TABLE marketing_spend ADD COLUMN voided_by BIGINT;
ALTER TABLE marketing_spend ADD COLUMN void_reason VARCHAR(500);
ALTER TABLE marketing_spend ADD CONSTRAINT fk_spend_voided_by FOREIGN KEY (voided_by) REFERENCES employee (id);

ALTER TABLE sales_lead ADD COLUMN voided_at DATETIME(6);
ALTER TABLE sales_lead ADD COLUMN voided_by BIGINT;
ALTER TABLE sales_lead ADD COLUMN void_reason VARCHAR(500);
ALTER TABLE sales_lead ADD CONSTRAINT fk_lead_voided_by FOREIGN KEY (voided_by) REFERENCES employee (id);

ALTER TABLE deal ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE deal ADD COLUMN voided_at DATETIME(6);
ALTER TABLE deal ADD COLUMN voided_by BIGINT;
ALTER TABLE deal ADD COLUMN void_reason VARCHAR(500);
ALTER TABLE deal ADD CONSTRAINT fk_deal_voided_by FOREIGN KEY (voided_by) REFERENCES employee (id);

-- One row per change of a record: CREATED, UPDATED or VOIDED, by whom (null for channels created
-- before their creator was kept), when and why; its field changes in record_change_field.
CREATE TABLE record_change (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_kind VARCHAR(8)   NOT NULL,
  record_id   BIGINT       NOT NULL,
  action      VARCHAR(8)   NOT NULL,
  changed_by  BIGINT,
  changed_at  DATETIME(6)  NOT NULL,
  reason      VARCHAR(500),
  CONSTRAINT fk_record_change_by FOREIGN KEY (changed_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_record_change_record ON record_change (record_kind, record_id, id);

CREATE TABLE record_change_field (
  change_id  BIGINT       NOT NULL,
  field_order INT         NOT NULL,
  field      VARCHAR(40)  NOT NULL,
  from_value VARCHAR(200),
  to_value   VARCHAR(200),
  PRIMARY KEY (change_id, field_order),
  CONSTRAINT fk_record_change_field FOREIGN KEY (change_id) REFERENCES record_change (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Creation of the records that exist already (their field values are the record itself).
INSERT INTO record_change (record_kind, record_id, action, changed_by, changed_at)
  SELECT 'SPEND', id, 'CREATED', recorded_by, recorded_at FROM marketing_spend;
INSERT INTO record_change (record_kind, record_id, action, changed_by, changed_at)
  SELECT 'LEAD', id, 'CREATED', recorded_by, recorded_at FROM sales_lead;
INSERT INTO record_change (record_kind, record_id, action, changed_by, changed_at)
  SELECT 'DEAL', id, 'CREATED', recorded_by, recorded_at FROM deal;
INSERT INTO record_change (record_kind, record_id, action, changed_by, changed_at)
  SELECT 'CLIENT', id, 'CREATED', created_by, created_at FROM client;
INSERT INTO record_change (record_kind, record_id, action, changed_by, changed_at)
  SELECT 'CHANNEL', id, 'CREATED', NULL, created_at FROM marketing_channel;
