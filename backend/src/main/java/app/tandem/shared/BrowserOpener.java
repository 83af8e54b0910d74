package app.tandem.shared;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells where Tandem listens once the server is up, and for a newcomer's first run
 * ({@code --tandem.open-browser=true}) opens it in the desktop's browser; where there is
 * no desktop the logged URL is all there is.
 */
@Component
class BrowserOpener {

	private static final Logger log = LoggerFactory.getLogger(BrowserOpener.class);

	private final boolean open;

	BrowserOpener(@Value("${tandem.open-browser:false}") boolean open) {
		this.open = open;
	}

	@EventListener
	void announce(WebServerInitializedEvent event) {
		String url = "http://localhost:" + event.getWebServer().getPort() + "/";
		log.info("Tandem is running at {}", url);
		if (!this.open) {
			return;
		}
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
