package app.tandem.shared;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * For a newcomer's first run ({@code --tandem.open-browser=true}): open Tandem in the
 * desktop's browser once the server listens. Where there is no desktop it only logs the URL.
 */
@Component
@ConditionalOnProperty(name = "tandem.open-browser", havingValue = "true")
class BrowserOpener {

	private static final Logger log = LoggerFactory.getLogger(BrowserOpener.class);

	@EventListener
	void open(WebServerInitializedEvent event) {
		String url = "http://localhost:" + event.getWebServer().getPort() + "/";
		String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
		List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", url)
				: os.contains("mac") ? List.of("open", url) : List.of("xdg-open", url);
		try {
			new ProcessBuilder(command).inheritIO().start();
		}
		catch (IOException ex) {
			log.info("Could not open a browser ({}); open {} yourself", ex.getMessage(), url);
		}
	}

}
