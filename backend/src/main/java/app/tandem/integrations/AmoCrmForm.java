package app.tandem.integrations;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * amoCRM's webhook body ({@code application/x-www-form-urlencoded},
 * docs/integrations.md): keys such as {@code leads[status][0][id]},
 * {@code leads[add][0][custom_fields][0][values][0][value]}, {@code account[subdomain]}.
 * One delivery may carry several leads and several actions; {@link #split} cuts it into
 * one body per lead and action (re-indexed to {@code [0]}, with the {@code account[...]}
 * keys), so each becomes its own event: one bad lead does not hold up the others, and the
 * same delivery again gives the same bodies (stored once).
 */
final class AmoCrmForm {

	/**
	 * The lead actions Tandem applies; other keys (contacts, tasks, notes) are left out.
	 */
	static final List<String> ACTIONS = List.of("add", "update", "status", "delete", "restore");

	private static final Pattern LEAD_KEY = Pattern.compile("^leads\\[([a-z_]+)]\\[(\\d+)](.*)$");

	private static final Pattern ID = Pattern.compile("^\\d{1,18}$");

	private AmoCrmForm() {
	}

	/** One lead's part of a delivery: its action, amoCRM id and its own body. */
	record Part(String action, long leadId, String body) {

		String recordKey() {
			return "amocrm:lead:" + this.leadId;
		}

	}

	/** The decoded key/value pairs in their order. */
	static List<Map.Entry<String, String>> pairs(String body) {
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		for (String pair : body.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			try {
				String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
				String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				pairs.add(Map.entry(key, value));
			}
			catch (IllegalArgumentException ex) {
				throw new GenericEvents.BadEvent(
						"The body is not form-encoded (application/x-www-form-urlencoded): " + ex.getMessage());
			}
		}
		return pairs;
	}

	/** Cuts a delivery into one part per lead and action, in the order they came. */
	static List<Part> split(String body) {
		List<Map.Entry<String, String>> account = new ArrayList<>();
		Map<String, List<Map.Entry<String, String>>> leads = new LinkedHashMap<>();
		for (Map.Entry<String, String> pair : pairs(body)) {
			if (pair.getKey().startsWith("account[")) {
				account.add(pair);
				continue;
			}
			Matcher key = LEAD_KEY.matcher(pair.getKey());
			if (key.matches() && ACTIONS.contains(key.group(1))) {
				leads.computeIfAbsent(key.group(1) + "/" + key.group(2), (k) -> new ArrayList<>())
					.add(Map.entry("leads[" + key.group(1) + "][0]" + key.group(3), pair.getValue()));
			}
		}
		if (leads.isEmpty()) {
			throw new GenericEvents.BadEvent("No lead in the body: expected keys such as leads[add][0][id] "
					+ "(tick only the lead events in amoCRM: added, changed, status changed, deleted)");
		}
		List<Part> parts = new ArrayList<>();
		for (Map.Entry<String, List<Map.Entry<String, String>>> lead : leads.entrySet()) {
			String action = lead.getKey().substring(0, lead.getKey().indexOf('/'));
			String id = lead.getValue()
				.stream()
				.filter((pair) -> pair.getKey().equals("leads[" + action + "][0][id]"))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
			if (id == null || !ID.matcher(id.strip()).matches()) {
				throw new GenericEvents.BadEvent("leads[" + action + "][" + lead.getKey().substring(action.length() + 1)
						+ "][id] must be amoCRM's numeric lead id");
			}
			List<Map.Entry<String, String>> own = new ArrayList<>(account);
			own.addAll(lead.getValue());
			parts.add(new Part(action, Long.parseLong(id.strip()), encode(own)));
		}
		return parts;
	}

	/**
	 * Keys keep their brackets readable (as amoCRM's own bodies are shown in its logs);
	 * values are encoded.
	 */
	private static String encode(List<Map.Entry<String, String>> pairs) {
		StringBuilder body = new StringBuilder();
		for (Map.Entry<String, String> pair : pairs) {
			if (!body.isEmpty()) {
				body.append('&');
			}
			body.append(
					URLEncoder.encode(pair.getKey(), StandardCharsets.UTF_8).replace("%5B", "[").replace("%5D", "]"))
				.append('=')
				.append(URLEncoder.encode(pair.getValue(), StandardCharsets.UTF_8));
		}
		return body.toString();
	}

	/**
	 * One stored part read back: the lead's fields by their key after
	 * {@code leads[action][0]}.
	 */
	record Lead(String action, Map<String, String> fields, Map<String, String> customFields) {

		String field(String name) {
			String value = this.fields.get("[" + name + "]");
			return value == null || value.isBlank() ? null : value.strip();
		}

		/**
		 * A custom field's first value, by any of its names (case, spaces and ё/е do not
		 * matter).
		 */
		String custom(String... names) {
			for (String name : names) {
				String value = this.customFields.get(key(name));
				if (value != null && !value.isBlank()) {
					return value.strip();
				}
			}
			return null;
		}

	}

	private static final Pattern CUSTOM = Pattern
		.compile("^\\[custom_fields]\\[(\\d+)]\\[(name|code|values)](?:\\[(\\d+)]\\[value])?$");

	static Lead read(String body) {
		String action = null;
		Map<String, String> fields = new LinkedHashMap<>();
		Map<String, String[]> custom = new LinkedHashMap<>();
		for (Map.Entry<String, String> pair : pairs(body)) {
			Matcher key = LEAD_KEY.matcher(pair.getKey());
			if (!key.matches()) {
				continue;
			}
			action = key.group(1);
			String rest = key.group(3);
			Matcher field = CUSTOM.matcher(rest);
			if (field.matches()) {
				// name, code, first value
				String[] entry = custom.computeIfAbsent(field.group(1), (k) -> new String[3]);
				switch (field.group(2)) {
					case "name" -> entry[0] = pair.getValue();
					case "code" -> entry[1] = pair.getValue();
					default -> {
						if (entry[2] == null && "0".equals(field.group(3))) {
							entry[2] = pair.getValue();
						}
					}
				}
			}
			else {
				fields.put(rest, pair.getValue());
			}
		}
		Map<String, String> byName = new LinkedHashMap<>();
		for (String[] entry : custom.values()) {
			if (entry[2] == null) {
				continue;
			}
			if (entry[0] != null) {
				byName.putIfAbsent(key(entry[0]), entry[2]);
			}
			if (entry[1] != null) {
				byName.putIfAbsent(key(entry[1]), entry[2]);
			}
		}
		return new Lead(action, fields, byName);
	}

	/** How names are compared: trimmed, lower case, ё as е. */
	static String key(String name) {
		return name.strip().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
	}

}
