-- KPI and analytics queries at scale (bench/kpis.sh, docs/benchmarks.md). With 10 million leads a
-- month holds ~400,000 of them: counting them through an index that holds every column the
-- queries read avoids a primary-key lookup per lead, and a flag on the lead replaces probing
-- deal(lead_id) for each one. `converted`: the lead has a deal (DealService sets it with the deal;
-- deals are never deleted). It differs from status WON, which a salesperson may set without a deal.
ALTER TABLE sales_lead ADD COLUMN converted BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE sales_lead SET converted = TRUE WHERE id IN (SELECT lead_id FROM deal WHERE lead_id IS NOT NULL);

CREATE INDEX ix_lead_created_cover ON sales_lead (created_at, marketer_id, channel_id, status, assignee_id, lost_reason,
                                                  converted);
DROP INDEX ix_lead_created_marketer ON sales_lead;

CREATE INDEX ix_deal_closed_cover ON deal (closed_on, salesperson_id, client_id, lead_id, revenue, cost);
DROP INDEX ix_deal_closed_salesperson ON deal;
