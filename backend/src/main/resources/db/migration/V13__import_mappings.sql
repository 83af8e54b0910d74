-- Issue 10 item 2: a column mapping the owner adjusts and saves per import source. For a preset's
-- field, the header that means it in this company's files (a renamed Bitrix24 column, a custom
-- amoCRM field, an English export); matched before the preset's built-in names. A row here = saved.
CREATE TABLE import_mapping (
  source      VARCHAR(32)  NOT NULL,
  field_name  VARCHAR(64)  NOT NULL,
  header_name VARCHAR(200) NOT NULL,
  changed_by  BIGINT       NOT NULL,
  changed_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (source, field_name),
  CONSTRAINT fk_import_mapping_changed_by FOREIGN KEY (changed_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every saved or cleared header (header_name null = cleared), with who and when; never deleted.
CREATE TABLE import_mapping_change (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  source      VARCHAR(32)  NOT NULL,
  field_name  VARCHAR(64)  NOT NULL,
  header_name VARCHAR(200),
  changed_by  BIGINT       NOT NULL,
  changed_at  DATETIME(6)  NOT NULL,
  CONSTRAINT fk_import_mapping_change_by FOREIGN KEY (changed_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_import_mapping_change_source ON import_mapping_change (source, id);
