package app.tandem.imports;

import java.util.List;

/**
 * A column a preset reads, known by any of its header names (the first is the one
 * templates write and errors use when the file lacks the column).
 */
record Column(List<String> names, boolean required) {

	static Column required(String... names) {
		return new Column(List.of(names), true);
	}

	static Column optional(String... names) {
		return new Column(List.of(names), false);
	}

	String name() {
		return this.names.get(0);
	}

}
