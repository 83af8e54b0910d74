package app.tandem.shared;

import java.time.Duration;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How long browsers keep the web app's files. Vite names everything under /assets/ by its
 * content hash, so a file there never changes: cached for a year without revalidation.
 * The page that names them, index.html (served for "/" and every deep link, see
 * SinglePageApp), is revalidated on every visit, so a new release is picked up at once.
 * Without these handlers Spring Security's default, {@code no-store}, made browsers fetch
 * every file again on each visit. Only files that exist get the header; a missing asset
 * is a plain 404.
 */
@Configuration(proxyBeanMethods = false)
class WebAppCaching implements WebMvcConfigurer {

	static final CacheControl HASHED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final String[] staticLocations;

	WebAppCaching(WebProperties web) {
		this.staticLocations = web.getResources().getStaticLocations();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**").addResourceLocations(under("assets/")).setCacheControl(HASHED);
		registry.addResourceHandler("/index.html")
			.addResourceLocations(this.staticLocations)
			.setCacheControl(CacheControl.noCache());
	}

	private String[] under(String folder) {
		String[] locations = new String[this.staticLocations.length];
		for (int i = 0; i < locations.length; i++) {
			String location = this.staticLocations[i];
			locations[i] = (location.endsWith("/") ? location : location + "/") + folder;
		}
		return locations;
	}

}
