package app.tandem.digest;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class DigestController {

	private final DigestComposer composer;

	private final WeeklyDigest digest;

	DigestController(DigestComposer composer, WeeklyDigest digest) {
		this.composer = composer;
		this.digest = digest;
	}

	/** Always the viewer's own: there is no argument that could name someone else. */
	@QueryMapping
	Digest digestPreview() {
		return this.composer.compose(this.digest.mailConfigured());
	}

}
