package app.tandem.shared;

import java.time.ZoneId;
import java.util.Currency;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one company a Tandem deployment serves: its name, currency (ISO 4217) and the time
 * zone whose calendar days and months every figure is counted in.
 */
@ConfigurationProperties("tandem.company")
public record CompanySettings(String name, Currency currency, ZoneId timeZone) {

	public CompanySettings {
		name = name == null || name.isBlank() ? "Tandem" : name;
		currency = currency == null ? Currency.getInstance("RUB") : currency;
		timeZone = timeZone == null ? ZoneId.of("Europe/Moscow") : timeZone;
	}

}
