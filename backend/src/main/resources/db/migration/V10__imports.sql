-- SPEC §8 "Real data in: import": every applied import is a batch, and each record it created or
-- changed is an item, so the batch can be taken back (revertImport).

-- Channels get aliases (newline-separated, e.g. Direct campaign names) that imports match, beside the name.
ALTER TABLE marketing_channel ADD COLUMN aliases VARCHAR(2000);

CREATE TABLE import_batch (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  source      VARCHAR(32)  NOT NULL,
  file_name   VARCHAR(255) NOT NULL,
  file_sha256 CHAR(64)     NOT NULL,
  created_by  BIGINT       NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  total_rows  INT          NOT NULL,
  created     INT          NOT NULL,
  updated     INT          NOT NULL,
  unchanged   INT          NOT NULL,
  failed      INT          NOT NULL,
  reverted_at DATETIME(6),
  reverted_by BIGINT,
  version     BIGINT       NOT NULL,
  CONSTRAINT fk_import_batch_created_by FOREIGN KEY (created_by) REFERENCES employee (id),
  CONSTRAINT fk_import_batch_reverted_by FOREIGN KEY (reverted_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- What a batch did to one record: CREATED it, or UPDATED it from previous_state (field=value lines);
-- version_after is the record's version when the import finished: a revert refuses (CONFLICT) when
-- the record has changed since. natural_key: the key of a row without an external id (spend).
CREATE TABLE import_item (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  batch_id       BIGINT       NOT NULL,
  file_row       INT          NOT NULL,
  record_kind    VARCHAR(16)  NOT NULL,
  record_id      BIGINT       NOT NULL,
  action         VARCHAR(16)  NOT NULL,
  version_after  BIGINT,
  previous_state VARCHAR(2000),
  natural_key    VARCHAR(300),
  CONSTRAINT fk_import_item_batch FOREIGN KEY (batch_id) REFERENCES import_batch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_import_item_batch ON import_item (batch_id, id);
CREATE INDEX ix_import_item_key ON import_item (natural_key, id);
