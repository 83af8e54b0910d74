-- SPEC §12 "The handoff ledger": when a lead was handed over and closed, and disputes about
-- NOT_TARGET marks. dispute_status is the lead's latest dispute (OPEN, UPHELD, OVERTURNED), kept on
-- the lead so the KPI queries count uncontested marks from their covering index.
ALTER TABLE sales_lead ADD COLUMN assigned_at DATETIME(6);
ALTER TABLE sales_lead ADD COLUMN closed_at DATETIME(6);
ALTER TABLE sales_lead ADD COLUMN dispute_status VARCHAR(12);

-- Backfill (docs/decisions.md): a converted lead was closed WON when its first deal was recorded; any
-- other hand-over or closing time was never kept, so it stays unknown (null) rather than invented.
UPDATE sales_lead SET closed_at = (SELECT MIN(d.recorded_at) FROM deal d WHERE d.lead_id = sales_lead.id)
  WHERE converted = TRUE;

CREATE TABLE lead_dispute (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  lead_id     BIGINT        NOT NULL,
  opened_by   BIGINT        NOT NULL,
  opened_at   DATETIME(6)   NOT NULL,
  argument    VARCHAR(1000) NOT NULL,
  status      VARCHAR(8)    NOT NULL,
  resolved_by BIGINT,
  resolved_at DATETIME(6),
  verdict     VARCHAR(12),
  resolution  VARCHAR(1000),
  -- One open dispute per lead: open_lead_id is the lead's id while OPEN, null once resolved.
  open_lead_id BIGINT,
  version     BIGINT        NOT NULL,
  CONSTRAINT uk_dispute_open_lead UNIQUE (open_lead_id),
  CONSTRAINT fk_dispute_lead FOREIGN KEY (lead_id) REFERENCES sales_lead (id),
  CONSTRAINT fk_dispute_opened_by FOREIGN KEY (opened_by) REFERENCES employee (id),
  CONSTRAINT fk_dispute_resolved_by FOREIGN KEY (resolved_by) REFERENCES employee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_dispute_lead ON lead_dispute (lead_id);
CREATE INDEX ix_dispute_status ON lead_dispute (status, id);

-- The KPI queries' covering indexes gain the columns they now filter on (voids, disputes).
CREATE INDEX ix_lead_created_cover2 ON sales_lead (created_at, marketer_id, channel_id, assignee_id, status,
                                                   lost_reason, converted, dispute_status, voided_at);
DROP INDEX ix_lead_created_cover ON sales_lead;
CREATE INDEX ix_deal_closed_cover2 ON deal (closed_on, salesperson_id, client_id, lead_id, revenue, cost, voided_at);
DROP INDEX ix_deal_closed_cover ON deal;
