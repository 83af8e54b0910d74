-- Issue 13 item 1 (SPEC §11): refresh tokens for bearer (mobile) clients. A token is 32 random bytes
-- handed out once; only its hex SHA-256 is stored, so a database dump holds no usable token. Every
-- token descends from one sign-in (family_id, which access tokens carry as their session id "sid");
-- a refresh marks the token used and stores its child. Presenting a used token again ends the whole
-- family (reuse detection). expires_at is the family's: 30 days from the sign-in, never extended.
-- credential_version is the person's at the sign-in: a password change or reset ends the family.
-- parent_id has no foreign key: a family expires as a whole and is deleted in one statement.
CREATE TABLE refresh_token (
  id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token_hash         CHAR(64)    NOT NULL,
  family_id          CHAR(36)    NOT NULL,
  parent_id          BIGINT,
  employee_id        BIGINT      NOT NULL,
  credential_version BIGINT      NOT NULL,
  created_at         DATETIME(6) NOT NULL,
  expires_at         DATETIME(6) NOT NULL,
  used_at            DATETIME(6),
  revoked_at         DATETIME(6),
  CONSTRAINT uq_refresh_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_refresh_token_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_refresh_token_family ON refresh_token (family_id);
CREATE INDEX ix_refresh_token_employee ON refresh_token (employee_id, revoked_at);
CREATE INDEX ix_refresh_token_expires ON refresh_token (expires_at);
