package app.tandem.integrations;

/** Where an integration's webhooks come from (docs/spec.md §10). */
public enum IntegrationKind {

	/** amoCRM's form-encoded webhooks: not taken yet (docs/integrations.md). */
	AMOCRM,

	/** Any system that can send a signed JSON body: site forms, other CRMs. */
	GENERIC

}
