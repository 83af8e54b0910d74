package app.tandem.imports;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

/** The sources a file can come from (SPEC §8), by the name clients send. */
final class Presets {

	static final String YANDEX_DIRECT = "yandex-direct";

	private static final Map<String, Preset> PRESETS = List
		.of(CrmLeadsPreset.amoCrm(), CrmLeadsPreset.bitrix24(), SpendPreset.yandexDirect(), new TandemLeadsPreset(),
				new TandemDealsPreset(), SpendPreset.tandemSpend())
		.stream()
		.collect(Collectors.toMap(Preset::source, Function.identity()));

	private Presets() {
	}

	static Preset get(String source) {
		Preset preset = source == null ? null : PRESETS.get(source.trim());
		if (preset == null) {
			throw new ImportRefusal(HttpStatus.BAD_REQUEST, "UNKNOWN_SOURCE",
					"source must be one of " + PRESETS.keySet().stream().sorted().collect(Collectors.joining(", ")));
		}
		return preset;
	}

}
