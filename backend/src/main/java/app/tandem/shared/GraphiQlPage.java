package app.tandem.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * GraphiQL at {@code /graphiql}, built into the web app's bundle
 * (frontend/graphiql.html), so it works offline and under the web app's own
 * Content-Security-Policy; spring-graphql's page, which loads GraphiQL from a CDN, stays
 * off. {@code tandem.graphiql.enabled}: on in the embedded default, off in the mysql
 * profile unless {@code TANDEM_GRAPHIQL=true}; off, both URLs are 404.
 */
@Controller
class GraphiQlPage {

	private static final Resource PAGE = new ClassPathResource("static/graphiql.html");

	private final boolean enabled;

	GraphiQlPage(@Value("${tandem.graphiql.enabled:false}") boolean enabled) {
		this.enabled = enabled;
	}

	@GetMapping("/graphiql")
	ResponseEntity<Resource> page() {
		if (!this.enabled || !PAGE.exists()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache()).body(PAGE);
	}

	/** One address for the page, whether it is on or off. */
	@GetMapping("/graphiql.html")
	void file() {
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
