package app.tandem.digest;

import java.util.Locale;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The digest's HTML and plain-text bodies (Thymeleaf, classpath:digest/weekly.html and
 * weekly.txt) and its words (classpath:digest/messages*.properties, UTF-8). Every value
 * is written with th:text, so a name such as {@code <b>Anna</b>} arrives as text, never
 * as markup.
 */
@Component
class DigestTemplates {

	private final TemplateEngine engine = new TemplateEngine();

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	DigestTemplates() {
		this.messages.setBasename("digest/messages");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("digest/");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.getTextTemplateModePatternSpec().addPattern("*.txt");
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.engine.setTemplateResolver(resolver);
		this.engine.setMessageResolver(new Messages());
	}

	String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	String html(DigestView view, Locale locale, boolean mailConfigured) {
		return this.engine.process("weekly.html", context(view, locale, mailConfigured));
	}

	String text(DigestView view, Locale locale, boolean mailConfigured) {
		return this.engine.process("weekly.txt", context(view, locale, mailConfigured));
	}

	private static Context context(DigestView view, Locale locale, boolean mailConfigured) {
		return new Context(locale, Map.of("d", view, "lang", locale.getLanguage(), "mailOff", !mailConfigured));
	}

	/** #{key(args)} in the templates reads the same bundle, in the digest's language. */
	private final class Messages implements IMessageResolver {

		@Override
		public String getName() {
			return "digest";
		}

		@Override
		public Integer getOrder() {
			return 0;
		}

		@Override
		public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
			return DigestTemplates.this.messages.getMessage(key, args, null, context.getLocale());
		}

		@Override
		public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
				Object[] args) {
			return "??" + key + "??";
		}

	}

}
