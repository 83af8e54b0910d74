package app.tandem.digest;

import app.tandem.people.Language;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tandem.digest.*}: the sender address and the language of people who never picked
 * one in the app. Whether e-mail goes out at all is {@code spring.mail.host}: without it
 * the job sends nothing.
 */
@ConfigurationProperties("tandem.digest")
record DigestProperties(String from, Language defaultLanguage) {

	DigestProperties {
		from = from == null || from.isBlank() ? "tandem@localhost" : from.trim();
		defaultLanguage = defaultLanguage == null ? Language.EN : defaultLanguage;
	}

}
