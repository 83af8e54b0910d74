-- Issue 12 part 1 (SPEC §10): how an amoCRM account's webhooks become Tandem records. Per AMOCRM integration: its
-- mapping's version (optimistic locking of setIntegrationMapping), the cost share of a won deal's price, who changed
-- the mapping last; amoCRM user id -> employee, pipeline status id -> meaning, lead source -> channel.
ALTER TABLE integration ADD COLUMN mapping_version INT NOT NULL DEFAULT 0;
ALTER TABLE integration ADD COLUMN cost_share DECIMAL(5,4);
ALTER TABLE integration ADD COLUMN mapping_changed_by BIGINT;
ALTER TABLE integration ADD COLUMN mapping_changed_at DATETIME(6);
ALTER TABLE integration ADD CONSTRAINT fk_integration_mapping_by FOREIGN KEY (mapping_changed_by) REFERENCES employee (id);

CREATE TABLE amocrm_user_map (
  integration_id BIGINT NOT NULL,
  amo_user_id    BIGINT NOT NULL,
  employee_id    BIGINT NOT NULL,
  PRIMARY KEY (integration_id, amo_user_id),
  CONSTRAINT fk_amocrm_user_map_integration FOREIGN KEY (integration_id) REFERENCES integration (id),
  CONSTRAINT fk_amocrm_user_map_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- meaning: IN_WORK, WON, LOST or NOT_TARGET. 142 (won) and 143 (lost) mean WON and LOST without a row.
CREATE TABLE amocrm_status_map (
  integration_id BIGINT      NOT NULL,
  status_id      BIGINT      NOT NULL,
  meaning        VARCHAR(16) NOT NULL,
  PRIMARY KEY (integration_id, status_id),
  CONSTRAINT fk_amocrm_status_map_integration FOREIGN KEY (integration_id) REFERENCES integration (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- source_key: the source as matched (trimmed, lower case, ё as е); source: as the owner typed it.
CREATE TABLE amocrm_source_map (
  integration_id BIGINT       NOT NULL,
  source_key     VARCHAR(200) NOT NULL,
  source         VARCHAR(200) NOT NULL,
  channel_id     BIGINT       NOT NULL,
  PRIMARY KEY (integration_id, source_key),
  CONSTRAINT fk_amocrm_source_map_integration FOREIGN KEY (integration_id) REFERENCES integration (id),
  CONSTRAINT fk_amocrm_source_map_channel FOREIGN KEY (channel_id) REFERENCES marketing_channel (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The newest amoCRM state applied per lead (its last_modified), so an older delivery arriving late changes nothing;
-- deleted once amoCRM deleted the lead.
CREATE TABLE amocrm_lead_state (
  integration_id BIGINT  NOT NULL,
  amo_lead_id    BIGINT  NOT NULL,
  last_modified  BIGINT  NOT NULL,
  deleted        BOOLEAN NOT NULL,
  PRIMARY KEY (integration_id, amo_lead_id),
  CONSTRAINT fk_amocrm_lead_state_integration FOREIGN KEY (integration_id) REFERENCES integration (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
