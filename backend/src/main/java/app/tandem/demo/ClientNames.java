package app.tandem.demo;

import java.util.ArrayList;
import java.util.List;

/** Believable, unique B2B client names: a place or motif and a line of business. */
final class ClientNames {

	private static final List<String> FIRST = List.of("Volga", "Ural", "Baikal", "Neva", "Siberian", "Kama", "Don",
			"Oka", "Amur", "Northern", "Altai", "Taiga", "Kuban", "Onega", "Ladoga", "Yenisei", "Pechora", "Irtysh",
			"Sokol", "Zenith", "Meridian", "Polar", "Steppe", "Sayan", "Tver", "Kazan", "Vyatka", "Belaya", "Sura",
			"Pskov", "Azov", "Vega");

	private static final List<String> SECOND = List.of("Logistics", "Metal Trade", "Agro", "Build", "Pharm", "Textile",
			"Foods", "Energy", "Print", "Auto Parts", "Timber", "Packaging", "Chemicals", "Telecom", "Furniture",
			"Machinery", "Dairy", "Plastics", "Glass", "Electric", "Retail Group", "Engineering", "Fish Trade",
			"Paper Mill");

	private final List<String> names;

	private int next;

	ClientNames(Dice dice) {
		List<String> all = new ArrayList<>(FIRST.size() * SECOND.size());
		for (String first : FIRST) {
			for (String second : SECOND) {
				all.add(first + " " + second);
			}
		}
		this.names = dice.shuffled(all);
	}

	String next() {
		if (this.next < this.names.size()) {
			return this.names.get(this.next++);
		}
		// Only a far busier story than the demo's would get here; still keep names
		// unique.
		return this.names.get(this.next % this.names.size()) + " " + (this.next++ / this.names.size() + 1);
	}

}
