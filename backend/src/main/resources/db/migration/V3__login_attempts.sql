-- Hardening (issue 5): failed sign-ins for the login throttle and revoked access tokens.
-- Both live in the database, not in memory, so every instance of a scaled-out Tandem agrees.
-- Times are UTC wall-clock DATETIME(6), like every instant in this schema.

-- One row per failed sign-in per key. attempt_key is the hex SHA-256 of "account:<e-mail>" or
-- "address:<client address>", so the table holds no e-mail address. Rows older than the throttle
-- window are deleted as new failures arrive.
CREATE TABLE login_failure (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  attempt_key  CHAR(64)    NOT NULL,
  attempted_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_login_failure_key_at ON login_failure (attempt_key, attempted_at);
CREATE INDEX ix_login_failure_at ON login_failure (attempted_at);

-- token_key is a token's id (jti; logout revokes that one token) or "employee:<id>" (all of the
-- person's tokens issued before issued_before). A row is deleted after expires_at, when every
-- token it names has expired anyway.
CREATE TABLE revoked_token (
  token_key     VARCHAR(64) NOT NULL PRIMARY KEY,
  issued_before DATETIME(6),
  expires_at    DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_revoked_token_expires ON revoked_token (expires_at);
