-- SPEC §10 webhooks in: an integration is a door for one source (a site's forms, a CRM). Its secret is in the
-- hook URL and keys the signature; only its SHA-256 is kept, so the database never holds a usable secret.
CREATE TABLE integration (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind         VARCHAR(16)  NOT NULL,
  name         VARCHAR(100) NOT NULL,
  secret_sha256 CHAR(64)    NOT NULL,
  active       BOOLEAN      NOT NULL,
  created_by   BIGINT       NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  CONSTRAINT uk_integration_secret UNIQUE (secret_sha256),
  CONSTRAINT fk_integration_created_by FOREIGN KEY (created_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every delivery as it came (the raw body), stored before it is answered, processed once: a delivery of the same
-- body again is the same row (uk_webhook_event_body). PENDING -> DONE, or back to PENDING with a later
-- next_attempt_at after a passing failure, or FAILED with its reason; an owner's replay makes it PENDING again.
CREATE TABLE webhook_event (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  integration_id  BIGINT        NOT NULL,
  body_sha256     CHAR(64)      NOT NULL,
  body            MEDIUMTEXT    NOT NULL,
  record_key      VARCHAR(120),
  received_at     DATETIME(6)   NOT NULL,
  status          VARCHAR(12)   NOT NULL,
  attempts        INT           NOT NULL,
  next_attempt_at DATETIME(6)   NOT NULL,
  claimed_until   DATETIME(6),
  last_error      VARCHAR(1000),
  processed_at    DATETIME(6),
  CONSTRAINT uk_webhook_event_body UNIQUE (integration_id, body_sha256),
  CONSTRAINT fk_webhook_event_integration FOREIGN KEY (integration_id) REFERENCES integration (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_webhook_event_due ON webhook_event (status, next_attempt_at);
CREATE INDEX ix_webhook_event_record ON webhook_event (integration_id, record_key, id);
