package app.tandem.shared;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;

/**
 * Opaque Relay cursors for keyset pages: the sort keys of the last item (whole numbers
 * and text only), Base64url-encoded. Unlike the default JSON cursors they carry no Java
 * type names, and decoding cannot instantiate anything but a Long or a String.
 */
class KeysetCursors implements CursorStrategy<ScrollPosition> {

	/**
	 * Replaces Spring Boot's JSON cursors (which name Java types) everywhere connections
	 * are built.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		EncodingCursorStrategy<ScrollPosition> cursorStrategy() {
			return CursorStrategy.withEncoder(new KeysetCursors(), CursorEncoder.noOpEncoder());
		}

	}

	private static final Pattern KEY = Pattern.compile("[a-zA-Z]{1,40}");

	@Override
	public boolean supports(Class<?> targetType) {
		return ScrollPosition.class.isAssignableFrom(targetType);
	}

	@Override
	public String toCursor(ScrollPosition position) {
		if (!(position instanceof KeysetScrollPosition keyset)) {
			throw new IllegalArgumentException("Only keyset positions are used");
		}
		StringBuilder text = new StringBuilder();
		keyset.getKeys().forEach((key, value) -> {
			if (!text.isEmpty()) {
				text.append('&');
			}
			text.append(key)
				.append('=')
				.append(value instanceof Number ? 'L' : 'S')
				.append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
		});
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public ScrollPosition fromCursor(String cursor) {
		String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		Map<String, Object> keys = new LinkedHashMap<>();
		for (String part : text.split("&")) {
			int eq = part.indexOf('=');
			if (eq < 1 || eq + 1 >= part.length() || !KEY.matcher(part.substring(0, eq)).matches()) {
				throw new IllegalArgumentException("Not a cursor");
			}
			String value = URLDecoder.decode(part.substring(eq + 2), StandardCharsets.UTF_8);
			keys.put(part.substring(0, eq), switch (part.charAt(eq + 1)) {
				case 'L' -> Long.valueOf(value);
				case 'S' -> value;
				default -> throw new IllegalArgumentException("Not a cursor");
			});
		}
		return ScrollPosition.forward(keys);
	}

}
