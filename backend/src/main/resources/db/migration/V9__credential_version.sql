-- Issue 14 item 5: tokens carry the credential version they were issued against; a password change
-- or reset moves it on, so every token issued before (even within the same second, or by a sign-in
-- that read the old password just before the change committed) stops working at once.
ALTER TABLE employee ADD COLUMN credential_version BIGINT NOT NULL DEFAULT 0;
