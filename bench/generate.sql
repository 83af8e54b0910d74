-- Benchmark data for Tandem (MariaDB: uses the SEQUENCE engine's seq_1_to_N tables).
-- Expects @leads (how many leads), @months (how far back they go) and an owner with id 1.
-- Deterministic: every "random" choice is a multiplicative hash of the row number.
SET SESSION unique_checks = 0, foreign_key_checks = 0;

SET @now = UTC_TIMESTAMP(6);
SET @span = @months * 30 * 86400;
SET @hash = '(seq * 2654435761) % 1000';

-- 10 marketers, 20 hunters, 10 farmers (they sign in with the owner's password).
INSERT INTO employee (full_name, email, password_hash, role, job_position, active, version, created_at)
SELECT CONCAT(CASE WHEN seq <= 10 THEN 'Marketer ' WHEN seq <= 30 THEN 'Hunter ' ELSE 'Farmer ' END, seq),
       CONCAT('bench', seq, '@bench.tandem'), (SELECT password_hash FROM employee WHERE id = 1), 'EMPLOYEE',
       CASE WHEN seq <= 10 THEN 'MARKETER' WHEN seq <= 30 THEN 'HUNTER' ELSE 'FARMER' END, TRUE, 0, @now
FROM seq_1_to_40;
SET @m0 = (SELECT MIN(id) FROM employee WHERE job_position = 'MARKETER');
SET @h0 = (SELECT MIN(id) FROM employee WHERE job_position = 'HUNTER');
SET @f0 = (SELECT MIN(id) FROM employee WHERE job_position = 'FARMER');

INSERT INTO marketing_channel (name, archived, created_at)
SELECT CONCAT('Channel ', seq), FALSE, @now FROM seq_1_to_12;
SET @c0 = (SELECT MIN(id) FROM marketing_channel);

-- Spend: every marketer on every channel every day of the span.
INSERT INTO marketing_spend (channel_id, marketer_id, spent_on, amount, recorded_by, recorded_at)
SELECT @c0 + c.seq - 1, @m0 + m.seq - 1, DATE(@now - INTERVAL d.seq DAY), 500 + (d.seq * c.seq * 37) % 4500, 1, @now
FROM seq_1_to_12 c CROSS JOIN seq_1_to_10 m CROSS JOIN seq_0_to_1100 d
WHERE d.seq < @months * 30;

-- Leads: spread evenly over the span; each channel and marketer; 85 % assigned (hunters 2/3, farmers 1/3);
-- 18 % WON, 45 % LOST (a fifth of those NOT_TARGET), the rest OPEN.
INSERT INTO sales_lead (created_at, channel_id, marketer_id, assignee_id, status, lost_reason, recorded_by, recorded_at, version)
SELECT @now - INTERVAL FLOOR(seq * @span / @leads) SECOND,
       @c0 + (seq * 7) % 12,
       @m0 + (seq * 13) % 10,
       CASE WHEN (seq * 2654435761) % 100 < 15 THEN NULL
            WHEN (seq * 40503) % 3 < 2 THEN @h0 + (seq * 17) % 20 ELSE @f0 + (seq * 19) % 10 END,
       CASE WHEN (seq * 2654435761) % 100 < 15 THEN 'OPEN'
            WHEN (seq * 2654435761) % 100 < 33 THEN 'WON'
            WHEN (seq * 2654435761) % 100 < 78 THEN 'LOST' ELSE 'OPEN' END,
       CASE WHEN (seq * 2654435761) % 100 BETWEEN 33 AND 77
            THEN IF((seq * 2654435761) % 100 < 42, 'NOT_TARGET', 'NO_BUDGET') END,
       1, @now, 0
FROM seq_1_to_100000000
WHERE seq <= @leads;

-- One client per won lead, acquired by its salesperson; one deal each, closed 0-20 days after the lead
-- (never in the future); and for every tenth client a repeat deal 30 days later.
CREATE TEMPORARY TABLE won (n BIGINT PRIMARY KEY, lead_id BIGINT, assignee_id BIGINT, created_at DATETIME(6))
SELECT ROW_NUMBER() OVER (ORDER BY id) AS n, id AS lead_id, assignee_id, created_at FROM sales_lead WHERE status = 'WON';
-- The n-th won lead gets client id @k0 + n - 1, so its deal can name it without a lookup.
SET @k0 = (SELECT COALESCE(MAX(id), 0) + 1 FROM client);
INSERT INTO client (id, name, acquired_by, account_manager_id, first_deal_on, created_by, created_at, version)
SELECT @k0 + n - 1, CONCAT('Client ', lead_id), assignee_id, NULL,
       LEAST(DATE(created_at + INTERVAL (lead_id % 21) DAY), DATE(@now)), 1, @now, 0
FROM won ORDER BY n;
INSERT INTO deal (client_id, lead_id, salesperson_id, closed_on, revenue, cost, recorded_by, recorded_at)
SELECT @k0 + n - 1, lead_id, assignee_id, LEAST(DATE(created_at + INTERVAL (lead_id % 21) DAY), DATE(@now)),
       20000 + (lead_id * 7919) % 180000, 0, 1, @now
FROM won;
UPDATE deal SET cost = ROUND(revenue * (0.55 + (id % 25) / 100), 2);
INSERT INTO deal (client_id, lead_id, salesperson_id, closed_on, revenue, cost, recorded_by, recorded_at)
SELECT @k0 + n - 1, NULL, @f0 + n % 10, LEAST(DATE(created_at + INTERVAL 30 DAY), DATE(@now)),
       15000 + (n * 104729) % 90000, ROUND((15000 + (n * 104729) % 90000) * 0.6, 2), 1, @now
FROM won WHERE n % 10 = 0;

SET SESSION unique_checks = 1, foreign_key_checks = 1;
