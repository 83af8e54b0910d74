-- Issue 14 item 4: sign-in attempts are counted one at a time. Each attempt locks this one row,
-- counts the failures in the window and records itself before any password is checked, so parallel
-- wrong sign-ins cannot all pass the count before the first of them is recorded. (V10 is left to
-- the import batches being built alongside.)
CREATE TABLE login_throttle_lock (
  id INT NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO login_throttle_lock (id) VALUES (1);
